"""One door to the three calendars: conversion and validation by calendar name."""

from __future__ import annotations

import datetime

from claimdiff.dates import gregorian, hijri, solar


def to_gregorian(cal: str, year: int, month: int, day: int) -> datetime.date | None:
    if cal == "hijri":
        return hijri.to_gregorian(year, month, day)
    if cal == "solar_hijri":
        return solar.to_gregorian(year, month, day)
    return gregorian.to_date(year, month, day)


def from_gregorian(cal: str, day: datetime.date) -> tuple[int, int, int] | None:
    if cal == "hijri":
        return hijri.from_gregorian(day)
    if cal == "solar_hijri":
        return solar.from_gregorian(day)
    return day.year, day.month, day.day


def problem(cal: str, year: int | None, month: int | None, day: int | None) -> str | None:
    """The finding code for an impossible written date, None when it may exist."""
    if cal == "hijri":
        return hijri.problem(year, month, day) if year is not None else _partial(month, day, 30, "hijri")
    if cal == "solar_hijri":
        longest = 31 if month is None or month <= 6 else 30
        return solar.problem(year, month, day) if year is not None else _partial(month, day, longest, "solar")
    return gregorian.problem(year, month, day)


def _partial(month: int | None, day: int | None, longest: int, prefix: str) -> str | None:
    if month is not None and not 1 <= month <= 12:
        return f"{prefix}-invalid-month"
    if day is not None and not 1 <= day <= longest:
        return f"{prefix}-invalid-day"
    return None


def month_length(cal: str, year: int, month: int) -> int | None:
    if cal == "hijri":
        return hijri.month_length(year, month)
    if cal == "solar_hijri":
        return solar.month_length(year, month)
    return gregorian.month_length(year, month)
