"""Month names and what follows them: which calendar a name means, the year after it, a modifier."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimdiff.dates.expr import Expr
from claimdiff.dates.grammar.stream import COMMA, SP1, Result, TokenStream
from claimdiff.dates.lexicon import Sense

_PAIR = re.compile(r" {0,2}([/(\-]) {0,2}")
_CLOSE = re.compile(r" {0,2}\)")
_SIGN = re.compile(r" {1,3}-")
_CALENDAR = {"gmonth": "gregorian", "hmonth": "hijri", "smonth": "solar_hijri"}


@dataclass(frozen=True, slots=True)
class _Months:
    """A month name, possibly paired with a second name of the same month (آذار/مارس)."""

    senses: tuple[Sense, ...]
    pair: int | None
    end: int
    next: int
    latin: bool


class MonthReading(TokenStream):
    """Reads a month name (or a pair of names) and the date it heads."""

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
        self, pos: int, k: int, lunar: bool, sep: re.Pattern[str] = COMMA
    ) -> tuple[int, int, int, str | None] | None:
        """A year written after a month: (year, end, next token, era); negative when signed."""
        if k >= self.n or not self.t[k].is_num:
            return None
        gap = self.gap(pos, k)
        if gap is None:
            return None
        neg = sep is COMMA and _SIGN.fullmatch(gap) is not None
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

    def dated(
        self, start: int, day: int | None, ms: _Months, licensed: bool, sep: re.Pattern[str] = COMMA
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
        modified = self.sense(nxt, "mod") is not None and self.fits(SP1, end, nxt)
        if alone and not cued and not modified:
            return None
        if day is None and year is None and (ms.latin or cal == "solar_hijri"):
            return None
        direction, end, nxt = self.modifier(end, nxt)
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
