"""Typed cues of disagreement between two claims, read from what each claim adds to the other.

Each detector returns :class:`Cue` objects: the type of contradiction (after de Marneffe, Rafferty
and Manning, "Finding Contradictions in Text", 2008), the words that show it, and where they
stand in each document.  Whether a cue is trusted is decided by the calibrated model in
:mod:`claimdiff.compare.calibration`, not here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from claimdiff import data_files, derived
from claimdiff.claims import lexicon as claims_lexicon
from claimdiff.claims.profile import time_compatible, times_compatible
from claimdiff.compare import lexicons
from claimdiff.compare.aspect import aspect, becoming
from claimdiff.compare.counted import CUMULATIVE, count_class
from claimdiff.compare.opposition import poles_of
from claimdiff.compare.pairdiff import PairDiff, Word, same_word
from claimdiff.compare.wordkeys import word_keys
from claimdiff.schema import Modality, Qualifier, QuantityMention, TimeMention
from claimdiff.text import morph
from claimdiff.text.clitics import light
from claimdiff.text.morphkeys import lemma_key
from claimdiff.text.normalize import fold_str

_APPROX = 0.15  # how far "about N" stretches either way
_SAME_EVENT = 0.5  # share of words two dated claims need in common to be one event
_SCORE = "score"  # the count class of a result (2-1)
_GAP = 40  # characters per content word between a marker and what it negates
_DENIAL_REACH = 6  # content words after a verb of denial within which what it denies may stand


@dataclass(frozen=True, slots=True)
class Cue:
    type: str  # antonym, negation, modality, number, date, substitution, entity, role, replaced
    cue: str  # the words that show it, "a / b"
    x: tuple[int, int]  # evidence offsets in the first claim's document
    y: tuple[int, int]  # and in the second's
    strength: float = 1.0
    anchored: bool = True  # for a count: the same words introduce both numbers


Detector = Callable[[PairDiff], Iterator[Cue]]
DETECTORS: dict[str, Detector] = {}


def detector(name: str) -> Callable[[Detector], Detector]:
    def register(fn: Detector) -> Detector:
        DETECTORS[name] = fn
        return fn

    return register


def cues(diff: PairDiff) -> list[Cue]:
    """Every cue of every registered detector, in detector order.  A detector yields every cue it
    sees, not its first: which one is reported must not depend on which claim comes first."""
    return [c for fn in DETECTORS.values() for c in fn(diff)]


def _span(w: Word) -> tuple[int, int]:
    return (w.token.start, w.token.end)


@cache
def _negators() -> frozenset[str]:
    data = data_files.load("claimdiff", "modality.json")
    return frozenset(fold_str(w) for w in data["negators"]) | {"غير", "عدم", "دون", "بدون", "بلا"}


def _negated(diff: PairDiff, side: int, w: Word) -> bool:
    tokens = (diff.x, diff.y)[side].tokens
    prev = [t for t in tokens[max(0, w.index - 2) : w.index] if t.is_word]
    return any(not light(t.text).isdisjoint(_negators()) for t in prev[-1:])


@detector("antonym")
def antonyms(diff: PairDiff) -> Iterator[Cue]:
    """A word of one claim and an unmatched word of the other on opposite sides of an opposition
    pair (rise / fall).  Claims dated apart may report a change of state, not a clash."""
    ux, uy = diff.unmatched
    if not times_compatible(diff.x.profile.times, diff.y.profile.times):
        return
    same_time = bool(set(diff.x.profile.times) & set(diff.y.profile.times))
    # the other claim's words by the pole they stand on, so that each word meets only its
    # opposites (a long claim of many opposition words costs their sum, not their product)
    by_pole: dict[tuple[int, int], list[tuple[Word, bool]]] = {}
    for b in uy:
        for pole in poles_of(word_keys(b.text)):
            by_pole.setdefault((pole.pair, pole.side), []).append((b, _negated(diff, 1, b)))
    seen: set[tuple[int, int]] = set()
    for a in ux:
        na = _negated(diff, 0, a)
        for pole in poles_of(word_keys(a.text)):
            for b, nb in by_pole.get((pole.pair, 1 - pole.side), ()):
                if na != nb or (a.token.start, b.token.start) in seen:
                    continue  # a negated antonym agrees: "لم يرتفع" and "انخفض"
                if not same_time and (becoming(diff.x.tokens, a.index) or becoming(diff.y.tokens, b.index)):
                    continue  # a state reached (بات مفتوحا) follows its opposite, unless both say when
                seen.add((a.token.start, b.token.start))
                yield Cue("antonym", f"{a.token.text} / {b.token.text}", _span(a), _span(b), 1.0)


@derived.table()
def _negating_words() -> frozenset[str]:
    """Keys (:func:`word_keys`) of the one-word and head words of negation.json cues that are
    never ambiguous, and of modality.json's denial verbs: نفى in every person and tense (v:نفي),
    إلغاء and تأجيل as nouns."""
    words = [c.cue.split()[0] for c in lexicons.negation().cues if not c.ambiguous and c.pos != "particle"]
    data = data_files.load("claimdiff", "modality.json")
    words += [fold_str(w) for w in data["denied"] if " " not in w]
    return frozenset(k for w in words for k in word_keys(w, entry=True))


def _negating(word: str) -> bool:
    """A word of negation, denial, cancellation or refusal.  A verb lemma counts only for a word
    the morphology reads as a verb: its verbal-noun readings are too loose (العلاقات / علّق)."""
    reading = morph.best(word)
    keys = word_keys(word)
    return any(k in _negating_words() for k in keys if not k.startswith("v:") or reading.pos == "verb")


def _markers(diff: PairDiff, side: int) -> list[tuple[int, int, str]]:
    """Negators, and denial, cancellation, failure or refusal words the other claim lacks."""
    view = (diff.x, diff.y)[side]
    unmatched = {w.token.start for w in diff.unmatched[side]}
    out = []
    for t in view.tokens:
        if not t.is_word:
            continue
        if not light(t.text).isdisjoint(_negators()) or (t.start in unmatched and _negating(t.text)):
            out.append((t.start, t.end, t.text))
    return out


def _governing(
    diff: PairDiff, side: int, marks: list[tuple[int, int, str]]
) -> list[tuple[int, int, str, Word]]:
    """The markers whose next content word (what they negate) the other claim has too, with that
    word.  A verb of denial takes its subject first (نفت إدارة المعبر إغلاقه): what it denies may
    stand a few words on.  A verb of saying the other claim lacks is looked through: «لم تؤكد
    الهيئة الاحتجاز» negates the seizure's confirmation."""
    words, unmatched = diff.words[side], {w.token.start for w in diff.unmatched[side]}
    out = []
    for s, e, text in marks:
        after = [
            w for w in words if w.token.start >= e and not (w.token.start in unmatched and _saying(w.text))
        ]
        reach = 1 if not light(text).isdisjoint(_negators()) else _DENIAL_REACH
        governed = next(
            (
                w
                for n, w in enumerate(after[:reach], 1)
                if w.token.start - e < _GAP * n and w.token.start not in unmatched
            ),
            None,
        )
        if governed is not None:
            out.append((s, e, text, governed))
    return out


