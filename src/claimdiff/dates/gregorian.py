"""Gregorian dates: month lengths and impossible dates (31 April, 30 February)."""

from __future__ import annotations

import calendar
import datetime


def month_length(year: int, month: int) -> int | None:
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    return calendar.monthrange(year, month)[1]


def problem(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """What is wrong with a written Gregorian date, as a finding code; None when it exists."""
    if month is not None and not 1 <= month <= 12:
        return "gregorian-invalid-month"
    if day is None or month is None:
        return None
    longest = month_length(year, month) if year is not None else (29 if month == 2 else None)
    if longest is None:
        longest = calendar.monthrange(2001, month)[1]
    if not 1 <= day <= longest:
        return "gregorian-invalid-date"
    return None


def to_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None
