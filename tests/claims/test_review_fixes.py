"""Regression tests for review findings: light stemming, condition cues, verbs after particles."""

from __future__ import annotations

import pytest

from claimdiff.claims.features import Reading, read
from claimdiff.claims.profile import stem
from claimdiff.claims.tokens import tokenize
from claimdiff.schema import Modality
from claimdiff.text.normalize import fold_str


def _stem(word: str) -> str:
    return stem(fold_str(word))


@pytest.mark.parametrize("word", ["فلسطيني", "فيصل", "بيروت", "لبنان", "كتائب", "فرنسا"])
def test_a_root_letter_that_looks_like_a_clitic_is_kept(word: str) -> None:
    assert _stem(word)[0] == fold_str(word)[0]


@pytest.mark.parametrize(
    "forms",
    [
        ("الوزير", "والوزير", "وزير"),
        ("الحكومة", "حكومتها", "حكومته", "بالحكومة"),
        ("فرنسا", "وفرنسا"),
        ("التعاون", "يتعاون", "تتعاون"),
        ("شخص", "شخصا", "الشخص"),  # the indefinite accusative's alef
        ("جندي", "جنديا", "الجندي"),
        ("مدني", "مدنيا", "المدنيين", "مدنيون"),  # a nisba and its plurals
    ],
)
def test_one_word_gets_one_stem_with_or_without_clitics(forms: tuple[str, ...]) -> None:
    assert len({_stem(w) for w in forms}) == 1, [_stem(w) for w in forms]


def _read(text: str) -> Reading:
    return read(tokenize(text, 0, len(text)))


def test_linking_is_a_condition_only_with_bayna() -> None:
    assert _read("وربطت الحكومة بين رفع الحصار والإفراج عن الأسرى").modality == Modality.conditional
    assert _read("وربطت الشرطة الزورق بالرصيف قبل وصول العاصفة").modality != Modality.conditional


def test_a_verb_after_lam_is_read_as_a_verb() -> None:
    r = _read("لم توقف الحكومة الإيطالية رحلاتها إلى المدينة")
    assert r.predicate == "stop" and r.verbal and r.polarity == "negative"


@pytest.mark.parametrize(
    "text", ["عمان تنفي زيارة الوزير إلى بيروت", "نفت الوزارة الأنباء عن زيارة الوزير إلى بيروت"]
)
def test_a_nominal_denial_takes_the_denied_predicate(text: str) -> None:
    r = _read(text)
    assert r.predicate == "visit" and r.modality == Modality.denied


def test_a_plain_denial_keeps_its_own_predicate() -> None:
    assert _read("الحكومة تنفي الأنباء المتداولة").predicate == "deny"
