"""analyze(): a str is a path, article text is claimdiff.Text, and nothing it reports breaks JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimdiff
from claimdiff import Text, UsageError, analyze
from claimdiff.schema import Document

ARTICLE = "الوزير يزور موسكو\n\nقال الوزير إن الزيارة كانت مفيدة يوم 5 مارس 2024.\n"


def test_a_missing_path_is_reported_unreadable_not_analysed_as_text(tmp_path: Path) -> None:
    report = analyze([str(tmp_path / "nope.txt"), Text(ARTICLE)])
    missing, text = report.documents
    assert missing.text == "" and missing.errors[0].stage == "read"
    assert "No such file" in missing.errors[0].message
    assert text.text == ARTICLE and not text.errors


def test_text_passed_as_a_str_points_to_claimdiff_text() -> None:
    doc = analyze([ARTICLE]).documents[0]
    assert doc.text == ""
    assert "claimdiff.Text" in doc.errors[0].message
    assert doc.source.endswith("…") and len(doc.source) < 50


def test_text_gives_the_same_analysis_as_a_string_document() -> None:
    as_text = analyze([Text(ARTICLE), Text(ARTICLE.replace("5 مارس", "6 مارس"))])
    as_docs = analyze(
        [
            Document(id="doc1", source="<text 1>", text=ARTICLE, text_origin="string"),
            Document(
                id="doc2", source="<text 2>", text=ARTICLE.replace("5 مارس", "6 مارس"), text_origin="string"
            ),
        ]
    )
    assert as_text.model_dump_json() == as_docs.model_dump_json()


def test_text_carries_an_id_and_a_source() -> None:
    doc = analyze([Text(ARTICLE, id="wire", source="feed://1")]).documents[0]
    assert (doc.id, doc.source, doc.text_origin) == ("wire", "feed://1", "string")


def test_a_path_object_and_a_str_path_read_the_same_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    one, two = analyze([p, str(p)]).documents
    assert one.text == two.text == ARTICLE
    assert one.text_origin == "file"


def test_a_lone_surrogate_is_replaced_and_the_report_serialises() -> None:
    bad = ARTICLE.replace("موسكو", "موس\ud800و")
    report = analyze([Text(bad, source="src\udcff")])
    doc = report.documents[0]
    assert len(doc.text) == len(bad) and "\ufffd" in doc.text and "\ud800" not in doc.text
    json.loads(report.model_dump_json())
    for span in [*report.mentions, *report.claims]:
        assert doc.text[span.start : span.end] == span.text


def test_text_is_exported() -> None:
    assert "Text" in claimdiff.__all__


PROBE = """
import sys, claimdiff
body = "قال وزير الخارجية إن المحادثات مع دمشق كانت مفيدة وإن الجانبين اتفقا على مواصلة التعاون.\\n"
for stamp in sys.argv[1:]:
    report = claimdiff.analyze([claimdiff.Text("عنوان الخبر عن المحادثات\\n" + stamp + "\\n" + body)])
    print(report.documents[0].published)
print("dateparser" in sys.modules)
"""


def test_stamps_read_without_dateparser_do_not_load_it() -> None:
    """dateparser's first call costs seconds: a relative stamp, an RFC 2822 header and an Arabic
    stamp must not pay for it (the issue's 6.5 s first analyze())."""
    stamps = [
        "10 March 2025 | Updated 2 hours ago",
        "Published: Tue, 07 Oct 2014 14:07:00 GMT",
        "نشر في: 7 أكتوبر 2014",
    ]
    out = subprocess.run([sys.executable, "-c", PROBE, *stamps], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["2025-03-10", "2014-10-07", "2014-10-07", "False"]


def test_text_of_another_type_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        Text(b"bytes")  # type: ignore[arg-type]


def test_a_path_with_a_lone_surrogate_is_an_unreadable_document() -> None:
    report = analyze(["bad\ud800.txt"])
    doc = report.documents[0]
    assert doc.source == "bad\ufffd.txt" and doc.errors and not doc.text
    json.loads(report.model_dump_json())


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(st.characters(codec=None, categories=None), min_size=1, max_size=30), min_size=1, max_size=3
    )
)
def test_any_str_is_a_path_and_the_report_always_serialises(paths: list[str]) -> None:
    report = analyze(paths)
    assert len(report.documents) == len(paths)
    json.loads(report.model_dump_json())
