"""Lemma keys read the one clitic table and give the keys the comparator's models were fitted on.

``_Old`` is the implementation with its own clitic lists, kept here as the reference: on every
word of the seeds, the held-out articles, the development set and the data files, the keys are
the same.  The one difference is wanted: ف + ك + the article (فكالعادة) is an article cluster
of the table, which the old list forgot.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.text.morphkeys import lemma_key, lemma_keys, noun_keys
from claimdiff.text.normalize import fold_str

ROOT = Path(__file__).resolve().parents[2]


class _Old:
    ARTICLES = ("وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
    CLITICS = ("وس", "فس", "و", "ف", "ب", "ل", "ك", "س")
    SUFFIXES = (
        "تموها", "يين", "يون", "يات", "تما", "تم", "هما", "كما", "وها", "ونه", "يه",
        "وه", "ات", "ون", "ين", "ان", "وا", "ها", "هم", "هن", "كم", "نا", "ت", "ه", "ي", "ا",
    )  # fmt: skip

    @classmethod
    def strip_suffix(cls, w: str) -> str:
        for s in cls.SUFFIXES:
            if w.endswith(s) and len(w) - len(s) >= 3:
                return w[: -len(s)]
        return w

    @classmethod
    def core(cls, w: str) -> str:
        if len(w) >= 4 and w[0] in "يتن":
            w = w[1:]
            if len(w) >= 5 and w[0] == "ت":
                w = w[1:]
        elif len(w) >= 5 and w[0] == "ت" and w[2] == "ا":
            w = w[1:]
        w = cls.strip_suffix(w)
        if len(w) >= 4 and w[0] in "ام":
            w = w[1:]
        if len(w) > 3:
            w = w[0] + "".join(ch for ch in w[1:-1] if ch not in "اوي") + w[-1]
        return w

    @classmethod
    def keys(cls, word: str, core: Callable[[str], str], clitic_first: bool) -> tuple[str, ...]:
        if len(word) <= 3:
            return (word,)
        art = next((p for p in cls.ARTICLES if word.startswith(p) and len(word) - len(p) >= 3), None)
        if art is not None:
            return (core(word[len(art) :]),)
        keys = [core(word)]
        for c in cls.CLITICS:
            if word.startswith(c) and len(word) - len(c) >= 3:
                first = clitic_first and len(word) - len(c) >= 4
                keys.insert(0 if first else 1, core(word[len(c) :]))
                break
        return tuple(dict.fromkeys(keys))

    @classmethod
    def all(cls, word: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
        lemma = cls.keys(word, cls.core, clitic_first=True)
        return lemma, lemma[0], cls.keys(word, cls.strip_suffix, clitic_first=False)


def _new(word: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    return lemma_keys(word), lemma_key(word), noun_keys(word)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [*_strings(k), *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _corpus() -> set[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    for ext in ("*.txt", "*.py", "*.json", "*.csv", "*.tsv"):  # articles, tables and cases
        paths = [p for p in sorted((ROOT / "tests").rglob(ext)) if p != Path(__file__).resolve()]
        texts += [p.read_text(encoding="utf-8") for p in paths]
    for p in sorted((ROOT / "src/claimdiff").rglob("*.json")):
        texts += _strings(json.loads(p.read_text(encoding="utf-8")))
    return {w for t in texts for w in re.findall(r"[^\W\d_]+", fold_str(t)) if not w.isascii()}


def test_keys_of_every_corpus_word_are_unchanged() -> None:
    words = _corpus()
    assert len(words) > 10000
    changed = sorted(w for w in words if _new(w) != _Old.all(w))
    assert changed == []


_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


@given(st.text(alphabet=_LETTERS, min_size=1, max_size=9))
def test_keys_differ_only_after_fa_ka_article(word: str) -> None:
    if not word.startswith("فكال"):
        assert _new(word) == _Old.all(word)


def test_fa_ka_article_is_one_cluster() -> None:
    assert lemma_keys("فكالعاده") == lemma_keys("كالعاده") == lemma_keys("العاده")
