"""The quantity scanner reads the shared tokens' runs: numbers across separators, line breaks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.quantities.lexing import lex_range as _lex
from claimdiff.text import document
from claimdiff.text.normalize import fold


def test_numbers_keep_their_separators_and_lines_are_tokens() -> None:
    f = fold("قتل 50.000 و8,8 A320\n_ 3. ٤")
    got = [(t.kind, t.text) for t in _lex(f, 0, len(f.text))]
    assert got == [
        ("word", "قتل"),
        ("num", "50.000"),
        ("word", "و"),
        ("num", "8,8"),
        ("word", "a"),
        ("num", "320"),
        ("nl", "\n"),
        ("us", "_"),
        ("num", "3"),
        ("punct", "."),
        ("num", "4"),
    ]


@given(
    st.text(alphabet="أبت ء0123٠ ab_.,:%\n", max_size=50),
    st.integers(0, 50),
    st.integers(0, 50),
)
def test_a_documents_tokens_are_those_of_its_range_alone(text: str, a: int, b: int) -> None:
    v = document.view(text)
    n = len(v.folded.text)
    start, end = sorted((min(a, n), min(b, n)))
    got = _lex(v.folded, start, end)
    assert got == _lex(fold(text), start, end)
    for t in got:
        assert start <= t.start < t.end <= end and v.folded.text[t.start : t.end] == t.text
