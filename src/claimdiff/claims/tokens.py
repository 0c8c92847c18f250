"""Word and punctuation tokens of a stretch of text: folded for matching, offsets in the original."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from claimdiff.claims.lexicon import Phrase, variants
from claimdiff.text.normalize import fold

_TOKEN = re.compile(r"\w+|[^\w\s]")
QUOTE_MARKS = frozenset("\"'")


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # folded
    start: int  # offsets into the original document text
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def forms(self) -> frozenset[str]:
        return variants(self.text) if self.is_word else frozenset((self.text,))

    @property
    def light(self) -> frozenset[str]:
        """The token with and without a glued conjunction: for particles, which do not inflect."""
        t = self.text
        return frozenset((t, t[1:])) if len(t) > 2 and t[0] in "وف" else frozenset((t,))

    def has(self, word: str) -> bool:
        """Whether ``word`` (folded) is this token: particles exactly, longer words up to clitics."""
        return word in (self.light if len(word) <= 3 else self.forms)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``; each token's offsets point into ``text``."""
    end = len(text) if end is None else end
    folded = fold(text[start:end])
    out: list[Token] = []
    for m in _TOKEN.finditer(folded.text):
        s, e = folded.to_original(m.start(), m.end())
        out.append(Token(m.group(), start + s, start + e))
    return out


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
