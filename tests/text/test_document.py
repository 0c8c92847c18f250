"""A document's view: folded and tokenized once, its ranges read as their own tokenization would."""

from __future__ import annotations

from dataclasses import astuple

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.text import document
from claimdiff.text.normalize import fold, join
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


def test_a_document_is_folded_once_and_tokenized_once_by_the_pipeline(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    import claimdiff
    from claimdiff.text import normalize
    from claimdiff.text import tokens as text_tokens

    article = (
        "وزير الخارجية يلتقي نظيره في القاهرة\n"
        + "التقى وزير الخارجية المصري نظيره الليبي في القاهرة يوم الأحد 7 أيلول 2025، "
        + "وقال إن 30 شخصاً قتلوا في الاشتباكات. ورفضت الحكومة التعليق على الخبر.\n" * 3
    )
    sources = [claimdiff.Text(article.replace("القاهرة", city)) for city in ("طرابلس", "عمان")]
    claimdiff.analyze([claimdiff.Text("تمهيد: وصل الوزير إلى المدينة أمس.")])  # every stage imported
    folds: list[str] = []
    tokenized: list[str] = []
    real_fold = normalize.fold

    def counted_fold(text: str) -> normalize.Folded:
        folds.append(text)
        return real_fold(text)

    def counted_tokenize(
        text: str, folded: normalize.Folded, start: int = 0, offsets: list[int] | None = None
    ) -> list[text_tokens.Token]:
        tokenized.append(folded.original)
        return text_tokens.tokenize_folded(text, folded, start, offsets)

    # dates, quantities and entity keys read the runs of the view's tokens, never their own
    real_runs = text_tokens.runs
    run_alone: list[str] = []

    def counted_runs(folded: str, start: int = 0, end: int | None = None) -> list[text_tokens.Run]:
        run_alone.append(folded)
        return real_runs(folded, start, end)

    for name, module in list(sys.modules.items()):
        if (
            name.startswith("claimdiff.")
            and module is not normalize
            and getattr(module, "fold", None) is real_fold
        ):
            monkeypatch.setattr(module, "fold", counted_fold)
    monkeypatch.setattr(document, "tokenize_folded", counted_tokenize)
    patched = set()
    for name, module in [(n, m) for n, m in sys.modules.items() if n.startswith("claimdiff.")]:
        for attr, value in list(vars(module).items()):
            if value is real_runs:
                monkeypatch.setattr(module, attr, counted_runs)
                patched.add(name)
    assert {"claimdiff.dates.tokens", "claimdiff.entities.keys", "claimdiff.text.document"} <= patched
    real_view_runs = document.View.runs
    from_view: list[str] = []

    def view_runs(self: document.View, start: int = 0, end: int | None = None) -> list[text_tokens.Run]:
        from_view.append(self.text)
        return real_view_runs(self, start, end)

    monkeypatch.setattr(document.View, "runs", view_runs)
    report = claimdiff.analyze(sources)
    assert report.claims
    for d in report.documents:
        assert folds.count(d.text) == 1  # the view's; lines, claims and slots are cut from it
        assert tokenized.count(d.text) == 1
        assert from_view.count(d.text) >= 3  # dates once, quantities and entities per range
        folded_text = document.folded(d.text).text
        assert not any(folded_text in s for s in run_alone)  # a data phrase may be run alone


@given(st.text(alphabet=_ALPHABET + "İ\ufef5ـ", max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_a_piece_cut_from_the_view_is_the_piece_folded_alone(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    alone = fold(text[start:end])
    v = document.view(text)
    for cut in (v.fold_range(start, end), document.fold_of(text, start, end)):
        assert (cut.original, cut.text, cut.origin) == (alone.original, alone.text, alone.origin)
    piece = document.fold_piece(text, text[start:end])
    assert (piece.text, piece.origin) == (alone.text, alone.origin)


def test_a_string_made_of_pieces_is_lent_its_composed_fold() -> None:
    text = "صحيفة الوطن\u0640 اليوم"
    document.view(text)
    made = join(fold("وكالة "), document.fold_of(text, 6, 12))
    assert (made.original, made.text, made.origin) == astuple(fold("وكالة الوطن\u0640"))
    with document.lent(made):
        assert document.folded(made.original) is made
    assert document.folded(made.original) is not made


def test_a_view_read_for_one_call_is_dropped_after_it() -> None:
    text = "نص يقرأه مستخرج وحده ثم لا يبقى منه شيء"
    with document.reading(text) as v:
        assert document.opened(text) is v and document.fold_of(text, 3, 8) == v.folded.cut(3, 8)
        with document.reading(text) as inner:
            assert inner is v  # a call inside the first shares its view
        assert document.view(text) is v  # a document opened meanwhile keeps it
    assert document.opened(text) is v
    other = "نص آخر لا يفتحه أحد بعد القراءة"
    with document.reading(other):
        pass
    assert document.opened(other) is None
