"""Outlet and agency names in a text, found through the entity gazetteer.

Extractors never keep their own list of outlets: names and aliases are gazetteer data
(``entities/data/outlets.json`` and plugin contributions).  This module is the one place the
extractors talk to the gazetteer, so tests can hand them any finder.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimdiff.schema import TextRange

OUTLET_TYPES = frozenset({"outlet", "agency"})
MIN_SCORE = 0.95


@dataclass(frozen=True)
class OutletHit:
    """An outlet or agency name at ``text[start:end]``; ``label`` is its common English name."""

    start: int
    end: int
    label: str
    type: str = "outlet"


OutletFinder = Callable[[str, Sequence[TextRange]], list[OutletHit]]


def gazetteer_finder() -> OutletFinder:
    """Find outlet and agency names with the default entity gazetteer."""
    from claimdiff.entities import Gazetteer

    gazetteer = Gazetteer.default()

    def find(text: str, ranges: Sequence[TextRange]) -> list[OutletHit]:
        if not ranges:
            return []
        found = gazetteer.find(text, list(ranges), types=set(OUTLET_TYPES))
        # a near miss ("موقع عربي" for "موقع العربية") is too weak to name a source or a publisher
        hits = [
            OutletHit(m.start, m.end, m.entry.label or m.entry.id, m.entry.type)
            for m in found
            if m.score >= MIN_SCORE
        ]
        return sorted(hits, key=lambda h: (h.start, -h.end))

    return find


def coverage(text: str, start: int, end: int, hits: Sequence[OutletHit]) -> float:
    """Share of the word characters of ``text[start:end]`` that lie inside ``hits``."""
    inside = total = 0
    for i in range(start, end):
        if text[i].isalnum():
            total += 1
            if any(h.start <= i < h.end for h in hits):
                inside += 1
    return inside / total if total else 0.0
