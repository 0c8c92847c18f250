"""The named conformance checks: each takes the plugin under test and raises when it breaks a rule.

In the manner of scikit-learn's estimator checks, every check is a small function
``check_something(plugin) -> None`` that can fail on its own and says what to fix.  A check that
does not apply (no extractor, no examples) or that depends on a step another check owns raises
:class:`CheckSkipped`; a fault of claimdiff itself raises :class:`KitError`.
"""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import ValidationError

from claimdiff.errors import ClaimdiffError
from claimdiff.extractors.base import DatelineField, Layout
from claimdiff.schema import Document, Report, TextRange
from claimdiff.testing.inputs import Sample, for_each_random_text, hostile_inputs, large_text, neutral_texts
from claimdiff.testing.netguard import no_network
from claimdiff.testing.outcome import CheckFailed, CheckResult, CheckSkipped, KitError, Status
from claimdiff.testing.subject import PluginUnderTest

Check = Callable[[PluginUnderTest], None]
THRESHOLD = 0.5
ROLES = ("published", "updated")
MUTATION_MARK = "changed by the claimdiff conformance kit"
MAX_MESSAGE = 2000


# -- helpers -------------------------------------------------------------------------------------
def _fail(plugin: PluginUnderTest, extractor: Any, message: str) -> CheckFailed:
    return CheckFailed(f"{plugin.who(extractor)}: {message}")


def _problem_list(problems: list[str], limit: int = 3) -> str:
    more = f" (and {len(problems) - limit} more)" if len(problems) > limit else ""
    return "; ".join(problems[:limit]) + more


def _ordinary(plugin: PluginUnderTest, extractor: Any) -> list[Sample]:
    own = [Sample(f"example {i}", t) for i, t in enumerate(plugin.examples(extractor), 1)]
    return own + list(neutral_texts())


def _seeds(plugin: PluginUnderTest, extractor: Any) -> list[str]:
    return plugin.examples(extractor) or [s.text for s in neutral_texts()]


