"""A chamber passing a bill against the same chamber voting it down (a story written for this test)."""

from __future__ import annotations

import pytest
from pairs import codes_across as _codes


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_bill_passed_against_the_bill_voted_down(order: str) -> None:
    found = _codes(
        "البرلمان\n\nالكويت - وافق مجلس الأمة في جلسته اليوم على مشروع قانون الدين العام بعد نقاش مطول.\n",
        "الدين العام\n\nالكويت - أسقط مجلس الأمة مشروع قانون الدين العام في جلسة ساخنة.\n",
        order,
    )
    assert "antonym_conflict" in found, found
