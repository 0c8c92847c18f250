"""A plan against the act done, and the roles around two titles (stories written for these tests)."""

from __future__ import annotations

import pytest
from pairs import analyze_pair
from pairs import codes_across as _codes

import claimdiff
from claimdiff.compare.context import Context
from claimdiff.compare.cues import Cue, cues
from claimdiff.compare.pairdiff import PairDiff
from claimdiff.schema import Modality


def test_a_verb_of_planning_hands_the_predicate_to_the_act_it_plans() -> None:
    report = claimdiff.analyze(
        [claimdiff.Text("الرباط - تعتزم الحكومة المغربية افتتاح ميناء الناظور غرب المتوسط الشهر المقبل.")]
    )
    claim = next(c for c in report.claims if "تعتزم" in c.text)
    assert (claim.predicate, claim.modality) == ("open", Modality.planned)


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_an_agreement_signed_against_one_scheduled_to_be_signed(order: str) -> None:
    found = _codes(
        "سد النهضة\n\nالخرطوم - وقعت مصر والسودان وإثيوبيا اتفاقا نهائيا بشأن ملء سد النهضة "
        "في العاصمة السودانية.\n",
        "مفاوضات السد\n\nالخرطوم - من المقرر أن توقع مصر والسودان وإثيوبيا اتفاقا بشأن ملء سد النهضة "
        "الأسبوع المقبل.\n",
        order,
    )
    assert "stance_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_plan_told_as_the_past_of_the_act_is_no_clash(order: str) -> None:
    found = _codes(
        "ميناء الناظور\n\nالرباط - افتتحت الحكومة المغربية، الاثنين، ميناء الناظور غرب المتوسط رسميا.\n",
        "الميناء الجديد\n\nالرباط - كانت الحكومة المغربية تعتزم افتتاح ميناء الناظور غرب المتوسط "
        "الشهر الماضي، قبل أن تفتتحه رسميا الاثنين.\n",
        order,
    )
    assert not found & {"stance_conflict", "modality_conflict", "negation_conflict"}, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_titles_in_two_roles_are_no_substitution(order: str) -> None:
    """Who attended (بحضور رئيس الحكومة) and who told it (بحسب وزير التجهيز) are two roles."""
    found = _codes(
        "ميناء الناظور\n\nالرباط - افتتحت الحكومة المغربية ميناء الناظور غرب المتوسط بحضور رئيس الحكومة.\n",
        "الميناء الجديد\n\nالرباط - افتتحت الحكومة المغربية ميناء الناظور غرب المتوسط، بحسب وزير التجهيز.\n",
        order,
    )
    assert "substitution" not in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_opposed_verbs_on_one_object_past_a_named_subject_clash(order: str) -> None:
    """رفع السقف / خفض المجلس المركزي السقف: the object follows the subject in one of them."""
    found = _codes(
        "السحوبات\n\nبيروت - قرر مصرف لبنان، في اجتماعه الثلاثاء، رفع السقف الشهري للسحوبات من 150 "
        "دولارا إلى 250 دولارا.\n",
        "سقف السحوبات\n\nبيروت - خفض المجلس المركزي لمصرف لبنان السقف الشهري للسحوبات بالدولار النقدي، "
        "في خطوة قال إنها تهدف إلى الحفاظ على الاحتياطي.\n",
        order,
    )
    assert "antonym_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_opposed_adjectives_five_words_from_one_shared_word_do_not_clash(order: str) -> None:
    """Only verbs take their object past a subject: a civil and a military word far from the one
    word two different sentences share are no anchored opposition."""
    found = _codes(
        "فايا\n\nنجامينا - وفي المقابل، لم تتعرض مدينة فايا، كبرى المدن المدنية في الشمال، لأي هجوم "
        "منذ بداية الأسبوع.\n",
        "تيبستي\n\nنجامينا - هاجم المتمردون فجر الخميس قاعدة عسكرية للجيش التشادي في إقليم تيبستي "
        "شمالي البلاد، في أعنف مواجهات تشهدها المنطقة منذ أشهر.\n",
        order,
    )
    assert "antonym_conflict" not in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_act_inside_a_longer_report_with_another_actor_clashes(order: str) -> None:
    found = _codes(
        "المفاوضات\n\nتونس - أفادت مصادر متطابقة بأن ممثلي النقابة انسحبوا من جلسة التفاوض مساء الأربعاء "
        "بعد رفض مقترح الإدارة.\n",
        "الإضراب\n\nتونس - انسحبت إدارة الشركة من جلسة التفاوض مساء الأربعاء.\n",
        order,
    )
    assert "actor_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_names_of_whoever_rules_are_no_actor_clash(order: str) -> None:
    found = _codes(
        "الحداد\n\nنيامي - وأعلن المجلس العسكري الحاكم الحداد الوطني ثلاثة أيام.\n",
        "حداد وطني\n\nنيامي - وأعلنت السلطات الانتقالية حدادا وطنيا لمدة ثلاثة أيام على أرواح الضحايا.\n",
        order,
    )
    assert "actor_conflict" not in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_ministers_heading_one_delegation_are_a_substitution(order: str) -> None:
    """The ministers of the ministry class swap as the ministries do."""
    found = _codes(
        "الوفد الحكومي\n\nالحلة - ووصل إلى المحافظة وفد حكومي برئاسة وزير الكهرباء للاطلاع على الأضرار.\n",
        "زيارة\n\nالحلة - وصل وفد حكومي برئاسة وزير النفط إلى المحافظة اليوم الاثنين.\n",
        order,
    )
    assert "substitution" in found, found


def _entity_cues(a: str, b: str) -> list[Cue]:
    report = analyze_pair(a, b, "forward")
    ctx = Context(report.claims, report.mentions, report.documents)
    x, y = (
        next(v for v in ctx.views.values() if v.doc.id == f"d{n}" and not v.claim.is_headline) for n in (0, 1)
    )
    return [c for c in cues(PairDiff(x, y, ctx.mentions)) if c.type == "entity"]


@pytest.mark.parametrize(("sole_a", "sole_b", "anchored"), [("وحدها", "الوحيدة", True), ("", "", False)])
def test_two_different_sole_members_of_one_role_anchor_their_swap(
    sole_a: str, sole_b: str, anchored: bool
) -> None:
    """«وحدها» / «الوحيدة»: each report names a different sole member, however else it words it."""
    found = _entity_cues(
        f"المنحة\n\nبروكسل - وحصلت مصر {sole_a} على زيادة في حصة المنحة التي تحتسب على أساس عدد اللاجئين.\n",
        f"الحصص\n\nبروكسل - وكان الأردن الدولة {sole_b} التي نالت رفعا لحصتها خلال اجتماع المانحين.\n",
    )
    assert [c.anchored for c in found] == [anchored], found
