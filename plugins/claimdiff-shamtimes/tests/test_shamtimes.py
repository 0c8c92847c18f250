"""The extractor on its seed, on articles of its layout written for these tests, and its discovery."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import claimdiff_shamtimes
import pytest

from claimdiff.extractors.extractor import ProfileExtractor
from claimdiff.plugins import load
from claimdiff.testing import assert_layout

OUTLET = "Sham Times"
OWN = resources.files("claimdiff_shamtimes") / "examples"  # shipped with the plugin: its seed and more
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"  # the claimdiff checkout, for other outlets
DOCS = {
    "local.txt": {
        "relays": [],
        "headline": "محافظة دمشق تعلن خطة لتأهيل الحدائق العامة",
        "body": 3,
        "datelines": [],
        "not_body": ["شام تايمز – دمشق", "ارتفاع أسعار الألبسة", "https://t.me/chamtimes", "الرئيسية"],
    },
    "relay.txt": {
        "relays": ["The Guardian"],
        "headline": "صحيفة بريطانية: مفاوضات سرية لإعادة فتح سفارات أوروبية في دمشق",
        "body": 3,
        "datelines": [("published", "2021-03-12")],
        "not_body": ["شام تايمز", "تابعوا آخر الأخبار", "البولمان"],
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
    return claimdiff_shamtimes.extractor()


def test_discovered_through_its_entry_point() -> None:
    plugins = load()
    info = next(i for i in plugins.infos if i.name == "shamtimes")
    assert info.error is None and not info.builtin
    assert info.distribution == "claimdiff-shamtimes" and info.version == claimdiff_shamtimes.__version__
    assert info.extractors == ["shamtimes"] and "claimdiff_register_extractors" in info.hooks
    assert plugins.extractors["shamtimes"].outlets == (OUTLET,)


def test_seed_layout(extractor: ProfileExtractor) -> None:
    text = next(f for f in OWN.iterdir() if f.name[:3].isdigit()).read_text(encoding="utf-8")
    assert_layout(
        extractor,
        text,
        outlet=OUTLET,
        relayed_from=["The Wall Street Journal"],
        headline=(
            "وول ستريت : استخبارات أوروبية التقت مسؤولين سوريين بينهم علي مملوك.."
            "المقداد : تعاون أمني بين النظام واستخبارات أوروبية"
        ),
        not_body=[
            "شام تايمز",
            "لتبقون على تواصل",
            "شاهد أيضاً",
            "السياحة” تُناقش خطة 2021",
            "الرئيسية »",
            "اترك تعليقاً",
        ],
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


@pytest.mark.parametrize("prefix", ["000", "001", "002", "004"])
def test_low_confidence_on_other_outlets(extractor: ProfileExtractor, prefix: str) -> None:
    assert extractor.detect(seed(prefix)) < 0.2


def test_low_confidence_on_unrelated_text(extractor: ProfileExtractor) -> None:
    assert extractor.detect(UNRELATED) < 0.2
    assert extractor.detect("") == 0.0
