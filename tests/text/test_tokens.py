"""One tokenizer: offsets in the original, folded forms, kinds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.text.tokens import tokenize


def test_offsets_point_into_the_original() -> None:
    text = "قالَ الوزيرُ «إنّ ٣٠ شخصاً» قُتلوا."
    toks = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.kind for t in toks][:3] == ["word", "word", "punct"]
    num = next(t for t in toks if t.kind == "number")
    assert num.text == "٣٠" and num.norm == "30"
    assert toks[0].norm == "قال" and toks[0].text == "قال"  # a trailing mark stays outside


def test_window() -> None:
    text = "أ ب ج د"
    toks = tokenize(text, 2, 5)
    assert [(t.start, t.text) for t in toks] == [(2, "ب"), (4, "ج")]


@given(st.text(alphabet="أإآبتةىيءؤئ ًٌٍَُِّ،.«»0123٠١٢ abc\u200f", max_size=60))
def test_any_text_maps_back(text: str) -> None:
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text
        assert t.norm and t.start < t.end
