"""A document's view: folded and tokenized once, its ranges read as their own tokenization would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.text import document
from claimdiff.text.tokens import tokenize

_ALPHABET = "أإآبتةىيءؤئ ًٌٍَُِّ،.«»0123٠١٢ abc\u200f\u0640\ufefb\n"


def test_stages_share_one_fold_and_one_token_list() -> None:
    text = "قال الوزير إن ٣٠ شخصاً قتلوا. وأكد المتحدث ذلك."
    v = document.view(text)
    assert document.view(text) is v and document.opened(text) is v
    assert document.folded(text) is v.folded
    first, second = document.tokens_of(text, 0, 29), document.tokens_of(text, 0, 29)
    assert first == second and first[0] is second[0]  # sliced from the view, not tokenized again


def test_short_strings_are_not_opened() -> None:
    text = "نص قصير لم يفتحه أحد"
    assert document.opened(text) is None
    assert document.tokens_of(text) == tokenize(text)
    assert document.folded(text).text == "نص قصير لم يفتحه احد"
    assert document.opened(text) is None


def test_a_range_cutting_a_word_is_tokenized_on_its_own() -> None:
    text = "الوزير قال"
    document.view(text)
    assert document.view(text).tokens_in(2, 10) is None
    assert [t.text for t in document.tokens_of(text, 2, 10)] == ["وزير", "قال"]


@given(st.text(alphabet=_ALPHABET, max_size=80), st.integers(0, 80), st.integers(0, 80))
def test_any_range_reads_as_its_own_tokenization(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    sliced = document.View(text).tokens_in(start, end)
    if sliced is not None:
        assert sliced == tokenize(text, start, end)
    assert document.tokens_of(text, start, end) == tokenize(text, start, end)


def test_long_documents_are_not_kept_open_together(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(document, "_OPEN_CHARS", 1000)
    first, second = "أ" * 600, "ب" * 600
    document.view(first)
    document.view(second)
    assert document.opened(second) is not None and document.opened(first) is None
    alone = "ت" * 5000  # longer than the bound: the latest document stays open all the same
    assert document.view(alone) is document.opened(alone)
