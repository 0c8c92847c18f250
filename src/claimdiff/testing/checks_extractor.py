"""Checks of loading, hooks, detection and layout."""

from __future__ import annotations

import re
from typing import Any

from claimdiff.testing.calls import (
    THRESHOLD,
    as_layout,
    bounds_problems,
    confidence_problem,
    fail,
    ordinary,
    problem_list,
    score,
    stage_problems,
)
from claimdiff.testing.inputs import Sample, neutral_texts
from claimdiff.testing.outcome import CheckSkipped
from claimdiff.testing.subject import PluginUnderTest


def check_entry_point_loads(plugin: PluginUnderTest) -> None:
    """The plugin's entry point (group ``claimdiff``) imports without error."""
    if not plugin.spec.entry_point:
        raise CheckSkipped("given as a module, not through an entry point")
    try:
        plugin.load()
    except CheckSkipped:
        raise
    except Exception as exc:
        raise fail(
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
        raise fail(plugin, None, problem_list(problems))


def check_declares_extractors(plugin: PluginUnderTest) -> None:
    """Registered extractors declare name, version and outlets; names are free; examples readable."""
    reg = plugin.registration()
    problems = list(reg.problems)
    hooks = plugin.hook_report().hooks
    if "claimdiff_register_extractors" in hooks and not reg.extractors and not problems:
        problems.append(
            "claimdiff_register_extractors() registered no extractor; call register(YourExtractor())"
        )
    taken = {"generic": "claimdiff (built in)"}
    for m in plugin.neighbours:
        if m.module != plugin.spec.module_name:
            taken.update({name: f"plugin {m.name!r}" for name in m.extractors})
    for extractor in reg.extractors:
        if extractor.name in taken and not (plugin.spec.builtin and extractor.name == "generic"):
            problems.append(
                f"extractor name {extractor.name!r} is already taken by {taken[extractor.name]}; rename it"
            )
    if problems:
        raise fail(plugin, None, problem_list(problems))


# -- detection -----------------------------------------------------------------------------------
def check_detect_in_range(plugin: PluginUnderTest) -> None:
    """detect() returns a float in [0, 1] on examples, neutral texts and other outlets' documents."""
    for extractor in plugin.extractors:
        for sample in [*ordinary(plugin, extractor), *plugin.foreign_examples(extractor)]:
            try:
                value = plugin.call(extractor, "detect", sample)
            except (MemoryError, CheckSkipped):
                raise
            except Exception as exc:
                raise fail(
                    plugin, extractor, f"detect() raised {type(exc).__name__}: {exc} on {sample.label}"
                ) from exc
            problem = confidence_problem(value)
            if problem:
                raise fail(
                    plugin, extractor, f"detect() {problem} on {sample.label}; return a confidence in [0, 1]"
                )


def check_detects_own_examples(plugin: PluginUnderTest) -> None:
    """detect() is above 0.5 on each of the extractor's own examples (else the pipeline never picks it)."""
    for extractor, samples in plugin.example_sets(require=True):
        low = [f"{v:g} on {s.label}" for s in samples if (v := score(plugin, extractor, s)) <= THRESHOLD]
        if low:
            raise fail(
                plugin,
                extractor,
                f"detect() gives only {problem_list(low)} of its own outlet; the pipeline picks an "
                f"extractor only above {THRESHOLD}: match the outlet's masthead, dateline or footer",
            )


def citing_texts(extractor: Any) -> list[Sample]:
    """Neutral articles that cite the outlet by name in a sentence in the middle of their body."""
    profile = getattr(extractor, "profile", None)
    names = [*getattr(extractor, "outlets", ()), *(getattr(profile, "names", None) or [])]
    names = [n for n in dict.fromkeys(names) if n and not re.search(r"\.\w+$", n)][:4]
    out = []
    for s in [s for s in neutral_texts() if s.text.count("\n\n") >= 3][:2]:
        head, *paragraphs = [p.strip() for p in s.text.split("\n\n") if p.strip()]
        body = (paragraphs * 3)[:8]  # long enough that the middle is neither top nor bottom
        arabic = any("\u0600" <= c <= "\u06ff" for c in s.text)
        for name in names:
            cite = (
                f" وقالت {name} في تقرير نشرته أمس إن الوضع ما زال غامضا."
                if arabic
                else (f" {name} reported on Monday that the talks had stalled.")
            )
            middle = len(body) // 2 - 1
            lines = [head, *body[:middle], body[middle] + cite, *body[middle + 1 :]]
            out.append(Sample(f"{s.label} citing {name!r} in its body", "\n\n".join(lines)))
    return out


def check_detect_low_on_others(plugin: PluginUnderTest) -> None:
    """detect() is below 0.5 on other outlets' examples, neutral texts, and articles that cite the outlet."""
    for extractor in plugin.extractors:
        high = []
        samples = [*neutral_texts(), *citing_texts(extractor), *plugin.foreign_examples(extractor)]
        for sample in samples:
            value = score(plugin, extractor, sample)
            if value >= THRESHOLD:
                high.append(f"{value:g} to {sample.label}")
        if high:
            raise fail(
                plugin,
                extractor,
                f"detect() gives {problem_list(high)}, not from its outlet; stay below {THRESHOLD} there: "
                "look for what only this outlet prints (masthead, footer), not for its name anywhere",
            )


# -- layout --------------------------------------------------------------------------------------
def check_layout_in_bounds(plugin: PluginUnderTest) -> None:
    """layout() returns a Layout whose ranges lie in the text, body sorted, outlet among the declared."""
    for extractor in plugin.extractors:
        for sample in ordinary(plugin, extractor):
            try:
                layout = as_layout(plugin.call(extractor, "layout", sample))
            except (MemoryError, CheckSkipped):
                raise
            except Exception as exc:
                raise fail(
                    plugin, extractor, f"layout() failed on {sample.label}: {type(exc).__name__}: {exc}"
                ) from exc
            problems = bounds_problems(layout, sample.text, extractor)
            if problems:
                raise fail(plugin, extractor, f"layout() of {sample.label}: {problem_list(problems)}")


def _stage_check(plugin: PluginUnderTest, check: str, fix: str) -> None:
    for extractor in plugin.extractors:
        for sample in ordinary(plugin, extractor):
            problems = stage_problems(plugin, extractor, sample, check)
            if problems:
                raise fail(plugin, extractor, f"layout() of {sample.label}: {problem_list(problems)}; {fix}")


def check_layout_word_boundaries(plugin: PluginUnderTest) -> None:
    """Every range starts and ends on a word boundary of the original text (not of a folded copy)."""
    _stage_check(
        plugin,
        "check_layout_word_boundaries",
        "compute offsets on the original text (claimdiff.text.normalize.fold maps folded offsets back)",
    )


def check_layout_boilerplate(plugin: PluginUnderTest) -> None:
    """No body range holds a line the plugin or the generic engine marks as boilerplate or dateline."""
    _stage_check(
        plugin,
        "check_layout_boilerplate",
        "put teasers, 'follow us' lines, datelines and bylines in boilerplate or metadata, not in body",
    )


def check_relayed_from(plugin: PluginUnderTest) -> None:
    """relayed_from never names the publisher and uses the gazetteer's English labels."""
    _stage_check(plugin, "check_relayed_from", "list the relayed outlets by their gazetteer label")


def check_datelines(plugin: PluginUnderTest) -> None:
    """Every dateline range holds a date claimdiff can read."""
    _stage_check(plugin, "check_datelines", "point datelines at the date itself, after its label")
