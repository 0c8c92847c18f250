"""Date tokens are read from the shared tokens' runs: a document's view gives the same tokens
as the text tokenized on its own, prefixes and multi-word names included."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.dates.tokens import date_words
from claimdiff.text import document
from claimdiff.text.normalize import fold_str

_PARTS = [
    "وفي",
    "بـ",
    "و",
    "ال",
    "كانون الثاني",
    "كانون  الأول",
    "أكتوبر",
    "شهر",
    "عام",
    "هـ",
    "ه.ق",
    "م",
    "T",
]
_PARTS += [
    "2014",
    "07",
    "201402",
    ":",
    "/",
    "-",
    " ",
    "\n",
    "A320",
    "_",
    "١٤٣٥",
    "أمس",
    "الماضي",
    "يوم",
    "ab",
]


def test_prefixes_and_multi_word_months_are_one_token() -> None:
    toks = date_words(fold_str("وفي 7 كانون الثاني 2014 وبـ2015"))
    assert [(t.word, t.num) for t in toks] == [("", 7), ("كانون الثاني", -1), ("", 2014), ("", 2015)]
    assert toks[-1].prefix == "وب"


@given(st.lists(st.sampled_from(_PARTS), max_size=12), st.booleans())
def test_a_documents_view_gives_the_tokens_of_its_text(parts: list[str], spaced: bool) -> None:
    text = (" " if spaced else "").join(parts)
    v = document.view(text)
    assert date_words(v.folded.text, v.runs()) == date_words(fold_str(text))
