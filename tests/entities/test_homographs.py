"""An alias that is also a common word (سيول: Seoul, torrents) names its entity only when the
document names the entity's country or the entity another way."""

from __future__ import annotations

import claimdiff
from claimdiff.schema import Document


def _entities(text: str) -> list[str]:
    doc = Document(id="d", source="<d>", text=text, text_origin="string")
    return [m.entity_id for m in claimdiff.analyze([doc]).mentions if getattr(m, "entity_id", None)]


def test_torrents_in_a_flood_story_are_not_seoul() -> None:
    found = _entities("سيول جارفة تضرب مدينة البيضاء\n\nوقالت السلطات إن السيول جرفت المنازل.\n")
    assert "place:seoul" not in found and "place:bayda" in found


def test_seoul_with_its_country_named_is_seoul() -> None:
    found = _entities("زيارة إلى كوريا الجنوبية\n\nوصل الرئيس إلى سيول في زيارة تستمر يومين.\n")
    assert "place:seoul" in found


def test_a_military_base_is_not_al_qaeda() -> None:
    found = _entities("هجوم على قاعدة عسكرية\n\nمقديشو - قتل تسعة جنود في هجوم على القاعدة قرب العاصمة.\n")
    assert "group:al-qaeda" not in found


def test_al_qaeda_named_another_way_keeps_its_short_name() -> None:
    found = _entities("هجوم في مالي\n\nتبنى تنظيم القاعدة الهجوم، وقالت القاعدة في بيان إنها ستواصل.\n")
    assert found.count("group:al-qaeda") >= 2


def test_the_finance_minister_names_no_maldivian_capital() -> None:
    found = _entities("استجواب\n\nالكويت - قدم النائب استجوابا لوزير المالية في الحكومة.\n")
    assert "place:male" not in found
