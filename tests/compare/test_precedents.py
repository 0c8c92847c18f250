"""A clause that tells a precedent of the news (another, earlier event of the same kind) names its
own parties: they do not clash with the news's (a story written for these tests)."""

from __future__ import annotations

import pytest
from pairs import codes_across as _codes

from claimdiff.claims.tokens import tokenize
from claimdiff.compare.aspect import precedent


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("وليست هذه المرة الأولى التي تحتجز فيها البحرية سفنا في المنطقة", True),
        ("وسبق أن احتجزت البحرية سفينة ترفع علم ليبيريا", True),
        ("واحتجزت البحرية سفينة ترفع علم ليبيريا للمرة الأولى", False),
    ],
)
def test_a_precedent_is_announced_at_the_start_of_its_clause(text: str, told: bool) -> None:
    assert precedent(tokenize(text)) is told


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_precedent_names_its_own_flag(order: str) -> None:
    found = _codes(
        "احتجاز سفينة\n\nطهران - وليست هذه المرة الأولى التي تحتجز فيها البحرية سفنا، ففي مايو من العام "
        "الماضي احتجزت سفينة شحن ترفع علم ليبيريا في المضيق.\n",
        "السفينة المحتجزة\n\nطهران - واحتجزت البحرية سفينة شحن ترفع علم مالطا في المضيق.\n",
        order,
    )
    assert "entity_substitution" not in found, found
