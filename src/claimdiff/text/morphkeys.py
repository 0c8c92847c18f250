"""Lemma-like keys of a folded Arabic word: inflections of one lexeme share one.

Clitics, tense and agreement affixes come off, then the hamzat al-wasl of the derived verb forms,
the participle prefix م and the long vowels inside the word: what is left is close to the root
with its derivational consonants (ارتفع، يرتفع، ارتفاع، مرتفع -> رتفع; أغلق، يغلق، إغلاق -> غلق).
A word that may or may not begin with a clitic (وافق, بيان) gets a key for each reading.
Different lexemes of one root may share a key; for comparing two claims that is what we want.
The clitics and endings are those of the one clitic table (``data/clitics.json``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from claimdiff.text.clitics import article_clusters, single_proclitics, table

_MIN = 3


@cache
def _suffixes() -> dict[str, tuple[str, ...]]:
    """The endings by their last letter, each group in the table's order."""
    out: dict[str, tuple[str, ...]] = {}
    for s in table().key_suffixes:
        out[s[-1]] = (*out.get(s[-1], ()), s)
    return out


def _strip_suffix(w: str) -> str:
    for s in _suffixes().get(w[-1:], ()):
        if w.endswith(s) and len(w) - len(s) >= _MIN:
            return w[: -len(s)]
    return w


def _core(w: str) -> str:
    if len(w) >= 4 and w[0] in "يتن":
        w = w[1:]  # imperfect prefix: يرتفع، تتراجع، نرفض
        if len(w) >= 5 and w[0] == "ت":
            w = w[1:]  # and the ت of forms V and VI: يتراجع -> راجع, as تراجع
    elif len(w) >= 5 and w[0] == "ت" and w[2] == "ا":
        w = w[1:]  # form VI perfect or masdar: تراجع -> راجع
    w = _strip_suffix(w)
    if len(w) >= 4 and w[0] in "ام":
        w = w[1:]  # hamzat al-wasl / form IV hamza (انخفض، أغلق) or a participle (مرتفع، مغلق)
    if len(w) > 3:
        w = w[0] + "".join(ch for ch in w[1:-1] if ch not in "اوي") + w[-1]
    return w


def _keys(word: str, core: Callable[[str], str], clitic_first: bool) -> tuple[str, ...]:
    """Keys of ``word`` by ``core`` after the article cluster, or with and without one clitic."""
    if len(word) <= _MIN:
        return (word,)
    art = next((p for p in article_clusters() if word.startswith(p) and len(word) - len(p) >= _MIN), None)
    if art is not None:
        return (core(word[len(art) :]),)
    keys = [core(word)]
    for c in single_proclitics():
        if word.startswith(c) and len(word) - len(c) >= _MIN:
            first = clitic_first and len(word) - len(c) >= 4
            keys.insert(0 if first else 1, core(word[len(c) :]))
            break
    return tuple(dict.fromkeys(keys))


@lru_cache(maxsize=262144)
def lemma_keys(word: str) -> tuple[str, ...]:
    """Keys of a folded word (ta marbuta as ه), the likeliest reading first; a short word is its
    own key."""
    return _keys(word, _core, clitic_first=True)


def lemma_key(word: str) -> str:
    """The likeliest key of a folded word."""
    return lemma_keys(word)[0]


@lru_cache(maxsize=262144)
def noun_keys(word: str) -> tuple[str, ...]:
    """Keys of a folded noun that keep its pattern: clitics and one suffix off, inner letters kept,
    so that nouns of one root stay apart (محاسب، حسب; شيكل، شكل)."""
    return _keys(word, _strip_suffix, clitic_first=False)
