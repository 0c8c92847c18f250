"""Clock times with their markers, relative stamps that no clock may resolve, and tokens of text
copied from pages."""

from __future__ import annotations

import datetime

import pytest

from claimdiff.dates import find_datelines, find_times
from claimdiff.dates.fallback import parse_stamp
from claimdiff.dates.tokens import date_words
from claimdiff.extractors.base import DatelineField
from claimdiff.schema import TextRange
from claimdiff.text.normalize import fold_str


def times(text: str, anchor: datetime.date | None = None) -> list[tuple[str, str]]:
    found = find_times(text, [TextRange(start=0, end=len(text))], doc_id="d", anchor=anchor, id_prefix="t")
    return [(m.text, m.value) for m in found]


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("انتهى اللقاء عند 12:00 ص بتوقيت مكة.", "12:00 ص", "XXXX-XX-XXT00:00"),
        ("بدأ القصف عند 12:30 م واستمر ساعة.", "12:30 م", "XXXX-XX-XXT12:30"),
        ("سمع دوي الانفجار عند 11:15 ليلا في الحي.", "11:15 ليلا", "XXXX-XX-XXT23:15"),
        ("وصلت الطائرة عند 2:40 ليلا إلى المطار.", "2:40 ليلا", "XXXX-XX-XXT02:40"),
        ("The vote closed at 12:15 a.m. local time.", "12:15 a.m.", "XXXX-XX-XXT00:15"),
        ("Le scrutin a fermé à 20 h 00 hier.", "20 h 00", "XXXX-XX-XXT20:00"),
        ("The statement came at 14.30 GMT on Monday.", "14.30", "XXXX-XX-XXT14:30"),
    ],
)
def test_a_clock_time_takes_its_marker(sentence: str, span: str, value: str) -> None:
    assert (span, value) in times(sentence)


def test_a_daypart_that_begins_a_day_sets_the_hour_but_keeps_its_own_span() -> None:
    found = times("وقع الهجوم عند 9:00 مساء أمس الاثنين قرب الحدود.", datetime.date(2014, 10, 7))
    assert found == [("9:00", "XXXX-XX-XXT21:00"), ("مساء أمس الاثنين", "2014-10-06")]


def test_a_dotted_number_without_a_marker_or_zone_is_no_time() -> None:
    assert times("ارتفع المؤشر إلى 14.30 نقطة.") == []


def test_hours_ago_in_running_text_is_the_articles_day_or_unknown() -> None:
    assert times("أعلن الجيش قبل 3 ساعات مقتل مسلحين.", datetime.date(2014, 10, 7)) == [
        ("قبل 3 ساعات", "2014-10-07")
    ]
    assert times("أعلن الجيش قبل 3 ساعات مقتل مسلحين.") == [("قبل 3 ساعات", "XXXX-XX-XX")]
    assert times("يتواصل القصف منذ 3 ساعات على المدينة.") == [("3 ساعات", "PT3H")]


@pytest.mark.parametrize(
    "stamp", ["منذ 3 ساعات", "قبل يومين", "3 hours ago", "اليوم 14:07", "أمس 02:07 م", "yesterday 14:07"]
)
def test_dateparser_never_dates_a_relative_stamp_from_the_clock(stamp: str) -> None:
    assert parse_stamp(stamp) is None


def test_dateparser_still_reads_a_written_date_it_alone_knows() -> None:
    assert parse_stamp("7. Oktober 2014") == datetime.date(2014, 10, 7)
    assert parse_stamp("Tue, 07 Oct 2014 14:07:00 GMT") == datetime.date(2014, 10, 7)


@pytest.mark.parametrize("stamp", ["منذ 3 ساعات", "Updated 3 hours ago", "آخر تحديث: أمس 14:07"])
def test_a_hinted_relative_stamp_dates_nothing(stamp: str) -> None:
    text = f"عنوان\n{stamp}\nنص الخبر.\n"
    start = text.index(stamp)
    hint = DatelineField(role="updated", start=start, end=start + len(stamp))
    d = find_datelines(text, [hint], doc_id="d", id_prefix="d:d")
    assert (d.published, d.updated, d.issues) == (None, None, [])
    assert all("XXXX" in p.value for p in d.parts)


def test_one_relative_stamp_per_role_is_kept() -> None:
    text = "عنوان\n" + "\n".join(["آخر تحديث: منذ 3 ساعات"] * 5) + "\n"
    d = find_datelines(text, [], doc_id="d", id_prefix="d:d")
    assert [p.text for p in d.parts] == ["منذ 3 ساعات"]


def test_a_digit_run_glued_after_letters_is_no_number() -> None:
    assert [t.num for t in date_words(fold_str("طائرة A320 و F16"))] == []


def test_a_year_glued_to_what_follows_it_is_split() -> None:
    assert [t.num for t in date_words(fold_str("7/10/201402:07"))] == [7, 10, 2014, 2, 7]
    assert [t.num for t in date_words(fold_str("7 Oct 20147 Oct 2014")) if t.is_num] == [7, 2014, 7, 2014]
    assert [t.num for t in date_words(fold_str("رقم 201402 فقط"))] == [201402]


def test_the_time_of_an_iso_stamp_is_read() -> None:
    assert times("2014-10-07T14:07:00+03:00") == [
        ("2014-10-07", "2014-10-07"),
        ("14:07:00", "XXXX-XX-XXT14:07"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tuesday 10/7/2014", "2014-10-07"),
        ("Thursday 10/7/2014", "2014-07-10"),
        ("الثلاثاء 07/10/2014", "2014-10-07"),
        ("Wednesday 10/7/2014", "2014-07-10"),  # neither order fits: read day-first, the check tells
    ],
)
def test_a_weekday_settles_a_numeric_date_that_reads_both_ways(text: str, value: str) -> None:
    assert times(text)[0][1] == value
