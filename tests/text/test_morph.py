"""The morphology gives one key to every inflection of a lexeme, and keeps nouns apart from verbs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.text.morph import analyze, is_verb, lemma

LEXEMES = {
    ("رفع", 8): "يرتفع ارتفعت ترتفع وارتفع ارتفاع بارتفاع الارتفاع",
    ("رجع", 6): "تراجعت يتراجع تراجع التراجع",
    ("غلق", 4): "أغلقت يغلق إغلاق مغلق",
    ("هبط", 1): "هبطت يهبط هبوط",
    ("قول", 10): "استقال استقالت يستقيل استقالة الاستقالة",
    ("لقي", 8): "التقى التقت يلتقي والتقاه سيلتقي التقاء",
    ("ءخذ", 8): "اتخذ اتخذت يتخذ اتخاذ",
}


@pytest.mark.parametrize(("key", "words"), LEXEMES.items(), ids=[k[0] for k in LEXEMES])
def test_inflections_share_root_form_and_lemma(key: tuple[str, int], words: str) -> None:
    forms = words.split()
    readings = [analyze(w)[0] for w in forms]
    assert {(a.root, a.form) for a in readings} == {key}, [
        (w, a) for w, a in zip(forms, readings, strict=True)
    ]
    assert len({lemma(w) for w in forms}) == 1


def test_verbs_and_verbal_nouns() -> None:
    assert is_verb("وأدانت") and is_verb("سيلتقي") and is_verb("قالوه")
    assert analyze("بارتفاع")[0].pos == "masdar"
    assert analyze("مغلق")[0].pos == "participle"
    assert not is_verb("الارتفاع")


def test_ta_marbuta_is_never_a_pronoun() -> None:
    # وزارة folds to و + زار + ه (and he visited him); the written ة says it is a noun.
    assert not is_verb("وزارة")
    assert is_verb("وزاره")


def test_clitics_are_reported() -> None:
    a = analyze("والتقاه")[0]
    assert a.prefixes == ("و",) and a.suffixes[-1] == "ه" and a.lemma == lemma("التقى")


def test_particles_and_unknown_words() -> None:
    assert analyze("في")[0].pos == "particle"
    assert analyze("وعلى")[0].pos == "particle"
    unknown = analyze("بالحكومة")[0]
    assert unknown.pos == "noun" and unknown.prefixes == ("ب", "ال") and unknown.stem == "حكومه"


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىة ًَُّ0٣x", max_size=14))
def test_any_word_gets_a_reading(word: str) -> None:
    readings = analyze(word)
    assert readings
    assert is_verb(word) == (readings[0].pos == "verb")
