"""Hijri dates on the Umm al-Qura calendar, through hijridate (1343-1500 AH).

hijridate raises ``OverflowError`` outside its table and ``ValueError`` for an impossible date;
here every problem is a code (see :func:`problem`), never an exception.

A lunar month has 29 or 30 days, but the table records the calendar as it was published, where a
few early months (1343-1364 AH) have 28 or 31: the table's length decides, never a fixed 30.
"""

from __future__ import annotations

import datetime

from hijridate import Gregorian, Hijri

MIN_YEAR = 1343
MAX_YEAR = 1500


def in_table(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def month_length(year: int, month: int) -> int | None:
    """The month's length on the Umm al-Qura table (29 or 30, a few 28 or 31); None outside it."""
    if not (in_table(year) and 1 <= month <= 12):
        return None
    return int(Hijri(year, month, 1).month_length())


def problem(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """What is wrong with a written Hijri date, as a finding code; None when it exists."""
    if year <= 0:
        return "hijri-invalid-year"
    if month is not None and not 1 <= month <= 12:
        return "hijri-invalid-month"
    length = month_length(year, month) if month is not None else None
    if day is not None and not 1 <= day <= max(30, length or 30):
        return "hijri-invalid-day"
    if not in_table(year):
        return "hijri-out-of-range"
    if length is not None and day is not None and day > length:
        return "hijri-day-past-month-end"
    return None


def to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    """The Gregorian day of a Hijri date; None when it does not exist or lies outside the table."""
    if problem(year, month, day) is not None:
        return None
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (OverflowError, ValueError):
        return None
    return datetime.date(g.year, g.month, g.day)


def from_gregorian(day: datetime.date) -> tuple[int, int, int] | None:
    """The Hijri date of a Gregorian day; None outside the table (1924-2077)."""
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return None
    return int(h.year), int(h.month), int(h.day)
