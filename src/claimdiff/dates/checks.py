"""Date checks: each problem becomes a ``date_issue`` finding with evidence spans and a plain message.

Checked: dates that cannot exist (a negative Hijri year, 31 April, day 32 of a Solar month), two
calendars of one date that name different days (a dateline, a الموافق pair), paired month names
that differ (آذار/أبريل), a weekday that does not match its date, relative references that cannot
hold together (يوم أمس الاثنين ... يوم أمس الخميس), a dateline updated before it was published
or years after, and a date after publication described as past.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from claimdiff.dates import calendars, wording
from claimdiff.dates.lexicon import lexicon
from claimdiff.dates.tokens import DateWord, date_words
from claimdiff.schema import Finding, Severity, Span, TimeMention, make_span
from claimdiff.text.document import fold_of

if TYPE_CHECKING:
    from claimdiff.dates.dateline import Datelines

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
_PUNCT = r"[\s\-/|,()]*"


@cache
def _link() -> re.Pattern[str]:
    """What may stand between two calendars' versions of one date: punctuation, الموافق."""
    words = "|".join(re.escape(w).replace(r"\ ", " {0,2}") for w in lexicon().pair_links)
    return re.compile(f"{_PUNCT}(?:(?:{words}){_PUNCT})?")


_DAY_WORDS = {0: "today", -1: "yesterday", -2: "the day before yesterday", 1: "tomorrow", 2: "the day after"}
UPDATED_LONG_AFTER_DAYS = 365


def finding(code: str, severity: Severity, message: str, evidence: Sequence[Span]) -> Finding:
    return Finding(
        id="", kind="date_issue", code=code, severity=severity, message=message, evidence=list(evidence)
    )


def _span(doc_id: str, text: str, m: TimeMention) -> Span:
    return make_span(doc_id, text, m.start, m.end)


def _written(m: TimeMention) -> tuple[int | None, int | None, int | None]:
    return wording.ymd(m.original if m.original is not None else m.value)


def _tokens(text: str, start: int, end: int) -> list[DateWord]:
    """The date tokens of ``text[start:end]``, read on the document's fold."""
    return date_words(fold_of(text, start, end).text)


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
        y, mo, d = _written(m)
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
                [_span(doc_id, text, m)],
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
        months = [int(s.val) for t in _tokens(text, m.start, m.end) if (s := t.sense("gmonth")) is not None]
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
                    [_span(doc_id, text, m)],
                )
            )
    return out


def weekday_mismatch(text: str, doc_id: str, times: Sequence[TimeMention]) -> list[Finding]:
    """A weekday written with a full date that falls on another day of the week."""
    out: list[Finding] = []
    for m in times:
        if m.weekday is None or m.relative or m.timex_type != "DATE":
            continue
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
                [_span(doc_id, text, m)],
            )
        )
    return out


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
        [_span(doc_id, text, m)],
    )


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
    y, mo, d = _written(other)
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
        [_span(doc_id, text, a), _span(doc_id, text, b)],
    )


def _pairs(text: str, times: Sequence[TimeMention]) -> list[tuple[TimeMention, TimeMention]]:
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
    for a, b in _pairs(text, times):
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


def _deictic(text: str, m: TimeMention) -> int | None:
    for t in _tokens(text, m.start, m.end):
        s = t.sense("deictic")
        if s is not None:
            return int(s.val)
    return None


def _weekday_message(quote: str, weekday: int, offset: int, published: datetime.date) -> str:
    actual = published + datetime.timedelta(days=offset)
    words = _DAY_WORDS.get(offset, "that day")
    return (
        f"'{quote}' says {words} was a {wording.weekday(weekday)}, but the article is dated "
        f"{wording.gregorian(published, with_weekday=True)}, so {words} was a "
        f"{wording.weekday(actual.isoweekday())}. The sentence was probably copied from an earlier "
        "report without adjusting the relative date."
    )


