"""Time expressions of a text as :class:`~claimdiff.schema.TimeMention` with exact spans.

The text is folded once (digits of any script, Arabic letter variants), the sparse token stream
and the grammar run over the folded view, and every span is mapped back to the original.
"""

from __future__ import annotations

import bisect
import datetime
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimdiff.dates.expr import Expr
from claimdiff.dates.grammar import parse
from claimdiff.dates.relative import resolve
from claimdiff.dates.tokens import date_words
from claimdiff.schema import Calendar, TextRange, TimeMention, make_span
from claimdiff.text.document import view
from claimdiff.text.normalize import Folded


@dataclass(frozen=True, slots=True)
class Analysis:
    """One text read once: its folded view and its expressions (anchor-free)."""

    folded: Folded
    exprs: tuple[Expr, ...]
    prefer: str | None  # the calendar the document writes its 13xx/14xx years in, if it shows one
    starts: tuple[int, ...] = ()

    def within(self, start: int, end: int) -> list[Expr]:
        """The expressions lying inside the folded range ``start:end``."""
        k = bisect.bisect_left(self.starts, start)
        out = []
        while k < len(self.exprs) and self.exprs[k].start < end:
            if self.exprs[k].end <= end:
                out.append(self.exprs[k])
            k += 1
        return out

    def span(self, e: Expr) -> tuple[int, int]:
        """The original range of ``e``, with any diacritics written on its last letter."""
        start, end = self.folded.to_original(e.start, e.end)
        text = self.folded.original
        while end < len(text) and (text[end] == "\u0640" or unicodedata.category(text[end]) == "Mn"):
            end += 1
        return start, end


@lru_cache(maxsize=16)
def analyse(text: str) -> Analysis:
    """The date words of ``text`` parsed on its view (cached: datelines, times and checks share it)."""
    v = view(text)
    folded = v.folded  # the document's one fold and tokens, shared with the other stages
    origin = folded.origin

    def original_char(i: int) -> str:
        if 0 <= i < len(origin):
            p = origin[i]
            return text[p + 1] if p + 1 < len(text) else ""
        return ""

    exprs = tuple(parse(folded.text, date_words(folded.text, v.runs()), original_char))
    lunar = {"hijri": 0, "solar_hijri": 0}
    for e in exprs:
        if e.month is not None and e.calendar in lunar:
            lunar[e.calendar] += 1
    prefer = max(lunar, key=lambda c: lunar[c]) if any(lunar.values()) else None
    return Analysis(folded, exprs, prefer, tuple(e.start for e in exprs))


def mention(
    a: Analysis,
    e: Expr,
    *,
    doc_id: str,
    mention_id: str,
    anchor: datetime.date | None,
    role: str | None = None,
    span: tuple[int, int] | None = None,
) -> TimeMention:
    """The mention of one expression, its value resolved against ``anchor``."""
    start, end = span or a.span(e)
    r = resolve(e, anchor, a.prefer)
    quoted = make_span(doc_id, a.folded.original, start, end)
    return TimeMention(
        doc_id=doc_id,
        start=quoted.start,
        end=quoted.end,
        text=quoted.text,
        prefix=quoted.prefix,
        suffix=quoted.suffix,
        id=mention_id,
        value=r.value,
        timex_type=r.timex_type,
        granularity=r.granularity,
        calendar=Calendar(r.calendar),
        original=r.original,
        tolerance_days=r.tolerance_days,
        relative=r.relative,
        weekday=r.weekday,
        role=role,
    )


def _inside(start: int, end: int, ranges: Sequence[TextRange]) -> bool:
    return any(r.start <= start and end <= r.end for r in ranges)


def find_times(
    text: str,
    ranges: Sequence[TextRange],
    *,
    doc_id: str,
    anchor: datetime.date | None,
    id_prefix: str,
) -> list[TimeMention]:
    """Every time expression whose span lies inside one of ``ranges``, in text order.

    Values are resolved against ``anchor`` (the document's own publication date) when the
    expression is relative or partial; without an anchor the unknown parts stay ``X``.
    """
    a = analyse(text)
    out: list[TimeMention] = []
    for e in a.exprs:
        start, end = a.span(e)
        if not _inside(start, end, ranges):
            continue
        mention_id = f"{id_prefix}{len(out) + 1}"
        out.append(mention(a, e, doc_id=doc_id, mention_id=mention_id, anchor=anchor, span=(start, end)))
    return out
