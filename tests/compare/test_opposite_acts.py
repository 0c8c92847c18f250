"""Opposite acts on one object: a chamber passing a bill against voting it down, deductions cut against
deductions raised (stories written for these tests)."""

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


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_deductions_cut_against_deductions_raised(order: str) -> None:
    found = _codes(
        "الرسوم\n\nعمان - قلّصت الحكومة هذا الشهر الاقتطاعات من رواتب المتقاعدين، وفق مصدر في الوزارة.\n",
        "الاقتطاعات\n\nعمان - زادت الحكومة حجم الاقتطاعات من رواتب المتقاعدين هذا الشهر.\n",
        order,
    )
    assert "antonym_conflict" in found, found
