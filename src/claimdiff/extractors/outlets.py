"""Outlet and agency names in a text, found through the entity gazetteer.

Extractors never keep their own list of outlets: names and aliases are gazetteer data
(``entities/data/outlets.json`` and plugin contributions).  This module is the one place the
extractors talk to the gazetteer, so tests can hand them any finder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from claimdiff.schema import TextRange
from claimdiff.text import document
from claimdiff.text.normalize import Folded, fold, join

OUTLET_TYPES = frozenset({"outlet", "agency"})
MIN_SCORE = 0.95
_SEGMENT_SEPARATORS = re.compile(r"[-/,:;|()\"'+©]|\.(?=\s|$)")  # on the folded text
_WORD = re.compile(r"\w")
_MAX_IMPLIED_WORDS = 3
_MIN_HANDLE = 3


@dataclass(frozen=True)
class OutletHit:
    """An outlet or agency name at ``text[start:end]``; ``label`` is its common English name."""

    start: int
    end: int
    label: str
    type: str = "outlet"
    language: str | None = None


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
            OutletHit(m.start, m.end, m.entry.label or m.entry.id, m.entry.type, m.entry.language)
            for m in found
            if m.score >= MIN_SCORE
        ]
        return sorted(hits, key=lambda h: (h.start, -h.end))

    return find


@cache
def _handles() -> dict[str, str]:
    from claimdiff.entities.gazetteer import bundled_entries

    out: dict[str, str] = {}
    for entry in bundled_entries():
        if entry.type in OUTLET_TYPES:
            for alias in [entry.label, *entry.aliases]:
                key = _handle(alias)
                if len(key) >= _MIN_HANDLE and alias.isascii():
                    out.setdefault(key, entry.label or entry.id)
    return out


def _handle(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.casefold())


def outlet_by_handle(name: str) -> str | None:
    """The known outlet or agency whose Latin name, letters and digits only, is ``name``'s
    (``sana`` from sana.sy is SANA, ``aljazeera`` is Al Jazeera)."""
    return _handles().get(_handle(name))


def gazetteer_cue() -> str | None:
    """An outlet noun from the gazetteer's data (صحيفة): put before a bare name, the gazetteer
    reads names that are common words on their own (تسنيم، الشرق الأوسط)."""
    from claimdiff.entities.gazetteer import outlet_cues

    cues = outlet_cues()
    return cues[0] if cues else None


def with_implied(finder: OutletFinder, cue: str | None) -> OutletFinder:
    """``finder`` that also reads a short segment between separators as a name once the outlet noun
    ``cue`` is put before it: in a tag or credit line a bare ``تسنيم`` or «الشرق الأوسط» is the outlet,
    where in prose it would be a common word or a region."""
    if not cue:
        return finder

    def find(text: str, ranges: Sequence[TextRange]) -> list[OutletHit]:
        hits = list(finder(text, ranges))
        for r in ranges:
            hits.extend(_implied(text, r, finder, cue, hits))
        return sorted(hits, key=lambda h: (h.start, -h.end))

    return find


def _implied(
    text: str, r: TextRange, finder: OutletFinder, cue: str, known: Sequence[OutletHit]
) -> list[OutletHit]:
    f = document.fold_of(text, r.start, r.end)
    out: list[OutletHit] = []
    pos = 0
    for m in [*_SEGMENT_SEPARATORS.finditer(f.text), None]:
        stop = m.start() if m is not None else len(f.text)
        s, e, pos = pos, stop, (m.end() if m is not None else stop)
        while s < e and f.text[s].isspace():
            s += 1
        while e > s and f.text[e - 1].isspace():
            e -= 1
        if s >= e or not 1 <= sum(1 for t in f.text[s:e].split() if _WORD.search(t)) <= _MAX_IMPLIED_WORDS:
            continue
        os_, oe = f.to_original(s, e)
        start, end = r.start + os_, r.start + oe
        if any(h.start < end and start < h.end for h in known):
            continue
        probe = join(_cue(cue), f.cut(os_, oe))  # the fold of f"{cue} {text[start:end]}"
        with document.lent(probe):
            hits = finder(probe.original, [TextRange(start=0, end=len(probe.original))])
        full = [h for h in hits if h.start == 0 and h.end == len(probe.original)]
        if full:
            out.append(OutletHit(start, end, full[0].label, full[0].type, full[0].language))
    return out


@cache
def _cue(cue: str) -> Folded:
    """The fold of an outlet noun and the space after it (data, folded once)."""
    return fold(f"{cue} ")


def coverage(text: str, start: int, end: int, hits: Sequence[OutletHit]) -> float:
    """Share of the word characters of ``text[start:end]`` that lie inside ``hits``."""
    inside = total = 0
    for i in range(start, end):
        if text[i].isalnum():
            total += 1
            if any(h.start <= i < h.end for h in hits):
                inside += 1
    return inside / total if total else 0.0
