"""Indexes over the comparison lexicons, keyed by lemma key so that every inflection finds them.

``data/compare/antonyms.json`` lists opposition pairs by class (direction, state, stance ...); a
word's *pole* is the side of a pair it stands on.  Two words on opposite sides of one pair are
antonyms; two words on opposite poles of one class (a fall and a gain) oppose each other more
loosely.  ``substitution.json`` lists closed classes of nouns (professions, commodities,
compass points ...) whose members can stand in for each other in one role.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from claimdiff import data_files
from claimdiff.text.morphkeys import lemma_keys
from claimdiff.text.normalize import fold_str


@dataclass(frozen=True, slots=True)
class Pole:
    pair: int
    side: int  # 0 or 1
    cls: str
    needs_same_object: bool


def _load(name: str) -> dict[str, Any]:
    try:
        return data_files.load("claimdiff", f"compare/{name}")
    except FileNotFoundError:
        return {}


def _keys(word: str) -> tuple[str, ...]:
    folded = fold_str(word).strip()
    if " " in folded:
        return (folded,)  # a phrase is matched as folded words, not by key
    return lemma_keys(folded)


def _members(side: Any) -> list[str]:
    if isinstance(side, dict):
        return [w for forms in side.values() for w in forms]
    return list(side)


@cache
def poles() -> dict[str, tuple[Pole, ...]]:
    """Lemma key -> the poles it stands on.  A key on both sides of one pair is left out."""
    out: dict[str, list[Pole]] = {}
    for n, pair in enumerate(_load("antonyms.json").get("pairs", [])):
        sides = [{k for w in _members(pair[s]) for k in _keys(w)[:1]} for s in ("a", "b")]
        both = sides[0] & sides[1]
        for side, keys in enumerate(sides):
            pole = Pole(n, side, pair.get("class", "other"), bool(pair.get("needs_same_object", False)))
            for k in keys - both:
                out.setdefault(k, []).append(pole)
    return {k: tuple(v) for k, v in out.items()}


def poles_of(keys: tuple[str, ...]) -> tuple[Pole, ...]:
    table = poles()
    for k in keys:
        if k in table:
            return table[k]
    return ()


def opposed(a: tuple[Pole, ...], b: tuple[Pole, ...]) -> Pole | None:
    """The pole of ``a`` that a pole of ``b`` opposes in one pair, if any."""
    for p in a:
        for q in b:
            if p.pair == q.pair and p.side != q.side:
                return p
    return None


@cache
def substitution_classes() -> dict[str, str]:
    """Lemma key -> the closed class it belongs to (profession, commodity, direction ...)."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for cls, words in sorted(_load("substitution.json").get("classes", {}).items()):
        for w in words:
            k = _keys(w)[0]
            if k in out and out[k] != cls:
                clash.add(k)
            out.setdefault(k, cls)
    return {k: v for k, v in out.items() if k not in clash}


def substitution_class(keys: tuple[str, ...]) -> str | None:
    table = substitution_classes()
    return next((table[k] for k in keys if k in table), None)
