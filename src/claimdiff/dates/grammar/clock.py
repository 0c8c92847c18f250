"""Clock times: 14:07, 02:07 م, 2:07 p.m., 14h07, 14.07 BST."""

from __future__ import annotations

from claimdiff.dates.expr import Expr
from claimdiff.dates.grammar.stream import SP1, Result, TokenStream


class ClockTimes(TokenStream):
    """A time of day, with its 12-hour marker or zone."""

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
        if not self.fits(SP1, pos, k):
            return False
        return self.sense(k, "deictic") is not None or self.sense(k, "weekday") is not None


def _twelve_hour(hour: int, half: str) -> int:
    """The 24-hour hour of a 12-hour time: 2 م is 14, 12 ص is 0; ليلا (night) makes 6-11 evening."""
    if half == "pm":
        return hour + 12 if hour < 12 else hour
    if half == "night":
        return hour + 12 if 6 <= hour < 12 else (0 if hour == 12 else hour)
    return 0 if hour == 12 else hour
