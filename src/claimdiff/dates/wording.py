"""How dates are named in finding messages: plain English a journalist reads at a glance."""

from __future__ import annotations

import datetime
import re

from claimdiff.dates.lexicon import lexicon

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ERA = {"hijri": "AH", "solar_hijri": "SH", "gregorian": ""}
_YMD = re.compile(r"^(-?\d+|X+)(?:-(\d\d|XX)(?:-(\d\d|XX))?)?$")


def weekday(n: int) -> str:
    return WEEKDAYS[(n - 1) % 7]


def gregorian(day: datetime.date, *, with_weekday: bool = False) -> str:
    label = lexicon().month_labels["gregorian"][day.month]
    text = f"{day.day} {label} {day.year}"
    return f"{weekday(day.isoweekday())} {text}" if with_weekday else text


def written(cal: str, year: int | None, month: int | None, day: int | None) -> str:
    """A date as written in its own calendar: '13 Dhu al-Hijjah 1435 AH', '2 Rabi' al-Thani'."""
    parts: list[str] = []
    if day is not None:
        parts.append(str(day))
    if month is not None:
        parts.append(lexicon().month_labels[cal].get(month, f"month {month}"))
    if year is not None:
        parts.append(f"{year} {_ERA[cal]}".strip())
    return " ".join(parts)


def ymd(value: str | None) -> tuple[int | None, int | None, int | None]:
    """Year, month and day of a TIMEX-style ``YYYY-MM-DD`` (X parts and missing parts are None)."""
    m = _YMD.match(value or "")
    if m is None:
        return None, None, None
    out = [None if g is None or "X" in g else int(g) for g in m.groups()]
    return out[0], out[1], out[2]


def to_date(value: str | None) -> datetime.date | None:
    y, m, d = ymd(value)
    if y is None or m is None or d is None:
        return None
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None
