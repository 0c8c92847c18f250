"""Phrase matching over the text layer's tokens (:mod:`claimdiff.text.tokens`).

``tokenize`` here is the folded view the comparator was written against: the same tokens with
``text`` holding the folded form. Claim extraction itself reads ``norm`` and never needs it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from claimdiff.text.document import tokens_of
from claimdiff.text.tokens import Token

Phrase = tuple[str, ...]
QUOTE_MARKS = frozenset("\"'")

__all__ = [
    "QUOTE_MARKS",
    "FoldedToken",
    "Phrase",
    "Token",
    "find_phrase",
    "may_start",
    "phrase_at",
    "tokenize",
]


@dataclass(frozen=True, slots=True)
class FoldedToken(Token):
    """A text-layer token whose ``text`` is its folded form (``norm``), for code that matches on it."""


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with ``text`` folded; offsets point into ``text``."""
    return [FoldedToken(t.start, t.end, t.norm, t.norm, t.kind) for t in tokens_of(text, start, end)]


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


@dataclass(frozen=True, slots=True)
class _Firsts:
    """A phrase list by its first word: particles (matched exactly, with a glued conjunction) and
    longer words (matched up to clitics), and the phrases longest first."""

    short: frozenset[str]
    long: frozenset[str]
    ordered: tuple[Phrase, ...]
    seen: dict[str, bool] = field(default_factory=dict, compare=False)  # by the token's folded form

    def may_start(self, tok: Token) -> bool:
        """Whether some phrase's first word is ``tok`` (:meth:`Token.has`)."""
        found = self.seen.get(tok.norm)
        if found is None:
            found = tok.is_word and (
                not self.short.isdisjoint(tok.light) or not self.long.isdisjoint(tok.forms)
            )
            if len(self.seen) >= _SEEN:
                self.seen.clear()
            self.seen[tok.norm] = found
        return found


_SEEN = 32768


@lru_cache(maxsize=512)
def _firsts(phrases: frozenset[Phrase]) -> _Firsts:
    return _Firsts(
        frozenset(p[0] for p in phrases if len(p[0]) <= 3),
        frozenset(p[0] for p in phrases if len(p[0]) > 3),
        tuple(sorted(phrases, key=len, reverse=True)),
    )


def may_start(tok: Token, phrases: frozenset[Phrase]) -> bool:
    """Whether ``tok`` is the first word of some phrase of ``phrases``: a cheap test before
    :func:`phrase_at` is tried with each of them."""
    return _firsts(phrases).may_start(tok)


def find_phrase(
    tokens: Sequence[Token], phrases: Collection[Phrase], start: int = 0, stop: int | None = None
) -> tuple[int, Phrase] | None:
    """The first (longest at a position) phrase of ``phrases`` in ``tokens[start:stop]``."""
    stop = len(tokens) if stop is None else stop
    f = _firsts(phrases if isinstance(phrases, frozenset) else frozenset(phrases))
    for i in range(start, stop):
        tok = tokens[i]
        if not f.may_start(tok):
            continue
        for p in f.ordered:
            if tok.has(p[0]) and phrase_at(tokens, i, p):
                return i, p
    return None
