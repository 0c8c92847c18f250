"""An act told as done against the same act told as to come (stories written for these tests)."""

from __future__ import annotations

import pytest
from pairs import codes_across as _codes

from claimdiff.claims.tokens import tokenize
from claimdiff.compare.prospects import markers


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("ومن المنتظر أن توقع الحكومة الاتفاقية", "ومن المنتظر"),
        ("ويُنتظر أن يصادق البرلمان على الميزانية", "ويُنتظر أن"),
        ("قد ترفع الحكومة أسعار الوقود", "قد"),
        ("تعتزم الوزارة إغلاق المعبر", "تعتزم"),
        ("ومن المحتمل أن ترفع الحكومة أسعار الوقود", "ومن المحتمل"),
        ("ويُرتقب أن تبدأ الباخرة تفريغ حمولتها", "ويُرتقب أن"),
        ("ويُتوقع أن يصل الوفد مساء الغد", "ويُتوقع أن"),
    ],
)
def test_markers_of_an_act_still_to_come(text: str, marker: str) -> None:
    tokens = tokenize(text)
    assert [text[tokens[a].start : tokens[b].end] for a, b in markers(tokens)] == [marker]


def test_qad_before_a_perfect_verb_is_no_possibility() -> None:
    assert markers(tokenize("وكانت الحكومة قد رفعت أسعار الوقود")) == []


def test_particles_alone_mark_no_possibility() -> None:
    assert markers(tokenize("وبدلا من أن ترفع الحكومة أسعار الوقود خفضت الدعم")) == []


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_ratification_expected_against_the_ratification_done(order: str) -> None:
    found = _codes(
        "البرلمان\n\nعمان - ويُنتظر أن يصادق مجلس النواب على قانون الموازنة العامة خلال الأيام المقبلة.\n",
        "الموازنة\n\nعمان - وصادق مجلس النواب، الثلاثاء، على قانون الموازنة العامة بعد أن رفض ثلاثة "
        "تعديلات قدمتها كتل معارضة.\n",
        order,
    )
    assert "modality_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_possible_requisition_against_the_decree_issued(order: str) -> None:
    found = _codes(
        "إضراب الموانئ\n\nتونس - وفي ظل استمرار الأزمة، قد تلجأ الحكومة إلى تسخير عمال الموانئ لضمان "
        "تفريغ الشحنات، وفق مسؤول في وزارة النقل.\n",
        "التسخير\n\nتونس - أصدرت الحكومة التونسية، الأربعاء، مرسوما بتسخير عمال الموانئ لضمان استمرار "
        "الحد الأدنى من الخدمة.\n",
        order,
    )
    assert "modality_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_an_intended_suspension_against_the_suspension_done(order: str) -> None:
    found = _codes(
        "المناجم\n\nباماكو - علقت الحكومة الانتقالية، مساء الجمعة، جميع أنشطة التنقيب الحرفي في المنطقة.\n",
        "بعد الكارثة\n\nباماكو - وتعتزم السلطات تعليق أنشطة التنقيب الحرفي في المنطقة حتى انتهاء التحقيق.\n",
        order,
    )
    assert "modality_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_another_act_expected_after_the_one_done_is_no_clash(order: str) -> None:
    found = _codes(
        "الاتفاقية\n\nمقديشو - وقعت الحكومة الصومالية الاتفاقية مع الشركة النرويجية يوم الاثنين.\n",
        "الميناء\n\nمقديشو - وقعت الحكومة الصومالية الاتفاقية الاثنين، ومن المنتظر أن يصادق البرلمان "
        "عليها الشهر المقبل.\n",
        order,
    )
    assert "modality_conflict" not in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_meeting_scheduled_is_not_the_meetings_held(order: str) -> None:
    """The act after the marker must be an act the other claim's verbs tell."""
    found = _codes(
        "الزيارة\n\nدمشق - التقى مسؤولون أمنيون أوروبيون عددا من المسؤولين السوريين في دمشق "
        "الأسبوع الماضي.\n",
        "اللقاءات\n\nدمشق - ومن المقرر أن يسبق ذلك اجتماع خلال أيام بين مسؤولين أمنيين أوروبيين "
        "وسوريين في دمشق.\n",
        order,
    )
    assert "modality_conflict" not in found, found
