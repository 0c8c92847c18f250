"""Dates of two claims that cannot be one day, when the claims tell one event.

Two dates clash when they cannot name one day (two weekdays, two days of one month of one
year, two days of one lunar month beyond its sighting tolerance) and something says they date
one event: the claims share most of their words besides the dates, the words around the dates
match, or the same verb or predicate dates both (the nearest verb of the date's clause, or the
claim's predicate), with a shared noun and no town of one missing from the other.  A date both
claims give accounts for itself: their other dates are of other acts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cache

from claimdiff.claims import lexicon as claims_lexicon
from claimdiff.claims.profile import time_compatible
from claimdiff.compare.cues import SAME_EVENT, Cue, claim_dates, detector, other_towns
from claimdiff.compare.pairdiff import PairDiff, same_word
from claimdiff.schema import Calendar, TimeMention
from claimdiff.text import morph

_EVENT_REACH = 5  # words before a date within which the verb it dates stands
_CLAUSE_REACH = 12  # ... or, when none is that near, the nearest verb of its clause within this
_CLAUSE_ENDS = frozenset("،,.؛;:")


def _event_of(diff: PairDiff, side: int, date: TimeMention) -> frozenset[str]:
    """The event a date is the date of: the verbs a few words before it (انهار السد الترابي مساء
    السبت), as lemmas and the predicates that list them, back to a verb of saying, which dates a
    report rather than the event."""
    view = (diff.x, diff.y)[side]
    out: set[str] = set()
    seen = 0
    text = view.doc.text
    for tok in reversed(view.tokens_before(date.start)):
        if not tok.is_word or tok.text.isdigit():
            if seen >= _EVENT_REACH and tok.text in _CLAUSE_ENDS and not _inside_number(text, tok.start):
                break
            continue
        seen += 1
        if seen > _CLAUSE_REACH or (seen > _EVENT_REACH and out):
            break  # past the nearest words, the nearest verb of the clause, if none was near
        reading = morph.best(tok.text)
        if reading.pos == "verb":
            if reading.lemma in claims_lexicon.say_lemmas():
                return frozenset(out)  # a date after a verb of saying dates the report
            out |= {reading.lemma, *_predicates_of(reading.lemma)}
    if not out and view.claim.predicate is not None:
        out.add(f"p:{view.claim.predicate}")  # no verb near it: the date is of what the claim says
    return frozenset(out)


def _inside_number(text: str, at: int) -> bool:
    return 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


@cache
def _lemma_predicates() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for p in claims_lexicon.predicates():
        for lemma in p.lemmas:
            out.setdefault(lemma, set()).add(f"p:{p.key}")
    return {k: frozenset(v) for k, v in out.items()}


def _predicates_of(lemma: str) -> frozenset[str]:
    return _lemma_predicates().get(lemma, frozenset())


def _same_dated_event(diff: PairDiff, a: TimeMention, b: TimeMention) -> bool:
    """Two dates of one event: the same verb (or one predicate) dates both, and the claims share
    a word that is not a verb (the dam, the campaign): انهار السد فجر الاثنين / انهار السد مساء السبت."""
    if not _event_of(diff, 0, a) & _event_of(diff, 1, b):
        return False
    if other_towns(diff):
        return False  # killings in Aleppo on Saturday and in Daraa on Monday are two events
    unmatched = {w.token.start for w in diff.unmatched[0]}
    return any(w.token.start not in unmatched and morph.best(w.text).pos != "verb" for w in diff.words[0])


def _introduced(diff: PairDiff, a: TimeMention, b: TimeMention) -> bool:
    """Whether the same word, not a name, introduces both dates (اعتبارا من يوم الأحد / اعتبارا
    من يوم الثلاثاء): the content word right before each."""
    before = []
    for side, date in ((0, a), (1, b)):
        words = [w for w in diff.words[side] if w.token.end <= date.start]
        if not words or words[-1].token.start in diff.own[side]:
            return False
        before.append(words[-1])
    return same_word(before[0], before[1])


def _same_day(a: TimeMention, b: TimeMention) -> bool:
    """Two mentions of one day of the month (a weekday alone names no day)."""
    day = a.value[8:10]
    return len(a.value) >= 10 and day.isdigit() and a.value[5:10] == b.value[5:10] and a.weekday == b.weekday


def _two_days(a: TimeMention, b: TimeMention) -> bool:
    """Whether two dates cannot be one day: two weekdays, two days of one month as written in
    the lunar calendar (beyond its sighting tolerance), or two Gregorian days of one year (an
    undated year is the story's: what one report leaves open is the other's year)."""
    if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
        return True
    if "X" in a.value[8:10] or "X" in b.value[8:10]:
        return a.calendar == b.calendar != Calendar.gregorian and _lunar_apart(a, b)
    if a.value[:4] != b.value[:4] and "X" not in a.value[:4] + b.value[:4]:
        return False
    if time_compatible(a.value, b.value):
        return False
    tolerance = max(a.tolerance_days, b.tolerance_days)
    try:
        days = abs((dt.date.fromisoformat(a.value[:10]) - dt.date.fromisoformat(b.value[:10])).days)
    except ValueError:
        return True
    return days > tolerance


def _lunar_apart(a: TimeMention, b: TimeMention) -> bool:
    """Two days of one lunar month, further apart than a sighting can move a date."""
    oa, ob = a.original or "", b.original or ""
    if len(oa) < 10 or len(ob) < 10 or oa[5:7] != ob[5:7] or not (oa[8:10] + ob[8:10]).isdigit():
        return False
    if "X" not in oa[:4] + ob[:4] and oa[:4] != ob[:4]:
        return False
    return abs(int(oa[8:10]) - int(ob[8:10])) > max(a.tolerance_days, b.tolerance_days)


@detector("date")
def dates(diff: PairDiff) -> Iterator[Cue]:
    """The same event on two different days of one year, or on two different weekdays: only when
    the claims share most of their words, or the words around the two dates (two events of a
    story happen on different days)."""
    xs, ys = claim_dates(diff, 0), claim_dates(diff, 1)
    # a date the other claim also gives is accounted for: the claims' other dates are of other acts
    told_x = {a.id for a in xs if any(_same_day(a, b) for b in ys)}
    told_y = {b.id for b in ys if any(_same_day(a, b) for a in xs)}
    for a in xs:
        for b in ys:
            if a.id in told_x or b.id in told_y:
                continue
            same_event = diff.shared_share(((a.start, a.end), (b.start, b.end))) >= SAME_EVENT
            local = diff.local_share((a.start, a.end), (b.start, b.end), names=False) >= SAME_EVENT
            dated = not (same_event or local) and _same_dated_event(diff, a, b)
            dated = dated or _introduced(diff, a, b)
            if not (same_event or local or dated):
                continue
            if _two_days(a, b):
                yield Cue("date", f"{a.text} / {b.text}", (a.start, a.end), (b.start, b.end), 1.0,
                          anchored=local or dated)  # fmt: skip
