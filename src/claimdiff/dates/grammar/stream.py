"""The token stream a date production reads: gaps between tokens, their senses, the words around.

Adjacency is judged on the folded text between two tokens (the gap): spaces, a slash, a bracket,
a comma.  The patterns below are the gaps the productions accept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from claimdiff.dates.expr import Expr
from claimdiff.dates.lexicon import Lexicon, Sense, lexicon
from claimdiff.dates.tokens import DateWord
from claimdiff.text.clitics import light

Result = tuple[Expr, int] | None

SP = re.compile(r" {0,3}")
SP1 = re.compile(r" {1,3}")
COMMA = re.compile(r" {0,2},? {0,3}")
OF = re.compile(r" {1,3}من {1,3}")
CONTINUE = re.compile(r" {0,3}(?:,? {0,2}و|-|/|الي|حتي|او|and|to) {0,3}")
BEFORE_DATE = ("latin", "persian")  # weekday names read only in front of a written date
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ ,]{1,3}$")
_WORD_AFTER = re.compile(r"[ ,]{1,3}([^\W\d_]+)")


class TokenStream:
    """One text's folded form and date tokens, and what a production asks of them."""

    def __init__(self, folded: str, tokens: list[DateWord], original_char: Callable[[int], str]) -> None:
        self.f = folded
        self.t = tokens
        self.n = len(tokens)
        self.lex: Lexicon = lexicon()
        self.original_char = original_char  # the original character a folded index came from
        self.prev: Expr | None = None

    def gap(self, pos: int, j: int) -> str | None:
        if j >= self.n:
            return None
        start = self.t[j].start
        if start < pos or start - pos > 12:
            return None
        return self.f[pos:start]

    def fits(self, rx: re.Pattern[str], pos: int, j: int) -> bool:
        g = self.gap(pos, j)
        return g is not None and rx.fullmatch(g) is not None

    def sense(self, j: int, cat: str) -> Sense | None:
        return self.t[j].fit.get(cat) if j < self.n else None

    def word_before(self, pos: int) -> str:
        m = _WORD_BEFORE.search(self.f, max(0, pos - 24), pos)
        return m.group(1) if m else ""

    def word_after(self, pos: int) -> str:
        m = _WORD_AFTER.match(self.f, pos, pos + 24)
        return m.group(1) if m else ""

    def cue_before(self, pos: int, cues: frozenset[str]) -> bool:
        w = self.word_before(pos)
        return not light(w).isdisjoint(cues)  # the word, or the word behind a glued conjunction

    def continues(self, pos: int) -> bool:
        """Whether the token at ``pos`` continues the previous expression (عامي 2013 و2014)."""
        p = self.prev
        if p is None or pos - p.end > 12 or p.type != "DATE" or (p.year is None and p.month is None):
            return False
        return CONTINUE.fullmatch(self.f[p.end : pos]) is not None

    def modifier(self, end: int, k: int) -> tuple[str | None, int, int]:
        """A modifier (الماضي، المقبل، الجاري) at token ``k`` right after ``end``: its direction,
        the new end and the next token; else (None, end, k)."""
        mod = self.sense(k, "mod")
        if mod is not None and self.fits(SP1, end, k):
            return str(mod.val), self.t[k].end, k + 1
        return None, end, k

    def era_at(self, pos: int, k: int) -> tuple[str, int] | None:
        s = self.sense(k, "era")
        if s is None or not self.fits(SP, pos, k):
            return None
        return str(s.val), k

    def _runs_on(self, pos: int) -> bool:
        nxt = self.f[pos : pos + 2]
        return len(nxt) == 2 and nxt[0] in "/-.:" and nxt[1].isdigit()

    def _is_day_number(self, j: int) -> bool:
        tok = self.t[j]
        return tok.is_num and tok.digits <= 2 and 1 <= tok.num <= 31


def longest(results: Iterable[Result]) -> Result:
    """The result that reaches furthest; the first of those that reach as far."""
    best: Result = None
    for r in results:
        if r is not None and (best is None or r[0].end > best[0].end):
            best = r
    return best
