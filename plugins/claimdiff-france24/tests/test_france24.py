"""The extractor on its seed, on articles of its layout written for these tests, and its discovery."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import claimdiff_france24
import pytest

from claimdiff.extractors.extractor import ProfileExtractor
from claimdiff.plugins import load
from claimdiff.testing import assert_layout

OUTLET = "France 24"
OWN = resources.files("claimdiff_france24") / "examples"  # shipped with the plugin: its seed and more
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"  # the claimdiff checkout, for other outlets
DOCS = {
    "reuters.txt": {
        "relays": ["Reuters"],
        "headline": "الأمم المتحدة تحذر من تفاقم أزمة الغذاء في اليمن",
        "body": 3,
        "datelines": [],
        "not_body": ["57", "فرانس24/ رويترز"],
    },
    "dateline.txt": {
        "relays": ["AFP", "Reuters"],
        "headline": "الرئيس الفرنسي يدعو إلى هدنة إنسانية في شمال سوريا",
        "body": 3,
        "datelines": [("published", "21/12/2015 - 18:47"), ("updated", "22/12/2015 - 09:10")],
        "not_body": ["فرانس 24", "قراءة 3 دقائق", "اقرأ المزيد", "نشرت في"],
    },
}
UNRELATED = (
    "Scientists reported on Monday that a new species of frog was found in the rainforest.\n\n"
    "وأعلنت وزارة الزراعة أن موسم الحصاد بدأ مبكرا هذا العام بسبب ارتفاع درجات الحرارة.\n"
)


def seed(prefix: str) -> str:
    found = sorted(EXAMPLES.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip("the claimdiff seed articles are not beside this plugin")
    return found[0].read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def extractor() -> ProfileExtractor:
    return claimdiff_france24.extractor()


def test_discovered_through_its_entry_point() -> None:
    plugins = load()
    info = next(i for i in plugins.infos if i.name == "france24")
    assert info.error is None and not info.builtin
    assert info.distribution == "claimdiff-france24" and info.version == claimdiff_france24.__version__
    assert info.extractors == ["france24"] and "claimdiff_register_extractors" in info.hooks
    assert plugins.extractors["france24"].outlets == (OUTLET,)


def test_seed_layout(extractor: ProfileExtractor) -> None:
    text = next(f for f in OWN.iterdir() if f.name[:3].isdigit()).read_text(encoding="utf-8")
    layout = assert_layout(
        extractor,
        text,
        outlet=OUTLET,
        relayed_from=["AFP"],
        headline="اتفاق فرنسي روسي على تبادل المعلومات الاستخباراتية العسكرية في سوريا",
        not_body=["23\n", "فرانس24/ أ ف ب"],
    )

    assert "فرانس24/ أ ف ب" in [text[r.start : r.end] for r in layout.metadata]
    assert "23" in [text[r.start : r.end] for r in layout.boilerplate]


@pytest.mark.parametrize("name", sorted(DOCS))
def test_layout_variants(extractor: ProfileExtractor, name: str) -> None:
    want = DOCS[name]
    assert_layout(
        extractor,
        (OWN / name).read_text(encoding="utf-8"),
        outlet=OUTLET,
        relayed_from=want["relays"],
        headline=want["headline"],
        body_count=want["body"],
        not_body=want["not_body"],
        datelines=want["datelines"],
    )


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_low_confidence_on_other_outlets(extractor: ProfileExtractor, prefix: str) -> None:
    assert extractor.detect(seed(prefix)) < 0.2


def test_low_confidence_on_unrelated_text(extractor: ProfileExtractor) -> None:
    assert extractor.detect(UNRELATED) < 0.2
    assert extractor.detect("") == 0.0
