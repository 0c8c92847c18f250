"""check_dates: each date problem is a date_issue finding with exact evidence and a plain message."""

from __future__ import annotations

import datetime

import pytest

from claimdiff.dates import Datelines, check_dates, find_datelines, find_times, hijri
from claimdiff.schema import Finding, TextRange

D = datetime.date


def check(text: str, published: D | None = None) -> list[Finding]:
    lines = find_datelines(text, [], doc_id="doc", id_prefix="d")
    if published is not None:
        lines = Datelines(published=published, parts=lines.parts)
    anchor = lines.published
    times = find_times(text, [TextRange(start=0, end=len(text))], doc_id="doc", anchor=anchor, id_prefix="t")
    times = [t for t in times if not any(t.start < p.end and p.start < t.end for p in lines.parts)]
    found = [*lines.issues, *check_dates(text, doc_id="doc", times=[*lines.parts, *times], datelines=lines)]
    for f in found:
        assert f.kind == "date_issue" and f.id == "" and f.message
        assert all(text[e.start : e.end] == e.text for e in f.evidence)
    return found


def codes(text: str, published: D | None = None) -> list[str]:
    return [f.code for f in check(text, published)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("صدر القرار في 31 نيسان 2014 بعد الاجتماع.", "gregorian-invalid-date"),
        ("صدر القرار في 30 شباط 2015.", "gregorian-invalid-date"),
        ("صدر القرار في 29 فبراير 2015.", "gregorian-invalid-date"),
        ("صدر القرار بتاريخ 31/04/2014.", "gregorian-invalid-date"),
        ("صدر القرار في 2 ربيع الثاني -641.", "hijri-invalid-year"),
        ("صدر القرار بتاريخ 1435/09/31 هـ.", "hijri-invalid-day"),
        ("صدر الكتاب في 1 محرم 1200 هـ.", "hijri-out-of-range"),
        ("صدر القرار في 31 مهر 1393.", "solar-day-past-month-end"),
        ("صدر القرار في 30 اسفند 1393.", "solar-day-past-month-end"),
        ("جرت الانتخابات في آذار/أبريل 2014.", "month-pair-mismatch"),
        ("أعلن البيان الأربعاء 7 أكتوبر 2014 عن الاتفاق.", "weekday-mismatch"),
        ("صدر في 13 ذو الحجة 1435 هـ الموافق 9 أكتوبر 2014 م.", "calendar-mismatch"),
    ],
)
def test_impossible_or_inconsistent_dates(text: str, code: str) -> None:
    assert codes(text) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "صدر القرار في 30 نيسان 2014.",
        "صدر القرار في 29 فبراير 2016.",
        "صدر القرار في 13 ذو الحجة 1435 هـ.",
        "صدر في 13 ذو الحجة 1435 هـ الموافق 8 أكتوبر 2014 م.",
        "أعلن البيان الثلاثاء 7 أكتوبر 2014 عن الاتفاق.",
        "جرت الانتخابات في آذار/مارس 2014.",
        "انتهى الاجتماع عند الساعة ۱۴:۰۷ بتوقيت دمشق.",
        "صدر القرار في 30 اسفند 1395.",
    ],
)
def test_possible_dates_are_not_issues(text: str) -> None:
    assert codes(text) == []


_HIJRI_MONTHS = {1: "محرم", 2: "صفر", 3: "ربيع الأول", 4: "ربيع الثاني", 5: "جمادى الأولى", 6: "جمادى الآخرة"}
_HIJRI_MONTHS |= {7: "رجب", 8: "شعبان", 9: "رمضان", 10: "شوال", 11: "ذو القعدة", 12: "ذو الحجة"}


def test_the_thirtieth_of_a_29_day_hijri_month_is_a_low_sighting_note() -> None:
    year, month = next(
        (y, m) for y in range(1435, 1440) for m in range(1, 13) if hijri.month_length(y, m) == 29
    )
    (f,) = check(f"صدر القرار في 30 {_HIJRI_MONTHS[month]} {year} هـ.")
    assert (f.code, f.severity.value) == ("hijri-day-past-month-end", "low")
    (m,) = find_times(
        f"في 30 {_HIJRI_MONTHS[month]} {year} هـ",
        [TextRange(start=0, end=40)],
        doc_id="x",
        anchor=None,
        id_prefix="t",
    )
    last = hijri.to_gregorian(year, month, 29)
    assert last is not None and m.value == (last + datetime.timedelta(days=1)).isoformat()