def _saying(word: str) -> bool:
    reading = morph.best(word)
    return reading.pos == "verb" and reading.lemma in claims_lexicon.say_lemmas()


@detector("negation")
def negation(diff: PairDiff) -> Iterator[Cue]:
    """One claim negates or denies what the other asserts: a negator or denial verb on one side
    only, or a claim read as denied or negative against one read as asserted and positive."""
    mx, my = _governing(diff, 0, _markers(diff, 0)), _governing(diff, 1, _markers(diff, 1))
    cx, cy = diff.x.claim, diff.y.claim
    if not times_compatible(diff.x.profile.times, diff.y.profile.times):
        return
    if bool(mx) != bool(my):
        side, (s, e, word, governed) = (0, mx[0]) if mx else (1, my[0])
        other = (diff.y, diff.x)[side]
        # the evidence on the other side: the word a particle negates, as that claim says it; a
        # verb of denial denies the other claim's whole report (نفت الأنباء عن إغلاقه)
        said = next((w for w in diff.words[1 - side] if same_word(w, governed)), None)
        particle = not light(word).isdisjoint(_negators())
        there = (
            (said.token.start, said.token.end) if said and particle else (other.claim.start, other.claim.end)
        )
        spans = ((s, e), there)
        x, y = spans if side == 0 else spans[::-1]
        yield Cue("negation", word, x, y, 1.0)
    elif diff.shared_share() >= _SAME_EVENT and (
        cx.polarity != cy.polarity or (cx.modality == Modality.denied) != (cy.modality == Modality.denied)
    ):
        yield Cue("modality", f"{cx.modality.value}/{cx.polarity} vs {cy.modality.value}/{cy.polarity}",
                  (cx.start, cx.end), (cy.start, cy.end), 0.7)  # fmt: skip


