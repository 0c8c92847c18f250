"""Two offices in one slot (stories written for these tests)."""

from __future__ import annotations

import pytest
from pairs import codes_across as _codes


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_signatories_of_one_banknote(order: str) -> None:
    found = _codes(
        "العملة الجديدة\n\nبغداد - وتحمل الورقة النقدية الجديدة توقيع محافظ البنك المركزي.\n",
        "الدينار الجديد\n\nبغداد - وتحمل الفئة الجديدة توقيع وزير المالية إلى جانب شعار الدولة.\n",
        order,
    )
    assert "substitution" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_signatory_told_twice_is_no_swap(order: str) -> None:
    found = _codes(
        "العملة الجديدة\n\nبغداد - وتحمل الورقة النقدية الجديدة توقيع وزير المالية.\n",
        "الدينار الجديد\n\nبغداد - وتحمل الفئة الجديدة توقيع وزير المالية إلى جانب شعار الدولة.\n",
        order,
    )
    assert "substitution" not in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_count_before_a_role_is_no_slot(order: str) -> None:
    found = _codes(
        "الانتخابات\n\nتونس - وهي نسبة تطرح ألف سؤال حول شرعية المجالس المنتخبة.\n",
        "البلديات\n\nتونس - وتنافس أكثر من ألف مرشح على المقاعد البلدية.\n",
        order,
    )
    assert "substitution" not in found, found
