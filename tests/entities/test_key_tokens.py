"""Entity key tokens are the shared tokens' runs, letters split by script."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.entities import keys
from claimdiff.text import document
from claimdiff.text.normalize import fold


def test_letters_split_by_script_and_digits_apart() -> None:
    got = [(t.text, t.script) for t in keys.script_runs(fold("قناة BBCعربي A320 لو موند_2").text)]
    assert got == [
        ("قناه", "a"),
        ("bbc", "l"),
        ("عربي", "a"),
        ("a", "l"),
        ("320", "d"),
        ("لو", "a"),
        ("موند", "a"),
        ("2", "d"),
    ]


@given(
    st.text(alphabet="أبتة ءؤ\u06e5\u0750 0123٠١ abcé_².-\n", max_size=50),
    st.integers(0, 50),
    st.integers(0, 50),
)
def test_a_documents_key_tokens_are_those_of_its_range_alone(text: str, a: int, b: int) -> None:
    v = document.view(text)
    n = len(v.folded.text)
    start, end = sorted((min(a, n), min(b, n)))
    alone = keys.script_runs(v.folded.text, start, end)
    assert keys.tokens_in(v.folded, start, end) == alone
    for t in alone:
        assert v.folded.text[t.start : t.end] == t.text and t.script in "adl"
