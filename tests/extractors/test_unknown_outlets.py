"""Outlets no plugin describes: the page itself names its publisher (written for these tests).

``unknown_outlets/`` holds short articles, each naming its outlet one way: a copyright line, a
masthead, a site name after the headline, a domain, an own-report tag (الرافد برس - خاص), a source
line, or an agency's own wire (SANA's copy is SANA's, not a relay of SANA).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdiff.extractors.generic import GenericExtractor
from claimdiff.pipeline import analyze

DOCS = Path(__file__).parent / "unknown_outlets"
EXPECTED: dict[str, dict[str, object]] = json.loads((DOCS / "expected.json").read_text(encoding="utf-8"))


def test_the_set_is_large_enough() -> None:
    assert len(EXPECTED) >= 10


def test_outlet_named_for_at_least_ninety_percent() -> None:
    report = analyze([DOCS / name for name in EXPECTED])
    got = {Path(d.source).name: d.outlet for d in report.documents}
    right = [name for name, want in EXPECTED.items() if got[name] == want["outlet"]]
    assert len(right) / len(EXPECTED) >= 0.9, {n: got[n] for n in EXPECTED if n not in right}


@pytest.mark.parametrize("name", sorted(n for n, w in EXPECTED.items() if "not_relayed" in w))
def test_an_agency_is_not_a_relay_of_itself(name: str) -> None:
    layout = GenericExtractor().layout((DOCS / name).read_text(encoding="utf-8"))
    assert layout.outlet == EXPECTED[name]["outlet"]
    for label in EXPECTED[name]["not_relayed"]:  # type: ignore[attr-defined]
        assert label not in layout.relayed_from


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("© 2019 مجلة الأفق. جميع الحقوق محفوظة", "مجلة الأفق"),
        ("جميع الحقوق محفوظة لصحيفة المدى 2021 ©", "صحيفة المدى"),
        ("Copyright © 2022 The River Daily. All rights reserved.", "The River Daily"),
        ("جميع الحقوق محفوظة © 2014", None),
    ],
)
def test_copyright_lines(line: str, outlet: str | None) -> None:
    para = "وقال مسؤول محلي إن العمل في المشروع سيستمر حتى نهاية العام المقبل بحسب الخطة المعلنة."
    text = f"عنوان خبر محلي عن مشروع جديد في المدينة\n\n{para}\n\n{para}\n\n{line}\n"
    assert GenericExtractor().layout(text).outlet == outlet


def test_a_headline_opening_with_an_outlet_noun_is_not_a_masthead() -> None:
    para = "وقال مسؤول محلي إن العمل في المشروع سيستمر حتى نهاية العام المقبل بحسب الخطة المعلنة."
    text = f"قناة السويس تستقبل عددا قياسيا من السفن هذا الأسبوع\n\n{para}\n\n{para}\n"
    assert GenericExtractor().layout(text).outlet is None


def test_a_bare_agency_short_name_in_a_tag_is_read() -> None:
    para = "وقال الوزير إن المحطة ستزيد كميات المياه المخصصة للمحافظة بنسبة كبيرة خلال الصيف."
    text = f"عمان 5 آذار (بترا)- افتتح وزير المياه اليوم محطة ضخ جديدة في المحافظة.\n\n{para}\n"
    assert GenericExtractor().layout(text).relayed_from == ["Petra News Agency"]
