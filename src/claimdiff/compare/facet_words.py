"""The words that tell two counts of one class apart (``data/compare/facets.json``), validated
and folded once, with the lookups :mod:`claimdiff.compare.facets` reads a figure's clause with."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from claimdiff import data_files
from claimdiff.claims.tokens import Token
from claimdiff.compare.lexicons import Word, parse
from claimdiff.compare.wordkeys import word_keys
from claimdiff.text.clitics import off_proclitics
from claimdiff.text.morphkeys import noun_keys
from claimdiff.text.normalize import fold_str

_ENDINGS = ("ها", "هم", "هن", "ي")  # stripped in this order


class Cues(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    verbs: tuple[Word, ...] = ()
    words: tuple[Word, ...] = ()


class Change(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    markers: tuple[Word, ...]
    units: tuple[Word, ...]
    levels: tuple[Word, ...]
    level_verbs: tuple[Word, ...]
    verbs: tuple[Word, ...] = ()
    from_: tuple[Word, ...] = Field(alias="from")


class Ballots(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    verbs: tuple[Word, ...]
    sides: dict[str, tuple[Word, ...]]
    glued: tuple[Word, ...]


class FacetData(BaseModel):
    """``facets.json``: the words that tell two counts of one class apart."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    about: str
    stance: dict[str, Cues]
    ballots: Ballots
    so_far: tuple[Word, ...]
    change: Change
    parts: dict[str, tuple[Word, ...]]
    parts_after: tuple[Word, ...]
    counterparts: tuple[Word, ...]
    groups: dict[str, tuple[str, ...]]
    novelty: tuple[Word, ...]
    per: dict[str, tuple[Word, ...]]


@cache
def data() -> FacetData:
    raw = data_files.load("claimdiff", "compare/facets.json")
    return parse(FacetData, raw, "compare/facets.json")


def verb_keys(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k for w in words for k in word_keys(w, entry=True) if k.startswith("v:"))


@cache
def stances() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    return tuple((name, verb_keys(c.verbs), frozenset(c.words)) for name, c in data().stance.items())


@cache
def change_keys() -> frozenset[str]:
    """Verb lemmas of rise and fall (ارتفع، ارتفاع، تراجع ...), from the quantity layer's list."""
    verbs = [fold_str(w) for w in data_files.load("claimdiff", "quantities.json")["change_verbs"]]
    return frozenset(k for w in (*verbs, *data().change.verbs) for k in word_keys(w) if k.startswith("v:"))


@cache
def group_of() -> dict[str, str]:
    """A counted noun's keys (and the quantity layer's unit names) -> its group."""
    out: dict[str, str] = {}
    for name, forms in data().groups.items():
        for form in forms:
            f = fold_str(form)
            out.setdefault(f, name)
            for k in noun_keys(f):
                out.setdefault(k, name)
    for unit, forms in data_files.load("claimdiff", "quantities.json")["units"].items():
        found = {out[fold_str(f)] for f in forms if fold_str(f) in out}
        if len(found) == 1:
            out.setdefault(unit, found.pop())
    return out


@cache
def per_phrases() -> tuple[tuple[tuple[str, ...], str], ...]:
    found = [(tuple(p.split()), unit) for unit, ps in data().per.items() for p in ps]
    return tuple(sorted(found, key=lambda x: -len(x[0])))


def has(tok: Token, words: frozenset[str] | tuple[str, ...]) -> bool:
    """Whether the token is one of ``words`` up to clitics and endings (ضده, كدفعة, لصالحه)."""
    forms = tok.forms | tok.light | {f for f, _ in off_proclitics(tok.text, 2)}
    return not forms.isdisjoint(words)


def verb_in(tok: Token, keys: frozenset[str]) -> bool:
    return any(not keys.isdisjoint(word_keys(f)) for f, _ in off_proclitics(tok.text, 2))


def noun_forms(word: str) -> list[str]:
    """A counted noun, its keys, and the same without a pronoun or a plural ending that the keys
    keep (عسكرييها -> عسكريي -> عسكري)."""
    out = [word, *noun_keys(word)]
    w = word
    for ending in _ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            w = w[: -len(ending)]
            out += [w, *noun_keys(w)]
    return out
