"""The labelled table: every expression is found with its exact span and value."""

from __future__ import annotations

import datetime
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from claimdiff.dates import find_times
from claimdiff.schema import TextRange, TimeMention


def _load_table():  # type: ignore[no-untyped-def]
    """date_cases.py beside this file (tests are imported without their folder on sys.path)."""
    name = "claimdiff_tests_date_cases"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("date_cases.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


_table = _load_table()
CASES, NEGATIVES, Case, Negative = _table.CASES, _table.NEGATIVES, _table.Case, _table.Negative

FORMS = ("levant", "egypt_gulf", "maghreb", "latin", "paired", "numeric", "hijri", "solar")
FORMS += ("range", "relative", "partial", "duration", "time")


def find(sentence: str, anchor: datetime.date | None = None) -> list[TimeMention]:
    return find_times(
        sentence, [TextRange(start=0, end=len(sentence))], doc_id="t", anchor=anchor, id_prefix="t"
    )


def test_the_table_has_150_expressions_across_every_form() -> None:
    assert len(CASES) >= 150
    counts = Counter(c.form for c in CASES)
    assert all(counts[f] >= 2 for f in FORMS), counts


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}-{c.form}" for i, c in enumerate(CASES)])
def test_expression(case: Case) -> None:
    found = [(m.text, m.value) for m in find(case.sentence, case.anchor)]
    assert (case.span, case.value) in found


@pytest.mark.parametrize("neg", NEGATIVES, ids=[f"neg{i:02d}" for i in range(len(NEGATIVES))])
def test_not_a_time(neg: Negative) -> None:
    at = neg.sentence.index(neg.not_a_time)
    over = [m.text for m in find(neg.sentence) if m.start < at + len(neg.not_a_time) and at < m.end]
    assert over == []


def test_without_an_anchor_nothing_unwritten_is_filled_in() -> None:
    """With no document date, a value only holds digits the sentence wrote (or a conversion of them)."""
    for case in CASES:
        for m in find(case.sentence, None):
            if m.timex_type == "DATE" and not re.search(r"\d", m.text) and not m.value.endswith("X"):
                assert m.value.startswith("XXXX"), (case.sentence, m.text, m.value)


def test_hijri_and_solar_keep_their_original_date_and_a_day_of_tolerance() -> None:
    (h,) = find("صدر البيان في 13 ذي الحجة 1435هـ.")
    assert (h.calendar.value, h.original, h.tolerance_days, h.value) == (
        "hijri",
        "1435-12-13",
        1,
        "2014-10-07",
    )
    (s,) = find("أعلنت الوكالة الخبر في 15 مهر 1393.")
    assert (s.calendar.value, s.original, s.tolerance_days) == ("solar_hijri", "1393-07-15", 1)
    (g,) = find("في آذار 2014 بدأت المحادثات.")
    assert (g.calendar.value, g.original, g.tolerance_days) == ("gregorian", None, 0)


def test_near_collisions_are_decided_by_the_year() -> None:
    (azar,) = find("عقدت الجلسة في آذر 1393.")
    assert (azar.calendar.value, azar.original) == ("solar_hijri", "1393-09")
    (adhar,) = find("عقدت الجلسة في آذر 2014.")
    assert (adhar.calendar.value, adhar.value) == ("gregorian", "2014-03")
    (aban,) = find("وصل الوفد في 15 آب 1393.")
    assert (aban.calendar.value, aban.original) == ("solar_hijri", "1393-08-15")


def test_an_unmarked_13xx_year_is_never_gregorian() -> None:
    for sentence in ("تأسست الجمعية عام 1435 في المدينة.", "صدر القرار بتاريخ 1435/12/13 عن المجلس."):
        (m,) = find(sentence)
        assert m.calendar.value in ("hijri", "solar_hijri")
        assert not m.value.startswith("1435")


def test_numeric_lunar_dates_follow_the_calendar_the_document_uses() -> None:
    hijri = find("بدأ العام في 1 محرم 1436 هـ. وصدر القرار بتاريخ 1436/01/10.")
    solar = find("بدأ العام في 1 فروردین 1393. وصدر القرار بتاريخ 1393/01/10.")
    assert hijri[-1].calendar.value == "hijri" and hijri[-1].value == "2014-11-03"
    assert solar[-1].calendar.value == "solar_hijri" and solar[-1].value == "2014-03-30"


def test_precision_is_kept() -> None:
    cases = {
        "تبدأ المفاوضات مطلع كانون الثاني/يناير.": "month-start",
        "زار المسؤول دمشق في منتصف الصيف.": "season-mid",
        "وتصاعدت الهجمات أواخر العام الماضي.": "year-end",
        "حاولت الأجهزة الاتصال منذ الربع الأول من 2014.": "quarter",
        "نما الاقتصاد في النصف الثاني من 2013.": "half",
        "اشتدت المعارك صيف 2014 في الشمال.": "season",
        "أقر البرلمان القانون في فبراير 2012.": "month",
        "عبرت القوات القناة في 6 أكتوبر 1973.": "day",
        "عاشت البلاد حربا أهلية في التسعينيات.": "decade",
        "استمر الاجتماع ساعتين.": "hour",
    }
    for sentence, granularity in cases.items():
        assert [m.granularity for m in find(sentence)] == [granularity], sentence


def test_weekday_relative_and_type_fields() -> None:
    (m,) = find("أعلنت الوزارة يوم أمس الاثنين عن الخطة.")
    assert (m.weekday, m.relative, m.value) == (1, False, "XXXX-WXX-1")
    (r,) = find("تعقد القمة الخميس المقبل.", datetime.date(2014, 10, 7))
    assert (r.weekday, r.relative, r.value) == (4, True, "2014-10-09")
    (d,) = find("لم يلتق الوزيران منذ سنتين.")
    assert (d.timex_type, d.value) == ("DURATION", "P2Y")
    (t,) = find("انتهى الاجتماع عند الساعة 14:07.")
    assert t.timex_type == "TIME"


def test_ids_follow_text_order_and_ranges_filter() -> None:
    text = "في 3 آذار 2014 وصل الوفد. وفي 5 آذار 2014 غادر."
    second = text.index("وفي")
    ms = find_times(text, [TextRange(start=0, end=len(text))], doc_id="d", anchor=None, id_prefix="d:t")
    assert [m.id for m in ms] == ["d:t1", "d:t2"]
    only = find_times(text, [TextRange(start=second, end=len(text))], doc_id="d", anchor=None, id_prefix="x")
    assert [(m.id, m.value) for m in only] == [("x1", "2014-03-05")]
