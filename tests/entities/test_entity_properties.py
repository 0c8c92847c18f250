"""Properties of entity finding on arbitrary text: exact spans, inside the ranges, never raising."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.entities import Gazetteer, find_entities
from claimdiff.schema import TextRange

GAZ = Gazetteer.default()
PIECES = [
    "سوريا",
    "سوریا",
    "وفرنسا",
    "للمخابرات الفرنسية",
    "علي المملوك",
    "قال",
    "اللواء",
    "وزير الخارجية",
    "الروسي",
    "جان إيف لودريان",
    "لودريان",
    "داعش",
    "“",
    "”",
    "\n",
    " ",
    "،",
    ".",
    "ـ",
    "\u200f",
    "\u064e",
    "AFP",
    "ap",
    "فرانس24",
    "أ ف ب",
    "عبد",
    "الله",
    "لو",
    "موند",
    "ﻻ",
    "٣",
    "۶",
    "x",
    "_",
    "-",
    "ال",
    "لل",
]
texts = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=25).map("".join),
)


@st.composite
def text_and_ranges(draw: st.DrawFn) -> tuple[str, list[TextRange]]:
    text = draw(texts)
    n = len(text)
    cuts = sorted(draw(st.lists(st.integers(0, n), max_size=4)))
    ranges = [TextRange(start=a, end=b) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    if draw(st.booleans()):
        ranges = [TextRange(start=0, end=n)]
    return text, ranges


@settings(max_examples=300, deadline=None)
@given(text_and_ranges())
def test_find_entities_spans_are_exact_and_within_ranges(case: tuple[str, list[TextRange]]) -> None:
    text, ranges = case
    found = find_entities(text, ranges, doc_id="d", id_prefix="m", gazetteer=GAZ)
    assert [m.id for m in found] == [f"m{i}" for i in range(1, len(found) + 1)]
    for m in found:
        assert text[m.start : m.end] == m.text and m.start < m.end
        assert any(r.start <= m.start and m.end <= r.end for r in ranges)
    starts = [m.start for m in found]
    assert starts == sorted(starts)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_gazetteer_find_never_raises_and_is_exact(text: str) -> None:
    for m in GAZ.find(text):
        assert 0 <= m.start < m.end <= len(text)
        assert m.entry.id in GAZ
