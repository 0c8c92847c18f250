"""One pair of sentences may disagree on the day and on the place at once: both are reported
(a story written for this test)."""

from __future__ import annotations

import pytest
from pairs import codes_across as _codes


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
