"""Lemma keys: the inflections of one lexeme share a key, other lexemes keep theirs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.text.morphkeys import lemma_key, lemma_keys, noun_keys
from claimdiff.text.normalize import fold_str

LEXEMES = [
    ("ارتفع", "يرتفع", "ارتفعت", "ارتفاع", "بارتفاع", "الارتفاع", "مرتفع"),
    ("انخفض", "ينخفض", "انخفاضا", "الانخفاض"),
    ("تراجع", "يتراجع", "تراجعت", "التراجع"),
    ("أغلق", "يغلق", "إغلاق", "مغلق"),
    ("هبط", "يهبط", "هبوط", "هبطت"),
    ("رفض", "يرفض", "رفضت", "الرفض"),
]


@pytest.mark.parametrize("forms", LEXEMES, ids=[f[0] for f in LEXEMES])
def test_inflections_share_a_key(forms: tuple[str, ...]) -> None:
    keys = [set(lemma_keys(fold_str(w))) for w in forms]
    assert set.intersection(*keys), dict(zip(forms, keys, strict=True))


def test_lexemes_keep_apart() -> None:
    firsts = [lemma_key(fold_str(forms[0])) for forms in LEXEMES]
    assert len(set(firsts)) == len(firsts)


def test_noun_keys_keep_the_pattern() -> None:
    assert not set(noun_keys(fold_str("بحسب"))) & set(noun_keys(fold_str("محاسب")))
    assert not set(noun_keys(fold_str("بشكل"))) & set(noun_keys(fold_str("شيكل")))
    assert set(noun_keys(fold_str("للمغني"))) & set(noun_keys(fold_str("المغنية")))


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى", min_size=1, max_size=12))
def test_every_word_has_nonempty_keys(word: str) -> None:
    folded = fold_str(word)
    assert all(lemma_keys(folded)) and all(noun_keys(folded))
