"""The sparse token stream the grammar reads: only date words and digit runs, with their offsets.

Everything else in the text is skipped; the grammar looks at the gap between two tokens to know
whether they are adjacent (spaces, a slash, a bracket) or separated by other words.
"""

from __future__ import annotations

from typing import NamedTuple

from claimdiff.dates.lexicon import Sense, lexicon


class Token(NamedTuple):
    """A date word or a digit run in the folded text.

    ``start`` is where the token's own text begins: after a conjunction or preposition glued in
    front (و ف ب ل ك), at the article when there is one.  ``fit`` maps each kind of sense the word
    has, with or without its article as written, to that sense; a digit run has none.
    """

    start: int
    end: int
    word: str
    fit: dict[str, Sense]
    article: bool
    prefix: str
    num: int = -1
    digits: int = 0

    def sense(self, *cats: str) -> Sense | None:
        """The first sense of one of ``cats`` that fits the token's article."""
        for c in cats:
            s = self.fit.get(c)
            if s is not None:
                return s
        return None

    @property
    def is_num(self) -> bool:
        return self.digits > 0


_NONE: dict[str, Sense] = {}


def tokenize(folded: str) -> list[Token]:
    """Every date word and digit run of ``folded``, in order."""
    lex = lexicon()
    fitting = lex.fitting
    out: list[Token] = []
    for m in lex.trigger.finditer(folded):
        num = m.group("num")
        if num is not None:
            out.append(
                Token(m.start("num"), m.end(), "", _NONE, False, m.group("pre"), int(num[:9]), len(num))
            )
            continue
        word = m.group("word")
        pre = m.group("pre") or ""
        art = m.group("art")
        if len(word) == 1 and (pre or art):
            continue  # a one-letter era mark (ه، م، ش) never carries a prefix: وكاله is not و+ك+ال+ه
        key = " ".join(word.split()) if " " in word else word
        start = m.start("word")
        if art:
            start = m.start("art") - (1 if art == "ل" else 0)
        fit = fitting.get((key, art is not None))
        if fit:
            out.append(Token(start, m.end(), key, fit, art is not None, pre))
    return out
