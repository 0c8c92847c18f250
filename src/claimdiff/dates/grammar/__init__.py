"""The date grammar: reads :class:`Expr` from the sparse token stream, left to right, longest first.

Every production starts at one token and looks a bounded number of tokens ahead, so the whole
pass is linear in the number of tokens.  The productions live by kind of expression:
:mod:`.written` (dates written out), :mod:`.named_days` (today, a weekday, next week),
:mod:`.periods` (years and their parts), :mod:`.clock` and :mod:`.durations`; what they read of
the tokens is in :mod:`.stream` and :mod:`.months`.
"""

from __future__ import annotations

from collections.abc import Callable

from claimdiff.dates.expr import Expr
from claimdiff.dates.grammar.clock import ClockTimes
from claimdiff.dates.grammar.durations import Durations
from claimdiff.dates.grammar.periods import Periods
from claimdiff.dates.grammar.stream import Result
from claimdiff.dates.tokens import DateWord

__all__ = ["Grammar", "parse"]


class Grammar(Periods, ClockTimes, Durations):
    """One pass over one text's tokens."""

    def parse(self) -> list[Expr]:
        out: list[Expr] = []
        i = 0
        while i < self.n:
            tok = self.t[i]
            cats = _NUMBER if tok.is_num else tok.fit.keys()
            best: Result = None
            for production, starts in _PRODUCTIONS:  # longest() inlined: this loop runs at every token
                if starts.isdisjoint(cats):
                    continue
                r = production(self, i)
                if r is not None and (best is None or r[0].end > best[0].end):
                    best = r
            if best is None:
                i += 1
                continue
            out.append(best[0])
            self.prev = best[0]
            i = max(best[1], i + 1)
        return out


# each production with the kinds of token it can start at ("#": a digit run)
_PRODUCTIONS: tuple[tuple[Callable[[Grammar, int], Result], frozenset[str]], ...] = (
    (Grammar.explicit, frozenset({"#", "weekday", "unit", "gmonth", "hmonth", "smonth", "ord"})),
    (Grammar.deictic, frozenset({"daypart", "unit", "deictic"})),
    (Grammar.weekday, frozenset({"daypart", "unit", "weekday"})),
    (Grammar.relunit, frozenset({"demo", "unit"})),
    (Grammar.year, frozenset({"#", "yearword"})),
    (Grammar.part, frozenset({"part"})),
    (Grammar.quarter, frozenset({"quarter", "half"})),
    (Grammar.season, frozenset({"seasoncue", "season"})),
    (Grammar.duration, frozenset({"#", "signal", "num", "vague", "unit"})),
    (Grammar.clock, frozenset({"#"})),
    (Grammar.decade, frozenset({"decade"})),
)


_NUMBER = frozenset({"#"})


def parse(folded: str, tokens: list[DateWord], original_char: Callable[[int], str]) -> list[Expr]:
    """Every time expression in the folded text, in order, none overlapping."""
    return Grammar(folded, tokens, original_char).parse()
