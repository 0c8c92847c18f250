"""find_datelines: a document's own published/updated stamps, their parts and their issues."""

from __future__ import annotations

import datetime

from claimdiff.dates import Datelines, find_datelines
from claimdiff.extractors.base import DatelineField

D = datetime.date


def lines(text: str, hints: list[DatelineField] | None = None) -> Datelines:
    return find_datelines(text, hints or [], doc_id="doc", id_prefix="doc:d")


def codes(d: Datelines) -> list[str]:
    return [f.code for f in d.issues]


def test_arabic_labels_give_published_and_updated_with_their_parts() -> None:
    text = "عنوان الخبر\nتاريخ النشر: 7 أكتوبر 2014 - 14:07\nآخر تحديث: 8 أكتوبر 2014\nنص الخبر هنا."
    d = lines(text)
    assert (d.published, d.updated) == (D(2014, 10, 7), D(2014, 10, 8))
    assert [(p.text, p.role, p.timex_type) for p in d.parts] == [
        ("7 أكتوبر 2014", "published", "DATE"),
        ("14:07", "published", "TIME"),
        ("8 أكتوبر 2014", "updated", "DATE"),
    ]
    assert d.parts[1].value == "2014-10-07T14:07"
    assert [p.id for p in d.parts] == ["doc:d1", "doc:d2", "doc:d3"]
    assert d.issues == []


def test_english_and_french_labels() -> None:
    d = lines("Published: Tuesday, 7 October 2014\nUpdated on October 9, 2014\nBody.")
    assert (d.published, d.updated) == (D(2014, 10, 7), D(2014, 10, 9))
    f = lines("Publié le 7 octobre 2014 | Mis à jour le 8 octobre 2014\nTexte.")
    assert (f.published, f.updated) == (D(2014, 10, 7), D(2014, 10, 8))
    f = lines("• نشر في: 7 أكتوبر 2014 • آخر تحديث: 8 أكتوبر 2014\nالنص.")
    assert (f.published, f.updated) == (D(2014, 10, 7), D(2014, 10, 8))


def test_persian_letters_and_digits_in_labels_and_dates() -> None:
    d = lines("تم التحدیث فی: ۱۸ نوفمبر ۲۰۲۳ - ۰۹:۲۲\nتأريخ النشر: ۷ أكتوبر ۲۰۱۴\n")
    assert (d.published, d.updated) == (D(2014, 10, 7), D(2023, 11, 18))


def test_a_multi_calendar_stamp_has_one_part_per_calendar() -> None:
    d = lines("نشر في: الثلاثاء 13 ذو الحجة 1435 هـ الموافق 7 أكتوبر 2014 م\nالنص.")
    assert d.published == D(2014, 10, 7)
    dates = [p for p in d.parts if p.timex_type == "DATE"]
    assert [(p.calendar.value, p.value) for p in dates] == [
        ("hijri", "2014-10-07"),
        ("gregorian", "2014-10-07"),
    ]
    assert dates[0].original == "1435-12-13" and dates[0].weekday == 2
    assert d.issues == []


def test_parts_of_one_stamp_naming_different_days_are_an_issue() -> None:
    d = lines("تاريخ النشر: 15 ذو الحجة 1435 هـ - 7 أكتوبر 2014\n")
    (f,) = d.issues
    assert f.code == "calendar-mismatch" and f.kind == "date_issue" and f.id == ""
    assert [e.text for e in f.evidence] == ["15 ذو الحجة 1435 هـ", "7 أكتوبر 2014"]
    assert "13 Dhu al-Hijjah 1435" in f.message


def test_one_day_apart_is_within_the_sighting_tolerance() -> None:
    assert lines("تاريخ النشر: 14 ذو الحجة 1435 هـ - 7 أكتوبر 2014\n").issues == []


def test_a_negative_hijri_year_is_reported_and_the_gregorian_part_still_dates_the_page() -> None:
    d = lines("تأريخ النشر: ۲ ربیع الثانی -۶۴۱ - ۱۴:۰۷ - 07October 2014\n")
    assert d.published == D(2014, 10, 7)
    hijri = next(p for p in d.parts if p.calendar.value == "hijri")
    assert (hijri.text, hijri.value, hijri.original) == ("۲ ربیع الثانی -۶۴۱", "XXXX-XX-XX", "-641-04-02")
    assert codes(d) == ["hijri-invalid-year", "calendar-mismatch"]


