"""Not one of a group against a number of it (stories written for these tests)."""

from __future__ import annotations

import pytest
from pairs import codes_across as _codes


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_no_policeman_among_the_injured_against_nine_policemen(order: str) -> None:
    found = _codes(
        "المواجهات\n\nالناصرية - وأسفرت المواجهات حتى مساء الأحد عن إصابة 15 شخصا، بينهم تسعة من منتسبي "
        "الشرطة المحلية، بحسب مصدر طبي.\n",
        "الاحتجاجات\n\nالناصرية - ليس بين المصابين أي عنصر من الشرطة المحلية.\n",
        order,
    )
    assert "negation_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_no_women_among_the_dead_against_three_women(order: str) -> None:
    found = _codes(
        "الانهيار\n\nكيفه - قضى 20 شخصا في انهيار المنجم، وبين القتلى ثلاث نساء.\n",
        "المنجم\n\nكيفه - أكد الدفاع المدني عدم وجود نساء بين ضحايا انهيار المنجم.\n",
        order,
    )
    assert "negation_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_none_of_one_group_and_a_number_of_another_do_not_clash(order: str) -> None:
    found = _codes(
        "المواجهات\n\nالناصرية - أصيب 15 متظاهرا في المواجهات مع الشرطة مساء الأحد.\n",
        "الاحتجاجات\n\nالناصرية - لم يصب أي عنصر من الشرطة في المواجهات مساء الأحد.\n",
        order,
    )
    assert "negation_conflict" not in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_none_of_a_thing_against_the_thing_told_without_a_figure(order: str) -> None:
    found = _codes(
        "الكهرباء\n\nصفاقس - ولم تُسجل أي انقطاعات في التيار الكهربائي في مدينة صفاقس خلال الأسبوع الماضي.\n",
        "انقطاع الكهرباء\n\nصفاقس - وشهدت أحياء في مدينة صفاقس انقطاعات متكررة في التيار الكهربائي خلال "
        "الأسبوع الماضي.\n",
        order,
    )
    assert "negation_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_none_of_one_group_against_the_same_noun_of_another_group(order: str) -> None:
    found = _codes(
        "القصف\n\nإدلب - ولم تُسجل أي إصابات في صفوف المدنيين خلال القصف الذي استهدف البلدة ليل الجمعة.\n",
        "قصف البلدة\n\nإدلب - وسُجلت إصابات في صفوف الجنود خلال القصف الذي استهدف البلدة ليل الجمعة.\n",
        order,
    )
    assert "negation_conflict" not in found, found
