"""Which parser reads which form: claimdiff's grammar, or dateparser (one test per form).

The finder never calls dateparser: it misreads day-first numeric dates (07-10-2014 as 10 July),
does not know Levantine, Maghrebi, Hijri or Solar month names, and fills missing parts from
today's clock.  dateparser reads one isolated stamp an outlet extractor points at, in a format
the grammar does not cover (German, Spanish, RFC 2822...), and only when day, month and year are
all written.
"""

from __future__ import annotations

import sys

import pytest

from claimdiff.dates import find_datelines, find_times
from claimdiff.dates.fallback import parse_stamp
from claimdiff.extractors.base import DatelineField
from claimdiff.schema import TextRange

GRAMMAR = [
    ("levantine month", "26 تشرين الثاني 2015", "2015-11-26"),
    ("egyptian month", "26 نوفمبر 2015", "2015-11-26"),
    ("maghrebi month", "26 نونبر 2015", "2015-11-26"),
    ("paired months", "آذار/مارس 2014", "2014-03"),
    ("glued latin", "07October 2014", "2014-10-07"),
    ("english month first", "October 7, 2014", "2014-10-07"),
    ("french", "7 octobre 2014", "2014-10-07"),
    ("day-first numeric", "07-10-2014", "2014-10-07"),
    ("year-first numeric", "2014/10/07", "2014-10-07"),
    ("arabic-indic digits", "٠٧/١٠/٢٠١٤", "2014-10-07"),
    ("hijri", "13 ذو الحجة 1435 هـ", "2014-10-07"),
    ("solar hijri", "15 مهر 1393", "2014-10-07"),
    ("rfc 2822 header", "Tue, 07 Oct 2014", "2014-10-07"),
    ("iso with time", "2014-10-07T14:07:00", "2014-10-07"),
    ("year unknown", "26 تشرين الثاني/نوفمبر", "XXXX-11-26"),
    ("relative", "أمس", "XXXX-XX-XX"),
    ("ordinal day", "العاشر من تشرين الأول 2014", "2014-10-10"),
    ("compound ordinal day", "الخامس عشر من آذار 2014", "2014-03-15"),
    ("ordinal day of the twenties", "الثالث والعشرين من نيسان 2014", "2014-04-23"),
    ("ordinal day of the thirties", "الحادي والثلاثين من آب 2014", "2014-08-31"),
]

DATEPARSER = [
    ("german", "7. Oktober 2014", "2014-10-07"),
    ("spanish", "7 de octubre de 2014", "2014-10-07"),
    ("turkish", "7 Ekim 2014", "2014-10-07"),
    ("ordinal in words: neither reads it", "the seventh of October 2014", None),
]


@pytest.mark.parametrize(("form", "text", "value"), GRAMMAR, ids=[g[0] for g in GRAMMAR])
def test_the_grammar_reads_it_without_dateparser(
    form: str, text: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "dateparser", None)  # any import of dateparser now fails
    found = find_times(text, [TextRange(start=0, end=len(text))], doc_id="x", anchor=None, id_prefix="t")
    assert value in [m.value for m in found], form


@pytest.mark.parametrize(("form", "text", "value"), DATEPARSER, ids=[d[0] for d in DATEPARSER])
def test_dateparser_reads_a_hinted_stamp_the_grammar_does_not(
    form: str, text: str, value: str | None
) -> None:
    found = find_times(text, [TextRange(start=0, end=len(text))], doc_id="x", anchor=None, id_prefix="t")
    assert [m for m in found if m.value == value] == []
    lines = find_datelines(
        text, [DatelineField(role="published", start=0, end=len(text))], doc_id="x", id_prefix="d"
    )
    assert (lines.published.isoformat() if lines.published else None) == value, form


@pytest.mark.parametrize("text", ["7 أكتوبر", "October 2014", "الاثنين", "منذ ساعتين", "14:07"])
def test_dateparser_never_completes_a_partial_stamp_from_the_clock(text: str) -> None:
    assert parse_stamp(text) is None
