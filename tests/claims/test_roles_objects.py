"""What a verb was done to, when no gazetteer name says it: the noun phrase after the verb and
its subject, the object of an act named by its verbal noun, whose it is, and what is no object.
Sentences are written for these tests."""

from __future__ import annotations

import claimdiff
from claimdiff.claims.profile import slots_meet
from claimdiff.schema import Claim, Document


def _claim(body: str) -> Claim:
    doc = Document(id="d", source="<d>", text=f"عنوان الخبر\n\n{body}\n", text_origin="string")
    return next(c for c in claimdiff.analyze([doc]).claims if not c.is_headline)


def _target(body: str) -> str | None:
    claim = _claim(body)
    return claim.target.text if claim.target else None


def test_the_phrase_after_a_verb_and_its_subject_is_the_target() -> None:
    target = _target("اعتقلت الشرطة شخصاً مشتبهاً به في سرقة المصرف.")
    assert target is not None and target.startswith("شخص")


def test_an_act_named_by_its_verbal_noun_is_done_to_what_follows_ala() -> None:
    claim = _claim("نفذت القوات الخاصة، فجر السبت، هجوما مباغتا على معسكر التدريب قرب الحدود.")
    assert claim.predicate == "attack"
    assert claim.target is not None and claim.target.text == "معسكر التدريب"


def test_a_verbal_noun_with_no_preposition_after_it_names_no_target() -> None:
    assert _target("شنت الطائرات الحربية غارات عنيفة.") != "عنيفة"


def test_a_name_behind_li_owns_the_target() -> None:
    claim = _claim("أسقط المسلحون طائرة مروحية للجيش المالي قرب غاو.")
    assert claim.target is not None and claim.target.text.startswith("طائرة مروحية للجيش")


def test_a_word_that_stresses_the_subject_is_passed() -> None:
    assert _target("وأخلى المتطوعون أنفسهم سكان الحي المنكوب.") == "سكان الحي المنكوب"


def test_a_word_behind_wa_goes_on_the_name_before_it() -> None:
    target = _target("وأعلن حزب الإصلاح والتجديد مقاطعة الانتخابات.")
    assert target is None or "التجديد" not in target


def test_a_passive_verb_with_its_doer_was_done_to_the_noun_after_it() -> None:
    claim = _claim("وقُتل حارس برصاص مسلحين مجهولين أمام المصرف.")
    assert claim.actor is not None and claim.actor.text == "مسلحين مجهولين"
    assert claim.target is not None and claim.target.text == "حارس"


def test_a_doubled_verb_without_its_shadda_is_read() -> None:
    assert _claim("شن الطيران الحربي غارات على مواقع المهربين.").predicate == "attack"


def test_a_phrase_meets_the_longer_phrase_that_holds_its_words() -> None:
    assert slots_meet(frozenset({"متمرد"}), frozenset({"مواقع متمرد"}))
    assert slots_meet(frozenset({"org:x"}), frozenset({"org:x", "party:TD"}))
    assert not slots_meet(frozenset({"جثث"}), frozenset({"سكان حي"}))
    assert not slots_meet(frozenset({"متمرد"}), frozenset({"متمرد"}) - {"متمرد"})


def test_a_phrase_meets_another_that_holds_its_head_when_heads_count() -> None:
    assert slots_meet(frozenset({"جيش مال"}), frozenset({"ثكن جيش"}), heads=True)
    assert not slots_meet(frozenset({"جيش مال"}), frozenset({"ثكن جيش"}))
    assert not slots_meet(frozenset({"جيش مال"}), frozenset({"مسلح"}), heads=True)


def test_two_phrases_of_one_head_do_not_meet() -> None:
    assert not slots_meet(frozenset({"توقيع محافظ"}), frozenset({"توقيع زير"}), heads=True)


def test_what_a_verb_takes_behind_ala_is_its_target() -> None:
    assert _target("وسيطر المسلحون على الميناء التجاري بعد معارك.") == "الميناء التجاري"


def test_a_verb_in_the_first_person_plural_takes_no_subject_after_it() -> None:
    claim = _claim("وقال المتحدث: نتبادل المعلومات مع الجانب الفرنسي بشكل منتظم.")
    assert claim.actor is None or "المعلومات" not in claim.actor.text
