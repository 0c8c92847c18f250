"""The extractor on its seed, on articles of its layout written for these tests, and its discovery."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import claimdiff_zaitun
import pytest

from claimdiff.extractors.extractor import ProfileExtractor
from claimdiff.plugins import load
from claimdiff.testing import assert_layout

OUTLET = "Zaitun Agency"
OWN = resources.files("claimdiff_zaitun") / "examples"  # shipped with the plugin: its seed and more
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"  # the claimdiff checkout, for other outlets
DOCS = {
    "local.txt": {
        "relays": [],
        "headline": "افتتاح مركز صحي جديد في ريف إدلب الشمالي",
        "body": 3,
        "datelines": [],
        "not_body": ["دقائق للقراءة", "zaitun agency", "وكالة زيتون – خاص", "محلي", "بريدك"],
    },
    "relay.txt": {
        "relays": ["The New York Times"],
        "headline": "صحيفة أمريكية: واشنطن تدرس تخفيف العقوبات على قطاع الكهرباء",
        "body": 3,
        "datelines": [("published", "12 نوفمبر، 2020")],
        "not_body": ["تقارير", "للقراءة", "zaitun", "متابعات", "ذات صلة"],
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
    return claimdiff_zaitun.extractor()


def test_discovered_through_its_entry_point() -> None:
    plugins = load()
    info = next(i for i in plugins.infos if i.name == "zaitun")
    assert info.error is None and not info.builtin
    assert info.distribution == "claimdiff-zaitun" and info.version == claimdiff_zaitun.__version__
    assert info.extractors == ["zaitun"] and "claimdiff_register_extractors" in info.hooks
    assert plugins.extractors["zaitun"].outlets == (OUTLET,)


def test_seed_layout(extractor: ProfileExtractor) -> None:
    text = next(f for f in OWN.iterdir() if f.name[:3].isdigit()).read_text(encoding="utf-8")
    assert_layout(
        extractor,
        text,
        outlet=OUTLET,
        relayed_from=["Arabi21"],
        headline="موقع عربي يكشف عن جهود روسية لتنسيق تعاون أمني بين فرنسا ونظام الأسد",
        not_body=["السياسة", "دقيقة للقراءة", "zaitun agency", "وكالة زيتون – متابعات", "اترك تعليقاً"],
    )


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


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_low_confidence_on_other_outlets(extractor: ProfileExtractor, prefix: str) -> None:
    assert extractor.detect(seed(prefix)) < 0.2


def test_low_confidence_on_unrelated_text(extractor: ProfileExtractor) -> None:
    assert extractor.detect(UNRELATED) < 0.2
    assert extractor.detect("") == 0.0
