"""The figures an article states as news, per count class: what the ledger checks inside one
article, and what makes a figure the article's own toll when two articles are compared.

A figure is left out when it is background (a pluperfect clause), a part of a total (بينهم 12
طفلا), or not a counted noun (a score, a minute, بتسديدة); a figure after a marker of a running
total goes in its class's total.  Only counts of things are entered (killed, missing,
candidates ...), not measures (percent, money, hours), which an article gives for many things.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from claimdiff.compare import facets, lexicons
from claimdiff.compare.aspect import aspect
from claimdiff.compare.context import ClaimView, DocViews
from claimdiff.compare.counted import CUMULATIVE, count_class, counted_unit, definite
from claimdiff.schema import EntityMention, Mention, QuantityMention
from claimdiff.text.clitics import light
from claimdiff.text.normalize import fold_str

_PREPOSITIONS = frozenset("بلك")  # a unit word with one of these is not a counted noun (بتسديدة)


@dataclass(frozen=True, slots=True)
class Entry:
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
    in its clause); None for a part of a total or a figure that is not a counted noun."""
    if not (q.unit or definite(view.doc.text, q)) or (
        cls.startswith("unit:") and fold_str(q.unit or "")[:1] in _PREPOSITIONS
    ):
        return None
    before = view.words_before(q.start)
    if _marked(before[-2:], aspect().part_of):
        return None
    total = _marked(before, aspect().totals)
    return f"{cls}:total" if total else cls


def _places(view: ClaimView, mentions: Mapping[str, Mention]) -> frozenset[str]:
    ids = (mentions.get(i) for i in view.claim.mention_ids)
    return frozenset(
        m.entity_id for m in ids if isinstance(m, EntityMention) and m.entity_id.startswith("place:")
    )


def entries(views: Iterable[ClaimView], mentions: Mapping[str, Mention]) -> Iterator[tuple[str, Entry]]:
    """Each figure stated as news, with the ledger it goes in, in the order of ``views``."""
    for v in views:
        if v.background:
            continue
        for qid in v.claim.quantity_ids:
            q = mentions.get(qid)
            if not isinstance(q, QuantityMention):
                continue
            cls = count_class(q, v.tokens) or counted_unit(q)
            key = _key(v, q, cls) if cls is not None and _eligible(cls) else None
            if key is not None:
                key += facets.of(
                    v,
                    q,
                    [o for i in v.claim.quantity_ids if isinstance(o := mentions.get(i), QuantityMention)],
                ).ledger_key()
                yield key, Entry(v, q, _places(v, mentions), frozenset(v.profile.times))


def sole_figures(doc: DocViews) -> dict[str, str]:
    """Count class -> the id of the one figure an article gives for it, when it gives one value."""
    found: dict[str, str] | None = doc.memo.get("sole_figures")
    if found is None:
        found = doc.memo["sole_figures"] = _sole_figures(doc)
    return found


def _sole_figures(doc: DocViews) -> dict[str, str]:
    values: dict[str, set[tuple[float, float | None, str]]] = {}
    ids: dict[str, str] = {}
    for key, e in entries(doc.views, doc.mentions):
        q = e.quantity
        values.setdefault(key, set()).add((q.value, q.upper, q.qualifier))
        ids.setdefault(key, q.id)
    return {k: ids[k] for k, v in values.items() if len(v) == 1}


def sole_figure(view: ClaimView, cls: str, q: QuantityMention) -> bool:
    """Whether ``q`` is the one value its article gives for count class ``cls``: the article's
    toll, which another article's only toll of the class contradicts when it differs."""
    return view.siblings is not None and sole_figures(view.siblings).get(cls) == q.id