def confidence_problem(value: Any) -> str | None:
    """Why ``value`` is not a detection confidence, or None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"returned {value!r} ({type(value).__name__}), not a float"
    if math.isnan(value) or not 0.0 <= value <= 1.0:
        return f"returned {value!r}, outside [0, 1]"
    return None


def _as_layout(result: Any) -> Layout:
    if isinstance(result, Layout):
        return result
    try:
        return Layout.model_validate(result)
    except ValidationError as exc:
        raise TypeError(
            f"returned {type(result).__name__}, not a claimdiff Layout ({exc.error_count()} errors)"
        ) from None


def _ranges(layout: Layout) -> Iterable[tuple[str, TextRange | DatelineField]]:
    for field in type(layout).model_fields:
        value = getattr(layout, field)
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            if isinstance(item, TextRange | DatelineField):
                yield (f"{field}[{i}]" if isinstance(value, list) else field), item


def bounds_problems(layout: Layout, text: str) -> list[str]:
    """Ranges of ``layout`` that do not lie inside ``text``."""
    n = len(text)
    return [
        f"{where} = {r.start}:{r.end} lies outside the text (0:{n})"
        for where, r in _ranges(layout)
        if not 0 <= r.start <= r.end <= n
    ]


def structure_problems(layout: Layout, extractor: Any) -> list[str]:
    """Rules beyond bounds: sorted disjoint body, headline apart from the body, known outlet and roles."""
    problems = []
    body = layout.body
    for a, b in itertools.pairwise(body):
        if b.start < a.end:
            problems.append(
                f"body ranges {a.start}:{a.end} and {b.start}:{b.end} overlap or are out of order"
            )
    head = layout.headline
    if head is not None and any(head.start < r.end and r.start < head.end for r in body):
        problems.append(f"headline {head.start}:{head.end} overlaps the body")
    outlets = tuple(getattr(extractor, "outlets", ()))
    if layout.outlet is not None and outlets and layout.outlet not in outlets:
        problems.append(f"outlet {layout.outlet!r} is not among the declared outlets {outlets!r}")
    problems += [
        f"dateline role {d.role!r} is not one of {ROLES}" for d in layout.datelines if d.role not in ROLES
    ]
    if any(not isinstance(r, str) or not r.strip() for r in layout.relayed_from):
        problems.append("relayed_from holds an empty or non-str name")
    return problems


def _detect(plugin: PluginUnderTest, extractor: Any, sample: Sample) -> Any:
    plugin.note(f"detect() on {sample.label}")
    return extractor.detect(sample.text)


def _layout(plugin: PluginUnderTest, extractor: Any, sample: Sample) -> Any:
    plugin.note(f"layout() on {sample.label}")
    return extractor.layout(sample.text)


def _score(plugin: PluginUnderTest, extractor: Any, sample: Sample) -> float:
    """detect() for checks that do not own its errors: a broken detect() skips them."""
    try:
        value = _detect(plugin, extractor, sample)
    except MemoryError:
        raise
    except Exception as exc:
        raise CheckSkipped(f"detect() raises on {sample.label} (see check_detect_in_range): {exc}") from None
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise CheckSkipped(f"detect() does not return a number (see check_detect_in_range): {value!r}")
    return float(value)


def _valid_layout(plugin: PluginUnderTest, extractor: Any, sample: Sample) -> Layout:
    """layout() for checks that do not own its errors: a broken layout() skips them."""
    try:
        layout = _as_layout(_layout(plugin, extractor, sample))
    except MemoryError:
        raise
    except Exception as exc:
        raise CheckSkipped(f"layout() fails on {sample.label} (see check_layout_in_bounds): {exc}") from None
    if bounds_problems(layout, sample.text) or structure_problems(layout, extractor):
        raise CheckSkipped(f"layout() is invalid on {sample.label} (see check_layout_in_bounds)")
    return layout


def _first_difference(a: str, b: str) -> str:
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"first run …{a[max(0, i - 30) : i + 30]!r}… second run …{b[max(0, i - 30) : i + 30]!r}…"


# -- plugin-level checks -------------------------------------------------------------------------
def check_entry_point_loads(plugin: PluginUnderTest) -> None:
    """The plugin's entry point (group ``claimdiff``) imports without error."""
    if not plugin.spec.entry_point:
        raise CheckSkipped("given as a module, not through an entry point")
    try:
        plugin.load()
    except Exception as exc:
        raise _fail(
            plugin,
            None,
            f"importing entry point {plugin.spec.name} = {plugin.spec.value} raised "
            f"{type(exc).__name__}: {exc}; fix the import "
            f"(try: python -c 'import {plugin.spec.module_name}')",
        ) from exc


def check_hooks_match_specs(plugin: PluginUnderTest) -> None:
    """Every hook implementation is marked, named after a hookspec and takes the hookspec's arguments."""
    problems = plugin.hook_report().problems
    if problems:
        raise _fail(plugin, None, _problem_list(problems))


def check_declares_extractors(plugin: PluginUnderTest) -> None:
    """Registered extractors declare name, version and outlets; names are free; examples readable."""
    reg = plugin.registration()
    problems = list(reg.problems)
    hooks = plugin.hook_report().hooks
    if "claimdiff_register_extractors" in hooks and not reg.extractors and not problems:
        problems.append(
            "claimdiff_register_extractors() registered no extractor; call register(YourExtractor())"
        )
    registry = plugin.registry()
    modules = {i.name: i.module.partition(":")[0] for i in registry.infos}
    for extractor in reg.extractors:
        owner = registry.extractor_plugin.get(extractor.name)
        if owner is not None and owner != plugin.name and modules.get(owner) != plugin.spec.module_name:
            problems.append(
                f"extractor name {extractor.name!r} is already taken by plugin {owner!r}; rename it"
            )
    if problems:
        raise _fail(plugin, None, _problem_list(problems))


