"""Indexes over the comparison lexicons, keyed so that every inflection of a word finds them.

``antonyms.json`` lists opposition pairs by class (direction, state, stance ...); a word's *pole*
is the side of a pair it stands on, and two words on opposite sides of one pair are antonyms.
``substitution.json`` lists closed classes of nouns whose members can stand in for each other in
one role; they are keyed by a noun key that keeps the pattern, so nouns of one root stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from claimdiff import data_files, derived
from claimdiff.compare import lexicons
from claimdiff.compare.wordkeys import word_keys
from claimdiff.text.morphkeys import noun_keys
from claimdiff.text.normalize import fold_str


@dataclass(frozen=True, slots=True)
class Pole:
    pair: int
    side: int  # 0 or 1
    cls: str
    needs_same_object: bool


def _keys(word: str) -> tuple[str, ...]:
    return (word,) if " " in word else word_keys(word, entry=True)


def _pack_poles(table: dict[str, tuple[Pole, ...]]) -> dict[str, tuple[tuple[int, int, str, bool], ...]]:
    return {k: tuple((p.pair, p.side, p.cls, p.needs_same_object) for p in v) for k, v in table.items()}


def _unpack_poles(data: dict[str, tuple[tuple[int, int, str, bool], ...]]) -> dict[str, tuple[Pole, ...]]:
    return {k: tuple(Pole(*p) for p in v) for k, v in data.items()}


@derived.table(pack=_pack_poles, unpack=_unpack_poles)
def poles() -> dict[str, tuple[Pole, ...]]:
    """Word key -> the poles it stands on.  A key on both sides of one pair is left out."""
    out: dict[str, list[Pole]] = {}
    for n, pair in enumerate(lexicons.antonyms().pairs):
        sides = [{k for w in pair.a.members for k in _keys(w)}, {k for w in pair.b.members for k in _keys(w)}]
        both = sides[0] & sides[1]
        for side, keys in enumerate(sides):
            for k in sorted(keys - both):
                pole = Pole(n, side, pair.kind, pair.needs_same_object)
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


_MINISTER = fold_str("وزير")


@derived.table()
def _members() -> dict[str, tuple[str, str]]:
    """Lemma key -> (class, member) of the substitution classes; a key in two classes is dropped."""
    data = lexicons.substitution()
    out: dict[str, tuple[str, str]] = {}
    clash: set[str] = set()
    classes = dict(data.classes)
    # the minister of each ministry (وزير الداخلية): the office holders swap as the ministries do
    classes["minister"] = tuple(
        f"{_MINISTER} {w.split(' ', 1)[1]}" for w in classes.get("ministry", ()) if " " in w
    )
    for cls, words in sorted(classes.items()):
        for w in words:
            k = w if " " in w else noun_keys(w)[0]
            found = data.member(w)
            entry = found if found is not None else (cls, w)
            if k in out and out[k][0] != cls:
                clash.add(k)
            out.setdefault(k, entry)
    return {k: v for k, v in out.items() if k not in clash}


@cache
def _ta_marbuta() -> frozenset[str]:
    """Folded members written with a final ta marbuta: folding makes الشرطة look like شرط."""
    raw = data_files.load("claimdiff", "compare/substitution.json")["classes"]
    return frozenset(fold_str(w) for words in raw.values() for w in words if w.endswith("ة"))


def written_as(member: str, original: str) -> bool:
    """Whether a word as written in the document can be ``member``: a member ending in ta
    marbuta needs a ة, or the ت it becomes before a suffix (شرطة, شرطته; not شرط)."""
    return member not in _ta_marbuta() or "ة" in original or "ت" in original


def substitution_member(keys: tuple[str, ...]) -> tuple[str, str] | None:
    """(class, member) of a word's keys, the member naming its synonym group."""
    table = _members()
    return next((table[k] for k in keys if k in table), None)
