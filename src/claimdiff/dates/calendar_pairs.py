"""Two calendars' versions of one date (a dateline, a الموافق pair) that name different days, and
the lunar days their Gregorian partner confirms as a sighting."""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Sequence
from functools import cache

from claimdiff.dates import calendars, wording
from claimdiff.dates.evidence import as_written, finding, mention_span
from claimdiff.dates.lexicon import lexicon
from claimdiff.schema import Finding, Severity, TimeMention
from claimdiff.text.document import fold_of

_PUNCT = r"[\s\-/|,()]*"


@cache
def _link() -> re.Pattern[str]:
    """What may stand between two calendars' versions of one date: punctuation, الموافق."""
    words = "|".join(re.escape(w).replace(r"\ ", " {0,2}") for w in lexicon().pair_links)
    return re.compile(f"{_PUNCT}(?:(?:{words}){_PUNCT})?")


# -- dates against each other -----------------------------------------------------------------
def calendar_mismatch(text: str, doc_id: str, a: TimeMention, b: TimeMention, where: str) -> Finding | None:
    """Two calendars' parts of one date (a dateline, a الموافق pair) that name different days."""
    if a.calendar == b.calendar:
        return None
    ref, other = sorted((a, b), key=lambda m: m.calendar.value != "gregorian")
    day = wording.to_date(ref.value)
    if day is None:
        ref, other = other, ref
        day = wording.to_date(ref.value)
    y, mo, d = as_written(other)
    if day is None or mo is None or d is None:
        return None
    tol = max(ref.tolerance_days, other.tolerance_days)
    converted = wording.to_date(other.value)
    if converted is not None and abs((converted - day).days) <= tol:
        return None
    cal = other.calendar.value
    near = [calendars.from_gregorian(cal, day + datetime.timedelta(days=k)) for k in range(-tol, tol + 1)]
    known = [n for n in near if n is not None]
    if not known:
        return None
    broken_year = y is None or y <= 0  # compare month and day only; the year is reported on its own
    if any(n[1] == mo and n[2] == d and (broken_year or n[0] == y) for n in known):
        return None
    actual = calendars.from_gregorian(cal, day)
    said = wording.written(cal, None if broken_year else y, mo, d)
    was = wording.written(cal, *actual) if actual else "another day"
    return finding(
        "calendar-mismatch",
        Severity.medium,
        (
            f"The {where} gives '{other.text}' ({said}) and '{ref.text}', which are not the same day: "
            f"{wording.gregorian(day)} was {was}. One of the two dates is wrong."
        ),
        [mention_span(doc_id, text, a), mention_span(doc_id, text, b)],
    )


def adjacent_pairs(text: str, times: Sequence[TimeMention]) -> list[tuple[TimeMention, TimeMention]]:
    """Adjacent dates in two calendars (13 ذو الحجة 1435 هـ الموافق 7 أكتوبر 2014)."""
    dates = sorted(
        (m for m in times if m.timex_type == "DATE" and m.granularity == "day"), key=lambda m: m.start
    )
    out = []
    for a, b in itertools.pairwise(dates):
        between = fold_of(text, a.end, b.start).text
        if a.calendar != b.calendar and len(between) <= 24 and _link().fullmatch(between) is not None:
            out.append((a, b))
    return out


def calendar_pairs(text: str, doc_id: str, times: Sequence[TimeMention]) -> list[Finding]:
    """Adjacent dates in two calendars that name different days."""
    out: list[Finding] = []
    for a, b in adjacent_pairs(text, times):
        f = calendar_mismatch(text, doc_id, a, b, "text")
        if f is not None:
            out.append(f)
    return out


def sighted(pairs: Sequence[tuple[TimeMention, TimeMention]]) -> list[TimeMention]:
    """The lunar date of each pair whose Gregorian partner is its day within the sighting tolerance."""
    out = []
    for a, b in pairs:
        lunar, greg = (a, b) if b.calendar.value == "gregorian" else (b, a)
        if lunar.calendar.value == "gregorian" or greg.calendar.value != "gregorian":
            continue
        x, y = wording.to_date(lunar.value), wording.to_date(greg.value)
        if x is not None and y is not None and abs((x - y).days) <= lunar.tolerance_days:
            out.append(lunar)
    return out
