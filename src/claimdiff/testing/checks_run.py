"""Checks of behaviour: analysis of the examples, determinism, hostile input, time and memory."""

from __future__ import annotations

import itertools
import time
import tracemalloc
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from pydantic import ValidationError

from claimdiff.errors import ClaimdiffError
from claimdiff.schema import Document, Report, TextRange
from claimdiff.testing.calls import (
    _generic,
    as_layout,
    bounds_problems,
    confidence_problem,
    fail,
    ordinary,
    problem_list,
    score,
    seeds,
    valid_layout,
)
from claimdiff.testing.inputs import Sample, for_each_random_text, hostile_inputs, large_text
from claimdiff.testing.outcome import CheckSkipped, KitError
from claimdiff.testing.subject import PluginUnderTest

MUTATION_MARK = "changed by the claimdiff conformance kit"


def _analyse(plugin: PluginUnderTest, extractor: Any, sample: Sample, run: int) -> Report:
    from claimdiff.pipeline import analyze

    if "layout" in plugin.broken:
        raise CheckSkipped(f"layout() {plugin.broken['layout']}")

    def compute() -> Report:
        doc = Document(id="example", source=f"<{sample.label}>", text=sample.text, text_origin="string")
        given = doc.model_copy(deep=True)
        plugin.note(f"analyze() on {sample.label}")
        if True:
            report = analyze([doc], extractor=extractor.name, plugins=plugin.analysis_plugins(extractor))
        if doc != given:
            raise KitError(f"claimdiff.analyze() changed the Document it was given ({sample.label})")
        return report

    return plugin._once(f"analysis:{extractor.name}:{sample.label}:{run}", compute)  # type: ignore[no-any-return]


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
    """What is wrong with the report of one document: errors, schema, spans outside headline and body."""
    try:
        report = Report.model_validate_json(report.model_dump_json())
    except ValidationError as exc:
        return [f"the report is not schema-valid ({exc.error_count()} errors)"]
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


def _core_faults(plugin: PluginUnderTest, sample: Sample) -> str | None:
    """The core's own faults on this text, found with the built-in generic extractor, if any."""
    from claimdiff.pipeline import analyze

    doc = Document(id="example", source=f"<baseline {sample.label}>", text=sample.text, text_origin="string")
    faults = analysis_faults(analyze([doc], extractor="generic", plugins=plugin.registry()))
    return problem_list(faults) if faults else None


def check_example_analysis(plugin: PluginUnderTest) -> None:
    """On its examples, analyze() finds claims, with exact spans inside the article, and no errors."""
    for extractor, samples in plugin.example_sets(require=True):
        claims = compared = 0
        for sample in samples:
            valid_layout(plugin, extractor, sample)
            report = _analyse(plugin, extractor, sample, 0)
            faults = analysis_faults(report, extractor.name)
            if faults:
                core = _core_faults(plugin, sample)
                if core:
                    raise KitError(
                        f"claimdiff's pipeline fails on {sample.label} with the generic extractor too: {core}"
                    )
                raise fail(plugin, extractor, f"analysis of {sample.label}: {problem_list(faults)}")
            claims += len(report.claims)
            # an example in another language than Arabic is not compared: it owes no claim
            compared += not any(e.stage == "language" for e in report.documents[0].errors)
        if compared and not claims:
            raise fail(
                plugin,
                extractor,
                f"analysis found no claim in any of its {len(samples)} example(s); "
                "does layout() put the article's paragraphs in body?",
            )


def _first_difference(a: str, b: str) -> str:
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"first run …{a[max(0, i - 30) : i + 30]!r}… second run …{b[max(0, i - 30) : i + 30]!r}…"


