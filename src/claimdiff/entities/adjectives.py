"""When a word spelt like a name is not the name: a nisba after a definite noun (الحكومة السعودية),
a feminine adjective after an indefinite noun (ليرة سورية), an adjective agreeing with a title
(وزير الخارجية السوري)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from claimdiff.entities.entries import load_data
from claimdiff.entities.keys import (
    ARTICLE,
    EXACT,
    ScriptRun,
    core,
    deproclitic,
    is_definite,
    plain_gap,
    script_runs,
)
from claimdiff.text.normalize import fold_str

_MIN_DEFINITE_NOUN = 4


@cache
def adjective_heads() -> frozenset[str]:
    """Nouns a country-shaped adjective qualifies when it follows them (ليرة سورية), folded."""
    return frozenset(core(fold_str(w)) for w in load_data("places").get("adjective_heads", []))


@cache
def title_words() -> frozenset[str]:
    """One-word titles (وزير، رئيس، الرئيس…) from ``titles.json``, folded, article removed."""
    words = load_data("titles")["titles"]
    return frozenset(core(fold_str(w)) for w in words if len(script_runs(fold_str(w))) == 1)


def after_title(text: str, tokens: Sequence[ScriptRun], i: int) -> bool:
    """Right after a title (وزير الخارجية السوري) an adjective may agree with the title, not the body."""
    if i == 0 or not plain_gap(text, tokens[i - 1].end, tokens[i].start):
        return False
    return any(core(form) in title_words() for form, _ in deproclitic(tokens[i - 1].text))


def adjective_after_noun(text: str, tokens: Sequence[ScriptRun], i: int, skip: int) -> bool:
    """A definite nisba right after a definite noun is an adjective (الحكومة السعودية), not a name."""
    form = tokens[i].text[skip:]
    if i == 0 or not form.startswith(ARTICLE) or not (form.endswith("ي") or form.endswith("يه")):
        return False
    prev = tokens[i - 1]
    if len(prev.text) < _MIN_DEFINITE_NOUN:
        return False  # إلى folds to الي: a preposition, not a definite noun
    return prev.script == "a" and plain_gap(text, prev.end, tokens[i].start) and is_definite(prev.text)


def adjective_after_indefinite(text: str, tokens: Sequence[ScriptRun], i: int, key: str) -> bool:
    """A name spelt like a feminine adjective (سورية) qualifies the indefinite noun before it
    (ليرة سورية، منظمات حقوقية سورية): it is the adjective, not the country."""
    if not key.startswith(EXACT) or key.startswith(EXACT + ARTICLE) or not key.endswith("يه") or i == 0:
        return False
    prev = tokens[i - 1]
    if prev.script != "a" or not plain_gap(text, prev.end, tokens[i].start) or is_definite(prev.text):
        return False
    forms = {core(f) for f, _ in deproclitic(prev.text)}
    return bool(forms & adjective_heads()) or (prev.text.endswith("يه") and len(prev.text) >= 5)
