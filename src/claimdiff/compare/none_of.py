"""Cues of none against some: one claim says there was not one of a group (ليس بين المصابين أي عنصر
من القوات الأمنية، عدم وجود أطفال بين الضحايا، لم يقتل أي جندي), the other gives a number of it
(بينهم تسعة من منتسبي القوات الأمنية، بين القتلى خمسة أطفال).

The group is the noun after أي (or after عدم وجود) and the words after it; a figure of the other
claim counts it when the noun, or a word of what follows it, stands right after the figure.
A detector registered with :func:`claimdiff.compare.cues.detector`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import islice

from claimdiff import data_files
from claimdiff.claims.profile import times_compatible
from claimdiff.compare.context import FACTUAL
from claimdiff.compare.cues import Cue, detector, negators
from claimdiff.compare.pairdiff import PairDiff, Word, same_word
from claimdiff.schema import QuantityMention
from claimdiff.text.clitics import light
from claimdiff.text.normalize import fold_str

_REACH = 3  # words after a negator within which أي (or وجود) opens the group
_GROUP = 3  # content words that name the group


@cache
def _openers() -> frozenset[str]:
    """Words that open the group a negation empties: أي (any), وجود (existence)."""
    data = data_files.load("claimdiff", "modality.json")
    return frozenset(fold_str(w) for w in data["none_of"])


def _groups(diff: PairDiff, side: int) -> list[tuple[int, list[Word]]]:
    """Each negated group of one claim: where its negator starts, and the words naming it (read
    once per claim: it does not depend on the other)."""
    view = (diff.x, diff.y)[side]
    return view.once("_none_of", lambda _: _groups_of(diff, side))


def _groups_of(diff: PairDiff, side: int) -> list[tuple[int, list[Word]]]:
    tokens = (diff.x, diff.y)[side].tokens
    out = []
    for n, t in enumerate(tokens):
        if not t.is_word or light(t.text).isdisjoint(negators()):
            continue
        near = islice((m for m in range(n + 1, len(tokens)) if tokens[m].is_word), _REACH)
        opener = next((m for m in near if not light(tokens[m].text).isdisjoint(_openers())), None)
        if opener is None:
            continue
        group = _phrase(diff, side, opener)
        if group:
            out.append((t.start, group))
    return out


def _phrase(diff: PairDiff, side: int, at: int) -> list[Word]:
    """The content words right after token ``at``, in a row but for «من» between them (عنصر من
    الشرطة المحلية): the noun of a group or of a count, and what it is of."""
    tokens = (diff.x, diff.y)[side].tokens
    out: list[Word] = []
    last = at
    for w in diff.words[side]:
        if w.index <= at:
            continue
        between = [t for t in tokens[last + 1 : w.index] if t.is_word]
        if len(out) == _GROUP or any(t.text != "من" for t in between):
            break
        out.append(w)
        last = w.index
    return out


def _counts(diff: PairDiff, side: int, q: QuantityMention, group: list[Word]) -> bool:
    tokens = (diff.x, diff.y)[side].tokens
    inside = [n for n, t in enumerate(tokens) if q.start <= t.start < q.end]
    counted = [w for w in diff.words[side] if q.start <= w.token.start < q.end]
    counted += _phrase(diff, side, inside[-1]) if inside else []
    return any(same_word(a, g) for a in counted for g in group)


@detector("none_of")
def none_of(diff: PairDiff) -> Iterator[Cue]:
    """One claim says not one of a group; the other gives a number of it."""
    for side in (0, 1):
        groups = _groups(diff, side)
        if not groups:
            continue
        other = 1 - side
        view = (diff.y, diff.x)[side]
        figures = [
            m for i in view.claim.quantity_ids if isinstance(m := diff.mentions.get(i), QuantityMention)
        ]
        for start, group in groups:
            q = next((q for q in figures if q.value > 0 and _counts(diff, other, q, group)), None)
            if q is not None:
                some, told = (q.start, q.end), q.text
            elif (word := _some(diff, other, group)) is not None:
                some, told = (word.token.start, word.token.end), word.token.text
            else:
                continue
            spans = ((start, group[-1].token.end), some)
            x, y = spans if side == 0 else spans[::-1]
            said = (diff.x, diff.y)[side].doc.text[start : group[-1].token.end]
            yield Cue("negation", f"{said} / {told}", x, y, 1.0)
            return


_SAME_STORY = 0.25  # share of words two claims need in common for a group's noun to be one thing


def _some(diff: PairDiff, side: int, group: list[Word]) -> Word | None:
    """The word of claim ``side`` that tells, without a figure, that the group had members: its
    noun in a claim that asserts it (انقطاعات ليلية في التزود بالماء against لم تسجل أي انقطاعات),
    when the two claims tell one story at times that may agree."""
    view = (diff.x, diff.y)[side]
    if view.claim.polarity != "positive" or view.claim.modality not in FACTUAL:
        return None
    if diff.shared_share() < _SAME_STORY or not times_compatible(diff.x.profile.times, diff.y.profile.times):
        return None
    if _elsewhere(diff, 1 - side, group):
        return None
    return next((w for w in diff.words[side] if same_word(w, group[0])), None)


def _elsewhere(diff: PairDiff, side: int, group: list[Word]) -> bool:
    """Whether the group claim ``side`` negates is not one the other claim speaks of: its noun,
    or what qualifies it (إصابات في صفوف المدنيين / في صفوف الجنود), is not the other's."""
    lacking = {w.token.start for w in diff.unmatched[side]}
    words = diff.words[side]
    head = next(n for n, w in enumerate(words) if w is group[0])
    return any(w.token.start in lacking for w in words[head : head + 1 + _QUALIFIERS])


_QUALIFIERS = 2  # content words after a group's noun that say which of it is meant


def group_elsewhere(diff: PairDiff, side: int) -> bool:
    """Whether a claim negates a group (لم يصب أي عنصر من الشرطة) whose noun, or what qualifies
    it, the other claim does not have: its negation is about that group, not what the other
    claim tells of others."""
    groups = _groups(diff, side)
    return bool(groups) and all(_elsewhere(diff, side, group) for _, group in groups)
