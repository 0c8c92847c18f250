"""A time expression as read from the text, before it is resolved against the document's date."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Expr:
    """What the grammar read; offsets index the folded text.

    ``calendar`` is None for a numeric 13xx/14xx date with no era mark (Hijri or Solar Hijri,
    decided from the rest of the document).  ``shift`` is a move from the document's date, in a
    unit (D, W, M, Y): أمس is ("D", -1), العام الماضي ("Y", -1).  ``direction`` is the modifier
    written after a partial date (past: الماضي, next: المقبل, current: الجاري).  A duration after
    منذ also keeps its "ago" reading (``lead``, ``ago``), which a page's own stamp takes.
    """

    start: int
    end: int
    type: str = "DATE"
    calendar: str | None = "gregorian"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: int | None = None
    weekday: int | None = None
    mod: str | None = None
    direction: str | None = None
    shift: tuple[str, int] | None = None
    duration: str | None = None
    clock: tuple[int, int] | None = None
    era: str | None = None
    month2: int | None = None
    lead: int | None = None  # where a duration's signal word starts (منذ 3 ساعات)
    ago: tuple[str, int] | None = None  # the date the duration counts back to, read as "ago"
