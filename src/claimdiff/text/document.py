"""One view per document: folded once, tokenized once, shared by every stage that reads it.

The pipeline opens each document's view (:func:`view`) before any stage reads it (the extractors,
dates and claims open it themselves when called alone); the extractors, dates, entities,
quantities, claims and the comparator then get the same :class:`~claimdiff.text.normalize.Folded`
and the same tokens instead of folding and tokenizing the text again.  A piece of a document (a
line, a claim, a slot, a name read off a line) is cut from the view's fold (:func:`fold_of`,
:func:`fold_piece`): folding works character by character, so the fold of ``text[a:b]`` is the
view's folded text between the folded positions of ``a`` and ``b``.  Only documents are opened: a
short string (an alias, a data phrase) is folded on its own and never evicts a document.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager

from claimdiff.text.normalize import Folded, fold
from claimdiff.text.tokens import Run, Token, as_runs, runs, runs_in, tokenize, tokenize_folded

# Documents kept open: a report's comparison re-reads the claims of every document after all of
# them were analysed, so this many documents of one call share their views; fewer when they are
# long (a view holds an offset and about a fifth of a token per character).
_OPEN = 64
_OPEN_CHARS = 2_000_000


class View:
    """A document's folded view and its tokens (made on first use), with offsets in the original."""

    __slots__ = ("_ends", "_offsets", "_run_bounds", "_run_kinds", "_starts", "_tokens", "folded", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self._tokens: tuple[Token, ...] | None = None
        self._starts: list[int] = []
        self._ends: list[int] = []
        # Plain ints (no object per token or run): where each token and each run starts and
        # ends in the folded text, one after the other.
        self._offsets: list[int] = []
        self._run_bounds: list[int] | None = None
        self._run_kinds: list[str] = []

    @property
    def tokens(self) -> tuple[Token, ...]:
        """Every token of the document, in order."""
        if self._tokens is None:
            toks = tuple(tokenize_folded(self.text, self.folded, offsets=self._offsets))
            self._starts = [t.start for t in toks]
            self._ends = [t.end for t in toks]
            self._tokens = toks
        return self._tokens

    def fold_range(self, start: int, end: int) -> Folded:
        """The fold of ``text[start:end]``, cut from the document's: equal to folding it alone."""
        return self.folded.cut(start, end)

    def tokens_in(self, start: int, end: int) -> list[Token] | None:
        """The tokens of ``text[start:end]``, or None when a bound cuts through a token (then the
        range tokenized on its own would differ from the document's tokens)."""
        toks = self.tokens
        lo = bisect_left(self._ends, start + 1)  # the first token ending after ``start``
        if lo < len(toks) and toks[lo].start < start:
            return None
        hi = bisect_right(self._starts, end - 1)  # past the last token starting before ``end``
        if hi and toks[hi - 1].end > end:
            return None
        return list(toks[lo:hi])

    def runs(self, start: int = 0, end: int | None = None) -> list[Run]:
        """The runs (letters, digits, ...) of the tokens within the folded range ``start:end``,
        as that range tokenized on its own gives them (a run cut by a bound is cut there too)."""
        if self._run_bounds is None:
            self.tokens  # noqa: B018 - made on first use, with their folded offsets
            self._run_bounds, self._run_kinds = runs_in(
                self.folded.text, self._offsets, 0, len(self.folded.text)
            )
        stop = len(self.folded.text) if end is None else end
        return as_runs(self._run_bounds, self._run_kinds, start, stop)


_views: OrderedDict[str, View] = OrderedDict()
_chars = 0  # characters of the open documents
_lock = threading.Lock()
# Views made for one call of a stage run alone (an extractor's layout): dropped when it returns.
_borrowed: dict[str, View] = {}


def _open(text: str) -> View | None:
    v = _views.get(text)
    return v if v is not None else _borrowed.get(text)


def view(text: str) -> View:
    """The view of a document, opened now unless it is open already."""
    with _lock:
        v = _views.get(text)
        if v is not None:
            _views.move_to_end(text)
            return v
        v = _borrowed.get(text)
    if v is None:
        v = View(text)
    with _lock:
        global _chars
        if text in _views:  # opened meanwhile by another thread
            return _views[text]
        _views[text] = v
        _chars += len(text)
        while len(_views) > 1 and (len(_views) > _OPEN or _chars > _OPEN_CHARS):
            _chars -= len(_views.popitem(last=False)[0])
    return v


def opened(text: str) -> View | None:
    """The view of ``text`` if a stage opened it as a document, else None (nothing is opened)."""
    return _open(text)


@contextmanager
def reading(text: str) -> Iterator[View]:
    """The document's view while one call reads it: the open one, else one made for the call and
    dropped when it returns (a stage run alone folds the text once and keeps nothing)."""
    v = _open(text)
    if v is not None:
        yield v
        return
    v = View(text)
    _borrowed[text] = v
    try:
        yield v
    finally:
        if _borrowed.get(text) is v:
            del _borrowed[text]


# Folds of strings made from a document's pieces (a cue word before a segment of a line), lent
# while a stage reads them: :func:`folded` gives these instead of folding the string again.
_lent: dict[str, Folded] = {}


@contextmanager
def lent(f: Folded) -> Iterator[None]:
    """While inside, :func:`folded` of ``f.original`` gives ``f`` (a fold composed from pieces)."""
    old = _lent.get(f.original)
    _lent[f.original] = f
    try:
        yield
    finally:
        if old is None:
            _lent.pop(f.original, None)
        else:
            _lent[f.original] = old


def folded(text: str) -> Folded:
    """The folded view of ``text``: a document's shared one when it is open (or one lent), else a
    fresh fold (a short string such as an alias or a name)."""
    v = _open(text)
    if v is not None:
        return v.folded
    f = _lent.get(text)
    return f if f is not None else fold(text)


def fold_of(text: str, start: int = 0, end: int | None = None) -> Folded:
    """The fold of ``text[start:end]``: cut from the document's view when it is open, else folded
    now (equal either way)."""
    end = len(text) if end is None else end
    v = _open(text)
    if v is not None:
        return v.fold_range(start, end)
    return fold(text[start:end])


def fold_piece(text: str, piece: str, start: int = 0, end: int | None = None) -> Folded:
    """The fold of ``piece``, a string read off ``text`` (a name, a slot): cut from the view where
    ``piece`` last occurs in ``text[start:end]`` (any occurrence folds alike), else folded now."""
    v = _open(text)
    if v is not None:
        at = text.rfind(piece, start, len(text) if end is None else end)
        if at >= 0:
            return v.fold_range(at, at + len(piece))
    return fold(piece)


def tokens_of(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``: sliced from the document's view when it is open (a
    range cutting a token is tokenized on its own, from the view's fold)."""
    end = len(text) if end is None else end
    v = _open(text)
    if v is not None:
        out = v.tokens_in(start, end)
        if out is not None:
            return out
        return tokenize_folded(text, v.fold_range(start, end), start)
    return tokenize(text, start, end)


def runs_of(f: Folded, start: int = 0, end: int | None = None) -> list[Run]:
    """The runs of the tokens within the folded range ``start:end`` of ``f``: read from the
    document's view when ``f`` is its fold, else from the tokens of ``f`` made now."""
    v = _open(f.original)
    if v is not None and v.folded is f:
        return v.runs(start, end)
    return runs(f.text, start, end)