def test_a_solar_hijri_stamp() -> None:
    d = lines("تاریخ انتشار: ۱۵ مهر ۱۳۹۳ - ۱۴:۰۷\nمتن خبر")
    assert d.published == D(2014, 10, 7)
    assert d.parts[0].calendar.value == "solar_hijri"


def test_gregorian_part_wins_over_a_disagreeing_lunar_part() -> None:
    d = lines("تاريخ النشر: 20 ذو الحجة 1435 هـ - 7 أكتوبر 2014\n")
    assert d.published == D(2014, 10, 7)


def test_a_plain_date_line_at_the_top() -> None:
    d = lines("الثلاثاء 7 أكتوبر 2014 - 14:07\nعنوان الخبر\nوقال الوزير في 9 أكتوبر 2014 إن...")
    assert d.published == D(2014, 10, 7)
    assert d.updated is None


def test_a_place_before_the_stamp() -> None:
    d = lines("الرباط - آخر تحديث: الخميس 9 أكتوبر 2014 - 10:30\nصادق مجلس الحكومة أمس على المشروع.")
    assert (d.published, d.updated) == (None, D(2014, 10, 9))
    assert [p.value for p in d.parts] == ["2014-10-09", "2014-10-09T10:30"]
    top = lines("القاهرة - 7-10-2014\nقال المتحدث إن الرئيس سيتوجه غدا إلى نيويورك.")
    assert top.published == D(2014, 10, 7)
    only_updated = lines("آخر تحديث: 9 أكتوبر 2014\nنص الخبر.")
    assert (only_updated.published, only_updated.updated) == (None, D(2014, 10, 9))


def test_dates_in_the_body_are_not_stamps() -> None:
    text = (
        "عنوان\nتلقى المكتب تعليمات بتاريخ 23 أكتوبر 2014 من موسكو.\n"
        "وقال إن آخر تحديث للأرقام صدر في 7 أكتوبر 2014.\n"
        "نشر الجيش قواته في 7 أكتوبر 2014 على الحدود.\n"
        "وأكد أن التقرير، نشر في 7 أكتوبر 2014، يكشف الكثير - آخر تحديث 9 أكتوبر 2014 كان خاطئا.\n"
    )
    d = lines(text)
    assert (d.published, d.updated, d.parts, d.issues) == (None, None, [], [])


def test_a_label_without_a_date_is_ignored() -> None:
    assert lines("تاريخ النشر: غير معروف\nآخر تحديث: منذ قليل\n").published is None


def test_updated_long_after_publication() -> None:
    d = lines("تم التحديث في: 18 November 2023 - 09:22\nتاريخ النشر: 07October 2014\n")
    (f,) = d.issues
    assert f.code == "updated-long-after" and f.severity.value == "low"
    assert [e.text for e in f.evidence] == ["18 November 2023", "07October 2014"]
    assert "9 years" in f.message


def test_updated_before_published() -> None:
    d = lines("تاريخ النشر: 9 أكتوبر 2014\nآخر تحديث: 7 أكتوبر 2014\n")
    assert codes(d) == ["updated-before-published"]


def test_an_update_a_few_months_later_is_fine() -> None:
    assert lines("تاريخ النشر: 9 أكتوبر 2014\nآخر تحديث: 7 يناير 2015\n").issues == []


def test_extractor_hints_are_read_first() -> None:
    text = "غلاف\n07/10/2014\nتاريخ النشر: 9 أكتوبر 2014\n"
    start = text.index("07/10/2014")
    d = lines(text, [DatelineField(role="published", start=start, end=start + 10)])
    assert d.published == D(2014, 10, 7)


def test_a_hint_in_a_format_the_grammar_does_not_read_goes_to_dateparser() -> None:
    text = "Artikel\nVeröffentlicht: 7. Oktober 2014\nText"
    start = text.index("7.")
    d = lines(text, [DatelineField(role="published", start=start, end=start + len("7. Oktober 2014"))])
    assert d.published == D(2014, 10, 7)
    assert [p.text for p in d.parts] == ["7. Oktober 2014"]


def test_a_hint_on_text_without_a_complete_date_dates_nothing() -> None:
    text = "منذ ساعتين | 7 أكتوبر"
    d = lines(text, [DatelineField(role="published", start=0, end=len(text))])
    assert d.published is None
    assert [(p.text, p.value) for p in d.parts] == [("منذ ساعتين", "XXXX-XX-XX")]


def test_no_stamp_at_all() -> None:
    d = lines("وقال الوزير إن الاجتماع سيعقد قريبا.")
    assert (d.published, d.updated, d.parts, d.issues) == (None, None, [], [])
