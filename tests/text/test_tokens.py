"""One tokenizer: offsets in the original, folded forms, kinds."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.text import document
from claimdiff.text.normalize import fold
from claimdiff.text.tokens import runs, tokenize


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


def test_runs_split_digits_glued_to_letters() -> None:
    folded = "a320 07t14 2014-10-07 و2014 x_1 «ب»"
    got = [(folded[a:b], kind) for a, b, kind in runs(folded)]
    assert got[:5] == [
        ("a", "letters"),
        ("320", "digits"),
        ("07", "digits"),
        ("t", "letters"),
        ("14", "digits"),
    ]
    assert ("-", "punct") in got and ("و", "letters") in got and ("_", "underscore") in got
    assert got[-3:] == [("«", "punct"), ("ب", "letters"), ("»", "punct")]


_RUN_TEXT = st.text(alphabet="أبتة ءؤ0123٠١ abcT_²\u06e5.,:-\n", max_size=50)


@given(_RUN_TEXT, st.integers(0, 50), st.integers(0, 50))
def test_runs_are_maximal_runs_of_one_class(text: str, a: int, b: int) -> None:
    folded = fold(text).text
    start, end = sorted((min(a, len(folded)), min(b, len(folded))))
    got = runs(folded, start, end)
    classes = {"letters": lambda c: c.isalnum() and not c.isdecimal(), "digits": str.isdecimal}
    for a, b, kind in got:
        piece = folded[a:b]
        assert start <= a < b <= end
        if kind in classes:
            assert all(classes[kind](c) for c in piece)
        else:
            assert len(piece) == 1
    covered = "".join(folded[a:b] for a, b, _ in got)
    assert covered == "".join(folded[start:end].split())  # every character but spaces, once
    for x, y in pairwise(got):
        assert not (x[2] == y[2] and x[2] in classes and x[1] == y[0])


@given(_RUN_TEXT, st.integers(0, 50), st.integers(0, 50))
def test_a_documents_runs_are_those_of_its_range_alone(text: str, a: int, b: int) -> None:
    v = document.View(text)
    folded = v.folded.text
    start, end = sorted((min(a, len(folded)), min(b, len(folded))))
    assert v.runs(start, end) == runs(folded, start, end)
    assert document.runs_of(v.folded, start, end) == runs(folded, start, end)
