"""Words that look like a clash and are none, on stories written for these tests: «ما لا يقل عن»
(no fewer than) negates nothing, and the city a report was filed from is no place of the event."""

from __future__ import annotations

import pytest
from pairs import analyze_pair
from pairs import codes_across as _codes

from claimdiff.compare.context import Context
from claimdiff.compare.cues import Cue, cues
from claimdiff.compare.pairdiff import PairDiff


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_no_fewer_than_is_no_negation(order: str) -> None:
    found = _codes(
        "غرق مركب\n\nطرابلس - قضى 48 مهاجرا في غرق المركب قبالة طرابلس.\n",
        "مأساة المركب\n\nبيروت - قضى ما لا يقل عن 45 مهاجرا في غرق المركب قبالة طرابلس.\n",
        order,
    )
    assert not found & {"negation_conflict", "stance_conflict", "number_conflict"}, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_the_city_a_report_was_filed_from_is_no_swapped_place(order: str) -> None:
    found = _codes(
        "غرق مركب\n\nطرابلس - قضى 48 مهاجرا في غرق المركب قبالة طرابلس.\n",
        "مأساة المركب\n\nبيروت - قضى عشرات المهاجرين، يقدر عددهم بخمسين، في غرق المركب قبالة طرابلس.\n",
        order,
    )
    assert "entity_substitution" not in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_donors_sending_aid_to_one_country_do_not_clash(order: str) -> None:
    found = _codes(
        "مساعدات\n\nمقديشو - أرسلت الإمارات طائرة مساعدات إلى الصومال لمواجهة الجراد.\n",
        "دعم دولي\n\nمقديشو - أرسلت السعودية طائرة مساعدات إلى الصومال لمواجهة الجراد.\n",
        order,
    )
    assert "actor_conflict" not in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_deputies_filing_one_interpellation_clash(order: str) -> None:
    """The guard above is for a country receiving: two named people doing one act still clash."""
    found = _codes(
        "استجواب الوزير\n\nالكويت - قدم النائب مهلهل المضف استجوابا لوزير المالية.\n",
        "الاستجواب\n\nالكويت - قدم النائب عبدالكريم الكندري استجوابا لوزير المالية.\n",
        order,
    )
    assert found & {"actor_conflict", "entity_substitution"}, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_negator_before_a_light_verb_negates_the_act_after_it(order: str) -> None:
    """«لم يصدر أي قرار بإغلاق المعبر»: what is negated is the decision to close, which the other
    report says was taken."""
    found = _codes(
        "إغلاق المعبر\n\nعمان - أغلقت السلطات معبر جابر بقرار من وزارة الداخلية صباح الأحد.\n",
        "المعبر مفتوح\n\nعمان - قال مصدر إنه لم يصدر أي قرار من وزارة الداخلية بإغلاق معبر جابر "
        "صباح الأحد.\n",
        order,
    )
    assert "negation_conflict" in found, found


def _negation_cues(texts: list[str], mark: tuple[str, str]) -> list[Cue]:
    """The negation cues between the claims of two test articles holding the words ``mark``."""
    report = analyze_pair(texts[0], texts[1], "forward")
    ctx = Context(report.claims, report.mentions, report.documents)
    x, y = (
        next(v for v in ctx.views.values() if v.doc.id == f"d{n}" and word in v.claim.text)
        for n, word in enumerate(mark)
    )
    return [c for c in cues(PairDiff(x, y, ctx.mentions)) if c.type == "negation"]


def test_a_negated_verb_of_saying_the_other_claim_has_anchors_the_negation() -> None:
    """«لم تؤكد واشنطن الحادث» / «أكدت الخارجية الأمريكية احتجاز الناقلة»: the claims share no other
    word, but the one verb of saying, negated on one side only, says they disagree."""
    found = _negation_cues(
        [
            "احتجاز ناقلة\n\nدبي - وأكدت وزارة الخارجية الأمريكية احتجاز الناقلة، داعية إلى الإفراج عنها.\n",
            "إيران توقف ناقلة\n\nطهران - ولم تؤكد واشنطن الحادث حتى الآن.\n",
        ],
        ("وأكدت", "تؤكد"),
    )
    assert found and all(c.anchored for c in found), found


def test_a_negated_verb_with_its_people_on_both_sides_anchors_the_negation() -> None:
    """«أيا من المحتجين لم يعتقل» / «واعتقلت الشرطة 22 محتجا»: the act a particle negates stands
    in the other claim with the same people next to it."""
    found = _negation_cues(
        [
            "احتجاجات\n\nبغداد - وقال متحدث باسم وزارة الداخلية إن أيا من المحتجين لم يعتقل.\n",
            "مظاهرات\n\nبغداد - واعتقلت الشرطة 22 محتجا على الأقل، وفق ناشطين.\n",
        ],
        ("يعتقل", "واعتقلت"),
    )
    assert found and all(c.anchored for c in found), found