# -- detection -----------------------------------------------------------------------------------
def check_detect_in_range(plugin: PluginUnderTest) -> None:
    """detect() returns a float in [0, 1] on examples, neutral texts and other outlets' documents."""
    for extractor in plugin.extractors:
        foreign = [Sample(label, text) for label, text in plugin.foreign_examples(extractor)]
        for sample in [*_ordinary(plugin, extractor), *foreign]:
            try:
                value = _detect(plugin, extractor, sample)
            except MemoryError:
                raise
            except Exception as exc:
                raise _fail(
                    plugin, extractor, f"detect() raised {type(exc).__name__}: {exc} on {sample.label}"
                ) from exc
            problem = confidence_problem(value)
            if problem:
                raise _fail(
                    plugin, extractor, f"detect() {problem} on {sample.label}; return a confidence in [0, 1]"
                )


def check_detects_own_examples(plugin: PluginUnderTest) -> None:
    """detect() is above 0.5 on each of the extractor's own examples (else the pipeline never picks it)."""
    for extractor, texts in plugin.example_sets(require=True):
        low = []
        for i, text in enumerate(texts, 1):
            score = _score(plugin, extractor, Sample(f"example {i}", text))
            if score <= THRESHOLD:
                low.append(f"{score:g} on example {i}")
        if low:
            raise _fail(
                plugin,
                extractor,
                f"detect() gives only {_problem_list(low)} of its own outlet; the pipeline picks an "
                f"extractor only above {THRESHOLD}: match the outlet's masthead, dateline or footer",
            )


def check_detect_low_on_others(plugin: PluginUnderTest) -> None:
    """detect() is below 0.5 on other outlets' examples and on the kit's neutral texts."""
    for extractor in plugin.extractors:
        foreign = [Sample(label, text) for label, text in plugin.foreign_examples(extractor)]
        high = []
        for sample in [*neutral_texts(), *foreign]:
            score = _score(plugin, extractor, sample)
            if score >= THRESHOLD:
                high.append(f"{score:g} to {sample.label}")
        if high:
            raise _fail(
                plugin,
                extractor,
                f"detect() gives {_problem_list(high)}, not from its outlet; stay below {THRESHOLD} there: "
                "look for what only this outlet prints, not for common words",
            )


# -- layout and analysis -------------------------------------------------------------------------
def check_layout_in_bounds(plugin: PluginUnderTest) -> None:
    """layout() returns a Layout whose ranges lie in the text, body sorted, outlet among the declared."""
    for extractor in plugin.extractors:
        for sample in _ordinary(plugin, extractor):
            try:
                layout = _as_layout(_layout(plugin, extractor, sample))
            except MemoryError:
                raise
            except Exception as exc:
                raise _fail(
                    plugin, extractor, f"layout() failed on {sample.label}: {type(exc).__name__}: {exc}"
                ) from exc
            problems = bounds_problems(layout, sample.text) + structure_problems(layout, extractor)
            if problems:
                raise _fail(plugin, extractor, f"layout() of {sample.label}: {_problem_list(problems)}")


def _analyse(plugin: PluginUnderTest, extractor: Any, i: int, text: str, run: int) -> tuple[Document, Report]:
    from claimdiff.pipeline import analyze

    def compute() -> tuple[Document, Report]:
        doc = Document(
            id=f"example{i}", source=f"<{plugin.name} example {i}>", text=text, text_origin="string"
        )
        given = doc.model_copy(deep=True)
        plugin.note(f"analyze() on example {i}")
        report = analyze([doc], extractor=extractor.name, plugins=plugin.analysis_plugins(extractor))
        if doc != given:
            raise KitError(f"claimdiff.analyze() changed the Document it was given (example {i})")
        return given, report

    return plugin._once(f"analysis:{extractor.name}:{i}:{run}", compute)  # type: ignore[no-any-return]


def _within(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


def _merged(ranges: Iterable[TextRange | None]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for r in sorted((r.start, r.end) for r in ranges if r is not None):
        if out and r[0] <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], r[1]))
        else:
            out.append(r)
    return out


