"""One tokenizer for every stage: word, number and punctuation tokens with offsets in the original.

The text is folded once (:func:`claimdiff.text.normalize.fold`); tokens are found on the folded
view and mapped back, so ``text[token.start:token.end]`` is always the token's original surface.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

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

    @property
    def is_word(self) -> bool:
        """Words and numbers (anything made of letters or digits), not punctuation."""
        return self.kind != "punct"

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
    text: str, folded: Folded, start: int = 0, spans: list[tuple[int, int]] | None = None
) -> list[Token]:
    """Tokens of ``folded``, the fold of ``text`` from ``start`` on; offsets point into ``text``.
    ``spans``, when given, receives where each token lies in the folded text."""
    out: list[Token] = []
    origin = folded.origin
    for m in _TOKEN.finditer(folded.text):
        a, b = m.span()  # never empty
        s, e = start + origin[a], start + origin[b - 1] + 1
        norm = m.group()
        out.append(Token(s, e, text[s:e], norm, _kind(norm)))
        if spans is not None:
            spans.append((a, b))
    return out


def norms(folded: str) -> list[str]:
    """The tokens of an already folded string, as strings (each one a token's ``norm``)."""
    return _TOKEN.findall(folded)


class Run(NamedTuple):
    """A run of one character class inside a token, in offsets of the folded text.

    A word token splits into runs of letters, of digits and single underscores (``A320`` is
    ``a`` and ``320``, ``07t14`` is ``07``, ``t`` and ``14``); a punctuation token is one run.
    Stages that read digits glued to letters (dates, quantities, entity keys) read these runs.
    """

    start: int
    end: int
    kind: str  # "letters" | "digits" | "underscore" | "punct"


_RUN = re.compile(r"(?P<digits>\d+)|(?P<letters>[^\W\d_]+)|(?P<underscore>_)")


@lru_cache(maxsize=65536)
def _runs_of(norm: str) -> tuple[tuple[int, int, str], ...]:
    if norm.isalpha():
        return ((0, len(norm), "letters"),)
    return tuple((m.start(), m.end(), m.lastgroup or "letters") for m in _RUN.finditer(norm))


def runs_in(folded: str, spans: Sequence[tuple[int, int]], start: int, end: int) -> list[Run]:
    """The runs of the tokens at ``spans`` (in order, in ``folded``) within ``folded[start:end]``;
    a token cut by a bound is read as the range's own tokenization reads it."""
    out: list[Run] = []
    if start >= end:
        return out
    first = bisect_left(spans, (start, start))
    if first and spans[first - 1][1] > start:
        first -= 1
    for k in range(first, len(spans)):
        a, b = spans[k]
        if a >= end:
            break
        a, b = max(a, start), min(b, end)
        norm = folded[a:b]
        if not norm[0].isalnum() and norm[0] != "_":
            out.append(Run(a, b, "punct"))
            continue
        for ra, rb, kind in _runs_of(norm):
            out.append(Run(a + ra, a + rb, kind))
    return out


def runs(folded: str, start: int = 0, end: int | None = None) -> list[Run]:
    """The runs of an already folded string's tokens within ``folded[start:end]``.

    A document's runs come from its view (:func:`claimdiff.text.document.runs_of`)."""
    stop = len(folded) if end is None else end
    return runs_in(folded, [m.span() for m in _TOKEN.finditer(folded, start, stop)], start, stop)
