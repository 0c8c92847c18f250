"""What a figure counts beyond its count class: the side of a vote, a change or a level, a part
or the whole, one group of the people counted, an addition, a rate's unit of time, the span it is
counted over and the acts next to it.

Two figures of one class (:mod:`claimdiff.compare.counted`) are two values of one count only
when these agree: 120 votes for and 45 against, a rise of 2% and a rate of 5%, a loan and its
first tranche, 12 children among 40 killed are each two counts; and 3 years and 36 months are
one amount.  A figure's facets are read from its clause: back from it to the nearest punctuation
or earlier figure, and a few words on.  The words are in ``data/compare/facets.json``; the verbs
of change are those of ``quantities.json``, the opposite acts those of ``antonyms.json``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from claimdiff.claims.tokens import QUOTE_MARKS, Token
from claimdiff.compare.aspect import aspect, time_units
from claimdiff.compare.context import ClaimView
from claimdiff.compare.counted import Bounds, nationality, noun_words, one_amount
from claimdiff.compare.facet_words import (
    change_keys,
    data,
    group_of,
    has,
    noun_forms,
    per_phrases,
    stances,
    verb_in,
    verb_keys,
)
from claimdiff.compare.opposition import poles_of
from claimdiff.compare.pairdiff import PairDiff
from claimdiff.compare.wordkeys import word_keys
from claimdiff.entities.keys import ARTICLE
from claimdiff.schema import Qualifier, QuantityMention
from claimdiff.text.clitics import light
from claimdiff.text.morphkeys import noun_keys
from claimdiff.text.normalize import fold_str

_BACK = 10  # words read back from a figure in its clause
_STANCE_BACK = 3  # words before a figure that may give its side: عارضه 45، صوت ضد القرار 45
_MARKER_BACK = 4  # words before a figure within which بمقدار governs it: بمقدار ما يقرب من 2%
_ON = 5  # words read on after a figure (its counted noun is inside the figure)
_ACT_CLASSES = frozenset({"stance", "aspect", "state", "quantity"})
_WITHIN = "within"
_SINCE = fold_str("منذ")
_SPAN_ON = 8  # tokens after a figure within which منذ or خلال tells the span it is counted over
_UNMARKED = "for"  # the side of a vote a figure without one counts
_CLAUSE_END = frozenset('.,،؛;:!?؟()"«»')


@dataclass(frozen=True, slots=True)
class Facets:
    """What a figure counts beyond its class; None (or False) where its clause says nothing."""

    stance: str | None = None  # for, against, abstain
    change: str | None = None  # change (by how much), from (the level before a change)
    part: str | None = None  # the part noun (and its ordinal), or the part-of marker
    group: str | None = None  # children, women ... among the people counted
    new: bool = False  # an addition to a count (إصابة جديدة، 3 آخرين)
    per: str | None = None  # day, week, month, year
    span: str | None = None  # since (a running total), within:<unit> (counted over a span)
    poles: frozenset[tuple[int, int]] = frozenset()  # (pair, side) of the acts it attaches to

    def ledger_key(self) -> str:
        """What a figure's ledger within its article adds to its class: the facets that part it
        from a figure without them (empty for a plain figure)."""
        marks = (
            f"side={self.stance}" if self.stance and self.stance != _UNMARKED else "",
            f"change={self.change}" if self.change else "",
            f"part={self.part}" if self.part else "",
            f"group={self.group}" if self.group else "",
            "new" if self.new else "",
        )
        return "".join(f"|{m}" for m in marks if m)

    def apart(self, other: Facets) -> bool:
        """Whether two figures of one class are two counts.  A vote or a share given without
        its side is the side that carried it (or the turnout), so it differs from a count of
        those against or abstaining; a rate's unit of time parts two figures only when both
        name one; a change, a part, a group or an addition parts a figure from one that is none."""
        if (self.stance or _UNMARKED) != (other.stance or _UNMARKED):
            return True
        if self.per and other.per and self.per != other.per:
            return True
        if self.span and other.span and self.span != other.span:
            return True  # 7 killed in the last 24 hours, and the toll since the protests began
        if any((pair, 1 - side) in other.poles for pair, side in self.poles):
            return True  # اعتقل 300 / أفرج عن 120, أيده 120 / عارضه 45: opposite acts
        return (self.change, self.part, self.group, self.new) != (
            other.change,
            other.part,
            other.group,
            other.new,
        )


def _window(
    tokens: list[Token], q: QuantityMention, others: list[tuple[int, int]]
) -> tuple[list[Token], list[Token], bool]:
    """The words of the figure's clause before it and after it, up to the nearest punctuation or
    another figure, and whether another figure ended the words before."""
    at = bisect_left(tokens, q.start, key=lambda t: t.start)
    end = bisect_left(tokens, q.end, key=lambda t: t.start)
    taken = [(s, e) for s, e in others if (s, e) != (q.start, q.end)]

    def figure(t: Token) -> bool:
        return any(s <= t.start < e for s, e in taken)

    def stops(t: Token) -> bool:
        return (not t.is_word and t.text in _CLAUSE_END) or figure(t)

    before: list[Token] = []
    cut = False
    for t in reversed(tokens[:at]):
        if stops(t) or len(before) == _BACK:
            cut = figure(t)
            break
        if t.is_word:
            before.append(t)
    after: list[Token] = []
    for t in tokens[end:]:
        if t.text in QUOTE_MARKS:
            continue  # صوت 45 نائبا بـ«لا»
        if stops(t) or len(after) == _ON:
            break
        if t.is_word:
            after.append(t)
    before.reverse()
    return before, after, cut


def _stance(before: list[Token], after: list[Token]) -> str | None:
    near = before[-_STANCE_BACK:] + after[:2]
    for name, verbs, words in stances():
        if any(has(t, words) or verb_in(t, verbs) for t in near):
            return name
    return _ballot(before, after)


def _ballot(before: list[Token], after: list[Token]) -> str | None:
    """The answer after a vote verb: صوت 45 نائبا بـ«لا»، صوتوا بنعم (ب glued or apart)."""
    b = data().ballots
    if not any(verb_in(t, verb_keys(b.verbs)) for t in before[-_STANCE_BACK:]):
        return None
    texts = [t.text for t in after]  # صوّت 67% من المقترعين بـ«نعم»
    for n, w in enumerate(texts):
        if w == "ب" and n + 1 < len(texts):
            word = texts[n + 1]
        elif w.startswith("ب") and w[1:] in b.glued:
            word = w[1:]
        else:
            continue
        side = next((name for name, answers in b.sides.items() if word in answers), None)
        if side is not None:
            return side
    return None


def _change(before: list[Token], q: QuantityMention) -> str | None:
    c = data().change
    if _unit_phrase(q) or any(has(t, c.markers) for t in before[-_MARKER_BACK:]):
        return "change"
    changes = [i for i, t in enumerate(before) if verb_in(t, change_keys())]
    if not changes:
        return None
    between = before[changes[-1] + 1 :]
    level_verbs = verb_keys(c.level_verbs)
    if any(has(t, c.levels) or verb_in(t, level_verbs) for t in between):
        return None
    if between and has(between[-1], c.from_):
        # ارتفع من 400 إلى 4000 opens the earlier level; ارتفعت الحصيلة لأكثر من 200 does not
        return "from" if q.qualifier == Qualifier.exact else None
    return "change"


def _unit_phrase(q: QuantityMention) -> bool:
    """A unit that is itself a change (نقطة أساس، نقطة مئوية): read from the figure's own words."""
    text = fold_str(q.text)
    return any(u in text for u in data().change.units)


