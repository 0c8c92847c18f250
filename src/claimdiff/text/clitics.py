"""The one clitic table (``data/clitics.json``) and the ways a folded word splits into clitics and a core."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

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
    light_pronouns: tuple[str, ...]
    light_endings: tuple[str, ...]
    light_prepositions: tuple[str, ...]
    key_suffixes: tuple[str, ...]
    stem_suffixes: tuple[str, ...]
    stem_possessives: frozenset[str]


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
        light_pronouns=tuple(d["light"]["pronouns"]),
        light_endings=tuple(d["light"]["endings"]),
        light_prepositions=tuple(d["light"]["prepositions"]),
        key_suffixes=tuple(d["key_suffixes"]["endings"]),
        stem_suffixes=tuple(d["stem_suffixes"]["endings"]),
        stem_possessives=frozenset(d["stem_suffixes"]["possessives"]),
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


@lru_cache(maxsize=65536)
def splits(word: str) -> tuple[Split, ...]:
    """Every clitic split of a folded word that leaves a core of two letters or more."""
    t = table()
    # Every reading of the word's start keeps its end: the pronouns it may end in are found once.
    endings = [e for e in t.enclitics if word.endswith(e)]
    out: list[Split] = []
    for pre, rest, verbal, nominal in _proclitics(word):
        start = len(word) - len(rest)
        out.append(Split(pre, rest, "", verbal, nominal, start))
        for e in endings:
            if len(rest) - len(e) < 2:
                continue
            v = verbal and e not in t.noun_only
            n = nominal and e not in t.verb_only
            if not (v or n):
                continue
            for core in _restored(rest[: -len(e)]):
                out.append(Split(pre, core, e, v, n, start))
    return tuple(out)


@cache
def conjunctions() -> str:
    """The conjunctions glued before a word (و، ف), as one string."""
    return "".join(table().conjunctions)


def conjunction_off(word: str, rest: int = 3) -> str:
    """``word`` without a glued conjunction (و، ف) when at least ``rest`` letters remain, else ``word``."""
    return word[1:] if len(word) > rest and word[0] in conjunctions() else word


@lru_cache(maxsize=65536)
def light(word: str) -> frozenset[str]:
    """The folded word with and without a glued conjunction (for particles, which do not inflect)."""
    t = table()
    return frozenset((word, word[1:])) if len(word) > 2 and word[0] in t.conjunctions else frozenset((word,))


def _articles() -> tuple[str, ...]:
    t = table()
    art = t.article
    glued = [p for p in t.nominal if p != "ل"] + list(t.conjunctions)  # ل + ال is written لل
    return (*(p + art for p in glued), "لل", art)


@cache
def single_proclitics() -> tuple[str, ...]:
    """One glued particle, or a conjunction with the future prefix (وس، فس): a conjunction with
    the future prefix first, then conjunctions, prepositions and the future prefix alone."""
    t = table()
    future = [v for v in t.verbal if v not in t.nominal]  # ل is a preposition before a noun too
    return (*(c + f for c in t.conjunctions for f in future), *t.conjunctions, *t.nominal, *future)


@cache
def noun_proclitics() -> tuple[str, ...]:
    """What may be glued before a noun without its article: a conjunction with a preposition
    (وب، فل…), then a conjunction, then a preposition; longest first."""
    t = table()
    return (*(c + p for c in t.conjunctions for p in t.nominal), *t.conjunctions, *t.nominal)


@lru_cache(maxsize=65536)
def off_proclitics(word: str, rest: int) -> tuple[tuple[str, int], ...]:
    """``word`` and what is left of it once a glued conjunction, preposition or both (و، ب، وب،
    فل…) come off, each with the number of letters taken off, longest clitic first after the word
    itself; only readings that leave at least ``rest`` letters."""
    return tuple(
        (word[len(p) :], len(p))
        for p in ("", *noun_proclitics())
        if word.startswith(p) and len(word) - len(p) >= rest
    )


@cache
def article_clusters() -> tuple[str, ...]:
    """The article with every clitic that may go before it (وبال، فلل، كال…), longest first."""
    t = table()
    art = t.article
    heads = ["", *t.conjunctions]
    out = {h + p + art for h in heads for p in ("", *t.nominal) if p != "ل"}
    out |= {h + "لل" for h in heads}
    return tuple(sorted(out, key=len, reverse=True))


@lru_cache(maxsize=65536)
def variants(token: str) -> frozenset[str]:
    """The folded token and the forms left after light stripping, for matching listed words.

    A conjunction, a future prefix, ب or ل, the article, one object pronoun and a subject ending
    may go (so a list names ``التقى`` once and matches ``والتقاه`` or ``سيلتقي``); cheaper and
    looser than :func:`claimdiff.text.morph.analyze`, for cue phrases rather than verbs.
    """
    t = table()
    out = {token}
    stems = [token]
    if len(token) > 3 and token[0] in t.conjunctions:
        stems.append(token[1:])
    for s in list(stems):
        if len(s) > 3 and s[0] == "س" and s[1] in "يتنا":
            stems.append(s[1:])
        if len(s) > 3 and s[0] in t.light_prepositions:
            stems.append(s[1:])
        for art in _articles():
            if s.startswith(art) and len(s) - len(art) >= 2:
                stems.append(s[len(art) :])
                break
    for s in stems:
        out.add(s)
        bare = [s]
        for p in t.light_pronouns:
            if s.endswith(p) and len(s) - len(p) >= 2:
                b = s[: -len(p)]
                bare.append(b)
                if b.endswith("ا") and len(b) >= 4:
                    bare.append(b[:-1] + "ي")  # التقاه -> التقى
                break
        for b in bare:
            out.add(b)
            for e in t.light_endings:
                if b.endswith(e) and len(b) - len(e) >= 2:
                    core = b[: -len(e)]
                    out.add(core)
                    if len(core) >= 3:
                        out.add(core + "ي")  # أعطت -> أعطى
    return frozenset(out)
