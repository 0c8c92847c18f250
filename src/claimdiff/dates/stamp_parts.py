"""What one date stamp says: its parts (each calendar, a clock time, a weekday written apart) and
the day it names: its first valid Gregorian part, else Solar Hijri, else Hijri."""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from claimdiff.dates import fallback, wording
from claimdiff.dates.finder import Analysis, mention
from claimdiff.dates.stamps import Stamp, ago, is_day, is_weekday, label_gap_ok
from claimdiff.schema import Calendar, TimeMention, make_span

_PRIORITY = {"gregorian": 0, "solar_hijri": 1, "hijri": 2}


@dataclass(frozen=True, slots=True)
class Read:
    """What one stamp says: its parts, and its day when it names one."""

    parts: list[TimeMention]
    day: datetime.date | None = None
    first: TimeMention | None = None  # the part the day comes from
    relative: bool = False  # counted back from the viewing time: nothing to check
    days: tuple[TimeMention, ...] = ()  # the parts that write a date (not a weekday alone, not a time)


def read_stamp(a: Analysis, stamp: Stamp, *, doc_id: str) -> Read:
    """The parts of one stamp: its dates, clock times and weekdays, or its relative words."""
    inside = a.within(stamp.start, stamp.end)
    days = [e for e in inside if is_day(e)]
    relative = [r for e in inside if (r := ago(e)) is not None]
    if not days and not relative:
        return Read([])
    if days:
        kept = [e for e in inside if is_day(e) or e.type == "TIME" or is_weekday(e)]
    else:
        kept = sorted([*relative, *(e for e in inside if e.type == "TIME")], key=lambda e: e.start)
        if stamp.source == "top" and not any(e.ago is not None or e.type == "TIME" for e in inside):
            return Read([])  # a bare اليوم / أمس near the top is a word, not a stamp
    if stamp.source == "label" and not label_gap_ok(a.folded.text[stamp.start : kept[0].start]):
        return Read([])
    parts = [
        mention(a, e, doc_id=doc_id, mention_id="", anchor=None, role=stamp.role)
        for e in kept
        if not is_weekday(e)
    ]
    best = _date_of(parts) if days else None
    if best is None:  # relative, or only dates that cannot exist (31 April): the issues tell
        return Read(parts, relative=not days)
    day, first = best
    dated = tuple(p for p in parts if p.timex_type == "DATE")
    ends = [p.end for p in dated]
    parts += [
        _weekday_part(mention(a, e, doc_id=doc_id, mention_id="", anchor=day, role=stamp.role), dated, ends)
        for e in kept
        if is_weekday(e)
    ]
    return Read(_with_clock(parts, day), day, first, days=dated)


def _weekday_part(p: TimeMention, dated: Sequence[TimeMention], ends: Sequence[int]) -> TimeMention:
    """A weekday written apart from its date (7 أكتوبر 2014 الثلاثاء) names the date before it."""
    k = bisect.bisect_right(ends, p.start)
    q = dated[k - 1] if k else dated[0]
    return p.model_copy(update={"value": q.value, "tolerance_days": q.tolerance_days, "relative": False})


def read_fallback(a: Analysis, stamp: Stamp, *, doc_id: str) -> Read:
    """A hinted stamp the grammar cannot read (an RFC 2822 header, a German date): dateparser."""
    s, e = a.folded.to_original(stamp.start, stamp.end) if stamp.end > stamp.start else (0, 0)
    raw = a.folded.original[s:e]
    day = fallback.parse_stamp(raw)
    if day is None:
        return Read([])
    lead = len(raw) - len(raw.lstrip())
    start, end = s + lead, s + len(raw.rstrip())
    span = make_span(doc_id, a.folded.original, start, end)
    part = TimeMention(
        **span.model_dump(), id="", value=day.isoformat(), calendar=Calendar.gregorian, role=stamp.role
    )
    return Read([part], day, part)


def _date_of(parts: Sequence[TimeMention]) -> tuple[datetime.date, TimeMention] | None:
    dated = [(wording.to_date(p.value), p) for p in parts if p.timex_type == "DATE"]
    valid = [(d, p) for d, p in dated if d is not None]
    if not valid:
        return None
    return min(valid, key=lambda dp: (_PRIORITY[dp[1].calendar.value], dp[1].start))


def _with_clock(parts: list[TimeMention], day: datetime.date) -> list[TimeMention]:
    out = []
    for p in parts:
        if p.timex_type == "TIME" and p.value.startswith("XXXX-XX-XX"):
            p = p.model_copy(update={"value": day.isoformat() + p.value[10:]})
        out.append(p)
    return out
