"""Indexes over the comparison lexicons, keyed by lemma key so that every inflection finds them.

``antonyms.json`` lists opposition pairs by class (direction, state, stance ...); a word's *pole*
is the side of a pair it stands on.  Two words on opposite sides of one pair are antonyms.  Within
a class, the pairs are two-coloured (a word's antonyms get the other colour, its near-synonyms on
one side the same): two words of opposite colours oppose each other more loosely (a fall and a
gain).  A word that would need both colours gets none.  ``substitution.json`` lists closed
classes of nouns whose members can stand in for each other in one role.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from claimdiff.compare import lexicons
from claimdiff.text.morphkeys import lemma_keys


@dataclass(frozen=True, slots=True)
class Pole:
    pair: int
    side: int  # 0 or 1
    cls: str
    needs_same_object: bool
    colour: int | None  # the word's colour in its class, None when the class is not two-colourable there


def _key(word: str) -> str:
    return word if " " in word else lemma_keys(word)[0]


@cache
def _colours() -> dict[tuple[str, str], int | None]:
    """(class, key) -> 0 or 1 by two-colouring the opposition graph of each class."""
    edges: dict[tuple[str, str], list[tuple[tuple[str, str], int]]] = {}
    for pair in lexicons.antonyms().pairs:
        a = [(pair.kind, _key(w)) for w in sorted(pair.a.members)]
        b = [(pair.kind, _key(w)) for w in sorted(pair.b.members)]
        for side in (a, b):
            for u in side[1:]:
                edges.setdefault(side[0], []).append((u, 0))
                edges.setdefault(u, []).append((side[0], 0))
        for u in a:
            for v in b:
                edges.setdefault(u, []).append((v, 1))
                edges.setdefault(v, []).append((u, 1))
    colour: dict[tuple[str, str], int | None] = {}
    for start in sorted(edges):
        if start in colour:
            continue
        component, stack, ok = [start], [start], True
        colour[start] = 0
        while stack:
            u = stack.pop()
            for v, flip in edges[u]:
                want = (colour[u] or 0) ^ flip
                if v not in colour:
                    colour[v] = want
                    component.append(v)
                    stack.append(v)
                elif colour[v] != want:
                    ok = False
        if not ok:
            colour.update(dict.fromkeys(component))
    return colour


@cache
def poles() -> dict[str, tuple[Pole, ...]]:
    """Lemma key -> the poles it stands on.  A key on both sides of one pair is left out."""
    colours = _colours()
    out: dict[str, list[Pole]] = {}
    for n, pair in enumerate(lexicons.antonyms().pairs):
        sides = [{_key(w) for w in pair.a.members}, {_key(w) for w in pair.b.members}]
        both = sides[0] & sides[1]
        for side, keys in enumerate(sides):
            for k in sorted(keys - both):
                pole = Pole(n, side, pair.kind, pair.needs_same_object, colours.get((pair.kind, k)))
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


def loosely_opposed(a: tuple[Pole, ...], b: tuple[Pole, ...]) -> bool:
    """Opposite colours in one class (a fall / a gain), without being listed as a pair."""
    return any(
        p.cls == q.cls and p.colour is not None and q.colour is not None and p.colour != q.colour
        for p in a
        for q in b
    )


@cache
def _members() -> dict[str, tuple[str, str]]:
    """Lemma key -> (class, member) of the substitution classes; a key in two classes is dropped."""
    data = lexicons.substitution()
    out: dict[str, tuple[str, str]] = {}
    clash: set[str] = set()
    for cls, words in sorted(data.classes.items()):
        for w in words:
            k = _key(w)
            found = data.member(w)
            entry = found if found is not None else (cls, w)
            if k in out and out[k][0] != cls:
                clash.add(k)
            out.setdefault(k, entry)
    return {k: v for k, v in out.items() if k not in clash}


def substitution_member(keys: tuple[str, ...]) -> tuple[str, str] | None:
    """(class, member) of a word's keys, the member naming its synonym group."""
    table = _members()
    return next((table[k] for k in keys if k in table), None)