def relative_conflicts(
    text: str, doc_id: str, times: Sequence[TimeMention], datelines: Datelines
) -> list[Finding]:
    """Today/yesterday/tomorrow named with a weekday: they must agree on the publication day."""
    implied: dict[int, list[tuple[TimeMention, int]]] = {}
    for m in times:
        if m.weekday is None:
            continue
        offset = _deictic(text, m)
        if offset is None:
            continue
        pub_weekday = (m.weekday - offset - 1) % 7 + 1
        implied.setdefault(pub_weekday, []).append((m, offset))
    out: list[Finding] = []
    published = datelines.published
    if published is not None:
        pub_part = next(
            (p for p in datelines.parts if p.role == "published" and wording.to_date(p.value)), None
        )
        for pub_weekday, items in sorted(implied.items()):
            if pub_weekday == published.isoweekday():
                continue
            for m, offset in items:
                evidence = [_span(doc_id, text, m)] + ([_span(doc_id, text, pub_part)] if pub_part else [])
                message = _weekday_message(m.text, m.weekday or pub_weekday, offset, published)
                out.append(finding("relative-weekday-mismatch", Severity.medium, message, evidence))
        return out
    if len(implied) < 2:
        return out
    groups = sorted(implied.items(), key=lambda kv: min(m.start for m, _ in kv[1]))
    mentions = sorted((m for _, items in groups for m, _ in items), key=lambda m: m.start)
    days = ", ".join(
        f"'{items[0][0].text}' puts the article on a {wording.weekday(w)}" for w, items in groups
    )
    out.append(
        finding(
            "relative-conflict",
            Severity.medium,
            (
                f"These relative dates cannot all be right for one publication day: {days}. At least one was "
                "probably copied from an earlier report without adjusting it, so its real date is unknown."
            ),
            [_span(doc_id, text, m) for m in mentions],
        )
    )
    return out


def _described_as_past(text: str, m: TimeMention) -> bool:
    after = text[m.end : m.end + 20]
    before = fold_of(text, max(0, m.start - 8), m.start).text.split()
    if before and before[-1].lstrip("و") in lexicon().since_words:
        return True
    tokens = _tokens(text, m.start, m.end + len(after))[:8]
    return any((s := t.sense("mod")) is not None and s.val == "past" for t in tokens)


def past_after_publication(
    text: str, doc_id: str, times: Sequence[TimeMention], datelines: Datelines
) -> list[Finding]:
    """A date later than the article's own date, written as something past (الماضي، منذ)."""
    published = datelines.published
    if published is None:
        return []
    pub_part = next((p for p in datelines.parts if p.role == "published" and wording.to_date(p.value)), None)
    out: list[Finding] = []
    for m in times:
        if m.relative or m.timex_type != "DATE":
            continue
        y, mo, _ = wording.ymd(m.value)
        if y is None or mo is None:
            continue
        first = wording.to_date(m.value) or datetime.date(y, mo, 1)
        if first <= published or not _described_as_past(text, m):
            continue
        evidence = [_span(doc_id, text, m)] + ([_span(doc_id, text, pub_part)] if pub_part else [])
        out.append(
            finding(
                "past-date-after-publication",
                Severity.medium,
                (
                    f"'{m.text}' is written as past, but it is after the article's own date "
                    f"({wording.gregorian(published)}): either the date or the article's dateline is wrong."
                ),
                evidence,
            )
        )
    return out


def updated_vs_published(
    text: str, doc_id: str, published: TimeMention, updated: TimeMention
) -> Finding | None:
    """An 'updated' stamp before publication, or implausibly long after it."""
    p, u = wording.to_date(published.value), wording.to_date(updated.value)
    if p is None or u is None:
        return None
    evidence = [_span(doc_id, text, updated), _span(doc_id, text, published)]
    if u < p:
        return finding(
            "updated-before-published",
            Severity.medium,
            (
                f"The page says it was updated on {wording.gregorian(u)}, before it was published "
                f"({wording.gregorian(p)}): one of the two stamps is wrong."
            ),
            evidence,
        )
    days = (u - p).days
    if days <= UPDATED_LONG_AFTER_DAYS:
        return None
    years = days / 365.25
    span = f"{years:.0f} years" if years >= 1.5 else f"{days // 30} months"
    return finding(
        "updated-long-after",
        Severity.low,
        (
            f"The page says it was updated on {wording.gregorian(u)}, {span} after it was published "
            f"({wording.gregorian(p)}). The text may have been changed since publication, or the stamp only "
            "records a site migration: compare with an archived copy before quoting it as the original."
        ),
        evidence,
    )


def check_dates(
    text: str, *, doc_id: str, times: Sequence[TimeMention], datelines: Datelines
) -> list[Finding]:
    """Date issues in ``times`` (the dateline's own issues are in ``datelines.issues``)."""
    body = [t for t in times if t.role is None]
    return [
        *invalid_dates(text, doc_id, body, sighted(_pairs(text, body))),
        *month_pairs(text, doc_id, body),
        *calendar_pairs(text, doc_id, body),
        *weekday_mismatch(text, doc_id, body),
        *relative_conflicts(text, doc_id, body, datelines),
        *past_after_publication(text, doc_id, body, datelines),
    ]
