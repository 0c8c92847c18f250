"""Years and the periods of a year: عام 2014، مطلع 2014، الربع الأول، صيف 2014، التسعينيات."""

from __future__ import annotations

from dataclasses import replace

from claimdiff.dates.expr import Expr
from claimdiff.dates.grammar.named_days import NamedDays
from claimdiff.dates.grammar.stream import CONTINUE, OF, SP, SP1, Result, longest
from claimdiff.dates.grammar.written import WrittenDates


class Periods(WrittenDates, NamedDays):
    """A year, a part, quarter or half of one, a season, a decade."""

    def year(self, i: int, licensed: bool = False) -> Result:
        """عام 2014، 2014م، 1435هـ، في 2014، عامي 2013 و2014."""
        tok = self.t[i]
        yw = tok.sense("yearword")
        if yw is not None:
            k = i + 1
            if k < self.n and self.t[k].is_num and self.fits(SP, tok.end, k):
                r = self._year_number(k, True, by_word=True)
                if r is not None:
                    return replace(r[0], start=tok.start), r[1]
            return None
        if not tok.is_num:
            return None
        if self._year_pair(i):
            return Expr(tok.start, tok.end, year=tok.num), i + 1
        cued = self.continues(tok.start) or self.cue_before(tok.start, self.lex.year_prepositions)
        return self._year_number(i, licensed or cued)

    def _year_pair(self, i: int) -> bool:
        """Two plausible years joined as a span of time: بين 2012 و2014، 2012-2014."""
        k = i + 1
        if k >= self.n or not self.fits(CONTINUE, self.t[i].end, k):
            return False
        a, b = self.t[i], self.t[k]
        if not (a.digits == b.digits == 4 and 1900 <= a.num < b.num <= 2099):
            return False
        return self._year_number(k, True) is not None

    def _year_number(self, k: int, licensed: bool, by_word: bool = False) -> Result:
        tok = self.t[k]
        if not 3 <= tok.digits <= 4:
            return None
        before = self.f[tok.start - 1 : tok.start]
        if (before and before in "/.:") or self._runs_on(tok.end):
            return None
        era = self.era_at(tok.end, k + 1)
        y = tok.num
        if era is not None:
            end, nxt, cal = self.t[k + 1].end, k + 2, era[0]
            if cal == "gregorian" and not 1 <= y <= 2999:
                return None
            return Expr(tok.start, end, calendar=cal, year=y, era=cal), nxt
        if not licensed or tok.digits != 4:
            return None
        after = self.word_after(tok.end)
        unit_follows = self.sense(k + 1, "unit") is not None and self.fits(SP, tok.end, k + 1)
        if after in self.lex.year_blockers or unit_follows:
            return None
        if self.f[tok.end : tok.end + 1] in ("%", ".", ",") and self.f[tok.end + 1 : tok.end + 2].isdigit():
            return None
        if 1800 <= y <= 2099:
            return Expr(tok.start, tok.end, year=y), k + 1
        if by_word and 1200 <= y <= 1600:  # عام 1435: Hijri or Solar Hijri, never Gregorian
            return Expr(tok.start, tok.end, calendar=None, year=y), k + 1
        if by_word and 1000 <= y <= 2199:
            return Expr(tok.start, tok.end, year=y), k + 1
        return None

    def part(self, i: int) -> Result:
        """مطلع كانون الثاني، منتصف الصيف، أواخر العام الماضي، نهاية 2014."""
        p = self.sense(i, "part")
        if p is None or not self.fits(SP1, self.t[i].end, i + 1):
            return None
        j = i + 1
        u = self.sense(j, "unit")
        month_word = u is not None and u.val == "M" and u.flag[:2] == "sg" and not self.t[j].article
        if month_word and self.months(j + 1) is not None and self.fits(SP1, self.t[j].end, j + 1):
            j += 1
        best = longest(
            (
                self.month_first(j, licensed=True),
                self.relunit(j, bare_ok=True),
                self.year(j, licensed=True),
                self.season(j, licensed=True),
                self.decade(j),
            )
        )
        if best is None:
            return None
        return replace(best[0], start=self.t[i].start, mod=str(p.val)), best[1]

    def quarter(self, i: int) -> Result:
        """الربع الأول من 2014، النصف الثاني من العام الماضي."""
        q = self.sense(i, "quarter") or self.sense(i, "half")
        o = self.sense(i + 1, "ord")
        if q is None or o is None or not self.t[i].article or not self.t[i + 1].article:
            return None
        if not self.fits(SP1, self.t[i].end, i + 1):
            return None
        n, size = int(o.val), int(q.val)
        n = size if n == -1 else n
        if not 1 <= n <= size:
            return None
        pos, k = self.t[i + 1].end, i + 2
        if not (self.fits(OF, pos, k) or self.fits(SP1, pos, k)):
            return None
        best = longest((self.year(k, licensed=True), self.relunit(k, bare_ok=True)))
        if best is None:
            return None
        e = best[0]
        if e.month is not None or (e.shift is not None and e.shift[0] != "Y"):
            return None
        if size == 4:
            return replace(e, start=self.t[i].start, quarter=n), best[1]
        return replace(e, start=self.t[i].start, half=n), best[1]

    def season(self, i: int, licensed: bool = False) -> Result:
        """صيف 2014، الصيف الماضي، فصل الشتاء، (منتصف) الصيف."""
        j = i
        cue = self.sense(j, "seasoncue")
        if cue is not None and self.fits(SP1, self.t[j].end, j + 1):
            j += 1
        s = self.sense(j, "season")
        if s is None:
            return None
        tok = self.t[j]
        if self.word_after(tok.end) in self.lex.season_blockers:
            return None
        end, k, year, direction = tok.end, j + 1, None, None
        if k < self.n and self.t[k].is_num and self.t[k].digits == 4 and self.fits(SP, end, k):
            year, end, k = self.t[k].num, self.t[k].end, k + 1
        elif self.fits(OF, end, k):
            r = self.year(k, licensed=True) or self.relunit(k, bare_ok=True)
            if r is not None and r[0].month is None and (r[0].shift is None or r[0].shift[0] == "Y"):
                return replace(r[0], start=self.t[i].start, season=str(s.val)), r[1]
        if year is None:
            direction, end, k = self.modifier(end, k)
        if direction is None and year is None and self.cue_before(self.t[i].start, self.lex.since_words):
            direction = "since"
        ok = licensed or j > i or year is not None or direction is not None
        if not ok and not self.cue_before(self.t[i].start, self.lex.year_prepositions):
            return None
        return Expr(self.t[i].start, end, year=year, season=str(s.val), direction=direction), k

    def decade(self, i: int) -> Result:
        """التسعينيات (199X), عشرينيات القرن الماضي."""
        d = self.sense(i, "decade")
        if d is None:
            return None
        end = self.t[i].end
        m = self.lex.century.match(self.f, end)
        if m is None and d.flag == "century":
            return None
        if m is not None:
            end = m.end()
        k = i + 1
        while k < self.n and self.t[k].start < end:
            k += 1
        return Expr(self.t[i].start, end, decade=int(d.val)), k
