"""What the checks share: calling the plugin, naming inputs in messages, and the layout oracle.

A layout is judged in stages, each owned by one check (bounds, word boundaries, boilerplate,
relayed sources, datelines).  A check that needs a valid layout skips, pointing at the owning
check, when an earlier stage found a problem: one fault gives one failure.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from pydantic import ValidationError

from claimdiff.extractors.base import DatelineField, Layout
from claimdiff.schema import TextRange
from claimdiff.testing.inputs import Sample, neutral_texts
from claimdiff.testing.outcome import CheckFailed, CheckSkipped
from claimdiff.testing.subject import PluginUnderTest

THRESHOLD = 0.5
ROLES = ("published", "updated")
# Lines the generic engine is sure are not article text, whatever the outlet.
ORACLE_KINDS = (
    "teaser",
    "social",
    "newsletter",
    "share",
    "share_counter",
    "comments",
    "most_read",
    "advert",
    "cookie_notice",
    "skip_link",
    "timestamp",
    "reading_time",
)


def fail(plugin: PluginUnderTest, extractor: Any, message: str) -> CheckFailed:
    return CheckFailed(f"{plugin.who(extractor)}: {message}")


def problem_list(problems: list[str], limit: int = 3) -> str:
    problems = list(dict.fromkeys(problems))
    more = f" (and {len(problems) - limit} more)" if len(problems) > limit else ""
    return "; ".join(problems[:limit]) + more


def ordinary(plugin: PluginUnderTest, extractor: Any) -> list[Sample]:
    return plugin.samples(extractor) + list(neutral_texts())


def seeds(plugin: PluginUnderTest, extractor: Any) -> list[Sample]:
    return plugin.samples(extractor) or list(neutral_texts())


def confidence_problem(value: Any) -> str | None:
    """Why ``value`` is not a detection confidence, or None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"returned {value!r} ({type(value).__name__}), not a float"
    if math.isnan(value) or not 0.0 <= value <= 1.0:
        return f"returned {value!r}, outside [0, 1]"
    return None


def as_layout(result: Any) -> Layout:
    if isinstance(result, Layout):
        return result
    try:
        return Layout.model_validate(result)
    except ValidationError as exc:
        raise TypeError(
            f"returned {type(result).__name__}, not a claimdiff Layout ({exc.error_count()} errors)"
        ) from None


def score(plugin: PluginUnderTest, extractor: Any, sample: Sample) -> float:
    """detect() for checks that do not own its errors: a broken detect() skips them."""
    try:
        value = plugin.call(extractor, "detect", sample)
    except (MemoryError, CheckSkipped):
        raise
    except Exception as exc:
        raise CheckSkipped(f"detect() raises on {sample.label} (see check_detect_in_range): {exc}") from None
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise CheckSkipped(f"detect() does not return a number (see check_detect_in_range): {value!r}")
    return float(value)


def raw_layout(plugin: PluginUnderTest, extractor: Any, sample: Sample) -> Layout:
    """layout() for checks that do not own its errors: a failing layout() skips them."""
    try:
        return as_layout(plugin.call(extractor, "layout", sample))
    except (MemoryError, CheckSkipped):
        raise
    except Exception as exc:
        raise CheckSkipped(f"layout() fails on {sample.label} (see check_layout_in_bounds): {exc}") from None


# -- the layout stages ---------------------------------------------------------------------------
def ranges_of(layout: Layout) -> Iterable[tuple[str, TextRange | DatelineField]]:
    for name in type(layout).model_fields:
        value = getattr(layout, name)
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            if isinstance(item, TextRange | DatelineField):
                yield (f"{name}[{i}]" if isinstance(value, list) else name), item


def bounds_problems(layout: Layout, text: str, extractor: Any = None) -> list[str]:
    """Ranges outside ``text``; overlapping or unsorted body; unknown outlet or dateline role."""
    n = len(text)
    problems = [
        f"{where} = {r.start}:{r.end} lies outside the text (0:{n})"
        for where, r in ranges_of(layout)
        if not 0 <= r.start <= r.end <= n
    ]
    for a, b in itertools.pairwise(layout.body):
        if b.start < a.end:
            problems.append(
                f"body ranges {a.start}:{a.end} and {b.start}:{b.end} overlap or are out of order"
            )
    head = layout.headline
    if head is not None and any(head.start < r.end and r.start < head.end for r in layout.body):
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


def _kind(c: str) -> str:
    """Letter of a script, digit, combining mark, or other: a word does not cross a change of kind."""
    if unicodedata.category(c)[0] == "M" or c in "\u0640\u200c\u200d":
        return "mark"
    if c.isdigit():
        return "digit"
    if c.isalpha():
        name = unicodedata.name(c, "")
        return f"letter {name.split(' ')[0]}"
    return "other"


def _splits_word(text: str, i: int) -> bool:
    if not 0 < i < len(text):
        return False
    left, right = _kind(text[i - 1]), _kind(text[i])
    if right == "mark":
        return left != "other"
    return (left == right and left != "other") or (left == "mark" and right.startswith("letter"))


