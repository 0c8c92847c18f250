"""Resolution against the document's own date: directions, nearest occurrence, and no clock."""

from __future__ import annotations

import datetime

import pytest

from claimdiff.dates import find_times
from claimdiff.schema import TextRange

TUE = datetime.date(2014, 10, 7)


def value(text: str, anchor: datetime.date | None) -> str:
    found = find_times(text, [TextRange(start=0, end=len(text))], doc_id="x", anchor=anchor, id_prefix="t")
    assert len(found) == 1, [m.text for m in found]
    return found[0].value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الثلاثاء", "2014-10-07"),  # the anchor's own weekday is the anchor
        ("وصل الأربعاء", "2014-10-01"),  # otherwise the last one before it
        ("يصل الثلاثاء المقبل", "2014-10-14"),
        ("وصل الثلاثاء الماضي", "2014-09-30"),
        ("وصل الأحد الماضي", "2014-10-05"),
        ("في أكتوبر الجاري", "2014-10"),
        ("في أكتوبر الماضي", "2013-10"),
        ("في أكتوبر المقبل", "2015-10"),
        ("في 9 أكتوبر", "2014-10-09"),  # nearest
        ("في 25 ديسمبر", "2014-12-25"),
        ("في 20 أبريل", "2014-04-20"),
        ("في 15 مارس", "2015-03-15"),
        ("منذ مارس", "2014-03"),  # منذ: the last one begun
        ("منذ نوفمبر", "2013-11"),
        ("الشتاء الماضي", "2013-WI"),
        ("الربيع المقبل", "2015-SP"),
        ("منذ الربيع", "2014-SP"),
        ("الأسبوع المقبل", "2014-W42"),
        ("الشهر الماضي", "2014-09"),
        ("رمضان المقبل", "2015-07"),  # a Hijri month is dated by its middle day
        ("في 15 محرم", "2014-11-08"),
    ],
)
def test_resolution_against_a_tuesday(text: str, expected: str) -> None:
    assert value(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الثلاثاء", "XXXX-WXX-2"),
        ("في أكتوبر الماضي", "XXXX-10"),
        ("في 9 أكتوبر", "XXXX-10-09"),
        ("الشتاء الماضي", "XXXX-WI"),
        ("الأسبوع المقبل", "XXXX-WXX"),
        ("العام المقبل", "XXXX"),
        ("الربع الأول من العام الماضي", "XXXX-Q1"),
        ("أمس", "XXXX-XX-XX"),
        ("في 15 محرم", "XXXX-XX-XX"),
    ],
)
def test_without_an_anchor_the_unknown_parts_stay_x(text: str, expected: str) -> None:
    assert value(text, None) == expected


@pytest.mark.parametrize("anchor", [datetime.date.min, datetime.date.max, datetime.date(1900, 1, 1)])
def test_anchors_at_the_edge_of_the_calendar_do_not_break_resolution(anchor: datetime.date) -> None:
    for text in ("غداً", "أمس", "الأسبوع المقبل", "في 9 أكتوبر", "العام المقبل", "الصيف المقبل", "في 15 محرم"):
        value(text, anchor)
