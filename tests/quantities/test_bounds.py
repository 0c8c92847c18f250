"""Qualifiers read from further around a number, and numbers that only look like counts."""

from __future__ import annotations

import pytest

from claimdiff.quantities import find_quantities
from claimdiff.schema import QuantityMention, TextRange


def run(text: str) -> list[QuantityMention]:
    return find_quantities(text, [TextRange(start=0, end=len(text))], doc_id="t", id_prefix="q")


def got(text: str) -> list[tuple[float, str]]:
    return [(q.value, str(q.qualifier)) for q in run(text)]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("المياه لا تكفي أكثر من ساعتين", 2, "at_most"),
        ("لم يتجاوز حجم التبادل 250 مليون دولار", 250000000, "at_most"),
        ("لم يتجاوز إنتاج الموسم الماضي 900 ألف طن", 900000, "at_most"),
        ("تتجاوز احتياجات البلاد مليوني طن", 2000000, "at_least"),
        ("وتتجاوز قيمة الاستثمارات المقررة فيها 400 مليون دولار", 400000000, "at_least"),
        ("تدر التجارة ما يصل إلى 57 مليار دولار", 57000000000, "at_most"),
        ("holds more than 9,000 fighters", 9000, "at_least"),
        ("at least 1,000 people were killed", 1000, "at_least"),
        ("There are roughly 2,000 U.S. troops", 2000, "approx"),
        ("up to 300 families fled", 300, "at_most"),
        ("some 2 million people", 2000000, "approx"),
        ("within 30 days", 30, "exact"),
    ],
)
def test_qualifiers(text: str, value: float, qualifier: str) -> None:
    assert got(text) == [(value, qualifier)]


def test_a_change_is_two_values_not_a_range() -> None:
    found = run("ارتفع سعر الربطة من 400 إلى 4000 ليرة")
    assert [(q.text, q.value, q.upper) for q in found] == [("400", 400, None), ("4000 ليرة", 4000, None)]
    ranged = run("يتراوح العدد من 400 إلى 600 مقاتل")
    assert [(q.value, q.upper) for q in ranged] == [(400, 600)]


@pytest.mark.parametrize(
    "text",
    [
        "عقدت الجولة التاسعة عشرة من المحادثات",
        "في الذكرى الحادية عشرة للثورة",
        'استخدموا طائرات من طراز "صماد 3" في الهجوم',
        "أسقطت طائرة من نوع MQ-9 فوق المحافظة",
        "طائرات F-16 حلقت فوق المدينة",
    ],
)
def test_ordinals_and_model_names_are_not_counts(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "في الفترة بين 2011 و2015 قتل الآلاف",
        "من 2011 إلى 2015",
        "الجولة 21 من محادثات أستانا",
        "Article 8 of the constitution",
        "the crash of Flight 752",
        "وصل الوفد الساعة 10 صباحا",
        "on Sept. 11",
        "نصف الضحايا من الأطفال",
    ],
)
def test_spans_of_years_identifiers_and_clock_times_are_not_counts(text: str) -> None:
    assert run(text) == []


def test_fractions_of_a_scale() -> None:
    assert got("نزح نحو نصف مليون لاجئ") == [(500000, "approx")]
    assert got("يعيش ربع مليون شخص") == [(250000, "exact")]
    assert got("عن عمر ناهز 80 عاما") == [(80, "approx")]


def test_english_number_words_and_scales() -> None:
    assert got("killing two people and wounding three others") == [(2, "exact"), (3, "exact")]
    assert got("about 1.5 billion dollars") == [(1500000000, "approx")]


def test_glued_scales_and_english_ranges() -> None:
    assert got("needs at least $3bn for reconstruction") == [(3000000000, "at_least")]
    assert [(q.value, q.upper) for q in run("would cost between $250bn and $400bn.")] == [
        (250000000000, 400000000000)
    ]
    assert got("a $40m deal") == [(40000000, "exact")]
    assert run("the 100m sprint") == []  # a bare m without a currency sign is metres, or a code
    assert got("costs of up to $20,000 per home") == [(20000, "at_most")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("استقر السعر عند 89 ألفاً و500 ليرة للدولار", [89500]),
        ("بلغت الكلفة 5 ملايين و300 ألف دولار", [5300000]),
        ("بلغ العجز 2 مليار و3 ملايين دولار", [2003000000]),
        ("وصل 3 آلاف و 200 شخص", [3000, 200]),  # «و 200» apart: another figure
        ("قتل 40 شخصا و500 جريح", [40, 500]),  # no scale before و: two counts
    ],
)
def test_digits_glued_to_wa_after_a_scale_are_the_rest_of_the_number(text: str, values: list[float]) -> None:
    assert [q.value for q in run(text)] == values
