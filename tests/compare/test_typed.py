"""Typed checks: each type fires on a pair that shows it and stays quiet on a near pair that does
not, in both document orders.  The sentences are written for these tests; none is from the seeds,
and their verbs and names are not in the seed articles."""

from __future__ import annotations

import pytest

import claimdiff
from claimdiff.compare.typed import TYPES
from claimdiff.schema import Document, Finding, Report


def _report(a: str, b: str) -> Report:
    docs = [
        Document(id=f"d{n}", source=f"<d{n}>", text=t, text_origin="string") for n, t in enumerate((a, b), 1)
    ]
    return claimdiff.analyze(docs)


def _flags(report: Report) -> list[Finding]:
    return [
        f
        for f in report.findings
        if f.kind in ("contradiction", "divergence") and len({e.doc_id for e in f.evidence}) == 2
    ]


FIRES = [
    (
        "antonym",
        "ارتفاع أسعار القمح في الأسواق العالمية",
        "انخفاض أسعار القمح في الأسواق العالمية",
        ("ارتفاع", "انخفاض"),
    ),
    (
        "antonym",
        "السلطات تفتح معبر رفح أمام المسافرين",
        "السلطات تغلق معبر رفح أمام المسافرين",
        ("تفتح", "تغلق"),
    ),
    (
        "negation",
        "البرلمان التونسي يقر قانون الانتخابات الجديد",
        "البرلمان التونسي لم يقر قانون الانتخابات الجديد",
        ("لم",),
    ),
    ("number", "مقتل 37 شخصا في فيضانات درنة الليبية", "مقتل 29 شخصا في فيضانات درنة الليبية", ("37", "29")),
    (
        "number",
        "مصرع 12 شخصا في حريق بمصنع في الجزائر",
        "حريق بمصنع في الجزائر يودي بحياة 20 قتيلا",
        ("12", "20"),
    ),
    (
        "entity",
        "الحوثيون يحتجزون سفينة شحن قبالة سواحل اليمن",
        "الحوثيون يحتجزون سفينة شحن قبالة سواحل الصومال",
        ("اليمن", "الصومال"),
    ),
    (
        "substitution",
        "وفاة المغني المصري الشهير عن عمر ناهز 80 عاما",
        "وفاة الممثل المصري الشهير عن عمر ناهز 80 عاما",
        ("المغني", "الممثل"),
    ),
]

QUIET = [
    (
        "synonyms",
        "إقبال كثيف على التصويت في الانتخابات التونسية",
        "إقبال كبير على التصويت في الانتخابات التونسية",
    ),
    ("reordered", "فيضانات درنة تقتل 37 شخصا", "مقتل 37 شخصا في فيضانات درنة"),
    ("approximate", "مقتل نحو 40 شخصا في فيضانات درنة الليبية", "مقتل 37 شخصا في فيضانات درنة الليبية"),
    ("dead vs injured", "مقتل 12 شخصا في انفجار بميناء عدن", "إصابة 30 شخصا في انفجار بميناء عدن"),
    ("negated antonym", "أسعار الذهب لم ترتفع هذا الأسبوع", "أسعار الذهب لم ترتفع خلال الأسبوع"),
]


@pytest.mark.parametrize("order", ["ab", "ba"])
@pytest.mark.parametrize(
    ("kind", "a", "b", "cue"), FIRES, ids=[f"{k}-{n}" for n, (k, *_) in enumerate(FIRES)]
)
def test_fires_with_cue_in_both_documents(
    kind: str, a: str, b: str, cue: tuple[str, ...], order: str
) -> None:
    report = _report(a, b) if order == "ab" else _report(b, a)
    flags = _flags(report)
    assert flags, f"no finding for {kind}"
    quoted = " ".join(e.text for f in flags for e in f.evidence)
    assert all(word in quoted or word in " ".join(f.message for f in flags) for word in cue), flags
    for f in flags:
        for e in f.evidence:
            doc = next(d for d in report.documents if d.id == e.doc_id)
            assert doc.text[e.start : e.end] == e.text


@pytest.mark.parametrize("order", ["ab", "ba"])
@pytest.mark.parametrize(("name", "a", "b"), QUIET, ids=[q[0] for q in QUIET])
def test_no_contradiction_on_agreeing_pair(name: str, a: str, b: str, order: str) -> None:
    """Headlines that agree, or that give different counts, are no contradiction.  A word swapped
    for a synonym may still be shown as a low divergence: nothing tells synonyms apart here."""
    report = _report(a, b) if order == "ab" else _report(b, a)
    clashes = [f for f in _flags(report) if f.kind == "contradiction"]
    assert not clashes, [f.message for f in clashes]


def test_every_type_is_documented() -> None:
    for t in TYPES.values():
        assert t.doc and t.kind in ("contradiction", "divergence")
