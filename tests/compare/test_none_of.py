"""Not one of a group against a number of it (stories written for these tests)."""

from __future__ import annotations

import pytest

import claimdiff
from claimdiff.schema import Document


def _codes(a: str, b: str, order: str) -> set[str]:
    texts = [a, b] if order == "forward" else [b, a]
    docs = [Document(id=f"d{n}", source=f"<d{n}>", text=t, text_origin="string") for n, t in enumerate(texts)]
    report = claimdiff.analyze(docs)
    return {f.code for f in report.findings if len({e.doc_id for e in f.evidence}) == 2}


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