def check_deterministic(plugin: PluginUnderTest) -> None:
    """Two runs give identical detect() values, layouts and analysis reports (as JSON)."""
    for extractor in plugin.extractors:
        for sample in ordinary(plugin, extractor):
            first, second = score(plugin, extractor, sample), score(plugin, extractor, sample)
            if first != second:
                raise fail(plugin, extractor, f"detect() gave {first} then {second} on {sample.label}")
            a = valid_layout(plugin, extractor, sample).model_dump_json()
            b = valid_layout(plugin, extractor, sample).model_dump_json()
            if a != b:
                raise fail(
                    plugin,
                    extractor,
                    f"layout() of {sample.label} differs between two runs: {_first_difference(a, b)}; "
                    "avoid randomness, clocks and set iteration order",
                )
        for sample in plugin.samples(extractor):
            a = _analyse(plugin, extractor, sample, 0).model_dump_json()
            b = _analyse(plugin, extractor, sample, 1).model_dump_json()
            if a != b:
                raise fail(
                    plugin,
                    extractor,
                    f"the report of {sample.label} differs between two runs: {_first_difference(a, b)}",
                )


def check_no_mutation(plugin: PluginUnderTest) -> None:
    """Calls leave the extractor's declarations alone and return fresh objects, never shared state."""
    for extractor in plugin.extractors:
        declared = repr((extractor.name, extractor.version, extractor.outlets))
        for sample in ordinary(plugin, extractor):
            score(plugin, extractor, sample)
            first = valid_layout(plugin, extractor, sample)
            first.outlet = MUTATION_MARK
            first.relayed_from.append(MUTATION_MARK)
            first.body.append(TextRange(start=0, end=0))
            changed = first.model_dump_json()
            again = as_layout(plugin.call(extractor, "layout", sample))
            if again is first or again.model_dump_json() == changed:
                raise fail(
                    plugin,
                    extractor,
                    f"layout() of {sample.label} returns state shared between calls: the kit changed the "
                    "Layout it got and the next call returned that change; build a new Layout per call",
                )
        after = repr((extractor.name, extractor.version, extractor.outlets))
        if after != declared:
            raise fail(
                plugin, extractor, f"using the extractor changed its declarations from {declared} to {after}"
            )


def check_hostile_input(plugin: PluginUnderTest) -> None:
    """Empty, blank, huge, random, HTML, junk and mixed-script texts: valid results or ClaimdiffError."""
    for extractor in plugin.extractors:

        def survive(sample: Sample, extractor: Any = extractor) -> None:
            for method in ("detect", "layout"):
                try:
                    result = plugin.call(extractor, method, sample)
                except ClaimdiffError:
                    continue
                except (MemoryError, CheckSkipped):
                    raise
                except Exception as exc:
                    raise fail(
                        plugin,
                        extractor,
                        f"{method}() raised {type(exc).__name__}: {exc} on {sample.label}; return a "
                        "low score or an empty Layout(), or raise claimdiff.errors.InputError",
                    ) from exc
                if method == "detect":
                    problem = confidence_problem(result)
                    if problem:
                        raise fail(plugin, extractor, f"detect() {problem} on {sample.label}")
                    continue
                try:
                    problems = bounds_problems(as_layout(result), sample.text)
                except TypeError as exc:
                    problems = [str(exc)]
                if problems:
                    raise fail(plugin, extractor, f"layout() of {sample.label}: {problem_list(problems)}")

        for sample in hostile_inputs(plugin.examples(extractor), plugin.config.large_text_kb):
            survive(sample)
        for_each_random_text(
            lambda text: survive(Sample(f"random text {text[:40]!r} ({len(text)} characters)", text)),
            plugin.config.random_examples,
        )


def _timed(run: Callable[[], Any]) -> float:
    start = time.perf_counter()
    try:
        run()
    except MemoryError:
        raise
    except Exception:  # errors are check_hostile_input's business; only the time counts here
        pass
    return time.perf_counter() - start


