"""The one clitic table (``data/clitics.json``) and the ways a folded word splits into clitics and a core."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from claimdiff import data_files


@dataclass(frozen=True, slots=True)
class Split:
    """``prefixes`` + ``core`` + ``enclitic`` spell the word (up to restored letters, see below).

    ``verbal`` / ``nominal``: whether the prefixes allow a verb or a noun after them. The core has
    its own last letter restored where a pronoun changed it: ta marbuta (حكومته -> حكومه), the
    alef of a plural ending (قالوه -> قالوا) and alef maqsura (التقاه -> التقي).
    """

    prefixes: tuple[str, ...]
    core: str
    enclitic: str
    verbal: bool
    nominal: bool
    start: int  # where the core begins in the word


@dataclass(frozen=True, slots=True)
class _Table:
    conjunctions: tuple[str, ...]
    verbal: tuple[str, ...]
    nominal: tuple[str, ...]
    article: str
    enclitics: tuple[str, ...]
    verb_only: frozenset[str]
    noun_only: frozenset[str]


@cache
def table() -> _Table:
    d = data_files.load("claimdiff", "clitics.json")
    return _Table(
        conjunctions=tuple(d["conjunctions"]),
        verbal=tuple(d["verbal"]),
        nominal=tuple(d["nominal"]),
        article=d["article"],
        enclitics=tuple(sorted(d["enclitics"], key=len, reverse=True)),
        verb_only=frozenset(d["verb_only_enclitics"]),
        noun_only=frozenset(d["noun_only_enclitics"]),
    )


def _proclitics(word: str) -> Iterator[tuple[tuple[str, ...], str, bool, bool]]:
    """(prefixes, rest, verb allowed, noun allowed) for every proclitic reading of ``word``."""
    t = table()
    art = t.article
    heads: list[tuple[tuple[str, ...], str]] = [((), word)]
    heads += [((c,), word[len(c) :]) for c in t.conjunctions if word.startswith(c)]
    for pre, rest in heads:
        yield pre, rest, True, True
        for v in t.verbal:
            if rest.startswith(v) and len(rest) > 3:
                yield (*pre, v), rest[1:], True, False
        for p in t.nominal:
            if not rest.startswith(p) or len(rest) < 3:
                continue
            yield (*pre, p), rest[1:], False, True
            after = rest[1:]
            if p == "ل" and after.startswith("ل") and len(after) > 2:
                yield (*pre, p, art), after[1:], False, True  # لل: ل + ال
            elif after.startswith(art) and len(after) > len(art) + 1:
                yield (*pre, p, art), after[len(art) :], False, True
        if rest.startswith(art) and len(rest) > len(art) + 1:
            yield (*pre, art), rest[len(art) :], False, True


def _restored(core: str) -> tuple[str, ...]:
    if core.endswith("ت"):
        return (core, core[:-1] + "ه")
    if core.endswith("و"):
        return (core + "ا", core)
    if core.endswith("ا"):
        return (core[:-1] + "ي", core)
    return (core,)


def splits(word: str) -> list[Split]:
    """Every clitic split of a folded word that leaves a core of two letters or more."""
    t = table()
    out: list[Split] = []
    for pre, rest, verbal, nominal in _proclitics(word):
        start = len(word) - len(rest)
        out.append(Split(pre, rest, "", verbal, nominal, start))
        for e in t.enclitics:
            if not rest.endswith(e) or len(rest) - len(e) < 2:
                continue
            v = verbal and e not in t.noun_only
            n = nominal and e not in t.verb_only
            if not (v or n):
                continue
            for core in _restored(rest[: -len(e)]):
                out.append(Split(pre, core, e, v, n, start))
    return out
