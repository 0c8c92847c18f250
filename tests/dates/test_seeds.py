"""The date layer on the five seed articles, driven the way the pipeline calls it.

Checks the gold's time values (T1-T11), date findings (F1-F4) and what must not be reported
(N4-N6), with ranges = the whole text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from claimdiff.dates import Datelines, check_dates, find_datelines, find_times
from claimdiff.schema import Finding, TextRange, TimeMention

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@dataclass
class Run:
    text: str
    lines: Datelines
    times: list[TimeMention]
    findings: list[Finding]


@cache
def run(prefix: str) -> Run:
    path = next(EXAMPLES.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    lines = find_datelines(text, [], doc_id=prefix, id_prefix=f"{prefix}:d")
    times = find_times(
        text, [TextRange(start=0, end=len(text))], doc_id=prefix, anchor=lines.published, id_prefix="t"
    )
    times = [t for t in times if not any(t.start < p.end and p.start < t.end for p in lines.parts)]
    everything = [*lines.parts, *times]
    findings = [*lines.issues, *check_dates(text, doc_id=prefix, times=everything, datelines=lines)]
    return Run(text, lines, everything, findings)


def overlapping(r: Run, quote: str, items: list[TimeMention] | None = None) -> list[TimeMention]:
    spans = []
    at = r.text.find(quote)
    while at >= 0:
        spans.append((at, at + len(quote)))
        at = r.text.find(quote, at + 1)
    return [m for m in (items or r.times) if any(m.start < e and s < m.end for s, e in spans)]


GOLD_TIMES = [
    ("001", "07October 2014", "2014-10-07"),
    ("001", "18 November 2023", "2023-11-18"),
    ("001", "مارس(آذار)2012", "2012-03"),
    ("004", "آذار/مارس 2014", "2014-03"),
    ("004", "26 تشرين الثاني/نوفمبر", "XXXX-11-26"),
    ("002", "23 تشرين أول/ أكتوبر", "XXXX-10-23"),
    ("002", "أيار/مايو", "XXXX-05"),
    ("003", "تشرين الثاني/ نوفمبر", "XXXX-11"),
    ("001", "الربع الأول من 2014", "2014-Q1"),
    ("001", "الإثنین", "2014-10-06"),
    ("004", "كانون الثاني/يناير", "XXXX-01"),
]


@pytest.mark.parametrize(("doc", "quote", "value"), GOLD_TIMES, ids=[f"T{i}" for i in range(1, 12)])
def test_gold_time_values(doc: str, quote: str, value: str) -> None:
    assert value in {m.value for m in overlapping(run(doc), quote)}


def test_datelines_of_the_seeds() -> None:
    assert (run("001").lines.published, run("001").lines.updated) is not None
    assert run("001").lines.published.isoformat() == "2014-10-07"  # type: ignore[union-attr]
    assert run("001").lines.updated.isoformat() == "2023-11-18"  # type: ignore[union-attr]
    for doc in ("000", "002", "003", "004"):
        assert (run(doc).lines.published, run(doc).lines.updated) == (None, None), doc


def finding_with(r: Run, quotes: list[str]) -> list[Finding]:
    out = []
    for f in r.findings:
        if all(
            any(e.start < s + len(q) and s < e.end for e in f.evidence for s in _at(r.text, q))
            for q in quotes
        ):
            out.append(f)
    return out


def _at(text: str, quote: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(quote, i)]


def test_f1_negative_hijri_year() -> None:
    assert any(f.code == "hijri-invalid-year" for f in finding_with(run("001"), ["۲ ربیع الثانی -۶۴۱"]))


def test_f2_two_yesterdays_name_different_weekdays() -> None:
    assert finding_with(run("002"), ["يوم أمس الاثنين", "يوم أمس الخميس"])


def test_f3_hijri_and_gregorian_parts_of_one_dateline_differ() -> None:
    assert any(
        f.code == "calendar-mismatch"
        for f in finding_with(run("001"), ["۲ ربیع الثانی -۶۴۱", "07October 2014"])
    )


def test_f4_updated_nine_years_after_publication() -> None:
    assert any(
        f.code == "updated-long-after"
        for f in finding_with(run("001"), ["18 November 2023", "07October 2014"])
    )


def test_n4_the_news_code_is_not_a_date() -> None:
    r = run("001")
    assert overlapping(r, "۶۰۴۱۶") == []
    assert finding_with(r, ["۶۰۴۱۶"]) == []


def test_n5_monday_in_the_le_monde_relay_is_consistent() -> None:
    assert finding_with(run("001"), ["الإثنین"]) == []


def test_n6_the_share_counter_is_not_a_date() -> None:
    assert overlapping(run("004"), "23\n") == []


def test_no_other_date_issue_on_the_seeds() -> None:
    assert [f.code for f in run("000").findings + run("003").findings + run("004").findings] == []
    assert sorted(f.code for f in run("001").findings) == [
        "calendar-mismatch",
        "hijri-invalid-year",
        "updated-long-after",
    ]
    assert [f.code for f in run("002").findings] == ["relative-conflict"]