# the published Umm al-Qura table has a few early months of 28 or 31 days (hijridate's month_length)
_ODD_MONTHS = [
    (y, m, n)
    for y in range(hijri.MIN_YEAR, hijri.MAX_YEAR + 1)
    for m in range(1, 13)
    if (n := hijri.month_length(y, m)) not in (29, 30)
]


@pytest.mark.parametrize(("year", "month", "length"), _ODD_MONTHS)
def test_a_hijri_month_ends_where_the_table_ends_it(year: int, month: int, length: int) -> None:
    last = f"في {length} {_HIJRI_MONTHS[month]} {year} هـ"
    assert check(f"صدر القرار {last}.") == []
    (m,) = find_times(last, [TextRange(start=0, end=len(last))], doc_id="x", anchor=None, id_prefix="t")
    assert m.value == str(hijri.to_gregorian(year, month, length))
    if length < 30:
        (f,) = check(f"صدر القرار في {length + 1} {_HIJRI_MONTHS[month]} {year} هـ.")
        assert (f.code, f.severity.value) == ("hijri-day-past-month-end", "low")
        assert f"has {length} days" in f.message and f"Day {length + 1} " in f.message


def test_two_yesterdays_with_different_weekdays_conflict() -> None:
    text = (
        "كشف الموقع يوم أمس الاثنين عن الخطة.\nوكانت الصحيفة قد ادعت يوم أمس الخميس أن المنفذ كان على اتصال."
    )
    (f,) = check(text)
    assert f.code == "relative-conflict" and f.severity.value == "medium"
    assert [e.text for e in f.evidence] == ["يوم أمس الاثنين", "يوم أمس الخميس"]
    assert "Tuesday" in f.message and "Friday" in f.message


def test_today_and_yesterday_that_agree_do_not_conflict() -> None:
    assert codes("قال الوزير اليوم الثلاثاء إن الاجتماع الذي عقد أمس الاثنين كان مثمرا.") == []


def test_yesterday_with_a_weekday_against_the_publication_date() -> None:
    text = "تاريخ النشر: 8 أكتوبر 2014\nأعلنت الوزارة يوم أمس الاثنين عن الخطة."
    (f,) = check(text)
    assert f.code == "relative-weekday-mismatch"
    assert [e.text for e in f.evidence] == ["يوم أمس الاثنين", "8 أكتوبر 2014"]
    assert "Tuesday" in f.message


def test_a_bare_weekday_is_resolved_and_never_an_issue() -> None:
    text = "تاريخ النشر: 7 أكتوبر 2014\nكشفت الصحيفة الإثنين عن محاولات رسمية."
    assert codes(text) == []
    lines = find_datelines(text, [], doc_id="doc", id_prefix="d")
    times = find_times(
        text, [TextRange(start=0, end=len(text))], doc_id="doc", anchor=lines.published, id_prefix="t"
    )
    assert [m.value for m in times if m.text == "الإثنين"] == ["2014-10-06"]


def test_a_date_after_publication_described_as_past() -> None:
    published = D(2014, 10, 7)
    assert codes("وكان الاتفاق قد وقع في 12 نوفمبر 2014 الماضي.", published) == [
        "past-date-after-publication"
    ]
    assert codes("والسفارة مغلقة منذ مارس 2015.", published) == ["past-date-after-publication"]
    assert codes("ومن المقرر توقيع الاتفاق في 12 نوفمبر 2014.", published) == []
    assert codes("والسفارة مغلقة منذ مارس 2012.", published) == []
    assert codes("والسفارة مغلقة منذ مارس 2015.") == []


def test_a_weekday_with_a_day_and_month_is_checked_in_the_articles_year() -> None:
    """«يوم الجمعة 6 آذار» in an article of 10 March 2025: the year is the article's, and 6 March
    2025 was a Thursday; the same words with Thursday pass."""
    import claimdiff
    from claimdiff.schema import Document

    def codes(weekday: str) -> list[str]:
        head = "عنوان الخبر\nبيروت، 10 آذار/مارس 2025\n\n"
        text = f"{head}عقد الاجتماع يوم {weekday} 6 آذار/مارس في مقر الحكومة.\n"
        doc = Document(id="d", source="<d>", text=text, text_origin="string")
        return [f.code for f in claimdiff.analyze([doc]).findings]

    assert "weekday-mismatch" in codes("الجمعة")
    assert "weekday-mismatch" not in codes("الخميس")
