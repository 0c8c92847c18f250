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


def test_an_unclosed_opening_quote_hides_no_sentence_end() -> None:
    text = "قال الوزير إن البلدين اتفقا على “تعزيز التعاون. وأكد أن “الاتفاق” سيوقع قريبا. وانتهى اللقاء."
    assert _texts(text) == [
        "قال الوزير إن البلدين اتفقا على “تعزيز التعاون.",
        "وأكد أن “الاتفاق” سيوقع قريبا.",
        "وانتهى اللقاء.",
    ]


def test_a_closing_mark_alone_does_not_open_a_quote_to_the_end_of_the_line() -> None:
    text = "وصل ”الوفد إلى المدينة. ثم عقد اجتماعا. وغادر مساء."
    assert _texts(text) == ["وصل ”الوفد إلى المدينة.", "ثم عقد اجتماعا.", "وغادر مساء."]


def test_closing_marks_used_as_a_pair_still_quote() -> None:
    text = "التقى مسؤولين من ”مكتب الأمن. الوطني” في دمشق. ثم عاد."
    assert _texts(text) == ["التقى مسؤولين من ”مكتب الأمن. الوطني” في دمشق.", "ثم عاد."]


def test_an_unclosed_quote_does_not_reach_the_next_line() -> None:
    text = "قال “إن الوضع صعب\nوأضاف أن الحل قريب. وختم حديثه."
    assert _texts(text) == ["قال “إن الوضع صعب", "وأضاف أن الحل قريب.", "وختم حديثه."]
