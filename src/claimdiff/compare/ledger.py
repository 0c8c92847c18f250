"""Inside one article: the same count given two values.

An article normally gives a count once, or repeats it: a headline's 606 prisoners and the body's
660, or 68 injured and later "the 86 injured", is the article contradicting itself.  Each
document keeps a ledger per count class of the figures it states as news, and a figure that
cannot agree with one already entered is a finding.  Only counts of things (killed, missing,
spectators, candidates ...) are entered, not measures (percent, money, hours), which an article
gives for many things at once.  A figure is left out of the ledger when it is background (a
pluperfect clause), a part of a total (بينهم 12 طفلا), or in a claim that names a place or a
moment the entered one does not: the toll in another town, or the morning's count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from claimdiff.compare import lexicons
from claimdiff.compare.aspect import aspect
from claimdiff.compare.context import ClaimView, Context
from claimdiff.compare.counted import CUMULATIVE, count_class, definite
from claimdiff.compare.cues import Cue, counted_unit, interval
from claimdiff.compare.typed import examine, finding
from claimdiff.schema import EntityMention, Finding, QuantityMention
from claimdiff.text.clitics import light
from claimdiff.text.normalize import fold_str

_KEEP = 3  # figures kept per class and document: each new one is compared with these only
_PREPOSITIONS = frozenset("بلك")  # a unit word with one of these is not a counted noun (بتسديدة)


@dataclass(frozen=True, slots=True)
class _Entry:
    view: ClaimView
    quantity: QuantityMention
    places: frozenset[str]
    times: frozenset[str]


@cache
def _counted_things() -> frozenset[str]:
    """Count classes of things, not measures (percent, money, hours)."""
    return frozenset(n for n, c in lexicons.counts().classes.items() if c.kind == "count" and not c.generic)


def _eligible(cls: str | None) -> bool:
    if cls is None:
        return False
    return cls in CUMULATIVE or cls in _counted_things() or cls.startswith("unit:")


def _marked(words: list[str], markers: frozenset[str]) -> bool:
    return any(not light(w).isdisjoint(markers) for w in words)


def _key(view: ClaimView, q: QuantityMention, cls: str) -> str | None:
    """The ledger a figure goes in: its class, or its class's running total (a marker before it
    in its clause); None for a part
    of a total or a figure that is not a counted noun (a score 2-1, a minute, بتسديدة)."""
    if not (q.unit or definite(view.doc.text, q)) or (
        cls.startswith("unit:") and fold_str(q.unit or "")[:1] in _PREPOSITIONS
    ):
        return None
    before = view.words_before(q.start)
    if _marked(before[-2:], aspect().part_of):
        return None
    total = _marked(before, aspect().totals)
    return f"{cls}:total" if total else cls


def _places(view: ClaimView, ctx: Context) -> frozenset[str]:
    ids = (ctx.mentions.get(i) for i in view.claim.mention_ids)
    return frozenset(
        m.entity_id for m in ids if isinstance(m, EntityMention) and m.entity_id.startswith("place:")
    )


def _entries(ctx: Context, views: list[ClaimView]) -> Iterator[tuple[str, _Entry]]:
    for v in views:
        if v.background:
            continue
        for qid in v.claim.quantity_ids:
            q = ctx.mentions.get(qid)
            if not isinstance(q, QuantityMention):
                continue
            cls = count_class(q, v.tokens) or counted_unit(q)
            key = _key(v, q, cls) if cls is not None and _eligible(cls) else None
            if key is not None:
                yield key, _Entry(v, q, _places(v, ctx), frozenset(v.profile.times))


def _compatible(a: _Entry, b: _Entry) -> bool:
    """Whether two figures can be one count: no place or moment of one that the other lacks."""
    if a.places != b.places and a.places and b.places:
        return False
    return not (a.times and b.times and a.times != b.times)


def ledger_findings(ctx: Context) -> list[Finding]:
    """Findings for counts that one document gives two values that cannot both hold."""
    by_doc: dict[str, list[ClaimView]] = defaultdict(list)
    for v in ctx.views.values():
        by_doc[v.doc.id].append(v)
    out: list[Finding] = []
    for views in by_doc.values():
        kept: dict[str, list[_Entry]] = defaultdict(list)
        for cls, entry in _entries(ctx, sorted(views, key=lambda v: v.claim.start)):
            for old in kept[cls]:
                if old.view.claim.id == entry.view.claim.id or not _compatible(old, entry):
                    continue
                (lo_a, hi_a), (lo_b, hi_b) = interval(old.quantity), interval(entry.quantity)
                if lo_a <= hi_b and lo_b <= hi_a:
                    continue
                qa, qb = old.quantity, entry.quantity
                cue = Cue("number", f"{qa.text} / {qb.text}", (qa.start, qa.end), (qb.start, qb.end))
                p = examine(old.view, entry.view, ctx.mentions, 0.0)[3]
                out.append(finding(old.view, entry.view, cue, p))
                break
            if len(kept[cls]) < _KEEP:
                kept[cls].append(entry)
    return out
