"""Sentence segmentation: Arabic punctuation and lines; not inside quotes, numbers or URLs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.schema import TextRange
from claimdiff.text.segment import sentences


def _texts(text: str, ranges: list[TextRange] | None = None) -> list[str]:
    return [text[s:e] for s, e in sentences(text, ranges)]


def test_splits_on_arabic_and_latin_enders() -> None:
    text = "وصل الوفد إلى دمشق. هل التقى المسؤولين؟ نعم! وانتهت الزيارة؛ ثم عاد الوفد"
    assert _texts(text) == [
        "وصل الوفد إلى دمشق.",
        "هل التقى المسؤولين؟",
        "نعم!",
        "وانتهت الزيارة؛",
        "ثم عاد الوفد",
    ]


def test_splits_on_lines_and_trims() -> None:
    assert _texts("  العنوان الأول  \n\nالفقرة الثانية هنا\n") == ["العنوان الأول", "الفقرة الثانية هنا"]


def test_no_split_inside_numbers_urls_or_abbreviations() -> None:
    text = "بلغت النسبة 3.5 بالمئة و٢٫٧ في المئة حسب https://example.com/a.b وقال د. سمير إن ذلك صحيح."
    assert _texts(text) == [text]


def test_no_split_inside_a_quotation() -> None:
    text = "قال الوزير “لن أدخل في التفاصيل. الكثيرون زاروا دمشق.” ثم غادر. وانتهى اللقاء."
    assert _texts(text) == [
        "قال الوزير “لن أدخل في التفاصيل. الكثيرون زاروا دمشق.” ثم غادر.",
        "وانتهى اللقاء.",
    ]


def test_an_unpaired_quote_does_not_swallow_the_line() -> None:
    text = 'وقالت الصحيفة إن الوضع هادئ". وأضافت أن الوفد غادر.'
    assert len(_texts(text)) == 2


def test_only_inside_ranges() -> None:
    text = "عنوان الخبر\nنص الخبر الأول. نص آخر.\nشاهد أيضا: خبر قديم."
    body = text.index("نص")
    footer = text.index("شاهد")
    got = _texts(text, [TextRange(start=0, end=11), TextRange(start=body, end=footer)])
    assert got == ["عنوان الخبر", "نص الخبر الأول.", "نص آخر."]


_CHARS = st.sampled_from(list('ابتثجحخدذرسشصضطظعغفقكلمنهوي ءأإآىة٠١٢٣0123.؟!؛?;\n،"“”«» '))


@given(st.text(_CHARS, max_size=200))
def test_sentences_are_exact_ordered_and_disjoint(text: str) -> None:
    spans = sentences(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip() and piece
        last = e