def analysis_faults(report: Report, extractor_name: str | None = None) -> list[str]:
    """What is wrong with the report of one document: errors, schema, spans outside headline+body."""
    try:
        report = Report.model_validate_json(report.model_dump_json())
    except ValidationError as exc:
        return [f"the report is not schema-valid: {exc}"]
    doc = report.documents[0]
    # a note that a non-Arabic text was not compared is not a fault of the plugin
    faults = [
        f"analysis recorded an error ({e.stage}): {e.message}" for e in doc.errors if e.stage != "language"
    ]
    if extractor_name is not None and doc.extractor != extractor_name:
        faults.append(f"the document was laid out by {doc.extractor!r}, not by {extractor_name!r}")
    article = _merged([doc.headline, *doc.body])
    ids = {m.id for m in report.mentions}
    spans: list[tuple[str, Any, bool]] = [
        (f"mention {m.id}", m, getattr(m, "role", None) is None) for m in report.mentions
    ]
    spans += [(f"claim {c.id}", c, True) for c in report.claims]
    for what, s, in_article in spans:
        if s.doc_id != doc.id:
            faults.append(f"{what} points to document {s.doc_id!r}, not {doc.id!r}")
        elif doc.text[s.start : s.end] != s.text:
            faults.append(f"{what} text {s.text!r} is not text[{s.start}:{s.end}]")
        elif not doc.text[: s.start].endswith(s.prefix) or not doc.text[s.end :].startswith(s.suffix):
            faults.append(f"{what} prefix/suffix do not match the text around {s.start}:{s.end}")
        elif in_article and not _within(s.start, s.end, article):
            faults.append(f"{what} {s.start}:{s.end} ({s.text[:40]!r}) lies outside the headline and body")
    for c in report.claims:
        missing = [i for i in (*c.mention_ids, *c.time_ids, *c.quantity_ids) if i not in ids]
        if missing:
            faults.append(f"claim {c.id} refers to unknown mentions {missing}")
    return faults


def _blame_core(plugin: PluginUnderTest, text: str, i: int) -> str | None:
    """The core's own faults on this example, found with the built-in generic extractor, if any."""
    from claimdiff.pipeline import analyze

    reg = plugin.registry()
    if "generic" not in reg.extractors:
        return None
    doc = Document(id=f"example{i}", source=f"<baseline {i}>", text=text, text_origin="string")
    faults = analysis_faults(analyze([doc], extractor="generic", plugins=reg))
    return _problem_list(faults) if faults else None


def check_example_analysis(plugin: PluginUnderTest) -> None:
    """On its examples, analyze() gives schema-valid claims and mentions with exact spans in the article."""
    for extractor, texts in plugin.example_sets(require=True):
        claims = compared = 0
        for i, text in enumerate(texts, 1):
            _valid_layout(plugin, extractor, Sample(f"example {i}", text))
            _, report = _analyse(plugin, extractor, i, text, 0)
            faults = analysis_faults(report, extractor.name)
            if faults:
                core = _blame_core(plugin, text, i)
                if core:
                    raise KitError(
                        f"claimdiff's pipeline fails on example {i} with the generic extractor too: {core}"
                    )
                raise _fail(plugin, extractor, f"analysis of example {i}: {_problem_list(faults)}")
            claims += len(report.claims)
            # an example in another language than Arabic is not compared: it owes no claim
            compared += not any(e.stage == "language" for e in report.documents[0].errors)
        if compared and not claims:
            raise _fail(
                plugin,
                extractor,
                f"analysis found no claim in any of its {len(texts)} example(s); "
                "does layout() put the article's paragraphs in body?",
            )


# -- behaviour -----------------------------------------------------------------------------------
def check_deterministic(plugin: PluginUnderTest) -> None:
    """Two runs give identical detect() values, layouts and analysis reports (as JSON)."""
    for extractor in plugin.extractors:
        for sample in _ordinary(plugin, extractor):
            first, second = _score(plugin, extractor, sample), _score(plugin, extractor, sample)
            if first != second:
                raise _fail(plugin, extractor, f"detect() gave {first} then {second} on {sample.label}")
            a = _valid_layout(plugin, extractor, sample).model_dump_json()
            b = _valid_layout(plugin, extractor, sample).model_dump_json()
            if a != b:
                raise _fail(
                    plugin,
                    extractor,
                    f"layout() of {sample.label} differs between two runs: {_first_difference(a, b)}; "
                    "avoid randomness, clocks and set iteration order",
                )
        for i, text in enumerate(plugin.examples(extractor), 1):
            a = _analyse(plugin, extractor, i, text, 0)[1].model_dump_json()
            b = _analyse(plugin, extractor, i, text, 1)[1].model_dump_json()
            if a != b:
                raise _fail(
                    plugin,
                    extractor,
                    f"the report of example {i} differs between two runs: {_first_difference(a, b)}",
                )


