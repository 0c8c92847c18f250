"""Two dates introduced by the same word date one act, however little else the sentences share
(a story written for this test)."""

from __future__ import annotations

import pytest
from pairs import codes_across as _codes


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_first_days_of_one_measure(order: str) -> None:
    found = _codes(
        "التعرفة الجديدة\n\nعمان - أعلنت هيئة تنظيم النقل اليوم رفع أجرة الحافلات العامة بنسبة عشرة بالمئة "
        "لتغطية كلفة الوقود، وذلك اعتبارا من يوم الأحد الأول من آذار 2026.\n",
        "أجرة الحافلات\n\nعمان - الأجرة الجديدة تطبق اعتبارا من يوم الثلاثاء 3 آذار 2026 على جميع الخطوط.\n",
        order,
    )
    assert "date_mismatch" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_place_before_two_dates_introduces_neither(order: str) -> None:
    found = _codes(
        "الاتصالات\n\nباريس - حاولت الأجهزة الفرنسية تنشيط قنوات التواصل مع دمشق منذ الربع الأول من 2014.\n",
        "المحادثات\n\nباريس - يجري ضباط ألمان محادثات مع مسؤولين في دمشق منذ تشرين الثاني/نوفمبر.\n",
        order,
    )
    assert "date_mismatch" not in found, found
