"""Language detection: Arabic (also with Persian letters), Persian, English, French; short and long."""

from __future__ import annotations

import pytest

from claimdiff.pipeline import analyze
from claimdiff.sources import Text
from claimdiff.text.language import detect_language

AR_LONG = (
    "أعلنت وزارة الزراعة أن إنتاج القمح هذا العام تراجع بنسبة الثلث بسبب الجفاف الذي ضرب البلاد منذ "
    "الربيع، وقالت إن الحكومة ستستورد كميات إضافية لتغطية حاجة الأسواق. وأضاف الوزير في تصريح للصحفيين "
    "أن المزارعين الذين خسروا محاصيلهم سيحصلون على تعويضات خلال الأشهر المقبلة."
)
AR_PERSIAN_LETTERS = (
    "وأکد وزیر الخارجیة الإیرانی خلال لقائه نظیره العراقی أن بلاده تدعم الاستقرار فی المنطقة، وأن "
    "التعاون بین البلدین سیتوسع فی مجالات الطاقة والتجارة."
)
FA_LONG = (
    "وزارت کشاورزی اعلام کرد که تولید گندم امسال به دلیل خشکسالی یک سوم کاهش یافته است و دولت برای "
    "تامین نیاز بازار واردات بیشتری انجام خواهد داد. وزیر در گفت‌وگو با خبرنگاران افزود که کشاورزان "
    "خسارت‌دیده در ماه‌های آینده غرامت دریافت می‌کنند."
)
EN_LONG = (
    "The agriculture ministry said wheat output fell by a third this year because of the drought, and "
    "that the government would import more to meet demand. Farmers who lost their crops will be "
    "compensated in the coming months, the minister told reporters."
)
FR_LONG = (
    "Le ministère de l'Agriculture a annoncé que la production de blé avait chuté d'un tiers cette année "
    "à cause de la sécheresse, et que le gouvernement importerait davantage pour répondre à la demande."
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("تراجع إنتاج القمح بسبب الجفاف", "ar"),
        (AR_LONG, "ar"),
        ("الرئیس الإیرانی یصل إلى بغداد فی زیارة رسمیة", "ar"),
        (AR_PERSIAN_LETTERS, "ar"),
        ("تولید گندم در سال جاری کاهش یافت", "fa"),
        (FA_LONG, "fa"),
        ("Wheat harvest falls by a third", "en"),
        (EN_LONG, "en"),
        ("La récolte de blé chute d'un tiers", "fr"),
        (FR_LONG, "fr"),
        ("2024 - 12", "und"),
        ("", "und"),
    ],
)
def test_detects_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_a_non_arabic_document_is_kept_but_not_compared() -> None:
    report = analyze([Text(AR_LONG), Text(EN_LONG), Text(FR_LONG)])
    by_lang = {d.language: d for d in report.documents}
    assert set(by_lang) == {"ar", "en", "fr"}
    assert not [e for e in by_lang["ar"].errors if e.stage == "language"]
    for lang in ("en", "fr"):
        doc = by_lang[lang]
        notes = [e for e in doc.errors if e.stage == "language"]
        assert len(notes) == 1 and "not compared" in notes[0].message and f"({lang})" in notes[0].message
        assert not [c for c in report.claims if c.doc_id == doc.id]
    assert [c for c in report.claims if c.doc_id == by_lang["ar"].id]


def test_a_given_language_is_kept() -> None:
    from claimdiff.schema import Document

    doc = Document(id="x", source="x", text=AR_LONG, language="ar")
    assert analyze([doc]).documents[0].language == "ar"
