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
from functools import cache, lru_cache

from claimdiff import data_files
from claimdiff.claims import lexicon as claims_lexicon
from claimdiff.claims.profile import time_compatible, times_compatible
from claimdiff.claims.roles import after_dateline
from claimdiff.claims.tokens import Token
from claimdiff.compare import lexicons
from claimdiff.compare.aspect import aspect, becoming
from claimdiff.compare.counted import CUMULATIVE, count_class, counted_unit
from claimdiff.compare.figures import sole_figure
from claimdiff.compare.opposition import poles_of
from claimdiff.compare.pairdiff import PairDiff, Word, same_word
from claimdiff.compare.wordkeys import word_keys
from claimdiff.entities.lookup import country_of
from claimdiff.schema import Modality, Qualifier, QuantityMention, TimeMention
from claimdiff.text import morph
from claimdiff.text.clitics import light
from claimdiff.text.normalize import fold_str

_APPROX = 0.15  # how far "about N" stretches either way
_SAME_EVENT = 0.5  # share of words two dated claims need in common to be one event
_SCORE = "score"  # the count class of a result (2-1)
_UNASSERTED = frozenset((Modality.conditional, Modality.demanded))
_EVENT_REACH = 5  # words before a date within which the verb it dates stands
_PHRASE_REACH = 3  # words after a phrase's head within which the rest of it may stand
_GAP = 40  # characters per content word between a marker and what it negates
_ACTS = frozenset(("verb", "masdar"))
_COMPLEMENTS = frozenset(("ان", "عن"))  # what opens the proposition a denial reports
_CLAUSE_END = frozenset(".,،؛;")
_DENIED_SHARE = 0.75  # of a denied claim's first clause the other claim must hold
_DENIAL_REACH = 6  # content words after a verb of denial within which what it denies may stand


@dataclass(frozen=True, slots=True)
class Cue:
    type: str  # antonym, negation, modality, number, date, substitution, entity, role, replaced
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
    return after or (i > 0 and j > 0 and same_word(wx[i - 1], wy[j - 1]))


@cache
def _negating_words() -> dict[str, frozenset[str]]:
    """Keys (:func:`word_keys`) of negation.json's unambiguous cue words and of modality.json's
    denial verbs (نفى in every person and tense as v:نفي; إلغاء and تأجيل as nouns), each with the
    words one of which must follow it: the rest of a phrase (حال دون) when the head is not read
    as its verb, for the noun alone is a common word (حالة), or nothing."""
    entries = lexicons.negation().cues
    heads: dict[str, set[str]] = {}
    loose: set[str] = set()
    words = [fold_str(w) for w in data_files.load("claimdiff", "modality.json")["denied"] if " " not in w]
    words += [c.cue for c in entries if not c.ambiguous and c.pos != "particle"]
    for cue in words:
        head, *rest = fold_str(cue).split()
        for k in word_keys(head, entry=True):
            if rest and not k.startswith("v:"):
                heads.setdefault(k, set()).add(rest[0])
            else:
                loose.add(k)
    # an ambiguous cue's keys stay out even when another cue derives them: تأجيل gives the verb
    # lemma of أجّل, but أجل is also "yes" and من أجل "for"
    vetoed = {k for c in entries if c.ambiguous for k in word_keys(c.cue.split()[0], entry=True)}
    out: dict[str, frozenset[str]] = {k: frozenset() for k in loose}
    out.update({k: frozenset(v) for k, v in heads.items() if k not in loose})
    return {k: v for k, v in out.items() if k not in vetoed}


@lru_cache(maxsize=8192)
def _negating(word: str, after_preposition: bool = False) -> frozenset[str] | None:
    """None unless ``word`` is a word of negation, denial, cancellation or refusal; else the words
    one of which must follow it (none for a cue of one word).  A verb lemma counts only for a word
    the morphology reads as a verb, and not right after a preposition, where no verb stands (من
    أجل is "for", not أجّل): its verbal-noun readings are too loose (العلاقات / علّق)."""
    verb = morph.best(word).pos == "verb" and not after_preposition
    table = _negating_words()
    found = [table[k] for k in word_keys(word) if k in table and (not k.startswith("v:") or verb)]
    if not found:
        return None
    return frozenset() if any(not f for f in found) else frozenset().union(*found)


