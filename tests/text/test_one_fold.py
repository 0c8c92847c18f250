"""Analysing a document folds its text once: every stage cuts its pieces from that one fold.

Calls are counted by code object (``sys.setprofile``), so a stage that imports ``fold`` under
another name, or folds through ``tokenize`` or ``fold_str``, is counted all the same.
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

import pytest

from claimdiff.pipeline import analyse_each
from claimdiff.sources import read_path
from claimdiff.text import document, normalize
from claimdiff.text import tokens as text_tokens
from claimdiff.text.normalize import fold

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "examples").glob("*.txt"))
HELD_OUT = [
    ROOT / "tests/heldout/articles/enab_baladi.txt",
    ROOT / "tests/heldout/articles/alhurra_page.html",
]
WARM_UP = [ROOT / "tests/devset/libya_flood/alwasat.txt", ROOT / "tests/devset/yemen_cholera/saba.txt"]
_FOLDERS = {
    normalize.fold.__code__: "fold",
    normalize.fold_str.__code__: "fold_str",
    text_tokens.tokenize.__code__: "tokenize",
}


def _calls(paths: list[Path]) -> list[tuple[str, str]]:
    """(function, argument) of every fold, fold_str and tokenize call while ``paths`` are analysed."""
    seen: list[tuple[str, str]] = []
    codes: dict[CodeType, str] = _FOLDERS

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call" and frame.f_code in codes:
            text = frame.f_locals.get("text")
            seen.append((codes[frame.f_code], text if isinstance(text, str) else ""))

    sys.setprofile(profile)
    try:
        list(analyse_each(paths))
    finally:
        sys.setprofile(None)
    return seen


@pytest.fixture(scope="module", autouse=True)
def _warm() -> Iterator[None]:
    list(analyse_each(WARM_UP))  # every stage's data loaded and its tables folded
    yield


@pytest.fixture
def closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """No document open: the one analysed must be folded by its own analysis."""
    monkeypatch.setattr(document, "_views", OrderedDict())
    monkeypatch.setattr(document, "_chars", 0)


@pytest.mark.usefixtures("closed")
@pytest.mark.parametrize("path", [*SEEDS, *HELD_OUT], ids=lambda p: p.name)
def test_analysing_a_document_folds_it_once(path: Path) -> None:
    text = read_path(path).text  # as the pipeline reads it (an HTML page's markup blanked)
    calls = _calls([path])
    folds = [arg for name, arg in calls if name == "fold"]
    assert folds == [text], f"{len(folds)} folds: {[f[:40] for f in folds if f != text]}"
    # no stage folds a piece of it again, whether through fold_str or tokenize (a lone word in a
    # per-word cache, such as the morphology's, is looked up by its own spelling)
    again = [(name, arg) for name, arg in calls if name != "fold" and len(arg.split()) > 1 and arg in text]
    assert not again, again[:5]


@pytest.mark.usefixtures("closed")
def test_the_count_sees_a_stage_that_folds_a_line_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The counting catches a stage that folds pieces itself (as the lines once did)."""
    from claimdiff.extractors import lines

    def folded_alone(line: lines.Line) -> normalize.Folded:
        return fold(line.text)

    monkeypatch.setattr(lines.Line, "folded", property(folded_alone))
    folds = [arg for name, arg in _calls([SEEDS[0]]) if name == "fold"]
    assert len(folds) > 1


def test_a_cut_is_the_fold_of_the_piece() -> None:
    text = "قالَ الوزيرُ: ﻻ «٣٠» قتيلاً\u200f — İstanbul\u0640\u0640 ok"
    f = fold(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            piece = fold(text[start:end])
            cut = f.cut(start, end)
            assert (cut.original, cut.text, cut.origin) == (piece.original, piece.text, piece.origin)
