"""Quantities: every number form, unit, qualifier and range; and what is not a quantity."""

from __future__ import annotations

import pytest

from claimdiff.quantities import find_quantities
from claimdiff.schema import QuantityMention, TextRange


def run(text: str, exclude: list[TextRange] | None = None) -> list[QuantityMention]:
    return find_quantities(
        text, [TextRange(start=0, end=len(text))], doc_id="t", id_prefix="q", exclude=exclude or []
    )


def one(text: str) -> QuantityMention:
    found = run(text)
    assert len(found) == 1, [(q.text, q.value) for q in found]
    return found[0]


def values(text: str) -> list[float]:
    return [q.value for q in run(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("قتل 25 شخصا", 25),
        ("قتل ٢٥ شخصا", 25),  # Arabic-Indic digits
        ("قتل ۲۵ شخصا", 25),  # Persian digits
        ("وصل 1,200 لاجئ", 1200),
        ("وصل 1.200.000 لاجئ", 1200000),
        ("نسبة 2.5 مليون دولار", 2500000),
        ("نسبة ٢٫٥ مليون دولار", 2500000),  # Arabic decimal separator
        ("مقتل 200 ألف شخص", 200000),
        ("مقتل 200 الف شخص", 200000),
        ("نزوح 3 آلاف شخص", 3000),
        ("نزوح مليون ونصف لاجئ", 1500000),
    ],
)
def test_digits_and_scales(text: str, value: float) -> None:
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("استمرت الزيارة أربعة أيام", 4, "day"),
        ("استمرت الزيارة اربعة ايام", 4, "day"),
        ("مضى ثلاثة اعوام", 3, "year"),
        ("مضت ست سنوات", 6, "year"),
        ("قتل خمسة عشر مدنيا", 15, "civilian"),
        ("قتل اثنا عشر طفلا", 12, "child"),
        ("تضم خمسة وعشرين ألف جندي", 25000, "soldier"),
        ("دمرت مائتين وخمسين دبابة", 250, "tank"),
        ("دمرت ثلاث مئة دبابة", 300, "tank"),
        ("يعيش ألف شخص", 1000, "person"),
        ("وبثلاثة آلاف جندي", 3000, "soldier"),
        ("منذ سنتين", 2, "year"),
        ("خلال يومين", 2, "day"),
        ("تسليم سفينتين", 2, "ship"),
    ],
)
def test_number_words_duals_and_units(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q.value, q.unit) == (value, unit)


def test_unknown_counted_noun_is_kept_folded() -> None:
    assert one("اعتقل 40 عنصرا").unit == "عنصرا"
    assert one("جمع معلومات عن 1200 “جهادي” أوروبي").unit == "jihadist"
    assert one("بلغت 30%").unit == "percent"
    assert one("بلغت 30 في المئة").unit == "percent"


