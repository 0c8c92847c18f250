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

from claimdiff import data_files
from claimdiff.claims import lexicon as claims_lexicon
from claimdiff.claims.profile import times_compatible
from claimdiff.claims.roles import after_dateline
from claimdiff.compare.aspect import aspect, becoming, period
from claimdiff.compare.context import ClaimView
from claimdiff.compare.counted import CUMULATIVE, count_class, counted_unit
from claimdiff.compare.facets import no_clash
from claimdiff.compare.figures import sole_figure
from claimdiff.compare.opposition import poles_of
from claimdiff.compare.pairdiff import PairDiff, Word, same_word
from claimdiff.compare.wordkeys import word_keys
from claimdiff.entities.lookup import country_of
from claimdiff.schema import Qualifier, QuantityMention, TimeMention
from claimdiff.text import morph
from claimdiff.text.clitics import light
from claimdiff.text.normalize import fold_str

_APPROX = 0.15  # how far "about N" stretches either way
SAME_EVENT = 0.5  # share of words two dated claims need in common to be one event
_SCORE = "score"  # the count class of a result (2-1)


@dataclass(frozen=True, slots=True)
class Cue:
    type: str  # antonym, negation, modality (and unconfirmed, prospect), number, date, entity, role ...
    cue: str  # the words that show it, "a / b"
    x: tuple[int, int]  # evidence offsets in the first claim's document
    y: tuple[int, int]  # and in the second's
    strength: float = 1.0
    anchored: bool = True  # a count introduced by the same words; a denial of the other's words


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
def negators() -> frozenset[str]:
    data = data_files.load("claimdiff", "modality.json")
    return frozenset(fold_str(w) for w in data["negators"]) | {"غير", "عدم", "دون", "بدون", "بلا"}


def _negated(diff: PairDiff, side: int, w: Word) -> bool:
    tokens = (diff.x, diff.y)[side].tokens
    prev = [t for t in tokens[max(0, w.index - 2) : w.index] if t.is_word]
    return any(not light(t.text).isdisjoint(negators()) for t in prev[-1:])


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
    by_pole: dict[tuple[int, int], list[Word]] = {}
    for b in uy:
        for pole in poles_of(word_keys(b.text)):
            by_pole.setdefault((pole.pair, pole.side), []).append(b)
    if not by_pole:
        return
    seen: set[tuple[int, int]] = set()
    for a in ux:
        for pole in poles_of(word_keys(a.text)):
            for b in by_pole.get((pole.pair, 1 - pole.side), ()):
                if (a.token.start, b.token.start) in seen or _negated(diff, 0, a) != _negated(diff, 1, b):
                    continue  # a negated antonym agrees: "لم يرتفع" and "انخفض"
                if not same_time and (becoming(diff.x.tokens, a.index) or becoming(diff.y.tokens, b.index)):
                    continue  # a state reached (بات مفتوحا) follows its opposite, unless both say when
                seen.add((a.token.start, b.token.start))
                yield Cue("antonym", f"{a.token.text} / {b.token.text}", _span(a), _span(b), 1.0,
                          anchored=_same_neighbour(diff, a, b))  # fmt: skip


def _same_neighbour(diff: PairDiff, a: Word, b: Word) -> bool:
    """Whether two opposed words take the same word right after them (تعليق الدراسة / استمرار
    الدراسة: one object) or right before (الطريق مغلق / الطريق مفتوح: one subject)."""
    wx, wy = diff.words
    i, j = wx.index(a), wy.index(b)
    after = i + 1 < len(wx) and j + 1 < len(wy) and same_word(wx[i + 1], wy[j + 1])
    if after or (i > 0 and j > 0 and same_word(wx[i - 1], wy[j - 1])):
        return True
    # or, for two verbs, the first word both claims share after each, past a subject one of them
    # names between (رفع السقف / خفض المجلس المركزي السقف: one object)
    if not (_verbal(a.text) and _verbal(b.text)):
        return False
    ox, oy = _first_shared(diff, 0, i), _first_shared(diff, 1, j)
    return ox is not None and oy is not None and same_word(ox, oy)


