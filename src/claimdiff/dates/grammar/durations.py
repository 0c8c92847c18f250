"""Durations and counts back in time: ثلاثة أعوام، 3 سنوات، منذ عام، قبل يومين، الأيام الماضية."""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.dates.expr import Expr
from claimdiff.dates.grammar.months import MonthReading
from claimdiff.dates.grammar.stream import SP, SP1, Result
from claimdiff.text import numbers

_AND = re.compile(r" {1,3}و")
_UNITS = ("Y", "M", "W", "D", "H", "MIN")  # units a date can be counted back in (قبل 3 ساعات)


class Durations(MonthReading):
    """A counted or vague span of time, or a date counted back from the text's day."""

    def duration(self, i: int) -> Result:
        """ثلاثة أعوام، سنتين، 3 سنوات، منذ عام، خلال أيام، قبل يومين (a date), الأيام الماضية."""
        j, signal = i, None
        sig = self.sense(i, "signal")
        if sig is not None:
            if not self.fits(SP1, self.t[i].end, i + 1):
                return None
            j, signal = i + 1, str(sig.val)
        if j >= self.n:
            return None
        count: int | None = None
        vague = False
        k = j
        tok = self.t[k]
        if tok.is_num and tok.digits <= 4 and self.fits(SP, tok.end, k + 1):
            count, k = tok.num, k + 1
        else:
            words = self.number_words(k)
            if words is not None:
                count, k = words
            elif self.sense(k, "vague") is not None and self.fits(SP1, tok.end, k + 1):
                vague, k = True, k + 1
        u = self.sense(k, "unit")
        if u is None or (k > j and not self.fits(SP, self.t[k - 1].end, k)):
            return None
        unit, form = str(u.val), u.flag[:2]
        needs_count = u.flag.endswith("count")
        utok = self.t[k]
        if form == "du":
            if count is not None or vague:
                return None
            count = 2
        end, nxt = utok.end, k + 1
        mod = self.sense(nxt, "mod")
        has_mod = mod is not None and self.fits(SP1, end, nxt) and mod.val != "current"
        named_month = self.months(k + 1) is not None and self.fits(SP1, utok.end, k + 1)
        if count is None and not vague:
            if form == "sg" and signal in ("since", "for", "during") and not utok.article and not named_month:
                count = 1
            elif form == "pl" and (signal in ("since", "for", "during") or (utok.article and has_mod)):
                vague = True
            else:
                return None
        elif utok.article and not has_mod:
            return None
        if needs_count and signal is None and k == j and form == "du":
            return None
        if utok.article and has_mod:
            end, nxt = self.t[nxt].end, nxt + 1
        start = self.t[j].start
        anchored = self.word_after(self.t[k].end) not in self.lex.ago_not_followed_by
        if signal == "ago" and count is not None and not vague and unit in _UNITS and anchored:
            return Expr(
                self.t[i].start, end, shift=(unit, -count), lead=self.t[i].start, ago=(unit, -count)
            ), nxt
        amount = "X" if vague or count is None else str(count)
        value = f"PT{amount}{unit[0]}" if unit in ("H", "MIN") else f"P{amount}{unit}"
        e = Expr(start, end, type="DURATION", duration=value)
        if signal == "since" and count is not None and not vague and unit in _UNITS:
            # منذ 3 ساعات: a duration in running text, "3 hours ago" as a page's stamp
            e = replace(e, lead=self.t[i].start, ago=(unit, -count))
        return e, nxt

    def number_words(self, k: int) -> tuple[int, int] | None:
        """ثلاثة، ثلاثة عشر، خمسة وعشرين، مئتين: the value and the next token, read by the one
        number-word grammar (:func:`claimdiff.text.numbers.compose`)."""
        table = numbers.words()
        first = table.get(self.t[k].word) if self.sense(k, "num") is not None else None
        if first is None or self.t[k].article:
            return None

        def following(i: int) -> numbers.Entry | None:
            j = k + i
            entry = table.get(self.t[j].word) if j < self.n else None
            if entry is None or (self.sense(j, "num") is None and self.sense(j, "teen") is None):
                return None
            if self.t[j].prefix == "و" and self.fits(_AND, self.t[j - 1].end, j):
                return entry[0], entry[1], True
            if not self.t[j].prefix and self.fits(SP1, self.t[j - 1].end, j):
                return entry[0], entry[1], False
            return None

        read = numbers.compose(first, following)
        if read is None or not read[0].is_integer():
            return None
        return int(read[0]), k + read[1]
