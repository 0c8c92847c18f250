"""The keys by which the comparator's word lists find a word of a claim, in any inflection.

A word's keys are its noun keys (clitics and inflection endings off, the pattern kept, so مقتل and
قتيل stay apart) and, when the morphology reads it as a verb or a verbal noun, its verb lemma (so
قتلوا, يقتل and قتل share ``v:قتل``; ارتفاع and ارتفعت share ``v:ارتفع``).  A key left only after
stripping a clitic must keep four letters: لقوا is not قوات, وفي is not a form of توفي.  The loose
consonant skeleton of :func:`claimdiff.text.morphkeys.lemma_keys` is not used here: it made تحيات
an antonym of وفي and بمبلغ a form of بلغ.
"""

from __future__ import annotations

from functools import lru_cache

from claimdiff.text import morph
from claimdiff.text.morphkeys import noun_keys

_VERBAL = frozenset({"verb", "masdar"})
_STRIPPED_MIN = 4


@lru_cache(maxsize=65536)
def word_keys(word: str, entry: bool = False) -> tuple[str, ...]:
    """Keys of a folded word, most specific first.  An ``entry`` of a word list is written
    bare, so it takes a verb lemma only from a reading without proclitics (فردي is not ف+ردّ)."""
    first, *rest = noun_keys(word)
    best = morph.best(word)
    verbal = best.pos in _VERBAL and not (entry and best.prefixes)
    verb = (f"v:{best.lemma}",) if verbal else ()
    return (first, *(k for k in rest if len(k) >= _STRIPPED_MIN), *verb)
