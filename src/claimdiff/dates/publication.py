"""Dates against the article's own date: relative references that cannot hold together (يوم أمس
الاثنين ... يوم أمس الخميس), a date after publication described as past, and a dateline updated
before it was published or years after."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimdiff.dates import wording
from claimdiff.dates.evidence import date_tokens, finding, mention_span
from claimdiff.dates.lexicon import lexicon
from claimdiff.schema import Finding, Severity, TimeMention
from claimdiff.text.document import fold_of

if TYPE_CHECKING:
    from claimdiff.dates.dateline import Datelines

_DAY_WORDS = {0: "today", -1: "yesterday", -2: "the day before yesterday", 1: "tomorrow", 2: "the day after"}
UPDATED_LONG_AFTER_DAYS = 365


def _deictic(text: str, m: TimeMention) -> int | None:
    for t in date_tokens(text, m.start, m.end):
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
                evidence = [mention_span(doc_id, text, m)] + (
                    [mention_span(doc_id, text, pub_part)] if pub_part else []
                )
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
            [mention_span(doc_id, text, m) for m in mentions],
        )
    )
    return out


def _described_as_past(text: str, m: TimeMention) -> bool:
    after = text[m.end : m.end + 20]
    before = fold_of(text, max(0, m.start - 8), m.start).text.split()
    if before and before[-1].lstrip("و") in lexicon().since_words:
        return True
    tokens = date_tokens(text, m.start, m.end + len(after))[:8]
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
        evidence = [mention_span(doc_id, text, m)] + (
            [mention_span(doc_id, text, pub_part)] if pub_part else []
        )
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
    evidence = [mention_span(doc_id, text, updated), mention_span(doc_id, text, published)]
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
