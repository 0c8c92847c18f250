"""Figures that are two quantities, not two values of one (stories written for these tests): counts
over two spans of time, and a second figure beside one the other report gives too."""

from __future__ import annotations

import pytest
from pairs import codes_across as _codes

from claimdiff.claims.tokens import tokenize
from claimdiff.compare.aspect import period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("خسرت الليرة 12 في المئة من قيمتها خلال الأسبوع الماضي", ("خلال", "W")),
        ("خسرت الليرة 40 في المئة من قيمتها منذ بداية الشهر", ("منذ", "M")),
        ("خسرت الليرة 40 في المئة من قيمتها، منذ بداية الشهر", None),  # another clause
        ("خسرت الليرة 40 في المئة من قيمتها منذ الاثنين", None),  # a day, not a span
    ],
)
def test_the_span_a_figure_is_counted_over(text: str, expected: tuple[str, str] | None) -> None:
    end = text.index("المئة") + len("المئة")
    assert period(tokenize(text), end) == expected


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_losses_over_a_week_and_over_a_month_do_not_clash(order: str) -> None:
    found = _codes(
        "الليرة\n\nبيروت - خسرت الليرة 12 في المئة من قيمتها خلال الأسبوع الماضي.\n",
        "انهيار\n\nبيروت - خسرت الليرة 40 في المئة من قيمتها منذ بداية الشهر.\n",
        order,
    )
    assert "number_conflict" not in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_losses_over_one_span_still_clash(order: str) -> None:
    found = _codes(
        "الليرة\n\nبيروت - خسرت الليرة 12 في المئة من قيمتها خلال الأسبوع الماضي.\n",
        "انهيار\n\nبيروت - خسرت الليرة 21 في المئة من قيمتها خلال الأسبوع الماضي.\n",
        order,
    )
    assert "number_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_an_aftershock_beside_the_magnitude_both_give_is_another_quantity(order: str) -> None:
    """A decimal figure the other article also gives is that article's too, however small."""
    found = _codes(
        "الزلزال\n\nأنقرة - ضرب زلزال بقوة 5.8 درجات ولاية ملاطية.\n",
        "هزة\n\nأنقرة - ضرب زلزال بقوة 5.8 درجات ملاطية وتلته هزة ارتدادية بقوة 4.2 درجات.\n",
        order,
    )
    assert "number_conflict" not in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_candidates_shares_are_two_counts_and_no_actor_clash(order: str) -> None:
    """One act of two doers, each with its own figure: each doer's share, not one disputed."""
    found = _codes(
        "الانتخابات\n\nنواكشوط - حصل مرشح الحزب الحاكم على 56 في المئة من الأصوات.\n",
        "النتائج\n\nنواكشوط - حصل مرشح المعارضة على 22 في المئة من الأصوات.\n",
        order,
    )
    assert not found & {"number_conflict", "actor_conflict"}, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_sources_of_one_toll_still_clash(order: str) -> None:
    """Telling is no act with its own figure: two sources giving one toll two ways still clash."""
    found = _codes(
        "الفيضانات\n\nدرنة - أعلن الهلال الأحمر مقتل 30 شخصا في الفيضانات.\n",
        "السيول\n\nدرنة - أعلنت وزارة الصحة مقتل 45 شخصا في الفيضانات.\n",
        order,
    )
    assert "number_conflict" in found, found