def test_counted_noun_is_not_a_function_word() -> None:
    q = one("تقدر الأجهزة بنحو 2900 عدد الروس")
    assert q.unit is None and q.text == "2900"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("قتل نحو 30 شخصا", "approx"),
        ("تقدر بنحو 2900 مقاتل", "approx"),
        ("مقتل حوالي 200 ألف شخص", "approx"),
        ("مقتل حوالى 200 ألف شخص", "approx"),
        ("منذ قرابة ثلاثة اعوام", "approx"),
        ("حضر زهاء 500 شخص", "approx"),
        ("حضر ما يقارب 500 شخص", "approx"),
        ("حضر 500 شخص تقريبا", "approx"),
        ("لمدة تقارب سنتين", "approx"),
        ("قتل 1200 “جهادي” أوروبي على الأقل", "at_least"),
        ("قتل على الأقل 12 شخصا", "at_least"),
        ("قتل أكثر من 100 شخص", "at_least"),
        ("قتل بأكثر من 100 شخص", "at_least"),
        ("قتل ما لا يقل عن 100 شخص", "at_least"),
        ("ارتفعت أقل من 5 بالمئة", "at_most"),
        ("عدد لا يتجاوز 300 شخص", "at_most"),
        ("قتل 40 شخصا", "exact"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert one(text).qualifier.value == qualifier


def test_after_qualifier_does_not_leak_to_the_previous_number() -> None:
    found = run("قتل 2000 شخص وأكثر من 3000 جريح")
    assert [(q.value, q.qualifier.value) for q in found] == [(2000, "exact"), (3000, "at_least")]


@pytest.mark.parametrize(
    ("text", "value", "upper"),
    [
        ("بين 1000 و2000 مقاتل", 1000, 2000),
        ("بين 1000 و 2000 مقاتل", 1000, 2000),
        ("ما بين 100 و200 ألف شخص", 100000, 200000),
        ("من 300 إلى 400 جندي", 300, 400),
        ("بين ثلاثة وخمسة أيام", 3, 5),
        ("ما بين 10-20 قتيلا", 10, 20),
    ],
)
def test_ranges(text: str, value: float, upper: float) -> None:
    q = one(text)
    assert (q.value, q.upper) == (value, upper)


@pytest.mark.parametrize(
    "text",
    [
        "رمز الخبر: ۶۰۴۱۶",
        "صدر القرار 2254 عن مجلس الأمن",
        "والقرار الدولي رقم 2118",
        "العدد رقم 345 من المجلة",
        "نشر في المجلة | العدد 4521 | الصفحة 7",
        "اتصل على 0933 123 456",
        "اتصل على +963 11 2223344",
        "تم التحديث في الساعة ۱۴:۰۷",
        "الصورة 1013847326_319638_large",
        "الرابط www.example.com/news/2014/10",
        "الملف report2014.pdf",
        "07October 2014",
        "موقع عربي21 يكشف",
        "الأسد2 دقيقة للقراءة",
        "في 2014-10-07 وفي 7/10/2014",
        "منذ عام 2011 قتل الكثير",
        "خطة 2021!",
        "في آذار/مارس 2014 وقعت",
        "يوم 23 تشرين أول/ أكتوبر",
        "۲ ربیع الثانی -۶۴۱ - ۱۴:۰۷",
        "مارس(آذار)2012.",
        "جهاز (أم أي 6) البريطاني",
        "الفصل الثاني والقرار الأول",
        "يوم الاثنين وصل الثلاثة",
        "اترك تعليقا\n23\n",
        "عشرات الجهاديين وآلاف المدنيين ومئات القتلى",
    ],
)
def test_not_quantities(text: str) -> None:
    assert run(text) == []


def test_lone_number_on_its_own_line_only() -> None:
    text = "عنوان الخبر\n23\n\nقتل 23 شخصا"
    q = one(text)
    assert q.start == text.rindex("23")


def test_issue_cue_only_opens_a_clause() -> None:
    assert values("وبلغ العدد 200 شخص") == [200]


def test_year_like_number_with_a_unit_is_a_count() -> None:
    assert values("قتل 2000 شخص") == [2000]
    assert values("في 2014 قتل 2000 شخص") == [2000]


def test_exclude_removes_overlapping_quantities() -> None:
    text = "استمرت أربعة أيام وقتل 30 شخصا"
    start = text.index("أربعة")
    found = run(text, exclude=[TextRange(start=start, end=start + len("أربعة أيام"))])
    assert [q.value for q in found] == [30]


def test_ranges_limit_what_is_read() -> None:
    text = "قتل 30 شخصا\nوجرح 40 آخرون"
    first = find_quantities(text, [TextRange(start=0, end=text.index("\n"))], doc_id="t", id_prefix="q")
    assert [q.value for q in first] == [30]


def test_spans_ids_and_prefixes() -> None:
    text = "قال إن 30 شخصا قتلوا وجرح نحو خمسين آخرين"
    found = run(text)
    assert [q.id for q in found] == ["q1", "q2"]
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.doc_id == "t" and text[: q.start].endswith(q.prefix)
    assert found[0].text == "30 شخصا" and found[1].text == "خمسين"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("وكان بين المصابين الـ86 أطفال ونساء", 86, None),  # the noun it counts came first
        ("وقالت إن الضحايا الـ41 من المدنيين", 41, "civilian"),  # or comes through من
        ("أعلنت أسماء القتلى الـ12 في بيان", 12, None),
    ],
)
def test_a_definite_figure_is_a_quantity_whose_noun_precedes_it(
    text: str, value: float, unit: str | None
) -> None:
    q = one(text)
    assert (q.value, q.unit) == (value, unit)
    assert text[q.start : q.end].startswith(str(value))


def test_digits_glued_to_other_letters_are_still_no_quantity() -> None:
    assert run("طائرة اف16 والصاروخ اس400 وطراز جال3") == []
