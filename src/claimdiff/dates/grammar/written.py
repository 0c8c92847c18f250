"""Written dates: day, month and year in every order, numeric dates, a weekday in front."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from claimdiff.dates.expr import Expr
from claimdiff.dates.grammar.months import MonthReading
from claimdiff.dates.grammar.stream import BEFORE_DATE, COMMA, OF, SP, SP1, Result, longest

_WD_GAP = re.compile(r" {0,2}[,\-/]? {0,3}")
_SLASH = re.compile(r" {0,2}/ {0,2}")
_RANGE = re.compile(r" {0,2}(?:-|الي|حتي|و) {0,2}")
_NUMERIC_TAIL = re.compile(r"[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{4}$")  # a date read day- or month-first


class WrittenDates(MonthReading):
    """الثلاثاء 7 أكتوبر 2014، October 7, 2014، 2014/10/07، الأول من تشرين الأول."""

    def explicit(self, i: int) -> Result:
        """A written date, possibly after its weekday: الثلاثاء 7 أكتوبر 2014، 2014/10/07."""
        j, weekday = i, None
        unit = self.sense(j, "unit")
        if unit is not None and unit.val == "D" and unit.flag[:2] == "sg" and not self.t[j].article:
            if self.sense(j + 1, "weekday") is not None and self.fits(SP1, self.t[j].end, j + 1):
                j += 1
            else:
                return None
        w = self.sense(j, "weekday")
        if w is not None and (self.t[j].article or w.flag in BEFORE_DATE or j > i):
            gap = self.gap(self.t[j].end, j + 1)
            if gap is None or _WD_GAP.fullmatch(gap) is None:
                return None
            if gap.strip() and self._closes_date(self.t[i].start):
                return None  # 7 أكتوبر 2014 الثلاثاء - 8 أكتوبر: the weekday ends the date before it
            weekday, j = int(w.val), j + 1
        elif j > i:
            return None
        r = self.core(j)
        if r is None:
            return None
        e, nxt = r
        if weekday is not None:
            e = _order_by_weekday(replace(e, start=self.t[i].start, weekday=weekday), self.f)
        return e, nxt

    def _closes_date(self, pos: int) -> bool:
        """Whether a full date ends right before ``pos`` (only spaces or a comma between)."""
        p = self.prev
        if p is None or p.day is None or p.year is None or not 0 <= pos - p.end <= 3:
            return False
        return COMMA.fullmatch(self.f[p.end : pos]) is not None

    def core(self, j: int) -> Result:
        return longest((self.day_first(j), self.month_first(j), self.numeric(j), self.ordinal_day(j)))

    def day_first(self, j: int, ranges: bool = True) -> Result:
        """7 أكتوبر 2014، 07October 2014، 7th of October، 5 من أكتوبر; the first day of 10-12 مارس."""
        if j >= self.n:
            return None
        tok = self.t[j]
        if not self._is_day_number(j):
            return None
        if j > 0 and self._joined_to_number(j):
            return None
        pos, k = tok.end, j + 1
        if self.sense(k, "lord") is not None and self.gap(pos, k) == "":
            pos, k = self.t[k].end, k + 1
        if self.sense(k, "of") is not None and self.fits(SP1, pos, k):
            pos, k = self.t[k].end, k + 1
        slashed = self.fits(_SLASH, pos, k)
        ms = self.months(k) if slashed or self.fits(SP, pos, k) or self.fits(OF, pos, k) else None
        if ms is None:
            return self.range_start(j) if ranges else None
        if slashed:  # 13 / ذو الحجة / 1435 هـ: only with the year, slashed too
            r = self.dated(tok.start, tok.num, ms, True, _SLASH)
            return r if r is not None and r[0].year is not None else None
        return self.dated(tok.start, tok.num, ms, True)

    def _joined_to_number(self, j: int) -> bool:
        """A number glued to the one before it (2014/10, 1.5, 12:30, 2014-10), not a day range."""
        prev, tok = self.t[j - 1], self.t[j]
        if not prev.is_num or prev.end < tok.start - 1 or prev.end == tok.start:
            return False  # apart, or split from a year it was glued to (7 Oct 20147 Oct 2014)
        return self.f[tok.start - 1 : tok.start] in ("/", ".", ":") or prev.digits > 2

    def range_start(self, j: int) -> Result:
        """The first day of a range written with one month: 10-12 مارس، من 5 إلى 7 أكتوبر، 5 و7 أكتوبر."""
        k = j + 1
        if k >= self.n or not self._is_day_number(k) or not self.fits(_RANGE, self.t[j].end, k):
            return None
        second = self.day_first(k, ranges=False)
        if second is None:
            return None
        tok = self.t[j]
        return replace(second[0], start=tok.start, end=tok.end, day=tok.num, direction=None), j + 1

    def month_first(self, j: int, licensed: bool = False) -> Result:
        ms = self.months(j)
        if ms is None:
            return None
        start = self.t[j].start
        k = ms.next
        gregorian = all(s.cat == "gmonth" for s in ms.senses)
        if gregorian and k < self.n and self._is_day_number(k) and self.fits(SP1, ms.end, k):
            # October 7, 2014; an Arabic name only with its year (أكتوبر 7، 2014, as blogs print dates)
            day = self.t[k].num
            pos, nxt = self.t[k].end, k + 1
            if self.sense(nxt, "lord") is not None and self.gap(pos, nxt) == "":
                pos, nxt = self.t[nxt].end, nxt + 1
            y = self.year_after(pos, nxt, False)
            cal, month = self.choose(ms, None)
            if y is not None:
                return Expr(start, y[1], calendar=cal, year=y[0], month=month, day=day), y[2]
            if ms.latin:
                return Expr(start, pos, calendar=cal, month=month, day=day), nxt
        return self.dated(start, None, ms, licensed)

    def numeric(self, j: int) -> Result:
        """2014/10/07, 07-10-2014, 7.10.2014, 1435/12/13 هـ, 10/2014."""
        if j + 1 >= self.n:
            return None
        a, b = self.t[j], self.t[j + 1]
        if not (a.is_num and b.is_num):
            return None
        sep = self.gap(a.end, j + 1)
        if sep not in ("/", "-", "."):
            return None
        before = self.f[a.start - 1 : a.start]
        if before and (before in "/-.:" or before.isdigit()):
            return None
        c = self.t[j + 2] if j + 2 < self.n else None
        if c is not None and c.is_num and self.gap(b.end, j + 2) == sep:
            if self._runs_on(c.end):
                return None
            if a.digits == 4 and b.digits <= 2 and c.digits <= 2:
                y, m, d = a.num, b.num, c.num
            elif c.digits == 4 and a.digits <= 2 and b.digits <= 2:
                d, m, y = a.num, b.num, c.num
                if m > 12 and d <= 12:
                    d, m = m, d
            else:
                return None
            if not (1 <= m <= 12 and 1 <= d <= 31):
                return None
            end, nxt = c.end, j + 3
            era = self.era_at(end, nxt)
            cal: str | None
            if era is not None:
                cal = era[0]
                end, nxt = self.t[nxt].end, nxt + 1
            elif 1800 <= y <= 2200:
                cal = "gregorian"
            elif 1200 <= y <= 1600:
                cal = None
            else:
                return None
            return Expr(a.start, end, calendar=cal, year=y, month=m, day=d, era=era[0] if era else None), nxt
        if sep == "/" and a.digits <= 2 and 1 <= a.num <= 12 and b.digits == 4 and 1900 <= b.num <= 2100:
            if self._runs_on(b.end):
                return None
            return Expr(a.start, b.end, year=b.num, month=a.num), j + 2
        return None

    def ordinal_day(self, j: int) -> Result:
        """الأول من تشرين الأول: a day written as an ordinal."""
        o = self.sense(j, "ord")
        if o is None or not 1 <= int(o.val) <= 31:
            return None
        tok = self.t[j]
        if not self.fits(OF, tok.end, j + 1):
            return None
        ms = self.months(j + 1)
        if ms is None:
            return None
        return self.dated(tok.start, int(o.val), ms, True)


def _order_by_weekday(e: Expr, folded: str) -> Expr:
    """A numeric date that reads both ways (10/7/2014) takes the order its written weekday fits:
    Tuesday 10/7/2014 is 7 October, not 10 July."""
    y, m, d, wd = e.year, e.month, e.day, e.weekday
    if e.calendar != "gregorian" or y is None or m is None or d is None or wd is None or d == m or d > 12:
        return e
    if _NUMERIC_TAIL.search(folded, e.start, e.end) is None:
        return e
    try:
        written, swapped = datetime.date(y, m, d), datetime.date(y, d, m)
    except ValueError:
        return e
    if written.isoweekday() != wd and swapped.isoweekday() == wd:
        return replace(e, month=d, day=m)
    return e