def interval(q: QuantityMention) -> tuple[float, float]:
    """The values a figure allows once its qualifier is read (about, at least, a range)."""
    v = q.value
    if q.upper is not None:
        return min(v, q.upper), max(v, q.upper)
    if q.qualifier == Qualifier.at_least:
        return v, math.inf
    if q.qualifier == Qualifier.at_most:
        return -math.inf, v
    if q.qualifier == Qualifier.approx:
        return v * (1 - _APPROX), v * (1 + _APPROX)
    return v, v


def counted_unit(q: QuantityMention) -> str | None:
    """A count class named by the number's own unit word, for a unit no class lists."""
    words = fold_str(q.unit).split() if q.unit else []
    return f"unit:{lemma_key(words[-1])}" if words else None


def _counted(diff: PairDiff, side: int, q: QuantityMention) -> str | None:
    if _score(q) is not None:
        return _SCORE
    view = (diff.x, diff.y)[side]
    cls = count_class(q, view.tokens)
    return cls if cls is not None else counted_unit(q)


def _score(q: QuantityMention) -> tuple[float, float] | None:
    """A result written as two numbers without a unit whose second is not larger (2-1, 1-1): a
    score, not a range.  Sorted, so the winner's 2-1 and the loser's 1-2 are one result."""
    if q.upper is None or q.unit or q.upper > q.value:
        return None
    return (min(q.value, q.upper), max(q.value, q.upper))


def _as_of(diff: PairDiff, side: int) -> str | None:
    """When a claim's figures stand: the latest full date the claim names, else its document's."""
    days = [m.value[:10] for m in _dates(diff, side) if "X" not in m.value[:10] and len(m.value) >= 10]
    return max(days) if days else (diff.x, diff.y)[side].doc.published


def _toll_update(diff: PairDiff, cls: str, a: QuantityMention, b: QuantityMention) -> bool:
    """A cumulative count that grew from an earlier report to a later one: the reports are dated
    apart, or only the higher figure is told as a rise (ارتفعت الحصيلة إلى 20 / مقتل 12)."""
    if cls not in CUMULATIVE:
        return False
    ua, ub = _updated(diff, 0, a), _updated(diff, 1, b)
    if ua != ub:
        late, early = (a, b) if ua else (b, a)
        return interval(late)[1] >= interval(early)[0]
    pa, pb = _as_of(diff, 0), _as_of(diff, 1)
    if not pa or not pb or pa[:10] == pb[:10]:
        return False
    early, late = (a, b) if pa < pb else (b, a)
    return interval(late)[1] >= interval(early)[0]


def _updated(diff: PairDiff, side: int, q: QuantityMention) -> bool:
    """Whether a word of rise (ارتفعت، ارتفاع) stands before the figure in its claim."""
    before = (diff.x, diff.y)[side].words_before(q.start)
    return any(not light(w).isdisjoint(aspect().updates) for w in before)


