"""ما opening a clause before a verb in the perfect negates it (وما توقف العمل); ما زال says
"still", and ما before anything else is "what".  Sentences are written for these tests."""

from __future__ import annotations

import pytest
from pairs import codes_across as _codes

from claimdiff.claims import features
from claimdiff.claims.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("وما توقفت الرحلات في مطار المدينة", True),
        ("عدن - وما أغلقت السلطات المعبر الحدودي", True),
        ("وما زال المعبر مغلقا أمام الشاحنات", False),
        ("وما قالته الوزارة يؤكد استمرار الرحلات", False),
        ("وأغلقت السلطات المعبر بعد ما حدث", False),
    ],
)
def test_ma_negates_the_perfect_verb_opening_its_clause(text: str, negated: bool) -> None:
    assert (features.read(tokenize(text)).polarity == "negative") is negated


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_crossing_not_closed_against_the_crossing_closed(order: str) -> None:
    found = _codes(
        "المعبر\n\nعدن - وما أغلقت السلطات المعبر الحدودي رغم الاشتباكات، إذ واصلت الشاحنات العبور.\n",
        "إغلاق المعبر\n\nعدن - وأغلقت السلطات المعبر الحدودي كليا.\n",
        order,
    )
    assert "negation_conflict" in found, found
