"""One date at a time: dates that cannot exist in their calendar (a negative Hijri year, 31 April,
day 32 of a Solar month), paired month names that differ (آذار/أبريل), a weekday that is not its date's."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from claimdiff.dates import calendars, wording
from claimdiff.dates.evidence import as_written, date_tokens, finding, mention_span
from claimdiff.schema import Finding, Severity, TimeMention

_SEVERITY = {
    "hijri-invalid-year": Severity.medium,
    "hijri-invalid-month": Severity.medium,
    "hijri-invalid-day": Severity.medium,
    "hijri-day-past-month-end": Severity.low,
    "hijri-out-of-range": Severity.low,
    "solar-invalid-year": Severity.medium,
    "solar-invalid-month": Severity.medium,
    "solar-invalid-day": Severity.medium,
    "solar-day-past-month-end": Severity.medium,
    "solar-out-of-range": Severity.low,
    "gregorian-invalid-month": Severity.medium,
    "gregorian-invalid-date": Severity.medium,
}


# -- one date at a time ---------------------------------------------------------------------
def invalid_dates(
    text: str, doc_id: str, times: Sequence[TimeMention], confirmed: Sequence[TimeMention] = ()
) -> list[Finding]:
    """Dates that cannot exist in the calendar they are written in.  A lunar day 30 that
    ``confirmed`` holds (its Gregorian partner names the same day) is a sighting, not a problem."""
    out: list[Finding] = []
    sighted = {(m.start, m.end) for m in confirmed}
    for m in times:
        if m.timex_type != "DATE" or not m.granularity.startswith(("day", "month", "year")):
            continue
        y, mo, d = as_written(m)
        if y is None and mo is None:
            continue
        cal = m.calendar.value
        code = calendars.problem(cal, y, mo, d)
        if code is None or (code.endswith("day-past-month-end") and (m.start, m.end) in sighted):
            continue
        out.append(
            finding(
                code,
                _SEVERITY.get(code, Severity.medium),
                _invalid_message(code, m, y, mo, d),
                [mention_span(doc_id, text, m)],
            )
        )
    return out


def _invalid_message(code: str, m: TimeMention, y: int | None, mo: int | None, d: int | None) -> str:
    cal = m.calendar.value
    name = {"hijri": "Hijri", "solar_hijri": "Solar Hijri (Iranian)", "gregorian": ""}[cal]
    where = f"The {name} date '{m.text}'".replace("The  date", "The date")
    if code.endswith("invalid-year"):
        return (
            f"{where} has the year {y}: a year cannot be zero or negative, so this date does not exist. "
            "The page's date conversion is probably broken; do not rely on this date."
        )
    if code.endswith("invalid-month"):
        return f"{where} gives month {mo}: there are only 12 months, so this date does not exist."
    if code.endswith("out-of-range"):
        return (
            f"{where} has the year {y}, outside the range claimdiff can check "
            "(Umm al-Qura 1343-1500 AH, 1924-2077): it cannot be verified or converted."
        )
    if code == "hijri-day-past-month-end" and y and mo and (days := calendars.month_length(cal, y, mo)):
        return (
            f"{where}: {wording.written(cal, y, mo, None)} has {days} days on the Umm al-Qura calendar. "
            f"Day {days + 1} is possible only where the new moon was sighted a day later "
            "(one day of tolerance)."
        )
    if code == "gregorian-invalid-date" and mo is not None:
        month = wording.written("gregorian", None, mo, None)
        longest = calendars.month_length("gregorian", y or 2001, mo) if mo else None
        return f"{where} names {d} {month}, which does not exist ({month} has {longest} days)."
    longest = calendars.month_length(cal, y, mo) if y and mo else None
    limit = f" ({wording.written(cal, y, mo, None)} has {longest} days)" if longest else ""
    return f"{where} gives day {d}, past the end of the month{limit}: this date does not exist."


def month_pairs(text: str, doc_id: str, times: Sequence[TimeMention]) -> list[Finding]:
    """Two names of a month written together that name different months (آذار/أبريل)."""
    out: list[Finding] = []
    for m in times:
        if "/" not in m.text and "(" not in m.text and "-" not in m.text:
            continue
        months = [
            int(s.val) for t in date_tokens(text, m.start, m.end) if (s := t.sense("gmonth")) is not None
        ]
        if len(set(months)) > 1:
            a, b = (wording.written("gregorian", None, x, None) for x in months[:2])
            out.append(
                finding(
                    "month-pair-mismatch",
                    Severity.medium,
                    (
                        f"'{m.text}' pairs two names that are different months ({a} and {b}): "
                        "one of them is wrong, so the date is unclear."
                    ),
                    [mention_span(doc_id, text, m)],
                )
            )
    return out


def weekday_mismatch(text: str, doc_id: str, times: Sequence[TimeMention]) -> list[Finding]:
    """A weekday written with a full date that falls on another day of the week; the year may be
    the article's (الجمعة 6 آذار in an article of March 2025), but the day and month are written."""
    out: list[Finding] = []
    for m in times:
        if m.weekday is None or m.timex_type != "DATE":
            continue
        if m.relative and not _month_written(text, m):
            continue  # أمس الاثنين: the relative checks weigh it against the article's date
        day = wording.to_date(m.value)
        if day is None:
            continue
        near = {
            (day + datetime.timedelta(days=k)).isoweekday()
            for k in range(-m.tolerance_days, m.tolerance_days + 1)
        }
        if m.weekday in near:
            continue
        out.append(
            finding(
                "weekday-mismatch",
                Severity.medium,
                (
                    f"'{m.text}' calls {wording.gregorian(day)} a {wording.weekday(m.weekday)}, "
                    f"but it was a {wording.weekday(day.isoweekday())}."
                ),
                [mention_span(doc_id, text, m)],
            )
        )
    return out


def _month_written(text: str, m: TimeMention) -> bool:
    return any(
        t.sense("gmonth") is not None or t.sense("hmonth") is not None
        for t in date_tokens(text, m.start, m.end)
    )


def weekday_against(text: str, doc_id: str, m: TimeMention, day: datetime.date) -> Finding | None:
    """A stamp's weekday that is not the weekday of the stamp's own (Gregorian) day."""
    if m.weekday is None or m.weekday == day.isoweekday():
        return None
    return finding(
        "weekday-mismatch",
        Severity.medium,
        (
            f"The dateline '{m.text}' names a {wording.weekday(m.weekday)}, but its date "
            f"{wording.gregorian(day)} was a {wording.weekday(day.isoweekday())}: "
            "the weekday or the date is wrong."
        ),
        [mention_span(doc_id, text, m)],
    )
