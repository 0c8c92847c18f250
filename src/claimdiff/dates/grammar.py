"""The date grammar: reads :class:`Expr` from the sparse token stream, left to right, longest first.

Every production starts at one token and looks a bounded number of tokens ahead, so the whole
pass is linear in the number of tokens.  Adjacency is judged on the folded text between two
tokens (the gap): spaces, a slash, a bracket, a comma.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from claimdiff.dates.expr import Expr
from claimdiff.dates.lexicon import Lexicon, Sense, lexicon
from claimdiff.dates.tokens import DateWord
from claimdiff.text import numbers
from claimdiff.text.clitics import light

Result = tuple[Expr, int] | None

_SP = re.compile(r" {0,3}")
_SP1 = re.compile(r" {1,3}")
_COMMA = re.compile(r" {0,2},? {0,3}")
_WD_GAP = re.compile(r" {0,2}[,\-/]? {0,3}")
_SLASH = re.compile(r" {0,2}/ {0,2}")
_PAIR = re.compile(r" {0,2}([/(\-]) {0,2}")
_CLOSE = re.compile(r" {0,2}\)")
_SIGN = re.compile(r" {1,3}-")
_AND = re.compile(r" {1,3}و")
_RANGE = re.compile(r" {0,2}(?:-|الي|حتي|و) {0,2}")
_OF = re.compile(r" {1,3}من {1,3}")
_CONTINUE = re.compile(r" {0,3}(?:,? {0,2}و|-|/|الي|حتي|او|and|to) {0,3}")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ ,]{1,3}$")
_WORD_AFTER = re.compile(r"[ ,]{1,3}([^\W\d_]+)")
_END_OF_CLAUSE = re.compile(r" {0,3}(?:[.,;:!?\"')\]\n]|$)")
_TANWEEN = "\u064b"
_NUMERIC_TAIL = re.compile(r"[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{4}$")  # a date read day- or month-first
_BEFORE_DATE = ("latin", "persian")  # weekday names read only in front of a written date
_UNITS = ("Y", "M", "W", "D", "H", "MIN")  # units a date can be counted back in (قبل 3 ساعات)
_CALENDAR = {"gmonth": "gregorian", "hmonth": "hijri", "smonth": "solar_hijri"}


@dataclass(frozen=True, slots=True)
class _Months:
    """A month name, possibly paired with a second name of the same month (آذار/مارس)."""

    senses: tuple[Sense, ...]
    pair: int | None
    end: int
    next: int
    latin: bool


class Grammar:
    """One pass over one text's tokens."""

    def __init__(self, folded: str, tokens: list[DateWord], original_char: Callable[[int], str]) -> None:
        self.f = folded
        self.t = tokens
        self.n = len(tokens)
        self.lex: Lexicon = lexicon()
        self.original_char = original_char  # the original character a folded index came from
        self.prev: Expr | None = None

    # -- helpers -----------------------------------------------------------------------------
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
        return _CONTINUE.fullmatch(self.f[p.end : pos]) is not None

    # -- the pass ----------------------------------------------------------------------------
    def parse(self) -> list[Expr]:
        out: list[Expr] = []
        i = 0
        while i < self.n:
            tok = self.t[i]
            cats = _NUMBER if tok.is_num else tok.fit.keys()
            best: tuple[Expr, int] | None = None
            for production, starts in _PRODUCTIONS:
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

    # -- months and years --------------------------------------------------------------------
    def months(self, j: int) -> _Months | None:
        if j >= self.n:
            return None
        tok = self.t[j]
        senses = tuple(s for c, s in tok.fit.items() if c in _CALENDAR)
        if not senses:
            return None
        end, k, pair = tok.end, j + 1, None
        latin = all(s.flag == "latin" for s in senses)
        if latin and len(tok.word) <= 5 and self.f[end : end + 1] == ".":
            end += 1  # an abbreviation's full stop: Oct. 7, janv. 2015
        g = self.sense(k, "gmonth")
        first = next((s for s in senses if s.cat == "gmonth"), None)
        if first is not None and g is not None:
            gap = self.gap(end, k)
            m = _PAIR.fullmatch(gap) if gap is not None else None
            if m is not None:
                kend = self.t[k].end
                if m.group(1) == "(":
                    close = _CLOSE.match(self.f, kend, kend + 3)
                    kend = close.end() if close else -1
                if kend >= 0:
                    pair, end, k = int(g.val), kend, k + 1
        return _Months(senses, pair, end, k, latin)

    def choose(self, ms: _Months, year: int | None) -> tuple[str, int]:
        """The calendar and month a name means, minding near-collisions (آذار/آذر, آب/آبان)."""
        by_cat = {s.cat: int(s.val) for s in ms.senses}
        if "hmonth" in by_cat:
            return "hijri", by_cat["hmonth"]
        collisions = self.lex.near_collisions
        if "smonth" in by_cat:
            m = by_cat["smonth"]
            back = {v: k for k, v in collisions.items()}
            if year is not None and year >= 1700 and m in back:
                return "gregorian", back[m]
            return "solar_hijri", m
        m = by_cat["gmonth"]
        if year is not None and 1200 <= year <= 1500 and m in collisions and ms.pair is None:
            return "solar_hijri", collisions[m]
        return "gregorian", m

    def year_after(
        self, pos: int, k: int, lunar: bool, sep: re.Pattern[str] = _COMMA
    ) -> tuple[int, int, int, str | None] | None:
        """A year written after a month: (year, end, next token, era); negative when signed."""
        if k >= self.n or not self.t[k].is_num:
            return None
        gap = self.gap(pos, k)
        if gap is None:
            return None
        neg = sep is _COMMA and _SIGN.fullmatch(gap) is not None
        if not neg and sep.fullmatch(gap) is None:
            return None
        tok = self.t[k]
        era = self.era_at(tok.end, k + 1)
        if lunar:
            ok = 3 <= tok.digits <= 4 or (tok.digits <= 4 and (neg or era is not None))
        else:
            ok = tok.digits == 4 and not neg
        if not ok:
            return None
        end, nxt = tok.end, k + 1
        if era is not None:
            end, nxt = self.t[k + 1].end, k + 2
        return (-tok.num if neg else tok.num), end, nxt, era[0] if era else None

    def era_at(self, pos: int, k: int) -> tuple[str, int] | None:
        s = self.sense(k, "era")
        if s is None or not self.fits(_SP, pos, k):
            return None
        return str(s.val), k

    def dated(
        self, start: int, day: int | None, ms: _Months, licensed: bool, sep: re.Pattern[str] = _COMMA
    ) -> Result:
        """A month (with its day, if any) and whatever follows: year, modifier."""
        lunar = any(s.cat != "gmonth" for s in ms.senses)
        y = self.year_after(ms.end, ms.next, lunar, sep)
        cal, month = self.choose(ms, y[0] if y else None)
        if y is not None and cal == "gregorian" and not 1000 <= y[0] <= 2999:
            y = None
            cal, month = self.choose(ms, None)
        year = y[0] if y else None
        end, nxt = (y[1], y[2]) if y else (ms.end, ms.next)
        alone = day is None and year is None
        cued = licensed or ms.pair is not None or self.month_alone_ok(ms, start)
        modified = self.sense(nxt, "mod") is not None and self.fits(_SP1, end, nxt)
        if alone and not cued and not modified:
            return None
        if day is None and year is None and (ms.latin or cal == "solar_hijri"):
            return None
        direction = None
        mod = self.sense(nxt, "mod")
        if mod is not None and self.fits(_SP1, end, nxt):
            direction, end, nxt = str(mod.val), self.t[nxt].end, nxt + 1
        if direction is None and year is None and self.cue_before(start, self.lex.since_words):
            direction = "since"
        pair = ms.pair if ms.pair is not None and ms.pair != month else None
        e = Expr(
            start,
            end,
            calendar=cal,
            year=year,
            month=month,
            day=day,
            direction=direction,
            era=y[3] if y else None,
            month2=pair,
        )
        return e, nxt

    def month_alone_ok(self, ms: _Months, start: int) -> bool:
        if ms.latin or any(s.cat == "smonth" for s in ms.senses):
            return False
        if not any(s.flag == "amb" for s in ms.senses):
            return True
        return self.cue_before(start, self.lex.month_cues) or self.continues(start)

    # -- productions -------------------------------------------------------------------------
    def explicit(self, i: int) -> Result:
        """A written date, possibly after its weekday: الثلاثاء 7 أكتوبر 2014، 2014/10/07."""
        j, weekday = i, None
        unit = self.sense(j, "unit")
        if unit is not None and unit.val == "D" and unit.flag[:2] == "sg" and not self.t[j].article:
            if self.sense(j + 1, "weekday") is not None and self.fits(_SP1, self.t[j].end, j + 1):
                j += 1
            else:
                return None
        w = self.sense(j, "weekday")
        if w is not None and (self.t[j].article or w.flag in _BEFORE_DATE or j > i):
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
        return _COMMA.fullmatch(self.f[p.end : pos]) is not None

    def core(self, j: int) -> Result:
        best: Result = None
        for production in (self.day_first, self.month_first, self.numeric, self.ordinal_day):
            r = production(j)
            if r is not None and (best is None or r[0].end > best[0].end):
                best = r
        return best

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
        if self.sense(k, "of") is not None and self.fits(_SP1, pos, k):
            pos, k = self.t[k].end, k + 1
        slashed = self.fits(_SLASH, pos, k)
        ms = self.months(k) if slashed or self.fits(_SP, pos, k) or self.fits(_OF, pos, k) else None
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

    def _is_day_number(self, j: int) -> bool:
        tok = self.t[j]
        return tok.is_num and tok.digits <= 2 and 1 <= tok.num <= 31

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
        if gregorian and k < self.n and self._is_day_number(k) and self.fits(_SP1, ms.end, k):
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

    def _runs_on(self, pos: int) -> bool:
        nxt = self.f[pos : pos + 2]
        return len(nxt) == 2 and nxt[0] in "/-.:" and nxt[1].isdigit()

    def ordinal_day(self, j: int) -> Result:
        """الأول من تشرين الأول: a day written as an ordinal."""
        o = self.sense(j, "ord")
        if o is None or not 1 <= int(o.val) <= 12:
            return None
        tok = self.t[j]
        if not self.fits(_OF, tok.end, j + 1):
            return None
        ms = self.months(j + 1)
        if ms is None:
            return None
        return self.dated(tok.start, int(o.val), ms, True)

    def deictic(self, i: int) -> Result:
        """اليوم، أمس، أمس الأول، غداً; with a daypart before and a weekday after."""
        j = self._daypart(i)
        by_day = False
        if self._day_word(j) and self.sense(j + 1, "deictic") is not None:
            j, by_day = j + 1, True
        d = self.sense(j, "deictic")
        if d is None:
            return None
        tok = self.t[j]
        k = j + 1
        wd = self.sense(k, "weekday")
        has_wd = wd is not None and wd.flag not in _BEFORE_DATE and self.t[k].article
        has_wd = has_wd and self.fits(_COMMA, tok.end, k)
        if int(d.val) == 0 and not has_wd:
            after = self.word_after(tok.end)
            if after and (after in self.lex.today_not_followed_by or after.startswith("ال")):
                return None
        if d.flag == "cue" and not (has_wd or by_day or j > i or self._tomorrow(tok)):
            return None
        end, weekday = tok.end, None
        if has_wd and wd is not None:
            end, weekday, k = self.t[k].end, int(wd.val), k + 1
        return Expr(self.t[i].start, end, shift=("D", int(d.val)), weekday=weekday), k

    def _day_word(self, j: int) -> bool:
        """Whether token ``j`` is يوم (no article) directly followed by another token."""
        u = self.sense(j, "unit")
        ok = u is not None and u.val == "D" and u.flag[:2] == "sg" and not self.t[j].article
        return ok and self.fits(_SP1, self.t[j].end, j + 1)

    def _daypart(self, i: int) -> int:
        if self.sense(i, "daypart") is not None and self.fits(_SP1, self.t[i].end, i + 1):
            return i + 1
        return i

    def _tomorrow(self, tok: DateWord) -> bool:
        """Whether غدا means tomorrow, not 'became': tanween, a future verb, a clause end..."""
        if any(self.original_char(p) == _TANWEEN for p in range(tok.start, tok.end)):
            return True
        if _END_OF_CLAUSE.match(self.f, tok.end) is not None:
            return True
        before = self.word_before(tok.start)
        if len(before) > 3 and before.startswith(self.lex.future_prefixes):
            return True
        return self.word_after(tok.end) in self.lex.tomorrow_after

    def weekday(self, i: int) -> Result:
        """الاثنين، يوم الخميس، الأحد المقبل, الجمعة الماضية."""
        j = self._daypart(i)
        by_day = False
        if self._day_word(j):
            j, by_day = j + 1, True
        w = self.sense(j, "weekday")
        if w is None or w.flag in _BEFORE_DATE or not (self.t[j].article or by_day):
            return None
        if self.word_before(self.t[i].start) in self.lex.weekday_not_before:
            return None
        end, k, direction = self.t[j].end, j + 1, None
        mod = self.sense(k, "mod")
        if mod is not None and self.fits(_SP1, end, k):
            direction, end, k = str(mod.val), self.t[k].end, k + 1
        return Expr(self.t[i].start, end, weekday=int(w.val), direction=direction), k

    def relunit(self, i: int, bare_ok: bool = False) -> Result:
        """العام الماضي، الشهر المقبل، هذا الأسبوع، السنة الجارية."""
        j, demo = i, False
        if self.sense(j, "demo") is not None and self.fits(_SP1, self.t[j].end, j + 1):
            j, demo = j + 1, True
        u = self.sense(j, "unit")
        if u is None or u.flag[:2] != "sg" or not self.t[j].article or u.val not in ("Y", "M", "W"):
            return None
        end, k, direction = self.t[j].end, j + 1, None
        mod = self.sense(k, "mod")
        if mod is not None and self.fits(_SP1, end, k):
            direction, end, k = str(mod.val), self.t[k].end, k + 1
        if direction is None and demo:
            direction = "current"
        if direction is None and (not bare_ok or self.word_after(end) in self.lex.unit_not_followed_by):
            return None
        offset = {"past": -1, "next": 1}.get(direction or "", 0)
        return Expr(self.t[i].start, end, shift=(str(u.val), offset), direction=direction), k

    def year(self, i: int, licensed: bool = False) -> Result:
        """عام 2014، 2014م، 1435هـ، في 2014، عامي 2013 و2014."""
        tok = self.t[i]
        yw = tok.sense("yearword")
        if yw is not None:
            k = i + 1
            if k < self.n and self.t[k].is_num and self.fits(_SP, tok.end, k):
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
        if k >= self.n or not self.fits(_CONTINUE, self.t[i].end, k):
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
        unit_follows = self.sense(k + 1, "unit") is not None and self.fits(_SP, tok.end, k + 1)
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
        if p is None or not self.fits(_SP1, self.t[i].end, i + 1):
            return None
        j = i + 1
        u = self.sense(j, "unit")
        month_word = u is not None and u.val == "M" and u.flag[:2] == "sg" and not self.t[j].article
        if month_word and self.months(j + 1) is not None and self.fits(_SP1, self.t[j].end, j + 1):
            j += 1
        best: Result = None
        for r in (
            self.month_first(j, licensed=True),
            self.relunit(j, bare_ok=True),
            self.year(j, licensed=True),
            self.season(j, licensed=True),
            self.decade(j),
        ):
            if r is not None and (best is None or r[0].end > best[0].end):
                best = r
        if best is None:
            return None
        return replace(best[0], start=self.t[i].start, mod=str(p.val)), best[1]

    def quarter(self, i: int) -> Result:
        """الربع الأول من 2014، النصف الثاني من العام الماضي."""
        q = self.sense(i, "quarter") or self.sense(i, "half")
        o = self.sense(i + 1, "ord")
        if q is None or o is None or not self.t[i].article or not self.t[i + 1].article:
            return None
        if not self.fits(_SP1, self.t[i].end, i + 1):
            return None
        n, size = int(o.val), int(q.val)
        n = size if n == -1 else n
        if not 1 <= n <= size:
            return None
        pos, k = self.t[i + 1].end, i + 2
        if not (self.fits(_OF, pos, k) or self.fits(_SP1, pos, k)):
            return None
        best: Result = None
        for r in (self.year(k, licensed=True), self.relunit(k, bare_ok=True)):
            if r is not None and (best is None or r[0].end > best[0].end):
                best = r
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
        if cue is not None and self.fits(_SP1, self.t[j].end, j + 1):
            j += 1
        s = self.sense(j, "season")
        if s is None:
            return None
        tok = self.t[j]
        if self.word_after(tok.end) in self.lex.season_blockers:
            return None
        end, k, year, direction = tok.end, j + 1, None, None
        if k < self.n and self.t[k].is_num and self.t[k].digits == 4 and self.fits(_SP, end, k):
            year, end, k = self.t[k].num, self.t[k].end, k + 1
        elif self.fits(_OF, end, k):
            r = self.year(k, licensed=True) or self.relunit(k, bare_ok=True)
            if r is not None and r[0].month is None and (r[0].shift is None or r[0].shift[0] == "Y"):
                return replace(r[0], start=self.t[i].start, season=str(s.val)), r[1]
        mod = self.sense(k, "mod")
        if year is None and mod is not None and self.fits(_SP1, end, k):
            direction, end, k = str(mod.val), self.t[k].end, k + 1
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

    def clock(self, i: int) -> Result:
        """14:07, 09:22:30, 02:07 م, 2:07 p.m., 14h07; 14.07 only with its marker or zone (14.07 BST)."""
        a = self.t[i]
        if not (a.is_num and a.digits <= 2 and a.num <= 23):
            return None
        before = self.f[a.start - 1 : a.start]
        if before in (":", ".", "+") or (before == "-" and self.f[a.start - 2 : a.start - 1].isdigit()):
            return None  # a score, a version, a zone offset (+03:00)
        french = self.lex.french_clock.match(self.f, a.end)
        if french is not None:
            end, minute = french.end(), int(french.group(1))
            k = i + 1
            while k < self.n and self.t[k].start < end:
                k += 1
            return Expr(a.start, end, type="TIME", calendar="gregorian", clock=(a.num, minute)), k
        if i + 1 >= self.n:
            return None
        b = self.t[i + 1]
        if not (b.is_num and b.digits == 2 and b.num <= 59):
            return None
        sep = self.gap(a.end, i + 1)
        if sep not in (":", "."):
            return None
        end, k = b.end, i + 2
        if sep == ":" and k < self.n and self.gap(end, k) == ":" and self.t[k].digits == 2:
            end, k = self.t[k].end, k + 1
        if self._runs_on(end) and self.f[end] != "-":  # 14:07-7 أكتوبر: a date may follow a dash
            return None
        hour = a.num
        half = self.lex.clock_marker.match(self.f, end)
        if half is not None:
            after = k
            while after < self.n and self.t[after].start < half.end():
                after += 1
            hour = _twelve_hour(hour, half.lastgroup or "")
            daypart = any(self.sense(x, "daypart") is not None for x in range(k, after))
            if not (daypart and self._starts_day(half.end(), after)):
                end, k = half.end(), after  # the marker is the time's, not the start of مساء أمس
        elif sep == "." and self.lex.clock_zone.match(self.f, end) is None:
            return None
        return Expr(a.start, end, type="TIME", calendar="gregorian", clock=(hour, b.num)), k

    def _starts_day(self, pos: int, k: int) -> bool:
        """Whether token ``k`` right after ``pos`` names a day, making the daypart word before it
        part of that day (10:30 صباح اليوم، 9:00 مساء الثلاثاء) rather than a clock's marker."""
        if not self.fits(_SP1, pos, k):
            return False
        return self.sense(k, "deictic") is not None or self.sense(k, "weekday") is not None

    def duration(self, i: int) -> Result:
        """ثلاثة أعوام، سنتين، 3 سنوات، منذ عام، خلال أيام، قبل يومين (a date), الأيام الماضية."""
        j, signal = i, None
        sig = self.sense(i, "signal")
        if sig is not None:
            if not self.fits(_SP1, self.t[i].end, i + 1):
                return None
            j, signal = i + 1, str(sig.val)
        if j >= self.n:
            return None
        count: int | None = None
        vague = False
        k = j
        tok = self.t[k]
        if tok.is_num and tok.digits <= 4 and self.fits(_SP, tok.end, k + 1):
            count, k = tok.num, k + 1
        else:
            words = self.number_words(k)
            if words is not None:
                count, k = words
            elif self.sense(k, "vague") is not None and self.fits(_SP1, tok.end, k + 1):
                vague, k = True, k + 1
        u = self.sense(k, "unit")
        if u is None or (k > j and not self.fits(_SP, self.t[k - 1].end, k)):
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
        has_mod = mod is not None and self.fits(_SP1, end, nxt) and mod.val != "current"
        named_month = self.months(k + 1) is not None and self.fits(_SP1, utok.end, k + 1)
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
            if not self.t[j].prefix and self.fits(_SP1, self.t[j - 1].end, j):
                return entry[0], entry[1], False
            return None

        read = numbers.compose(first, following)
        if read is None or not read[0].is_integer():
            return None
        return int(read[0]), k + read[1]


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


def _twelve_hour(hour: int, half: str) -> int:
    """The 24-hour hour of a 12-hour time: 2 م is 14, 12 ص is 0; ليلا (night) makes 6-11 evening."""
    if half == "pm":
        return hour + 12 if hour < 12 else hour
    if half == "night":
        return hour + 12 if 6 <= hour < 12 else (0 if hour == 12 else hour)
    return 0 if hour == 12 else hour


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
