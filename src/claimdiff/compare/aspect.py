"""Aspect: clauses that tell what had happened before the news or a precedent of it, and verbs of
becoming.

A pluperfect clause (وكان البنك قد خفض الفائدة في أبريل) gives background from an earlier time,
so its counts and states do not clash with the news of the day.  A state reached with a verb of
becoming (بات الطريق مفتوحا) follows its opposite rather than contradicting it.  The words are in
``data/compare/aspect.json``.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from claimdiff import data_files
from claimdiff.claims.tokens import Token
from claimdiff.compare.lexicons import parse
from claimdiff.text.clitics import light
from claimdiff.text.normalize import fold_str

_PARTICLE_REACH = 10  # words after the auxiliary within which قد must stand
_PRECEDENT_REACH = 6  # words opening a clause within which a precedent is announced
_BECOMING_REACH = 3  # words before a state within which a verb of becoming governs it
_PERIOD_REACH = 8  # tokens after a figure within which the span it is counted over opens
_CLAUSE_END = frozenset(".,،؛;")


class Aspect(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    about: str
    auxiliaries: frozenset[str]
    particles: frozenset[str]
    light_verbs: frozenset[str]
    decisions: frozenset[str]
    becoming: frozenset[str]
    part_of: frozenset[str]
    totals: frozenset[str]
    updates: frozenset[str]
    later: frozenset[str]
    earlier: frozenset[str]
    rates: frozenset[str]
    periods: frozenset[str]
    precedents: frozenset[str]


@cache
def aspect() -> Aspect:
    data = data_files.load("claimdiff", "compare/aspect.json")
    folded = {k: [fold_str(w) for w in v] if isinstance(v, list) else v for k, v in data.items()}
    return parse(Aspect, folded, "compare/aspect.json")


def placed(tokens: list[Token]) -> int:
    """+1 when a claim places its figures after another report of them (في وقت لاحق، حصيلة
    جديدة), -1 when before (في وقت سابق), 0 when it says neither."""
    words = [t.text for t in tokens if t.is_word]
    for sign, phrases in ((1, aspect().later), (-1, aspect().earlier)):
        for phrase in phrases:
            parts = phrase.split()
            for n in range(len(words) - len(parts) + 1):
                if all(not light(w).isdisjoint({p}) for w, p in zip(words[n:], parts, strict=False)):
                    return sign
    return 0


def background(tokens: list[Token]) -> bool:
    """Whether the clause opens with a past auxiliary followed by قد: a pluperfect."""
    words = [t.text for t in tokens if t.is_word]
    a = aspect()
    for i, w in enumerate(words[:3]):  # after a dateline or a connective at most
        if not light(w).isdisjoint(a.auxiliaries):
            return any(v in a.particles for v in words[i + 1 : i + 1 + _PARTICLE_REACH])
    return False


def precedent(tokens: list[Token]) -> bool:
    """Whether the clause tells a precedent of the news, another event of the same kind before it
    (وليست هذه المرة الأولى التي تحتجز فيها طهران ناقلات، سبق أن)."""
    opening = [t.text for t in tokens if t.is_word][:_PRECEDENT_REACH]
    for phrase in aspect().precedents:
        parts = phrase.split()
        for n in range(len(opening) - len(parts) + 1):
            if all(not light(w).isdisjoint({p}) for w, p in zip(opening[n:], parts, strict=False)):
                return True
    return False


def becoming(tokens: list[Token], index: int) -> bool:
    """Whether a verb of becoming stands just before the token at ``index``."""
    a = aspect()
    before = [t.text for t in tokens[max(0, index - 2 * _BECOMING_REACH) : index] if t.is_word]
    return any(not light(w).isdisjoint(a.becoming) for w in before[-_BECOMING_REACH:])


@cache
def time_units() -> dict[str, str]:
    """Folded words for a length of time (يوم، الأسبوع، أشهر ...) with their unit, from the dates' data."""
    out: dict[str, str] = {}
    for group in data_files.load("claimdiff.dates", "relative.json")["units"]:
        for number in ("singular", "dual", "plural"):
            out.update(dict.fromkeys((fold_str(w) for w in group[number]), group["unit"]))
    return out


def period(tokens: list[Token], end: int) -> tuple[str, str] | None:
    """The span of time a figure ending at offset ``end`` is counted over, as (opener, unit): خلال
    الأسبوع الماضي is (خلال, W), منذ بداية الشهر (منذ, M); None when its clause names none."""
    after = [t for t in tokens if t.start >= end]
    for n, t in enumerate(after[:_PERIOD_REACH]):
        if not t.is_word and t.text in _CLAUSE_END:
            return None
        opener = light(t.text) & aspect().periods
        if t.is_word and opener:
            for u in (w for w in after[n + 1 : n + 4] if w.is_word):
                if (unit := time_units().get(u.text)) is not None:
                    return (min(opener), unit)
    return None
