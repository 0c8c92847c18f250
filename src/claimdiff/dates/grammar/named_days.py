"""Days named by their relation to the text's day: today, yesterday, a weekday, this or next week."""

from __future__ import annotations

import re

from claimdiff.dates.expr import Expr
from claimdiff.dates.grammar.stream import BEFORE_DATE, COMMA, SP1, Result, TokenStream
from claimdiff.dates.tokens import DateWord

_END_OF_CLAUSE = re.compile(r" {0,3}(?:[.,;:!?\"')\]\n]|$)")
_TANWEEN = "\u064b"


class NamedDays(TokenStream):
    """اليوم، أمس، الخميس الماضي، العام المقبل، هذا الأسبوع."""

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
        has_wd = wd is not None and wd.flag not in BEFORE_DATE and self.t[k].article
        has_wd = has_wd and self.fits(COMMA, tok.end, k)
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
        return ok and self.fits(SP1, self.t[j].end, j + 1)

    def _daypart(self, i: int) -> int:
        if self.sense(i, "daypart") is not None and self.fits(SP1, self.t[i].end, i + 1):
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
        if w is None or w.flag in BEFORE_DATE or not (self.t[j].article or by_day):
            return None
        if self.word_before(self.t[i].start) in self.lex.weekday_not_before:
            return None
        direction, end, k = self.modifier(self.t[j].end, j + 1)
        return Expr(self.t[i].start, end, weekday=int(w.val), direction=direction), k

    def relunit(self, i: int, bare_ok: bool = False) -> Result:
        """العام الماضي، الشهر المقبل، هذا الأسبوع، السنة الجارية."""
        j, demo = i, False
        if self.sense(j, "demo") is not None and self.fits(SP1, self.t[j].end, j + 1):
            j, demo = j + 1, True
        u = self.sense(j, "unit")
        if u is None or u.flag[:2] != "sg" or not self.t[j].article or u.val not in ("Y", "M", "W"):
            return None
        direction, end, k = self.modifier(self.t[j].end, j + 1)
        if direction is None and demo:
            direction = "current"
        if direction is None and (not bare_ok or self.word_after(end) in self.lex.unit_not_followed_by):
            return None
        offset = {"past": -1, "next": 1}.get(direction or "", 0)
        return Expr(self.t[i].start, end, shift=(str(u.val), offset), direction=direction), k