def word_problems(layout: Layout, text: str, extractor: Any = None) -> list[str]:
    """Ranges that start or end inside a word of the original text."""
    out = []
    for where, r in ranges_of(layout):
        if r.end <= r.start:
            continue
        for edge, i in (("starts", r.start), ("ends", r.end)):
            if _splits_word(text, i):
                around = text[max(0, i - 12) : i] + "|" + text[i : i + 12]
                out.append(f"{where} {edge} inside a word at {i} ({around!r})")
    return out


def _overlap(a: TextRange | DatelineField, b: TextRange | DatelineField) -> bool:
    return a.start < b.end and b.start < a.end


def _line(text: str, r: TextRange | DatelineField) -> str:
    start = text.rfind("\n", 0, r.start) + 1
    end = text.find("\n", r.start)
    return text[start : end if end >= 0 else len(text)].strip()[:60]


@cache
def _generic() -> Any:
    from claimdiff.extractors.generic import GenericExtractor

    return GenericExtractor()


def boilerplate_problems(layout: Layout, text: str, extractor: Any = None) -> list[str]:
    """Body ranges over a line the plugin itself, or the generic engine, says is not article text."""
    own: list[tuple[str, TextRange | DatelineField]] = [
        *(("its own boilerplate", r) for r in layout.boilerplate),
        *(("its own metadata", r) for r in layout.metadata),
        *(("its own dateline", r) for r in layout.datelines),
    ]
    analysis = _generic().analyse(text)
    oracle: list[tuple[str, TextRange | DatelineField]] = [
        (f"a {s.kind} line", TextRange(start=s.start, end=s.end))
        for s in analysis.segments
        if s.kind in ORACLE_KINDS
    ]
    oracle += [("a dateline", d) for d in analysis.datelines]
    out = []
    for i, body in enumerate(layout.body):
        for what, r in [*own, *oracle]:
            if _overlap(body, r):
                out.append(f"body[{i}] holds {what}: {_line(text, r)!r}")
                break
    return out


def relay_problems(layout: Layout, text: str, extractor: Any = None) -> list[str]:
    """relayed_from names the publisher, or a name that is not a gazetteer outlet's English label."""
    publisher = {o.casefold() for o in (*getattr(extractor, "outlets", ()), layout.outlet or "")} - {""}
    known = outlet_labels()
    out = []
    for name in layout.relayed_from:
        if name.casefold() in publisher:
            out.append(f"relayed_from lists {name!r}, the publisher itself")
        elif name not in known:
            near = close_label(name, known)
            hint = f" (did you mean {near!r}?)" if near else ""
            out.append(f"relayed_from lists {name!r}, not the English label of a gazetteer outlet{hint}")
    return out


@cache
def outlet_labels() -> frozenset[str]:
    from claimdiff.entities import Gazetteer
    from claimdiff.extractors.outlets import OUTLET_TYPES

    return frozenset(e.label or e.id for e in Gazetteer.default().entries if e.type in OUTLET_TYPES)


def close_label(name: str, known: Iterable[str]) -> str | None:
    import difflib

    from claimdiff.entities import Gazetteer

    for match in Gazetteer.default().find(name):
        if match.score >= 0.95 and (match.entry.label or "") in known:
            return match.entry.label
    found = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return found[0] if found else None


def dateline_problems(layout: Layout, text: str, extractor: Any = None) -> list[str]:
    """Dateline ranges that hold no date."""
    from claimdiff.dates import find_times

    out = []
    for i, d in enumerate(layout.datelines):
        r = TextRange(start=d.start, end=d.end)
        found = find_times(text, [r], doc_id="kit", anchor=None, id_prefix="t")
        if not any(t.timex_type in ("DATE", "TIME") for t in found):
            out.append(f"datelines[{i}] = {text[d.start : d.end][:60]!r} holds no date")
    return out


Stage = Callable[[Layout, str, Any], list[str]]
STAGES: tuple[tuple[str, Stage], ...] = (
    ("check_layout_in_bounds", bounds_problems),
    ("check_layout_word_boundaries", word_problems),
    ("check_layout_boilerplate", boilerplate_problems),
    ("check_relayed_from", relay_problems),
    ("check_datelines", dateline_problems),
)


def stage_problems(plugin: PluginUnderTest, extractor: Any, sample: Sample, check: str) -> list[str]:
    """What the stage owned by ``check`` finds in the layout of ``sample`` (earlier stages clean)."""
    layout = raw_layout(plugin, extractor, sample)
    for name, stage in STAGES:
        problems = stage(layout, sample.text, extractor)
        if name == check:
            return problems
        if problems:
            raise CheckSkipped(f"layout() of {sample.label} is invalid (see {name})")
    raise KeyError(check)


def valid_layout(plugin: PluginUnderTest, extractor: Any, sample: Sample) -> Layout:
    """layout() for checks that need a correct one: every stage clean, else skip."""
    layout = raw_layout(plugin, extractor, sample)
    for name, stage in STAGES:
        if stage(layout, sample.text, extractor):
            raise CheckSkipped(f"layout() of {sample.label} is invalid (see {name})")
    return layout
