"""The extractor on its seed, on articles of its layout written for these tests, and its discovery."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import claimdiff_defapress
import pytest

from claimdiff.extractors.extractor import ProfileExtractor
from claimdiff.plugins import load
from claimdiff.testing import assert_layout

OUTLET = "Defa Press"
OWN = resources.files("claimdiff_defapress") / "examples"  # shipped with the plugin: its seed and more
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"  # the claimdiff checkout, for other outlets
DOCS = {
    "guardian.txt": {
        "relays": ["The Guardian"],
        "headline": "الغاردیان: خلافات بین دول التحالف حول أولویات الضربات الجویة",
        "body": 3,
        "datelines": [
            ("updated", "05 March 2015 - 11:40"),
            ("published", "۱۴ جمادی الاول ۱۴۳۶ - ۱۰:۱۵ - 05March 2015"),
        ],
        "not_body": ["۷۱۲۳۴", "وکالات", "غیر مسئول", "رایکم"],
    },
    "reuters.txt": {
        "relays": ["Reuters"],
        "headline": "واشنطن تعترف بمقتل مدنیین فی غارة على ریف حلب",
        "body": 2,
        "datelines": [("published", "۳ رمضان ۱۴۳۷ - ۰۹:۳۰ - 08June 2016")],
        "not_body": ["رمز الخبر", "اخبار مرتبط", "روسیا تعلن", "نظر شما", "وکالة الدفاع المقدس"],
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
    return claimdiff_defapress.extractor()


def test_discovered_through_its_entry_point() -> None:
    plugins = load()
    info = next(i for i in plugins.infos if i.name == "defapress")
    assert info.error is None and not info.builtin
    assert info.distribution == "claimdiff-defapress" and info.version == claimdiff_defapress.__version__
    assert info.extractors == ["defapress"] and "claimdiff_register_extractors" in info.hooks
    assert plugins.extractors["defapress"].outlets == (OUTLET,)


def test_seed_layout(extractor: ProfileExtractor) -> None:
    text = next(f for f in OWN.iterdir() if f.name[:3].isdigit()).read_text(encoding="utf-8")
    layout = assert_layout(
        extractor,
        text,
        outlet=OUTLET,
        relayed_from=["Le Monde"],
        headline="لوموند تکشف: فرنسا حاولت استئناف التعاون الاستخباراتی مع دمشق",
        not_body=[
            "۶۰۴۱۶",
            "تم التحدیث فی",
            "تأريخ النشر",
            "المصدر: وکالات",
            "غیر مسئول عن النص",
            "رایکم",
            "الأکثر قراءة",
        ],
    )

    assert [(d.role, text[d.start : d.end]) for d in layout.datelines] == [
        ("updated", "18 November 2023 - 09:22"),
        ("published", "۲ ربیع الثانی -۶۴۱ - ۱۴:۰۷ - 07October 2014"),
    ]


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


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_low_confidence_on_other_outlets(extractor: ProfileExtractor, prefix: str) -> None:
    assert extractor.detect(seed(prefix)) < 0.2


def test_low_confidence_on_unrelated_text(extractor: ProfileExtractor) -> None:
    assert extractor.detect(UNRELATED) < 0.2
    assert extractor.detect("") == 0.0
