"""Resolution: an :class:`Expr` becomes a TIMEX3 value, against the document's own date if known.

Nothing is ever taken from today's clock: without an anchor the unknown parts stay ``X``
(``XXXX-11-26``, ``XXXX-WXX-1``).  A partial date with an anchor takes the occurrence the modifier
asks for (الماضي: the last one before the anchor, المقبل: the next one after, الجاري: the
anchor's own year), or else the occurrence nearest the anchor.  A bare weekday is the last such
day on or before the anchor (news tell what happened), unless المقبل/القادم follows it.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from claimdiff.dates import calendars
from claimdiff.dates.expr import Expr

_DAY = datetime.timedelta(days=1)
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_UNIT_NAMES = {"Y": "year", "M": "month", "W": "week", "D": "day"}


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str
    granularity: str = "day"
    timex_type: Literal["DATE", "TIME", "DURATION"] = "DATE"
    calendar: str = "gregorian"
    original: str | None = None
    tolerance_days: int = 0
    relative: bool = False
    weekday: int | None = None


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: datetime.date
    end: datetime.date  # exclusive
    year: int


def resolve(e: Expr, anchor: datetime.date | None, prefer: str | None = None) -> Resolved:
    """The value of ``e``; ``prefer`` is the document's calendar for an unmarked 13xx/14xx date."""
    if e.type == "TIME":
        h, m = e.clock or (0, 0)
        return Resolved(f"XXXX-XX-XXT{h:02d}:{m:02d}", "time", "TIME")
    if e.type == "DURATION":
        value = e.duration or "PXD"
        return Resolved(value, _duration_unit(value), "DURATION")
    try:
        r = _date(e, anchor, prefer)
    except (OverflowError, ValueError):  # an anchor at the edge of the calendar (year 1 or 9999)
        if anchor is None:
            raise
        r = _date(e, None, prefer)
    return replace(r, granularity=f"{r.granularity}-{e.mod}") if e.mod else r


def _duration_unit(value: str) -> str:
    if value.startswith("PT"):
        return "hour" if value.endswith("H") else "minute"
    return "decade" if value.endswith("DE") else _UNIT_NAMES.get(value[-1:], "duration")


def decide_calendar(e: Expr, anchor: datetime.date | None, prefer: str | None) -> str:
    """Hijri or Solar Hijri for an unmarked 13xx/14xx date: era mark, document, anchor, year."""
    if e.calendar is not None:
        return e.calendar
    if e.era:
        return e.era
    if prefer in ("hijri", "solar_hijri"):
        return prefer
    year = e.year or 0
    if anchor is not None:
        best: tuple[int, str] | None = None
        for cal in ("hijri", "solar_hijri"):
            g = calendars.to_gregorian(cal, year, e.month or 7, min(e.day or 1, 29))
            if g is not None and (best is None or abs((g - anchor).days) < best[0]):
                best = (abs((g - anchor).days), cal)
        if best is not None:
            return best[1]
    # a Solar year from 1420 on lies after 2040: such a year in news is Hijri
    return "hijri" if year >= 1420 else "solar_hijri"


def _date(e: Expr, anchor: datetime.date | None, prefer: str | None) -> Resolved:
    if e.shift is not None:
        return _shifted(e, anchor)
    if e.decade is not None:
        return Resolved(f"{e.decade}X", "decade")
    if e.season is not None:
        return _season(e, anchor)
    if e.weekday is not None and e.month is None and e.year is None:
        return _weekday(e.weekday, e.direction, anchor)
    cal = decide_calendar(e, anchor, prefer)
    if cal == "gregorian":
        return _gregorian(e, anchor)
    return _lunar(e, anchor, cal)


def _year_value(year: int | None, e: Expr, relative: bool = False) -> Resolved:
    y = f"{year:04d}" if year is not None and year > 0 else "XXXX"
    if e.quarter is not None:
        return Resolved(f"{y}-Q{e.quarter}", "quarter", relative=relative)
    if e.half is not None:
        return Resolved(f"{y}-H{e.half}", "half", relative=relative)
    if e.season is not None:
        return Resolved(f"{y}-{e.season}", "season", relative=relative)
    return Resolved(y, "year", relative=relative)


def _shifted(e: Expr, anchor: datetime.date | None) -> Resolved:
    unit, n = e.shift or ("D", 0)
    if unit == "Y":
        return _year_value(anchor.year + n if anchor else None, e, anchor is not None)
    if anchor is None:
        if unit in ("D", "H", "MIN"):
            return Resolved(f"XXXX-WXX-{e.weekday}" if e.weekday else "XXXX-XX-XX", weekday=e.weekday)
        return Resolved("XXXX-WXX", "week") if unit == "W" else Resolved("XXXX-XX", "month")
    if unit == "D":
        return Resolved((anchor + n * _DAY).isoformat(), relative=True, weekday=e.weekday)
    if unit in ("H", "MIN"):  # hours or minutes before a day known only as a day: that day
        return Resolved(anchor.isoformat(), relative=True)
    if unit == "W":
        iso = (anchor + 7 * n * _DAY).isocalendar()
        return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}", "week", relative=True)
    months = anchor.year * 12 + anchor.month - 1 + n
    return Resolved(f"{months // 12:04d}-{months % 12 + 1:02d}", "month", relative=True)


