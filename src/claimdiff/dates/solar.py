"""Solar Hijri (Jalali, Iranian) dates through persiantools, with errors as codes."""

from __future__ import annotations

import datetime

from persiantools.jdatetime import JalaliDate

MIN_YEAR = 1
MAX_YEAR = 9377


def month_length(year: int, month: int) -> int | None:
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    return int(JalaliDate.days_in_month(month, year))


def problem(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """What is wrong with a written Solar Hijri date, as a finding code; None when it exists."""
    if year <= 0:
        return "solar-invalid-year"
    if year > MAX_YEAR:
        return "solar-out-of-range"
    if month is not None and not 1 <= month <= 12:
        return "solar-invalid-month"
    if day is not None and not 1 <= day <= 31:
        return "solar-invalid-day"
    if month is not None and day is not None and day > (month_length(year, month) or 31):
        return "solar-day-past-month-end"
    return None


def to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    if problem(year, month, day) is not None:
        return None
    try:
        g = JalaliDate(year, month, day).to_gregorian()  # type: ignore[no-untyped-call]
    except (ValueError, OverflowError):
        return None
    return datetime.date(g.year, g.month, g.day)


def from_gregorian(day: datetime.date) -> tuple[int, int, int] | None:
    try:
        j = JalaliDate.to_jalali(day)  # type: ignore[no-untyped-call]
    except (ValueError, OverflowError):
        return None
    return int(j.year), int(j.month), int(j.day)