def _part(before: list[Token], after: list[Token], cut: bool) -> str | None:
    """The part a figure is of: a part-of marker right before it (بينهم 12), a whole after it
    (45 من أصل 200), a counterpart marker (مقابل 45), or a part noun in its clause and the word
    after that noun (الشريحة الأولى).  A part noun that follows an earlier figure is that
    figure's (700 مليون كدفعة أولى من القرض البالغ 3 مليارات)."""
    d = data()
    if any(not light(t.text).isdisjoint(aspect().part_of) for t in before[-2:]):
        return "of"
    if any(_phrase_at(after, 0, p) for p in d.parts_after):
        return "of"
    if any(has(t, d.counterparts) for t in before[-2:]):
        return "versus"
    near = (before[2:] if cut else before) + after[:2]
    for n, t in enumerate(near):
        kind = next((name for name, words in d.parts.items() if has(t, words)), None)
        if kind is not None:
            ordinal = [noun_keys(r.text)[0] for r in near[n + 1 : n + 2] if r.text.startswith(ARTICLE)]
            return " ".join([kind, *ordinal])  # الشريحة الأولى / الثانية: two parts
    return None


def _phrase_at(words: list[Token], at: int, phrase: str) -> bool:
    parts = phrase.split()
    got = words[at : at + len(parts)]
    return len(got) == len(parts) and all(has(t, (p,)) for t, p in zip(got, parts, strict=True))


