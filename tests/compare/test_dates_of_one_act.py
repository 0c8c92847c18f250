"""Dates of one act: two dates introduced by the same word date it however little else the
sentences share, and a pair that disagrees on the day and on the place reports both (stories
written for these tests)."""

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


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_launch_on_two_days_from_two_cities(order: str) -> None:
    found = _codes(
        "القافلة الطبية\n\nطرابلس - انطلقت القافلة الطبية الأولى، يوم الاثنين 3 مارس، من مدينة بنغازي باتجاه "
        "الجنوب محملة بالأدوية.\n",
        "قافلة الأدوية\n\nطرابلس - انطلقت القافلة الطبية الأولى، يوم الأربعاء 5 مارس، من مدينة طبرق باتجاه "
        "الجنوب محملة بالأدوية.\n",
        order,
    )
    assert {"date_mismatch", "entity_substitution"} <= found, found