def _verbal(word: str) -> bool:
    return morph.best(word).pos in ("verb", "masdar")


_OBJECT_REACH = 6  # content words after a verb within which its object stands


def _first_shared(diff: PairDiff, side: int, k: int) -> Word | None:
    unmatched = {w.token.start for w in diff.unmatched[side]}
    tokens = (diff.x, diff.y)[side].tokens
    for w in diff.words[side][k + 1 : k + 1 + _OBJECT_REACH]:
        if any(t.text in ".،,؛;" for t in tokens[diff.words[side][k].index : w.index]):
            return None  # another clause
        if w.token.start not in unmatched:
            return w
    return None


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
    days = [m.value[:10] for m in claim_dates(diff, side) if "X" not in m.value[:10] and len(m.value) >= 10]
    return max(days) if days else (diff.x, diff.y)[side].doc.published


def _toll_update(diff: PairDiff, cls: str, a: QuantityMention, b: QuantityMention) -> bool:
    """A cumulative count that grew from an earlier report to a later one: the reports are dated
    apart, only the higher figure is told as a rise (ارتفعت الحصيلة إلى 20 / مقتل 12), or the
    claims place themselves one after the other (حصيلة جديدة / في وقت سابق)."""
    if cls not in CUMULATIVE:
        return False
    ua, ub = _updated(diff, 0, a), _updated(diff, 1, b)
    if ua != ub:
        late, early = (a, b) if ua else (b, a)
        return interval(late)[1] >= interval(early)[0]
    order = diff.x.placed - diff.y.placed
    if order:
        late, early = (a, b) if order > 0 else (b, a)
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
    if other_towns(diff):
        return  # the toll in Aleppo and the toll in Daraa are two counts
    if _two_owners(diff):
        return  # the ruling party's candidate's share and the opposition's are two counts
    done: set[str] = set()
    classes = [{id(q): _counted(diff, side, q) for q in qs} for side, qs in ((0, qx), (1, qy))]
    # a figure the other claim also gives, for the same class, or the sum of its figures, is
    # accounted for: the claims' other figures are counts of other things (41 rescued, 23 dead;
    # the official and the market rate) or parts of it
    told = {
        id(q)
        for own, other, mine, theirs in ((qx, qy, 0, 1), (qy, qx, 1, 0))
        for q in own
        if any(_overlap(q, o) and classes[mine][id(q)] == classes[theirs][id(o)] for o in other)
        or _total_of(q, [o for o in other if classes[theirs][id(o)] == classes[mine][id(q)]])
    }
    for a in qx:
        ca = classes[0][id(a)]
        for b in qy:
            if ca is None or ca in done or ca != classes[1][id(b)]:
                continue
            if ca != _SCORE and no_clash(diff, ca, a, b, interval):
                continue  # votes for / against, a rise / a level, 3 years / 36 months
            if ca != _SCORE and (
                id(a) in told
                or id(b) in told
                or _rate(diff, 0, a) != _rate(diff, 1, b)
                or _reported(diff.y, a)
                or _reported(diff.x, b)
                or _periods_differ(diff, a, b)
            ):
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
            if _overlap(a, b) or _toll_update(diff, ca, a, b):
                continue
            done.add(ca)
            yield Cue("number", f"{a.text} / {b.text}", (a.start, a.end), (b.start, b.end), 1.0,
                      anchored=_same_frame(diff, a, b) or _tolls(diff, ca, a, b))  # fmt: skip


def _periods_differ(diff: PairDiff, a: QuantityMention, b: QuantityMention) -> bool:
    """Two figures counted over two spans of time (خلال الأسبوع / منذ بداية الشهر) are two counts."""
    pa, pb = period(list(diff.x.tokens), a.end), period(list(diff.y.tokens), b.end)
    return pa is not None and pb is not None and pa != pb


