"""Who did it to whom, told two ways: the doer and the one it was done to reversed, and one act on
one unnamed target done by two different doers (stories written for these tests)."""

from __future__ import annotations

import pytest
from pairs import codes_across as _codes

ACTOR = {"actor_conflict", "role_swap", "entity_substitution"}


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_the_attacker_and_the_attacked_reversed(order: str) -> None:
    found = _codes(
        "اشتباكات الحدود\n\nغاو - شنّ الجيش المالي، مساء الأحد، هجوما عنيفا على مواقع المسلحين قرب "
        "الحدود مع النيجر.\n",
        "معارك شمال مالي\n\nغاو - هاجم المسلحون مساء الأحد ثكنة للجيش المالي قرب الحدود مع النيجر.\n",
        order,
    )
    assert "role_swap" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_evacuation_done_by_two_different_doers(order: str) -> None:
    found = _codes(
        "الفيضانات\n\nدرنة - وأخلت فرق الدفاع المدني سكان الحي المنكوب خلال ليل الأربعاء.\n",
        "السيول\n\nدرنة - وأخلى المتطوعون أنفسهم سكان الحي المنكوب في غياب أي فرق رسمية.\n",
        order,
    )
    assert "actor_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_the_candidate_of_one_party_against_the_candidate_of_another(order: str) -> None:
    found = _codes(
        "الانتخابات التشريعية\n\nنواكشوط - وفي دائرة روصو، انسحب مرشح حزب الإصلاح والتجديد من الجولة "
        "الثانية.\n",
        "الانتخابات\n\nنواكشوط - وفي تطور لافت، انسحب مرشح الحزب الحاكم في دائرة روصو من الجولة الثانية.\n",
        order,
    )
    assert "actor_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_doers_of_one_kind_of_act_on_two_targets_are_two_acts(order: str) -> None:
    found = _codes(
        "احتجاجات\n\nالخرطوم - واعتقلت الشرطة ثلاثة طلاب أمام الجامعة مساء الاثنين.\n",
        "احتجاجات الخرطوم\n\nالخرطوم - واعتقل الجيش صحفيا أجنبيا قرب القصر مساء الاثنين.\n",
        order,
    )
    assert not found & ACTOR, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_attacker_told_by_two_outlets_is_no_swap(order: str) -> None:
    found = _codes(
        "الهجوم\n\nغاو - شنّ الجيش المالي، مساء الأحد، هجوما على مواقع المسلحين قرب الحدود.\n",
        "معارك\n\nغاو - هاجم الجيش المالي مساء الأحد مواقع للمسلحين قرب الحدود.\n",
        order,
    )
    assert not found & ACTOR, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_announcement_by_two_different_ministries(order: str) -> None:
    found = _codes(
        "الكوليرا\n\nكسلا - أعلنت وزارة الصحة، الأحد، عن إجراءات جديدة لمواجهة انتشار الكوليرا في ولاية "
        "كسلا، في ظل ارتفاع عدد الإصابات.\n",
        "تفشي الكوليرا\n\nكسلا - أعلنت وزارة الداخلية، الأحد، عن إجراءات جديدة لمواجهة انتشار الكوليرا في "
        "ولاية كسلا، ووجهت بموجبها الشرطة إلى إغلاق الأسواق.\n",
        order,
    )
    assert "actor_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_ministries_announcing_on_two_days_are_two_acts(order: str) -> None:
    found = _codes(
        "الكوليرا\n\nكسلا - أعلنت وزارة الصحة، الأحد، عن إجراءات جديدة لمواجهة انتشار الكوليرا.\n",
        "تفشي الكوليرا\n\nكسلا - أعلنت وزارة الداخلية، الأربعاء، عن إغلاق الأسواق الشعبية في المدينة.\n",
        order,
    )
    assert not found & ACTOR, found
