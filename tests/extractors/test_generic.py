"""The generic extractor on articles from outlets no plugin knows (written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.extractors.base import Extractor, Layout
from claimdiff.extractors.generic import GenericExtractor
from claimdiff.extractors.outlets import OutletFinder

DOCS = Path(__file__).parent / "documents"

CASES = {
    "ledger_en.txt": {
        "outlet": "The Northern Ledger",
        "relayed_from": ["Reuters"],
        "headline": "European spies met Syrian officials in Damascus, sources say",
        "body_count": 4,
        "not_body": ["Read also", "5 min read", "By Jane Doe", "Syria talks stall", "Share this", "© 2021"],
        "datelines": [("published", "12 March 2021"), ("updated", "13 March 2021 09:15")],
    },
    "alwadi_ar.txt": {
        "outlet": "الوادي نت",  # its own-report tag "الوادي نت - خاص" names it
        "relayed_from": [],
        "headline": "افتتاح جسر جديد يربط ضفتي النهر في المدينة",
        "body_count": 4,
        "not_body": [
            "أخبار محلية",
            "اقرأ أيضا",
            "الوادي نت - خاص",
            "تابعونا",
            "الأكثر قراءة",
            "أسعار الخضار",
        ],
        "datelines": [("published", "2020/05/04 - 10:30")],
    },
    "wire_ar.txt": {
        "outlet": None,
        "relayed_from": ["Reuters"],
        "headline": "مجلس الأمن يدعو إلى وقف فوري لإطلاق النار في المدينة",
        "body_count": 3,
        "not_body": ["صورة أرشيفية", "الوسوم", "جميع الحقوق", "الثلاثاء 07"],
        "datelines": [("published", "الثلاثاء 07 أكتوبر 2014 - 14:07")],
    },
    "plain_en.txt": {
        "outlet": None,
        "relayed_from": [],
        "headline": "Drought cuts wheat harvest by a third",
        "body_count": 2,
        "not_body": [],
        "datelines": [],
    },
}


def _layout(name: str, finder: OutletFinder) -> tuple[str, Layout]:
    text = (DOCS / name).read_text(encoding="utf-8")
    return text, GenericExtractor(finder=finder).layout(text)


@pytest.mark.parametrize("name", sorted(CASES))
def test_generic_layout_of_an_unseen_outlet(name: str, finder: OutletFinder) -> None:
    want = CASES[name]
    text, layout = _layout(name, finder)
    assert layout.outlet == want["outlet"]
    assert layout.relayed_from == want["relayed_from"]
    assert layout.headline is not None
    assert text[layout.headline.start : layout.headline.end] == want["headline"]
    body = [text[r.start : r.end] for r in layout.body]
    assert len(body) == want["body_count"], body
    for quote in want["not_body"]:
        assert not any(quote in b for b in body), quote
    assert [(d.role, text[d.start : d.end]) for d in layout.datelines] == want["datelines"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_nothing_is_lost_every_line_is_labelled(name: str, finder: OutletFinder) -> None:
    text, layout = _layout(name, finder)
    ranges = [
        *([layout.headline] if layout.headline else []),
        *layout.body,
        *layout.boilerplate,
        *layout.metadata,
    ]
    covered = set()
    for r in ranges:
        covered.update(range(r.start, r.end))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


def test_generic_never_claims_a_document_and_keeps_its_name(finder: OutletFinder) -> None:
    ex = GenericExtractor(finder=finder)
    assert isinstance(ex, Extractor)
    assert ex.name == "generic" and ex.outlets == ()
    assert ex.detect((DOCS / "ledger_en.txt").read_text(encoding="utf-8")) == 0.0


def test_empty_and_blank_texts_have_an_empty_layout(finder: OutletFinder) -> None:
    for text in ("", "\n\n  \n", "\u00a0"):
        assert GenericExtractor(finder=finder).layout(text) == Layout()