def _weekday(wd: int, direction: str | None, anchor: datetime.date | None) -> Resolved:
    if anchor is None:
        return Resolved(f"XXXX-WXX-{wd}", weekday=wd)
    a = anchor.isoweekday()
    if direction == "past":
        delta = -(((a - wd - 1) % 7) + 1)
    elif direction == "next":
        delta = ((wd - a - 1) % 7) + 1
    elif direction == "current":
        delta = wd - a
    else:
        delta = -((a - wd) % 7)
    return Resolved((anchor + delta * _DAY).isoformat(), relative=True, weekday=wd)


def _choose(
    anchor: datetime.date, direction: str | None, cands: Sequence[_Candidate], current: int
) -> _Candidate | None:
    if direction == "past":
        past = [c for c in cands if c.end <= anchor]
        return max(past, key=lambda c: c.start) if past else None
    if direction == "since":
        begun = [c for c in cands if c.start <= anchor]
        return max(begun, key=lambda c: c.start) if begun else None
    if direction == "next":
        ahead = [c for c in cands if c.start > anchor]
        return min(ahead, key=lambda c: c.start) if ahead else None
    if direction == "current":
        return next((c for c in cands if c.year == current), None)

    def distance(c: _Candidate) -> tuple[int, int]:
        if c.start <= anchor < c.end:
            return 0, 0
        gap = (c.start - anchor).days if c.start > anchor else (anchor - c.end).days + 1
        return gap, 0 if c.start <= anchor else 1

    return min(cands, key=distance) if cands else None


def _season(e: Expr, anchor: datetime.date | None) -> Resolved:
    if e.year is not None or anchor is None:
        return _year_value(e.year, e)
    month = _SEASON_START[e.season or "SU"]
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        start = datetime.date(y, month, 1)
        end_month = month + 3
        end = datetime.date(y + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1)
        cands.append(_Candidate(start, end, y))
    c = _choose(anchor, e.direction, cands, anchor.year)
    return _year_value(c.year if c else None, e, c is not None)


def _original(year: int | None, month: int | None, day: int | None) -> str:
    parts = [f"{year:04d}" if year is not None else "XXXX"]
    if month is not None:
        parts.append(f"{month:02d}")
        if day is not None:
            parts.append(f"{day:02d}")
    return "-".join(parts)


def _unknown(month: int | None, day: int | None) -> str:
    return "XXXX-XX-XX" if day is not None else ("XXXX-XX" if month is not None else "XXXX")


def _gregorian(e: Expr, anchor: datetime.date | None) -> Resolved:
    y, m, d = e.year, e.month, e.day
    if m is None:
        return _year_value(y, e)
    if calendars.problem("gregorian", y, m, d) is not None:
        ys = f"{y:04d}" if y is not None else "XXXX"
        return Resolved(f"{ys}-{m:02d}-XX", original=_original(y, m, d), weekday=e.weekday)
    relative = False
    if y is None and anchor is not None:
        cands = []
        for yy in (anchor.year - 1, anchor.year, anchor.year + 1):
            start = calendars.to_gregorian("gregorian", yy, m, d or 1)
            if start is None:
                continue
            length = calendars.month_length("gregorian", yy, m) or 28
            end = start + _DAY if d else start + length * _DAY
            cands.append(_Candidate(start, end, yy))
        c = _choose(anchor, e.direction, cands, anchor.year)
        if c is not None:
            y, relative = c.year, True
    ys = f"{y:04d}" if y is not None else "XXXX"
    if d is None:
        return Resolved(f"{ys}-{m:02d}", "month", relative=relative)
    return Resolved(f"{ys}-{m:02d}-{d:02d}", relative=relative, weekday=e.weekday)


def _lunar(e: Expr, anchor: datetime.date | None, cal: str) -> Resolved:
    y, m, d = e.year, e.month, e.day
    base = Resolved(
        _unknown(m, d),
        "day" if d is not None else ("month" if m is not None else "year"),
        calendar=cal,
        original=_original(y, m, d),
        tolerance_days=1,
        weekday=e.weekday,
    )
    if y is not None:
        return _lunar_known(base, cal, y, m, d)
    if m is None or anchor is None:
        return base
    here = calendars.from_gregorian(cal, anchor)
    if here is None or calendars.problem(cal, None, m, d) is not None:
        return base
    cands = []
    for yy in (here[0] - 1, here[0], here[0] + 1):
        start = calendars.to_gregorian(cal, yy, m, d or 1)
        length = calendars.month_length(cal, yy, m)
        if start is None or length is None:
            continue
        cands.append(_Candidate(start, start + (_DAY if d else length * _DAY), yy))
    c = _choose(anchor, e.direction, cands, here[0])
    if c is None:
        return base
    if d is None:
        mid = c.start + 14 * _DAY
        return replace(base, value=f"{mid.year:04d}-{mid.month:02d}", relative=True)
    return replace(base, value=c.start.isoformat(), relative=True)


def _lunar_known(base: Resolved, cal: str, y: int, m: int | None, d: int | None) -> Resolved:
    if m is None:
        g = calendars.to_gregorian(cal, y, 7, 1)
        return replace(base, value=f"{g.year:04d}") if g else base
    problem = calendars.problem(cal, y, m, d)
    if problem is not None and not problem.endswith("day-past-month-end"):
        return base
    if d is None:
        g = calendars.to_gregorian(cal, y, m, 15)
        return replace(base, value=f"{g.year:04d}-{g.month:02d}") if g else base
    if problem is not None:
        # the 30th of a 29-day month elsewhere: the day after the 29th on the Umm al-Qura table
        last = calendars.to_gregorian(cal, y, m, d - 1)
        return replace(base, value=(last + _DAY).isoformat()) if last else base
    g = calendars.to_gregorian(cal, y, m, d)
    return replace(base, value=g.isoformat()) if g else base
