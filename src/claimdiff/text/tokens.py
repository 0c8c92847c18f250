"""One tokenizer for every stage: word, number and punctuation tokens with offsets in the original.

The text is folded once (:func:`claimdiff.text.normalize.fold`); tokens are found on the folded
view and mapped back, so ``text[token.start:token.end]`` is always the token's original surface.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def tokenize_folded(text: str, folded: Folded, start: int = 0) -> list[Token]:
    """Tokens of ``folded``, the fold of ``text`` from ``start`` on; offsets point into ``text``."""
    out: list[Token] = []
    origin = folded.origin
    for m in _TOKEN.finditer(folded.text):
        a, b = m.span()  # never empty
        s, e = start + origin[a], start + origin[b - 1] + 1
        norm = m.group()
        out.append(Token(s, e, text[s:e], norm, _kind(norm)))
    return out


def norms(folded: str) -> list[str]:
    """The tokens of an already folded string, as strings (each one a token's ``norm``)."""
    return _TOKEN.findall(folded)