def _group(q: QuantityMention, tokens: list[Token]) -> str | None:
    table = group_of()
    for w in reversed(noun_words(q, tokens)):
        found = next((table[k] for k in noun_forms(w) if k in table), None)
        if found is not None:
            return found
        country = nationality(w)
        if country is not None:
            return f"nationals:{country}"  # 12 فلسطينيا among 15 killed, or all of them: unknown
    return None


def _acts(before: list[Token], after: list[Token]) -> frozenset[tuple[int, int]]:
    """The sides of the opposition pairs (antonyms.json: stance, aspect, state, quantity) that
    the words next to a figure stand on: the acts it counts the doers or objects of."""
    return frozenset(
        (p.pair, p.side)
        for t in before[-_STANCE_BACK:] + after[:2]
        for p in poles_of(word_keys(t.text))
        if p.cls in _ACT_CLASSES
    )


def _span(tokens: list[Token], q: QuantityMention, before: list[Token]) -> str | None:
    """within:<unit> for a figure counted over a span (خلال الساعات الـ24 الماضية), since for a
    running total (منذ بدء الجائحة، منذ كانون الثاني، إجمالي)."""
    at = bisect_left(tokens, q.end, key=lambda t: t.start)
    after: list[Token] = []
    for t in tokens[at : at + _SPAN_ON]:
        if not t.is_word and t.text in _CLAUSE_END:
            break
        after.append(t)
    units = time_units()
    for n, t in enumerate(after):
        if not t.is_word:
            continue
        if _SINCE in t.light:
            return "since"
        if not t.light.isdisjoint(aspect().periods):
            unit = next((units[f] for u in after[n + 1 : n + 4] for f in u.forms if f in units), None)
            if unit is not None:
                return f"{_WITHIN}:{unit}"
    if any(not light(t.text).isdisjoint(aspect().totals) for t in before):
        return "since"
    words = [t for t in (*before, *after) if t.is_word]
    if any(_phrase_at(words, n, p) for p in data().so_far for n in range(len(words))):
        return "since"  # بلغ عدد القتلى حتى الآن 300
    return None


def _per(after: list[Token]) -> str | None:
    words = [t.text for t in after]
    for phrase, unit in per_phrases():
        for n in range(len(words) - len(phrase) + 1):
            if all(w == p or p in light(w) for w, p in zip(words[n:], phrase, strict=False)):
                return unit
    return None


def facets(tokens: list[Token], q: QuantityMention, others: list[tuple[int, int]]) -> Facets:
    """The facets of ``q`` in the claim of ``tokens``; ``others`` are the spans of the claim's
    figures (one stops another's clause)."""
    before, after, cut = _window(tokens, q, others)
    return Facets(
        stance=_stance(before, after),
        change=_change(before, q),
        part=_part(before, after, cut),
        group=_group(q, tokens),
        new=any(has(t, data().novelty) for t in after[:1]),
        per=_per(after[:3]),
        span=_span(tokens, q, before),
        poles=_acts(before, after),
    )


def of(view: ClaimView, q: QuantityMention, others: list[QuantityMention]) -> Facets:
    """:func:`facets` of a figure of ``view``'s claim, read once per claim and figure."""
    spans = [(o.start, o.end) for o in others]
    return view.once(f"facets:{q.id}", lambda v: facets(v.tokens, q, spans))


def no_clash(diff: PairDiff, cls: str, a: QuantityMention, b: QuantityMention, bounds: Bounds) -> bool:
    """Whether figure ``a`` of ``diff.x`` and ``b`` of ``diff.y``, of one count class, cannot be
    two values of one count: they count two things (:meth:`Facets.apart`), or name one amount in
    two units (3 سنوات / 36 شهرا)."""
    if one_amount(cls, a, b, bounds):
        return True
    fa = of(diff.x, a, _figures(diff, diff.x))
    fb = of(diff.y, b, _figures(diff, diff.y))
    if fa.apart(fb):
        return True
    # a running total (منذ بدء الجائحة) and a count its claim dates to a day (أمس 350 إصابة)
    return any(
        f.span == "since" and g.span is None and bool(v.profile.times)
        for f, g, v in ((fa, fb, diff.y), (fb, fa, diff.x))
    )


def _figures(diff: PairDiff, view: ClaimView) -> list[QuantityMention]:
    return [m for i in view.claim.quantity_ids if isinstance(m := diff.mentions.get(i), QuantityMention)]
