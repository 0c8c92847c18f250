"""The sparse stream the grammar reads: only date words and digit runs, with their offsets.

Not a tokenizer: the lexicon is matched where a run of the shared tokens
(:mod:`claimdiff.text.tokens`) begins.  Everything else in the text is skipped; the grammar looks
at the gap between two date words to know whether they are adjacent (spaces, a slash, a bracket)
or separated by other words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from claimdiff.dates.lexicon import Sense, lexicon
from claimdiff.text.tokens import Run
from claimdiff.text.tokens import runs as text_runs


class DateWord(NamedTuple):
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
_GLUE_AFTER = (":", " ")
_DATE_SEPS = ("/", "-", ".", " ")
_ISO_TIME = re.compile(r"[0-9]{2}(?=:)")


def _glued_year(folded: str, end: int, num: str, before: list[DateWord]) -> bool:
    """A year run together with what follows it in a stamp copied from a page: the hour of its
    clock time (7/10/201402:07) or the day of a repeated date (7 Oct 20147 Oct 2014)."""
    if not 1900 <= int(num[:4]) <= 2099 or folded[end : end + 1] not in _GLUE_AFTER:
        return False
    if folded[end : end + 1] == ":":  # after a date's separator: 7/10/201402:07, October 7, 20146:03
        return (
            folded[end + 1 : end + 2].isdigit() and folded[end - len(num) - 1 : end - len(num)] in _DATE_SEPS
        )
    prev = before[-1] if before else None
    if prev is None or "gmonth" not in prev.fit or prev.end < end - len(num) - 3:
        return False
    m = lexicon().trigger.match(folded, end + 1)
    return (
        m is not None
        and m.group("word") is not None
        and "gmonth" in lexicon().fitting.get((m.group("word"), m.group("art") is not None), {})
    )


def _starts(runs: Iterable[Run]) -> Iterator[int]:
    """Where a date token may begin: at a run of letters (a word, a glued prefix, an era mark),
    and at a run of digits not glued behind letters (A320 is no 20)."""
    after_letters = -1
    for start, end, kind in runs:
        if kind == "letters":
            after_letters = end
            yield start
        elif kind == "digits" and start != after_letters:
            yield start


def date_words(folded: str, runs: Iterable[Run] | None = None) -> list[DateWord]:
    """Every date word and digit run of ``folded``, in order.

    ``runs`` are the runs of the shared tokens of ``folded`` (a document's from its view, else
    they are made here); the lexicon is matched at their starts, and a match may span several
    (a multi-word month name, a prefix glued to a number)."""
    lex = lexicon()
    fitting = lex.fitting
    trigger = lex.trigger
    out: list[DateWord] = []
    done = 0
    for p in _starts(text_runs(folded) if runs is None else runs):
        if p < done:
            continue  # inside the last match: a multi-word name
        m = trigger.match(folded, p)
        if m is None:
            continue
        done = m.end()
        num = m.group("num")
        if num is not None:
            start, end, pre = m.start("num"), m.end(), m.group("pre")
            if not pre and start and folded[start - 1].isdigit():
                continue  # the tail of a run glued to letters (A320 is no 20)
            if 5 <= len(num) <= 6 and _glued_year(folded, end, num, out):
                out.append(DateWord(start, start + 4, "", _NONE, False, pre, int(num[:4]), 4))
                start, pre, num = start + 4, "", num[4:]
            out.append(DateWord(start, end, "", _NONE, False, pre, int(num[:9]), len(num)))
            if folded[end : end + 1] == "t" and folded[end - 3 : end - 2] == "-":
                iso = _ISO_TIME.match(
                    folded, end + 1
                )  # 2014-10-07T14:07: the regex skips a run after a letter
                if iso is not None:
                    out.append(
                        DateWord(end + 1, iso.end(), "", _NONE, False, "", int(iso.group()), len(iso.group()))
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
            out.append(DateWord(start, m.end(), key, fit, art is not None, pre))
    return out
