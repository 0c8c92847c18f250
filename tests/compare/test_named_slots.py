"""Names the gazetteer does not know, in one slot: after one head noun, or after two heads of one
kind that the same words introduce (stories written for these tests)."""

from __future__ import annotations

import pytest
from pairs import codes_across as _codes


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_companies_after_two_heads_of_bodies_in_one_deal(order: str) -> None:
    found = _codes(
        "صفقة الغاز\n\nالدوحة - ووقّعت الشركة القطرية اتفاقية توريد طويلة الأجل مع شركة نورتيكا السويدية "
        "لتزويدها بالغاز المسال.\n",
        "الغاز المسال\n\nالدوحة - ووقّعت الشركة القطرية اتفاقية توريد طويلة الأجل مع مجموعة «سيفرانو» "
        "السويدية لتزويدها بالغاز المسال.\n",
        order,
    )
    assert "entity_substitution" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_spellings_of_one_company_are_no_swap(order: str) -> None:
    found = _codes(
        "صفقة الغاز\n\nالدوحة - ووقّعت الشركة القطرية اتفاقية توريد طويلة الأجل مع شركة نورتيكا السويدية.\n",
        "الغاز المسال\n\nالدوحة - ووقّعت الشركة القطرية اتفاقية توريد طويلة الأجل مع مجموعة «نورتيكا» "
        "السويدية.\n",
        order,
    )
    assert "entity_substitution" not in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_coasts_in_one_sinking(order: str) -> None:
    found = _codes(
        "غرق مركب\n\nالمكلا - غرق مركب يقل صيادين فجر الجمعة قبالة سواحل بروم بحسب خفر السواحل.\n",
        "المركب الغارق\n\nالمكلا - غرق مركب يقل صيادين فجر الجمعة قبالة سواحل الشحر بحسب خفر السواحل.\n",
        order,
    )
    assert "entity_substitution" in found, found