@cache
def _not_negating() -> frozenset[tuple[str, ...]]:
    """Phrases that open with a negator and negate nothing (لا يزال: still; غير أن: however)."""
    return frozenset(
        tuple(fold_str(p).split())
        for p in data_files.load("claimdiff", "modality.json")["negation_exceptions"]
    )


def _connective(tokens: list[Token], at: int) -> bool:
    """Whether the negator at token ``at`` opens one of those phrases."""
    words = [t.text for t in tokens[at:] if t.is_word][:3]
    return any(
        len(p) <= len(words) and all(not light(w).isdisjoint({q}) for w, q in zip(words, p, strict=False))
        for p in _not_negating()
    )


def _phrase_follows(tokens: list[Token], at: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` stands within a few words after token ``at`` (تراجعت الحكومة عن)."""
    after = [t.text for t in tokens[at + 1 :] if t.is_word][:_PHRASE_REACH]
    return any(not light(w).isdisjoint(words) for w in after)


def _markers(diff: PairDiff, side: int) -> list[tuple[int, int, str]]:
    """Negators, and denial, cancellation, failure or refusal words the other claim lacks."""
    view = (diff.x, diff.y)[side]
    if view.claim.modality in _UNASSERTED:
        return []  # «شرط أن تتوقف فرنسا»: a condition or a demand that something stop, not its end
    unmatched = {w.token.start for w in diff.unmatched[side]}
    out = []
    prev = ""
    for n, t in enumerate(view.tokens):
        if not t.is_word:
            continue
        if not light(t.text).isdisjoint(_negators()):
            if not _connective(view.tokens, n):
                out.append((t.start, t.end, t.text))
        elif t.start in unmatched:
            rest = _negating(t.text, prev in claims_lexicon.prepositions())
            if rest is not None and (not rest or _phrase_follows(view.tokens, n, rest)):
                out.append((t.start, t.end, t.text))
        prev = t.text
    return out


def _governing(
    diff: PairDiff, side: int, marks: list[tuple[int, int, str]]
) -> list[tuple[int, int, str, Word, list[Word]]]:
    """The markers whose next content word (what they negate) the other claim has too, with that
    word and the verbs of saying looked through on the way.  A verb of denial takes its subject
    first (نفت إدارة المعبر إغلاقه): what it denies may stand a few words on.  A verb of saying the
    other claim lacks is looked through: «لم تؤكد الهيئة الاحتجاز» negates the seizure's
    confirmation."""
    words, unmatched = diff.words[side], {w.token.start for w in diff.unmatched[side]}
    out = []
    for s, e, text in marks:
        later = [w for w in words if w.token.start >= e]
        said = [w for w in later if w.token.start in unmatched and _saying(w.text)]
        after = [w for w in later if w not in said]
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
            out.append((s, e, text, governed, [w for w in said if w.token.start < governed.token.start]))
    return out


def _anchored_denial(
    diff: PairDiff, side: int, marker: tuple[int, int, str], governed: Word, looked: list[Word]
) -> tuple[int, int] | None:
    """Where the other claim says, surely, what a negation governs, however little else the claims
    share: the verb of saying it negates, unnegated (أكدت الهيئة / لم تؤكد الهيئة), or the governed
    word when the word after it follows it there too (نفت توقيف أي مشتبه / أعلنت توقيف 3 مشتبه)."""
    other = (diff.x, diff.y)[1 - side]
    marker_end = marker[1]
    # only a verb of denial reports the words it denies (نفت توقيف أي مشتبه); a cancelled thing
    # is its object (ألغى الحكم هدفا), whose neighbours say nothing
    denial = claims_lexicon.say_modality().get(morph.best(marker[2]).lemma) == "denied"
    lemmas = {morph.best(w.text).lemma for w in looked}
    for t in other.tokens if lemmas else ():
        if t.is_word and (r := morph.best(t.text)).pos == "verb" and r.lemma in lemmas:
            return (t.start, t.end)
    act = _denied_act(diff, side, marker_end)
    if act is not None or looked or not denial:
        return act  # past a verb of saying, the governed word is its subject, no anchor
    words, theirs = diff.words[side], diff.words[1 - side]
    at = words.index(governed)
    # what is denied is not the body denying it (نفت المديرية العامة ...) nor a party (الزمالك)
    first = next((n for n, w in enumerate(words) if w.token.start >= marker_end), at)
    named = diff.own[side].get(governed.token.start, frozenset())
    if at + 1 >= len(words) or at == first or any(not e.startswith("place:") for e in named):
        return None
    nxt = words[at + 1]
    return next(
        (
            (u.token.start, u.token.end)
            for j, u in enumerate(theirs)
            if same_word(u, governed) and j + 1 < len(theirs) and same_word(theirs[j + 1], nxt)
        ),
        None,
    )


def _denied_act(diff: PairDiff, side: int, marker_end: int) -> tuple[int, int] | None:
    """Where the other claim states the act a denial reports: the first verb or verbal noun after
    أن or عن in the denial's clause, past a light verb (نفى أن يكون الجيش قد قبل أي هدنة / أعلن
    الجيش قبوله بهدنة; نفت الأنباء عن إغلاقه / أغلقت السلطات المعبر), by lemma."""
    view = (diff.x, diff.y)[side]
    acts: dict[str, tuple[int, int]] = {}
    for w in diff.words[1 - side]:
        reading = morph.best(w.text)
        if reading.pos in _ACTS and reading.lemma not in claims_lexicon.say_lemmas():
            acts.setdefault(reading.lemma, (w.token.start, w.token.end))
    opened, prev = False, ""
    for t in view.tokens:
        if t.start < marker_end or not t.is_word:
            if t.start >= marker_end and t.text in _CLAUSE_END:
                break
            continue
        if fold_str(t.text) in _COMPLEMENTS:
            opened = True
            continue
        reading = morph.best(t.text)
        # after قد or لم a word is a verb, whatever else it may read as (قد قبل: he accepted)
        verb = prev in claims_lexicon.verbal_particles()
        lemma = claims_lexicon.verb_lemma(t.text) if verb else reading.lemma
        if opened and (verb or reading.pos in _ACTS) and light(t.text).isdisjoint(aspect().light_verbs):
            return acts.get(lemma)  # the proposition's own act, matched or not
        prev = fold_str(t.text)
    return None


def _denied_clause_matched(diff: PairDiff) -> bool:
    """Whether the first clause of a claim read as denied is all in the other claim: «نفى ... أن
    يكون الجيش قد قبل أي هدنة في الفاشر، متهما ...» denies «أعلن الجيش قبوله بهدنة في الفاشر»."""
    denied = [s for s, v in enumerate((diff.x, diff.y)) if v.claim.modality == Modality.denied]
    if len(denied) != 1:
        return False
    side = denied[0]
    view = (diff.x, diff.y)[side]
    stop = next((t.start for t in view.tokens if t.text in _CLAUSE_END), view.claim.end)
    words = [w for w in diff.words[side] if w.token.start < stop]
    unmatched = {w.token.start for w in diff.unmatched[side]}
    matched = sum(w.token.start not in unmatched for w in words)
    return len(words) >= 2 and matched >= _DENIED_SHARE * len(words)


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
        side, (s, e, word, governed, looked) = (0, mx[0]) if mx else (1, my[0])
        other = (diff.y, diff.x)[side]
        # the evidence on the other side: the word a particle negates, as that claim says it; a
        # verb of denial denies the other claim's whole report (نفت الأنباء عن إغلاقه)
        said = next((w for w in diff.words[1 - side] if same_word(w, governed)), None)
        particle = not light(word).isdisjoint(_negators())
        there = (
            (said.token.start, said.token.end) if said and particle else (other.claim.start, other.claim.end)
        )
        anchor = _anchored_denial(diff, side, (s, e, word), governed, looked)
        spans = ((s, e), anchor if anchor is not None and looked else there)
        x, y = spans if side == 0 else spans[::-1]
        yield Cue("negation", word, x, y, 1.0, anchored=anchor is not None)
    elif (
        cx.polarity != cy.polarity or (cx.modality == Modality.denied) != (cy.modality == Modality.denied)
    ) and ((shared := diff.shared_share() >= _SAME_EVENT) or _denied_clause_matched(diff)):
        yield Cue("modality", f"{cx.modality.value}/{cx.polarity} vs {cy.modality.value}/{cy.polarity}",
                  (cx.start, cx.end), (cy.start, cy.end), 0.7, anchored=not shared)  # fmt: skip


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
    if _other_towns(diff):
        return  # the toll in Aleppo and the toll in Daraa are two counts
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
                      anchored=_same_frame(diff, a, b) or _tolls(diff, ca, a, b))  # fmt: skip


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


def _dates(diff: PairDiff, side: int) -> list[TimeMention]:
    view = (diff.x, diff.y)[side]
    found = [m for i in view.claim.time_ids if isinstance(m := diff.mentions.get(i), TimeMention)]
    return [m for m in found if m.timex_type == "DATE" and m.role is None]


def _event_of(diff: PairDiff, side: int, date: TimeMention) -> frozenset[str]:
    """The event a date is the date of: the verbs a few words before it (انهار السد الترابي مساء
    السبت), as lemmas and the predicates that list them, back to a verb of saying, which dates a
    report rather than the event."""
    out: set[str] = set()
    for word in reversed((diff.x, diff.y)[side].words_before(date.start)[-_EVENT_REACH:]):
        reading = morph.best(word)
        if reading.pos == "verb":
            if reading.lemma in claims_lexicon.say_lemmas():
                break
            out |= {reading.lemma, *_predicates_of(reading.lemma)}
    return frozenset(out)


@cache
def _lemma_predicates() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for p in claims_lexicon.predicates():
        for lemma in p.lemmas:
            out.setdefault(lemma, set()).add(f"p:{p.key}")
    return {k: frozenset(v) for k, v in out.items()}


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


def _other_towns(diff: PairDiff) -> bool:
    """Both claims name towns, and none in common: what happened in one is not the other."""
    tx, ty = _towns(diff, 0), _towns(diff, 1)
    return bool(tx and ty and not tx & ty)


def _predicates_of(lemma: str) -> frozenset[str]:
    return _lemma_predicates().get(lemma, frozenset())


def _same_dated_event(diff: PairDiff, a: TimeMention, b: TimeMention) -> bool:
    """Two dates of one event: the same verb (or one predicate) dates both, and the claims share
    a word that is not a verb (the dam, the campaign): انهار السد فجر الاثنين / انهار السد مساء السبت."""
    if not _event_of(diff, 0, a) & _event_of(diff, 1, b):
        return False
    if _other_towns(diff):
        return False  # killings in Aleppo on Saturday and in Daraa on Monday are two events
    unmatched = {w.token.start for w in diff.unmatched[0]}
    return any(w.token.start not in unmatched and morph.best(w.text).pos != "verb" for w in diff.words[0])


@detector("date")
def dates(diff: PairDiff) -> Iterator[Cue]:
    """The same event on two different days of one year, or on two different weekdays: only when
    the claims share most of their words, or the words around the two dates (two events of a
    story happen on different days)."""
    same_event = diff.shared_share() >= _SAME_EVENT
    for a in _dates(diff, 0):
        for b in _dates(diff, 1):
            local = diff.local_share((a.start, a.end), (b.start, b.end)) >= _SAME_EVENT
            dated = not (same_event or local) and _same_dated_event(diff, a, b)
            if not (same_event or local or dated):
                continue
            weekdays = a.weekday is not None and b.weekday is not None and a.weekday != b.weekday
            same_year = a.value[:4] == b.value[:4] and "X" not in a.value[:4]
            if weekdays or (same_year and not time_compatible(a.value, b.value)):
                yield Cue("date", f"{a.text} / {b.text}", (a.start, a.end), (b.start, b.end), 1.0,
                          anchored=local or dated)  # fmt: skip


from claimdiff.compare import actors, named_slots, swaps  # noqa: E402, F401  (register their detectors)