def _mutate(layout: Layout) -> None:
    layout.outlet = MUTATION_MARK
    layout.relayed_from.append(MUTATION_MARK)
    layout.body.append(TextRange(start=0, end=0))


def check_no_mutation(plugin: PluginUnderTest) -> None:
    """Calls leave the extractor's declarations alone and return fresh objects, never shared state."""
    for extractor in plugin.extractors:
        declared = repr((extractor.name, extractor.version, extractor.outlets))
        for sample in _ordinary(plugin, extractor):
            _score(plugin, extractor, sample)
            first = _valid_layout(plugin, extractor, sample)
            _mutate(first)
            changed = first.model_dump_json()
            again = _as_layout(_layout(plugin, extractor, sample))
            if again is first or again.model_dump_json() == changed:
                raise _fail(
                    plugin,
                    extractor,
                    f"layout() of {sample.label} returns state shared between calls: the kit changed the "
                    "Layout it got and the next call returned that change; build a new Layout per call",
                )
        after = repr((extractor.name, extractor.version, extractor.outlets))
        if after != declared:
            raise _fail(
                plugin, extractor, f"using the extractor changed its declarations from {declared} to {after}"
            )
        for i, text in enumerate(plugin.examples(extractor), 1):
            _analyse(plugin, extractor, i, text, 0)  # raises KitError if the Document was changed


def check_hostile_input(plugin: PluginUnderTest) -> None:
    """Empty, blank, huge, random, HTML, junk and mixed-script texts: valid results or ClaimdiffError."""
    for extractor in plugin.extractors:

        def survive(sample: Sample, extractor: Any = extractor) -> None:
            for method in ("detect", "layout"):
                plugin.note(f"{method}() on {sample.label}")
                try:
                    result = getattr(extractor, method)(sample.text)
                except ClaimdiffError:
                    continue
                except MemoryError:
                    raise
                except Exception as exc:
                    raise _fail(
                        plugin,
                        extractor,
                        f"{method}() raised {type(exc).__name__}: {exc} on {sample.label}; return a "
                        "low score or an empty Layout(), or raise claimdiff.errors.InputError",
                    ) from exc
                if method == "detect":
                    problem = confidence_problem(result)
                    if problem:
                        raise _fail(plugin, extractor, f"detect() {problem} on {sample.label}")
                    continue
                try:
                    problems = bounds_problems(_as_layout(result), sample.text)
                except TypeError as exc:
                    problems = [str(exc)]
                if problems:
                    raise _fail(plugin, extractor, f"layout() of {sample.label}: {_problem_list(problems)}")

        for sample in hostile_inputs(plugin.examples(extractor), plugin.config.large_text_kb):
            survive(sample)
        for_each_random_text(
            lambda text: survive(Sample(f"random text {text[:40]!r} ({len(text)} characters)", text)),
            plugin.config.random_examples,
        )


def check_time_budget(plugin: PluginUnderTest) -> None:
    """Each detect() and layout() call stays within budget_base_s + budget_ms_per_kb per kilobyte."""
    config = plugin.config
    for extractor in plugin.extractors:
        seeds = _seeds(plugin, extractor)
        samples = [Sample(f"example {i}", t) for i, t in enumerate(seeds, 1)]
        samples.append(Sample(f"a {config.large_text_kb} KB text", large_text(seeds, config.large_text_kb)))
        warm = Sample("a warm-up text", seeds[0][:200])
        for method in ("detect", "layout"):
            _timed(plugin, extractor, method, warm)
        for sample in samples:
            for method in ("detect", "layout"):
                took = _timed(plugin, extractor, method, sample)
                budget = config.budget(sample.text)
                if took > budget:
                    kb = len(sample.text.encode()) / 1024
                    raise _fail(
                        plugin,
                        extractor,
                        f"{method}() took {took:.2f}s on {sample.label} ({kb:.0f} KB), over its budget of "
                        f"{budget:.2f}s ({config.budget_base_s:g}s + {config.budget_ms_per_kb:g} ms/KB); "
                        "look for work that grows faster than the text",
                    )


