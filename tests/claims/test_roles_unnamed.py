"""Who acted, when no gazetteer name says it: the subject right after its verb, a dateline that
is no actor, a lead-in after a dateline, and the verb that governs a verbal noun.  Sentences are
written for these tests."""

from __future__ import annotations

import claimdiff
from claimdiff.schema import Claim, Document


def _claims(body: str) -> list[Claim]:
    doc = Document(id="d", source="<d>", text=f"عنوان الخبر\n\n{body}\n", text_origin="string")
    return [c for c in claimdiff.analyze([doc]).claims if not c.is_headline]


def _actor(body: str) -> str | None:
    first = _claims(body)[0]
    return first.actor.text if first.actor else None


def test_an_unnamed_subject_after_its_verb_is_the_actor() -> None:
    assert _actor("درعا - قتل مسلحون مجهولون القيادي المحلي أحمد العودة في ريف درعا.") == "مسلحون مجهولون"


def test_a_definite_subject_of_an_unlisted_verb_is_the_actor() -> None:
    assert _actor("كادونا - أطلق المسلحون الخاطفون سراح 30 تلميذا من مدرسة.") == "المسلحون الخاطفون"


def test_a_subject_owned_by_a_named_party_carries_its_name() -> None:
    claim = _claims("الفاشر - قصفت طائرة مسيرة تابعة للجيش السوداني المستشفى السعودي في الفاشر.")[0]
    assert claim.actor is not None and claim.actor.text.startswith("طائرة مسيرة")
    assert claim.actor.entity_id == "org:sudan-armed-forces"


def test_a_verb_that_names_its_subject_takes_no_subject_after_it() -> None:
    assert _actor("وقتلوا الحارس الليلي أمام المبنى.") is None


def test_an_adverb_with_its_accusative_ending_is_no_subject() -> None:
    assert _actor("والتقى سراً ممثلين عن الحكومة.") is None


def test_a_dateline_city_is_no_actor() -> None:
    actor = _actor("عمان - قتلت قوات الأمن السورية القيادي المحلي أحمد العودة خلال مداهمة.")
    assert actor is not None and "عمان" not in actor


def test_a_lead_in_after_a_dateline_is_found() -> None:
    claim = _claims("نيروبي - قالت لجان المقاومة إن قوات الدعم السريع قصفت المستشفى السعودي بمسيرة.")[0]
    assert claim.actor is not None and claim.actor.entity_id == "group:rsf-sudan"
    assert any("لجان المقاومة" in step.name for step in claim.attribution)


def test_an_unlisted_verb_governs_the_verbal_noun_after_it() -> None:
    claim = _claims("وأدانت الحكومة الصومالية الهجوم على القاعدة العسكرية.")[0]
    assert claim.predicate not in (None, "attack")
    assert claim.actor is not None and claim.actor.entity_id == "org:somalia-government"


def test_a_definite_verbal_noun_with_its_adjective_is_a_subject() -> None:
    claim = _claims("المنامة - أوقف الاتحاد الدولي لرفع الأثقال الرباع البحريني لمدة عامين.")[0]
    assert claim.actor is not None and claim.actor.text == "الاتحاد الدولي"
    assert claim.target is not None and "البحريني" in claim.target.text


def test_a_verbal_noun_alone_after_its_verb_is_its_object() -> None:
    assert _actor("وأعلن الانسحاب من المفاوضات بعد ساعات.") is None


def test_according_to_what_someone_announced_is_no_predicate() -> None:
    claim = _claims(
        "الخرطوم - لقي 38 عاملا حتفهم إثر انهيار منجم للذهب، صباح الثلاثاء، وفق ما أعلنت الشركة السودانية."
    )[0]
    assert claim.predicate == "kill"
    assert any("الشركة السودانية" in step.name for step in claim.attribution)


def test_a_plural_in_its_subject_case_is_a_subject_even_unknown_to_the_morphology() -> None:
    assert _actor("طرابلس - انتشل صيادون محليون جثث الضحايا من الشاطئ.") == "صيادون محليون"


def test_a_body_named_by_the_group_it_is_part_of_is_a_subject() -> None:
    assert _actor("بغداد - نفذت قوة من الحشد الشعبي مداهمة في حي الجهاد فجر الأحد.") == "قوة من الحشد الشعبي"


def test_a_passive_clause_names_its_doer_after_ala_yad() -> None:
    claim = _claims("عمان - اعتقل الناشط على يد عناصر من المخابرات العامة.")[0]
    assert claim.actor is not None and claim.actor.text == "عناصر من المخابرات العامة"
    assert claim.target is not None and claim.target.text == "الناشط"


def test_whose_fire_killed_is_the_actor_of_a_passive() -> None:
    assert _actor("البصرة - وقتل متظاهر برصاص قوات الأمن خلال محاولة تفريق المحتجين.") == "قوات الأمن"


def test_an_unnamed_doer_in_the_genitive_after_an_agent_marker() -> None:
    """After برصاص or على يد the doer is genitive: a plural in -ين, with its adjectives."""
    assert _actor("البصرة - قتل المتظاهر برصاص مسلحين مجهولين أطلقوا النار من سيارة.") == "مسلحين مجهولين"


def test_an_unnamed_subject_after_anna_before_its_verb_is_the_actor() -> None:
    body = "داكار - أفادت مصادر متطابقة بأن ممثلي النقابة انسحبوا من جلسة التفاوض مساء الأربعاء."
    assert _actor(body) == "ممثلي النقابة"


def test_a_subject_opening_its_clause_is_the_actor_not_the_object_after_the_verb() -> None:
    claim = next(
        c for c in _claims("وقال الوزير إن المصارف التجارية ستتحمل كلفة الزيادة.") if "ستتحمل" in c.text
    )
    assert claim.actor is not None and claim.actor.text == "المصارف التجارية"