def check_time_budget(plugin: PluginUnderTest) -> None:
    """detect() and layout() take at most budget_ratio times the generic extractor on the same text."""
    config = plugin.config
    generic = _generic()
    for extractor in plugin.extractors:
        base = seeds(plugin, extractor)
        kb = config.large_text_kb
        big = Sample(f"a {kb} KB text made of its examples", large_text([s.text for s in base], kb))
        for method in ("detect", "layout"):  # warm-up: lazy set-up is not the budget
            _timed(partial(plugin.call, extractor, method, base[0]))
        generic.layout(base[0].text)
        for sample in [*base, big]:
            before = _timed(partial(generic.layout, sample.text))
            took = {m: _timed(partial(plugin.call, extractor, m, sample)) for m in ("detect", "layout")}
            after = _timed(partial(generic.layout, sample.text))
            reference = max(before, after)  # the slower baseline: load can only excuse the plugin
            budget = config.budget_ratio * reference + config.budget_slack_s
            for method, seconds in took.items():
                if seconds > budget:
                    raise fail(
                        plugin,
                        extractor,
                        f"{method}() took {seconds:.2f}s on {sample.label}, over its budget of {budget:.2f}s "
                        f"({config.budget_ratio:g} x the generic extractor's {reference:.2f}s on the same "
                        f"text + {config.budget_slack_s:g}s); look for work that grows faster than the text",
                    )


def _growth(run: Callable[[int], None], rounds: int = 2) -> list[int]:
    """Bytes still allocated after each round of ``run(round)`` (round 0 warms up)."""
    tracemalloc.start()
    try:
        sizes = []
        for r in range(rounds + 1):
            run(r)
            sizes.append(tracemalloc.get_traced_memory()[0])
    finally:
        tracemalloc.stop()
    return [b - a for a, b in itertools.pairwise(sizes)]


def _generic_round(samples: list[Sample]) -> None:
    for s in samples:
        _generic().layout(s.text)


def _memory_fault(plugin: PluginUnderTest, extractor: Any, distinct: bool) -> str | None:
    """Memory that keeps growing over rounds of calls, beyond the generic extractor's on new texts."""
    texts = [s.text[:800] for s in ordinary(plugin, extractor)][:3]
    calls = plugin.config.memory_calls

    def samples(r: int) -> list[Sample]:
        pick = [texts[i % len(texts)] for i in range(calls)]
        return [
            Sample(f"text {i} of round {r}", f"{t}\n\nref {r}-{i}" if distinct else t)
            for i, t in enumerate(pick)
        ]

    def plugin_round(r: int) -> None:
        for s in samples(r):
            plugin.call(extractor, "detect", s)
            plugin.call(extractor, "layout", s)

    def compute() -> str | None:
        try:
            grown = _growth(plugin_round)
        except (MemoryError, CheckSkipped):
            raise
        except Exception as exc:
            raise CheckSkipped(f"detect() or layout() raises (see check_hostile_input): {exc}") from None
        floor = plugin.config.memory_floor_kb * 1024
        if not all(g > floor for g in grown):
            return None
        base = _growth(lambda r: _generic_round(samples(r))) if distinct else [0, 0]
        if not all(g > floor + max(b, 0) for g, b in zip(grown, base, strict=True)):
            return None
        held = ", ".join(f"{g / 1024:.0f} KB" for g in grown)
        return f"memory held grows by {held} over rounds of {calls} calls (the generic extractor's: " + (
            ", ".join(f"{b / 1024:.0f} KB" for b in base) + ")"
        )

    return plugin._once(f"memory:{extractor.name}:{distinct}", compute)  # type: ignore[no-any-return]


def check_memory_growth(plugin: PluginUnderTest) -> None:
    """Calling detect() and layout() again on the same texts holds no more memory each time."""
    for extractor in plugin.extractors:
        fault = _memory_fault(plugin, extractor, distinct=False)
        if fault:
            raise fail(plugin, extractor, f"{fault} on the same texts: a leak; keep nothing per call")


def check_bounded_caches(plugin: PluginUnderTest) -> None:
    """Calls on ever new texts hold no more memory than the generic extractor's: caches are bounded."""
    for extractor in plugin.extractors:
        if _memory_fault(plugin, extractor, distinct=False):
            raise CheckSkipped("memory grows even on the same texts (see check_memory_growth)")
        fault = _memory_fault(plugin, extractor, distinct=True)
        if fault:
            raise fail(
                plugin,
                extractor,
                f"{fault} on new texts: an unbounded cache? bound it (functools.lru_cache(maxsize=...))",
            )
