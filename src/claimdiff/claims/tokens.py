"""Phrase matching over the text layer's tokens (:mod:`claimdiff.text.tokens`).

``tokenize`` here is the folded view the comparator was written against: the same tokens with
``text`` holding the folded form. Claim extraction itself reads ``norm`` and never needs it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from claimdiff.text import tokens as text_tokens
from claimdiff.text.tokens import Token

Phrase = tuple[str, ...]
QUOTE_MARKS = frozenset("\"'")

__all__ = ["QUOTE_MARKS", "FoldedToken", "Phrase", "Token", "find_phrase", "phrase_at", "tokenize"]


@dataclass(frozen=True, slots=True)
class FoldedToken(Token):
    """A text-layer token whose ``text`` is its folded form (``norm``), for code that matches on it."""


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with ``text`` folded; offsets point into ``text``."""
    return [
        FoldedToken(t.start, t.end, t.norm, t.norm, t.kind) for t in text_tokens.tokenize(text, start, end)
    ]


def words(tokens: Sequence[Token]) -> list[Token]:
    return [t for t in tokens if t.is_word]


def phrase_at(tokens: Sequence[Token], i: int, phrase: Phrase) -> bool:
    """Whether ``phrase`` starts at word token ``i`` (punctuation between words is skipped)."""
    k = i
    for w in phrase:
        while k < len(tokens) and not tokens[k].is_word:
            k += 1
        if k >= len(tokens) or not tokens[k].has(w):
            return False
        k += 1
    return True


def phrase_end(tokens: Sequence[Token], i: int, phrase: Phrase) -> int:
    """Index just past ``phrase`` matched at ``i`` (see :func:`phrase_at`)."""
    k = i
    for _ in phrase:
        while k < len(tokens) and not tokens[k].is_word:
            k += 1
        k += 1
    return k


def find_phrase(
    tokens: Sequence[Token], phrases: Collection[Phrase], start: int = 0, stop: int | None = None
) -> tuple[int, Phrase] | None:
    """The first (longest at a position) phrase of ``phrases`` in ``tokens[start:stop]``."""
    stop = len(tokens) if stop is None else stop
    firsts = {p[0] for p in phrases}
    ordered = sorted(phrases, key=len, reverse=True)
    for i in range(start, stop):
        tok = tokens[i]
        if not tok.is_word or not any(tok.has(f) for f in firsts & (tok.forms | tok.light)):
            continue
        for p in ordered:
            if tok.has(p[0]) and phrase_at(tokens, i, p):
                return i, p
    return None