@detector("number")
def numbers(diff: PairDiff) -> Iterator[Cue]:
    """Two values of one count that cannot both hold: one count class (killed, injured, money,
    magnitude ...; bare numbers by their unit word), disjoint intervals once "about", "more than"
    and ranges are read.  Open bounds that face away ("more than 90" / "fewer than 90") clash too;
    a toll that grew between two days' reports does not, and neither do claims dated apart."""
    qx = [m for i in diff.x.claim.quantity_ids if isinstance(m := diff.mentions.get(i), QuantityMention)]
    qy = [m for i in diff.y.claim.quantity_ids if isinstance(m := diff.mentions.get(i), QuantityMention)]
    if not qx or not qy or not times_compatible(diff.x.profile.times, diff.y.profile.times):
        return
    done: set[str] = set()
    for a in qx:
        ca = _counted(diff, 0, a)
        for b in qy:
            if ca is None or ca in done or ca != _counted(diff, 1, b):
                continue
            if ca == _SCORE:
                if _score(a) != _score(b):
                    done.add(ca)
                    yield Cue("number", f"{a.text} / {b.text}", (a.start, a.end), (b.start, b.end), 1.0,
                              anchored=_same_frame(diff, a, b))  # fmt: skip
                continue
            if a.value == b.value:
                facing = {a.qualifier, b.qualifier} == {Qualifier.at_least, Qualifier.at_most}
                if facing and a.upper is None and b.upper is None:
                    done.add(ca)
                    yield Cue("number", f"{a.text} / {b.text}", (a.start, a.end), (b.start, b.end), 1.0)
                continue
            (lo_a, hi_a), (lo_b, hi_b) = interval(a), interval(b)
            if (lo_a <= hi_b and lo_b <= hi_a) or _toll_update(diff, ca, a, b):
                continue
            done.add(ca)
            yield Cue("number", f"{a.text} / {b.text}", (a.start, a.end), (b.start, b.end), 1.0,
                      anchored=_same_frame(diff, a, b))  # fmt: skip


def _before(diff: PairDiff, side: int, q: QuantityMention, n: int = 2) -> list[Word]:
    """The ``n`` content words right before a number: what it is a count of (عائد الإيداع 24)."""
    return [w for w in diff.words[side] if w.token.end <= q.start][-n:]


def _same_frame(diff: PairDiff, a: QuantityMention, b: QuantityMention) -> bool:
    """The same count, not a total and a part: the words that introduce the two numbers match, or
    the two words after them (a counted noun and its modifier), or both claims date their figures
    to one moment (حتى مساء الثلاثاء)."""
    if set(diff.x.profile.times) & set(diff.y.profile.times):
        return True
    if any(same_word(u, v) for u in _before(diff, 0, a) for v in _before(diff, 1, b)):
        return True
    # or the same counted noun with the same modifier after both: 12400 / 21400 حالة اشتباه
    after = [_noun_and_modifier(diff, s, q) for s, q in ((0, a), (1, b))]
    return len(after[0]) == len(after[1]) == 2 and all(map(same_word, after[0], after[1]))


def _noun_and_modifier(diff: PairDiff, side: int, q: QuantityMention) -> list[Word]:
    """The counted noun that ends a figure (not its scale word: ألف، مليون) and the word after."""
    words = diff.words[side]
    inside = [w for w in words if q.start <= w.token.start < q.end]
    after = [w for w in words if w.token.start >= q.end][:1]
    return inside[-1:] + after if inside and q.unit else []


def _dates(diff: PairDiff, side: int) -> list[TimeMention]:
    view = (diff.x, diff.y)[side]
    found = [m for i in view.claim.time_ids if isinstance(m := diff.mentions.get(i), TimeMention)]
    return [m for m in found if m.timex_type == "DATE" and m.role is None]


@detector("date")
def dates(diff: PairDiff) -> Iterator[Cue]:
    """The same event on two different days of one year, or on two different weekdays: only when
    the claims share most of their words, or the words around the two dates (two events of a
    story happen on different days)."""
    same_event = diff.shared_share() >= _SAME_EVENT
    for a in _dates(diff, 0):
        for b in _dates(diff, 1):
            if not (same_event or diff.local_share((a.start, a.end), (b.start, b.end)) >= _SAME_EVENT):
                continue
            weekdays = a.weekday is not None and b.weekday is not None and a.weekday != b.weekday
            same_year = a.value[:4] == b.value[:4] and "X" not in a.value[:4]
            if weekdays or (same_year and not time_compatible(a.value, b.value)):
                yield Cue("date", f"{a.text} / {b.text}", (a.start, a.end), (b.start, b.end), 1.0)


from claimdiff.compare import actors, named_slots, swaps  # noqa: E402, F401  (register their detectors)
