"""Cues of an unconfirmed report: one claim says an event is not confirmed (لم يتم التأكد من، تقارير
غير مؤكدة، دون تأكيد رسمي، لم يتسن التحقق من) where the other reports it as fact.

The marker is read by morphology: a negator, at most its auxiliaries, then any form of a verb of
confirming, verifying or coming to be known (``modality.json``, ``unconfirmed``: لم يتضح بعد).
What is unconfirmed is the clause around the marker: the other claim must hold most of its
words, or the root of its act.  A detector registered with
:func:`claimdiff.compare.cues.detector`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from claimdiff import data_files
from claimdiff.claims.features import MA, negating_ma
from claimdiff.claims.profile import times_compatible
from claimdiff.claims.tokens import Token
from claimdiff.compare.context import FACTUAL, ClaimView
from claimdiff.compare.cues import Cue, detector
from claimdiff.compare.pairdiff import PairDiff
from claimdiff.compare.prospects import act_root
from claimdiff.schema import Modality
from claimdiff.text import morph
from claimdiff.text.clitics import light
from claimdiff.text.normalize import fold_str

_REACH = 4  # content words either side of the marker that say what is unconfirmed
_SHARE = 0.5  # of those words the other claim must hold
_MATCHED = 2  # and at least this many
_GAP = 3  # words a negator's auxiliaries may take before the verb of confirming
_CLAUSE_END = frozenset(".,،؛;")
_STANDS = frozenset((*FACTUAL, Modality.planned))  # a claim that reports the event as fact or as decided


@dataclass(frozen=True)
class _Table:
    negators: frozenset[str]
    auxiliaries: frozenset[str]
    lemmas: frozenset[str]
    followed_by: dict[str, str]


@cache
def _table() -> _Table:
    data = data_files.load("claimdiff", "modality.json")["unconfirmed"]
    return _Table(
        negators=frozenset(fold_str(w) for w in data["negators"]),
        auxiliaries=frozenset(fold_str(w) for w in data["auxiliaries"]),
        lemmas=frozenset(fold_str(w) for w in data["lemmas"]),
        followed_by={fold_str(k): fold_str(v) for k, v in data["followed_by"].items()},
    )


@lru_cache(maxsize=8192)
def confirming(word: str) -> str | None:
    """The lemma of confirming or verifying that ``word`` is a form of (a verb, its verbal noun or
    participle), else None."""
    lemmas = _table().lemmas
    for reading in morph.analyze(word):
        # a verb's reading guessed from its pattern counts when it is one of these lemmas (يتضح)
        known = reading.known or reading.pos == "verb"
        if known and reading.pos in ("verb", "masdar", "participle") and reading.lemma in lemmas:
            return reading.lemma
    return None


def markers(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges ``[negator, verb]`` that say something is not confirmed."""
    table = _table()
    words = [n for n, t in enumerate(tokens) if t.is_word]
    out = []
    for k, n in enumerate(words):
        if light(tokens[n].text).isdisjoint(table.negators):
            continue
        if tokens[n].norm in MA and not negating_ma(tokens, n):
            continue  # وما تعرفه سوريا: what Syria knows
        for m in words[k + 1 : k + 2 + _GAP]:
            lemma = confirming(tokens[m].text)
            if lemma is not None:
                need = table.followed_by.get(lemma)
                after = [tokens[i].text for i in words if i > m][:2]
                if need is None or any(need in light(w) for w in after):
                    out.append((n, m))
                break
            if light(tokens[m].text).isdisjoint(table.auxiliaries):
                break
    return out


def _awaits(view: ClaimView) -> bool:
    """Whether the claim speaks of a confirmation still to come (تنتظر نتائج الفحوص لتأكيد ...):
    a verbal noun of confirming, not an act of it."""
    return any(
        t.is_word and confirming(t.text) is not None and morph.best(t.text).pos == "masdar"
        for t in view.tokens
    )


def _covered(diff: PairDiff, side: int, first: int, last: int) -> tuple[float, int, int, int]:
    """How much of the clause around tokens ``first..last`` the other claim holds: (share, matched,
    start, end), the offsets covering the marker and the words it is about."""
    view = (diff.x, diff.y)[side]
    words, unmatched = diff.words[side], {w.token.start for w in diff.unmatched[side]}
    start, end = view.tokens[first].start, view.tokens[last].end
    stop = next((t.start for t in view.tokens[last:] if t.text in _CLAUSE_END), view.claim.end)
    after = [w for w in words if end <= w.token.start < stop][:_REACH]
    # what is unconfirmed follows the marker (التأكد من ...); the words before it when at most a
    # word follows in its clause (باحتمال احتجاز سفينة، دون تأكيد رسمي)
    if len(after) < _MATCHED:
        after = []
    ws = after or [w for w in words if w.token.start < start][-_REACH:]
    # an act told in another form of its verb is held too (أنباء عن توقيفه / أوقفت قوات الأمن)
    acts = {r for w in diff.words[1 - side] if (r := act_root(w.text))}
    held = [w for w in ws if w.token.start not in unmatched or act_root(w.text) in acts]
    if not held:
        return (0.0, 0, start, end)
    span = (start, max(end, held[-1].token.end)) if after else (min(start, held[0].token.start), end)
    return (len(held) / len(ws), len(held), *span)


@detector("unconfirmed")
def unconfirmed(diff: PairDiff) -> Iterator[Cue]:
    """One claim says the event is not confirmed; the other, unhedged, reports it as fact."""
    if not times_compatible(diff.x.profile.times, diff.y.profile.times):
        return
    found = [v.once("_unconfirmed", lambda v: markers(list(v.tokens))) for v in (diff.x, diff.y)]
    if bool(found[0]) == bool(found[1]):
        return
    side = 0 if found[0] else 1
    other = (diff.y, diff.x)[side]
    c = other.claim
    if c.modality not in _STANDS or c.polarity != "positive" or other.reading.hedged or _awaits(other):
        return
    for first, last in found[side]:
        share, held, start, end = _covered(diff, side, first, last)
        if share >= _SHARE and held >= _MATCHED:
            spans = ((start, end), (c.start, c.end))
            x, y = spans if side == 0 else spans[::-1]
            tokens = (diff.x, diff.y)[side].tokens
            said = (diff.x, diff.y)[side].doc.text[tokens[first].start : tokens[last].end]
            yield Cue("unconfirmed", said, x, y, 0.7)
            return
