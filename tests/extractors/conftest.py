from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from claimdiff.extractors.outlets import OutletFinder, OutletHit
from claimdiff.schema import TextRange
from claimdiff.text.normalize import fold, fold_str

# A stand-in for the gazetteer in unit tests of the mechanisms: a few invented and real names.
NAMES: dict[str, tuple[str, str]] = {
    "نورث ليدجر": ("The Northern Ledger", "outlet"),
    "the northern ledger": ("The Northern Ledger", "outlet"),
    "صحيفة الأفق": ("Al-Ufuq", "outlet"),
    "الأفق": ("Al-Ufuq", "outlet"),
    "لوموند": ("Le Monde", "outlet"),
    "le monde": ("Le Monde", "outlet"),
    "رويترز": ("Reuters", "agency"),
    "reuters": ("Reuters", "agency"),
    "أ ف ب": ("AFP", "agency"),
    "فرانس24": ("France 24", "outlet"),
    "الغارديان": ("The Guardian", "outlet"),
}


def make_finder(names: dict[str, tuple[str, str]]) -> OutletFinder:
    patterns = [
        (re.compile(rf"(?<!\w){re.escape(fold_str(k))}(?!\w)"), label, kind)
        for k, (label, kind) in names.items()
    ]

    def find(text: str, ranges: Sequence[TextRange]) -> list[OutletHit]:
        hits: list[OutletHit] = []
        for r in ranges:
            f = fold(text[r.start : r.end])
            for rx, label, kind in patterns:
                for m in rx.finditer(f.text):
                    s, e = f.to_original(m.start(), m.end())
                    hits.append(OutletHit(r.start + s, r.start + e, label, kind))
        return sorted(hits, key=lambda h: (h.start, -h.end))

    return find


@pytest.fixture
def finder() -> OutletFinder:
    return make_finder(NAMES)


@pytest.fixture
def finder_for() -> Callable[[dict[str, tuple[str, str]]], OutletFinder]:
    """A finder over the names given (name -> (label, type))."""
    return make_finder