def _two_owners(diff: PairDiff) -> bool:
    """Whether two claims tell one act of two different doers (حصل مرشح الحزب الحاكم على 56% /
    حصل مرشح المعارضة على 22%): their figures are each doer's.  Not for acts of telling, whose
    doers are sources that may well disagree on one count."""
    px, py = diff.x.claim.predicate, diff.y.claim.predicate
    if px is None or px != py or claims_lexicon.frames().get(px) in claims_lexicon.generic_frames():
        return False
    ax, ay = diff.x.profile.actor, diff.y.profile.actor
    return bool(ax and ay and not ax & ay)


def _total_of(q: QuantityMention, parts: list[QuantityMention]) -> bool:
    """Whether ``q`` is the sum of two or more figures of the other claim (800 and 300 hectares
    in two provinces / 1,100 in both)."""
    return len(parts) > 1 and q.upper is None and math.isclose(q.value, sum(p.value for p in parts))


def _overlap(a: QuantityMention, b: QuantityMention) -> bool:
    (lo_a, hi_a), (lo_b, hi_b) = interval(a), interval(b)
    return lo_a <= hi_b and lo_b <= hi_a


_TOLD_FROM = 10  # a figure this large found again in the other article is that article's too


def _reported(view: ClaimView, q: QuantityMention) -> bool:
    """Whether the article of ``view`` (another document) gives the figure ``q`` itself, in its
    unit or with none: that article reports both figures, as counts of two things or two moments
    of one count (30 dead, before the toll rose to 48), so they do not contradict it."""
    small = q.value < _TOLD_FROM and q.value == int(q.value)  # a decimal (5.8 degrees) is no coincidence
    if view.siblings is None or view.doc.id == q.doc_id or small:
        return False
    units = view.siblings.figures.get(q.value)
    return units is not None and (q.unit in units or None in units or q.unit is None)


def _rate(diff: PairDiff, side: int, q: QuantityMention) -> bool:
    """Whether a figure is a rate (يوميا right after it): a rate and an amount are two quantities."""
    after = [w for w in diff.words[side] if w.token.start >= q.end][:1]
    return any(w.text in aspect().rates for w in after) or any(
        w.text in aspect().rates for w in diff.words[side] if q.start <= w.token.start < q.end
    )


def _tolls(diff: PairDiff, cls: str, a: QuantityMention, b: QuantityMention) -> bool:
    """Two articles' own tolls: each is the one value its article gives for a cumulative count
    (86 deaths in one, 68 in the other), however differently the sentences put them."""
    if diff.x.doc.id == diff.y.doc.id or cls not in CUMULATIVE:
        return False
    return sole_figure(diff.x, cls, a) and sole_figure(diff.y, cls, b)


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


def claim_dates(diff: PairDiff, side: int) -> list[TimeMention]:
    view = (diff.x, diff.y)[side]
    found = [m for i in view.claim.time_ids if isinstance(m := diff.mentions.get(i), TimeMention)]
    return [m for m in found if m.timex_type == "DATE" and m.role is None]


def _towns(diff: PairDiff, side: int) -> frozenset[str]:
    """The towns and regions a claim names (not countries), after its dateline."""
    view = (diff.x, diff.y)[side]
    start = after_dateline(view.doc.text, view.tokens)
    return frozenset(
        e
        for at, ids in diff.own[side].items()
        if at >= start
        for e in ids
        if e.startswith("place:") and (c := country_of(e)) is not None and c != e
    )


def other_towns(diff: PairDiff) -> bool:
    """Both claims name towns, and none in common: what happened in one is not the other."""
    tx, ty = _towns(diff, 0), _towns(diff, 1)
    return bool(tx and ty and not tx & ty)


from claimdiff.compare import dated  # noqa: E402, F401, I001  (registers the date detector third, as before)
from claimdiff.compare import actors, denials, named_slots, none_of, prospects, speakers, swaps, unconfirmed  # noqa: E402, F401
from claimdiff.compare import offices  # noqa: E402, F401