def _timed(plugin: PluginUnderTest, extractor: Any, method: str, sample: Sample) -> float:
    plugin.note(f"{method}() on {sample.label} (timed)")
    start = time.perf_counter()
    try:
        getattr(extractor, method)(sample.text)
    except MemoryError:
        raise
    except Exception:  # errors are check_hostile_input's business; only the time counts here
        pass
    return time.perf_counter() - start


def check_no_network(plugin: PluginUnderTest) -> None:
    """Importing and running the plugin opens no network connection and resolves no host name."""

    def exercise() -> None:
        plugin.plugin_object  # noqa: B018 - skips when the plugin does not import
        try:
            extractors = plugin.extractors  # registration too must stay offline
        except CheckSkipped:
            extractors = []
        for extractor in extractors:
            for sample in _ordinary(plugin, extractor):
                for method in ("detect", "layout"):
                    plugin.note(f"{method}() on {sample.label}")
                    try:
                        getattr(extractor, method)(sample.text)
                    except MemoryError:
                        raise
                    except Exception:  # refused connections may surface here; others own the errors
                        pass

    guard = plugin.guard
    if guard is not None:
        exercise()
    else:
        with no_network(lambda: plugin.activity) as guard:
            exercise()
    if guard.attempts:
        seen = [f"{a.call}({a.target}) during {a.during}" for a in guard.attempts]
        raise _fail(
            plugin,
            None,
            f"tried to use the network: {_problem_list(list(dict.fromkeys(seen)))}; "
            "an extractor must work offline (ship its data as package files)",
        )


CHECKS: tuple[Check, ...] = (
    check_entry_point_loads,
    check_hooks_match_specs,
    check_declares_extractors,
    check_detect_in_range,
    check_detects_own_examples,
    check_detect_low_on_others,
    check_layout_in_bounds,
    check_example_analysis,
    check_deterministic,
    check_no_mutation,
    check_hostile_input,
    check_time_budget,
    check_no_network,
)


def check_names() -> list[str]:
    return [c.__name__ for c in CHECKS]


def get_checks(names: Iterable[str] | None = None) -> list[Check]:
    """The checks with these names, in the kit's order (all when ``names`` is None)."""
    if names is None:
        return list(CHECKS)
    wanted = set(names)
    unknown = wanted - set(check_names())
    if unknown:
        raise KeyError(f"unknown check(s) {sorted(unknown)}; known: {', '.join(check_names())}")
    return [c for c in CHECKS if c.__name__ in wanted]


def run_check(check: Check, plugin: PluginUnderTest) -> CheckResult:
    """Run one check in this process and record its outcome; never raises (bar interrupts)."""
    start = time.perf_counter()
    plugin.note(f"starting {check.__name__}")
    status: Status = "passed"
    message = ""
    try:
        check(plugin)
    except CheckSkipped as exc:
        status, message = "skipped", str(exc)
    except CheckFailed as exc:
        status, message = "failed", str(exc)
    except KitError as exc:
        status, message = "error", str(exc)
    except MemoryError:
        limit = f" of {plugin.config.memory_mb} MB" if plugin.config.sandbox else ""
        status, message = (
            "failed",
            f"{plugin.who()}: exceeded the memory limit{limit} during {plugin.activity}",
        )
    except Exception as exc:
        status = "error"
        message = f"the kit could not run {check.__name__} ({plugin.activity}): {type(exc).__name__}: {exc}"
    if len(message) > MAX_MESSAGE:  # a plugin's exception may quote a megabyte of input
        message = message[:MAX_MESSAGE] + "…"
    return CheckResult(plugin.name, check.__name__, status, message, round(time.perf_counter() - start, 3))
