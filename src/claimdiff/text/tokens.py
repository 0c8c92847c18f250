"""One tokenizer for every stage: word, number and punctuation tokens with offsets in the original.

The text is folded once (:func:`claimdiff.text.normalize.fold`); tokens are found on the folded
view and mapped back, so ``text[token.start:token.end]`` is always the token's original surface.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimdiff.text.clitics import light, variants
from claimdiff.text.normalize import Folded, fold

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    """One token: offsets into the original text, its surface there and its folded form."""

    start: int
    end: int
    text: str  # original surface
    norm: str  # folded (claimdiff.text.normalize rules)
    kind: str  # "word" | "number" | "punct"
    # Words and numbers (anything made of letters or digits), not punctuation.  Stored, not a
    # property: the claim stages ask it of every token many times over.
    is_word: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "is_word", self.kind != "punct")

    @property
    def forms(self) -> frozenset[str]:
        """The folded word and what is left of it once clitics and inflection endings are off."""
        return variants(self.norm) if self.is_word else frozenset((self.norm,))

    @property
    def light(self) -> frozenset[str]:
        """The folded word with and without a glued conjunction: for particles, which do not inflect."""
        return light(self.norm)

    def has(self, word: str) -> bool:
        """Whether ``word`` (folded) is this token: particles exactly, longer words up to clitics."""
        return word in (self.light if len(word) <= 3 else self.forms)


def _kind(norm: str) -> str:
    if not norm[0].isalnum() and norm[0] != "_":
        return "punct"
    if norm.isalpha():
        return "word"
    return "number" if any(c.isdigit() for c in norm) else "word"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``, in order; offsets point into ``text``. Linear in the length.

    A document's own tokens are made once by its view (:func:`claimdiff.text.document.view`).
    """
    end = len(text) if end is None else end
    return tokenize_folded(text, fold(text[start:end]), start)


def tokenize_folded(
    text: str, folded: Folded, start: int = 0, offsets: list[int] | None = None
) -> list[Token]:
    """Tokens of ``folded``, the fold of ``text`` from ``start`` on; offsets point into ``text``.
    ``offsets``, when given, receives where each token starts and ends in the folded text."""
    out: list[Token] = []
    origin = folded.origin
    for m in _TOKEN.finditer(folded.text):
        a, b = m.span()  # never empty
        s, e = start + origin[a], start + origin[b - 1] + 1
        norm = m.group()
        out.append(Token(s, e, text[s:e], norm, _kind(norm)))
        if offsets is not None:
            offsets += (a, b)
    return out


def norms(folded: str) -> list[str]:
    """The tokens of an already folded string, as strings (each one a token's ``norm``)."""
    return _TOKEN.findall(folded)


# A run of one character class inside a token: ``(start, end, kind)`` in offsets of the folded
# text, kind "letters", "digits", "underscore" (one each) or "punct" (a punctuation token).  A
# word token splits into its runs (``A320`` is ``a`` and ``320``, ``07t14`` is ``07``, ``t`` and
# ``14``); stages that read digits glued to letters (dates, quantities, entity keys) read these.
# Plain tuples: a document has as many runs as tokens, and stages read them by the thousand.
Run = tuple[int, int, str]


_RUN = re.compile(r"(?P<digits>\d+)|(?P<letters>[^\W\d_]+)|(?P<underscore>_)")


def runs_in(folded: str, offsets: Sequence[int], start: int, end: int) -> tuple[list[int], list[str]]:
    """The runs of the tokens within ``folded[start:end]``, where ``offsets`` holds each token's
    start and end in ``folded`` one after the other: the runs' starts and ends, likewise, and
    their kinds.  A token cut by a bound is read as the range's own tokenization reads it."""
    bounds: list[int] = []
    kinds: list[str] = []
    if start >= end:
        return bounds, kinds
    first = bisect_right(offsets, start) // 2 * 2  # the first token ending after ``start``
    stop = (bisect_left(offsets, end) + 1) // 2 * 2  # past the last token starting before ``end``
    for k in range(first, stop, 2):
        a, b = offsets[k], offsets[k + 1]
        if a < start:
            a = start
        if b > end:
            b = end
        norm = folded[a:b]
        if norm.isalpha():  # most tokens: one run of letters
            bounds += (a, b)
            kinds.append("letters")
        elif not norm[0].isalnum() and norm[0] != "_":
            bounds += (a, b)
            kinds.append("punct")
        else:
            for m in _RUN.finditer(norm):
                bounds += (a + m.start(), a + m.end())
                kinds.append(m.lastgroup or "letters")
    return bounds, kinds


def as_runs(bounds: list[int], kinds: list[str], start: int, end: int) -> list[Run]:
    """The runs stored as ``runs_in`` gives them that lie within ``start:end``, cut there."""
    if start >= end:
        return []
    lo = bisect_right(bounds, start) // 2  # the first run ending after ``start``
    hi = (bisect_left(bounds, end) + 1) // 2  # past the last run starting before ``end``
    out = list(zip(bounds[2 * lo : 2 * hi : 2], bounds[2 * lo + 1 : 2 * hi : 2], kinds[lo:hi], strict=True))
    if out and out[0][0] < start:
        out[0] = (start, out[0][1], out[0][2])
    if out and out[-1][1] > end:
        out[-1] = (out[-1][0], end, out[-1][2])
    return out


def runs(folded: str, start: int = 0, end: int | None = None) -> list[Run]:
    """The runs of an already folded string's tokens within ``folded[start:end]``.

    A document's runs come from its view (:func:`claimdiff.text.document.runs_of`)."""
    stop = len(folded) if end is None else end
    offsets: list[int] = []
    for m in _TOKEN.finditer(folded, start, stop):
        offsets += m.span()
    bounds, kinds = runs_in(folded, offsets, start, stop)
    return as_runs(bounds, kinds, start, stop)
