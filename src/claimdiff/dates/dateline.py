"""A document's own date stamps: where it says it was published and updated.

Three sources, in this order: the places an outlet extractor hinted, labelled stamps anywhere in
the text (تاريخ النشر، نشر في، آخر تحديث، Published, Updated...), and a line near the top that is
nothing but a date.  Each calendar of a multi-calendar stamp becomes its own part (Hijri,
Gregorian, clock time, a weekday written apart); the date of a role is its first valid Gregorian
part, else Solar Hijri, else Hijri.  A stamp relative to when the page was viewed (منذ 3 ساعات،
اليوم 14:07) keeps its parts unresolved and dates nothing: the viewing time is unknown.

Where the stamps stand is found by :mod:`.stamps` and what each says is read by :mod:`.stamp_parts`;
here one stamp per role is chosen and checked.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimdiff.dates import wording
from claimdiff.dates.calendar_pairs import calendar_mismatch, sighted
from claimdiff.dates.finder import analyse
from claimdiff.dates.publication import updated_vs_published
from claimdiff.dates.stamp_parts import Read, read_fallback, read_stamp
from claimdiff.dates.stamps import Spans, Stamp, fit_hints, labelled_stamps, to_folded, top_lines
from claimdiff.dates.validity import invalid_dates, weekday_against, weekday_mismatch
from claimdiff.extractors.base import DatelineField
from claimdiff.schema import Calendar, Finding, TimeMention


@dataclass
class Datelines:
    """The published and updated stamps of one document, their parts, and what is wrong with them."""

    published: datetime.date | None = None
    updated: datetime.date | None = None
    parts: list[TimeMention] = field(default_factory=list)
    issues: list[Finding] = field(default_factory=list)


def find_datelines(text: str, hints: Sequence[DatelineField], *, doc_id: str, id_prefix: str) -> Datelines:
    """The document's own published and updated stamps, their parts and their issues."""
    a = analyse(text)
    labelled = labelled_stamps(a)
    hinted = [Stamp(h.role, *to_folded(a, h.start, h.end), "hint") for h in hints if h.end > h.start]
    stamps = fit_hints(hinted, labelled) + labelled
    result = Datelines()
    chosen: dict[str, tuple[datetime.date, TimeMention]] = {}
    taken = Spans()
    relative: set[str] = set()  # roles that kept a relative stamp: one is enough

    def keep(stamp: Stamp, read: Read) -> None:
        taken.add(stamp.start, stamp.end)
        if read.relative:
            relative.add(stamp.role)
        result.parts.extend(read.parts)
        if not read.relative:
            result.issues.extend(_stamp_issues(text, doc_id, read))
        if read.day is not None and read.first is not None:
            chosen.setdefault(stamp.role, (read.day, read.first))

    for role in ("published", "updated"):
        for stamp in [s for s in stamps if s.role == role]:
            if role in chosen and not stamp.hinted:
                break
            if taken.overlaps(stamp.start, stamp.end):
                continue
            read = read_stamp(a, stamp, doc_id=doc_id)
            if not read.parts and stamp.hinted:
                read = read_fallback(a, stamp, doc_id=doc_id)
            if read.parts and not (read.relative and role in relative):
                keep(stamp, read)
    if "published" not in chosen:
        # the first top line with a date; else the first relative one (منذ 3 ساعات)
        reads = [
            (top, read_stamp(a, top, doc_id=doc_id))
            for top in top_lines(a, taken, [s.label for s in labelled])
        ]
        best = next((r for r in reads if r[1].day is not None), None) or next(
            (r for r in reads if r[1].parts), None
        )
        if best is not None:
            keep(*best)
    result.parts.sort(key=lambda p: (p.start, p.end))
    result.parts = [replace_id(p, f"{id_prefix}{n}") for n, p in enumerate(result.parts, 1)]
    if "published" in chosen:
        result.published = chosen["published"][0]
    if "updated" in chosen:
        result.updated = chosen["updated"][0]
    if "published" in chosen and "updated" in chosen:
        f = updated_vs_published(text, doc_id, chosen["published"][1], chosen["updated"][1])
        if f is not None:
            result.issues.append(f)
    return result


def replace_id(p: TimeMention, new_id: str) -> TimeMention:
    return p.model_copy(update={"id": new_id})


def _stamp_issues(text: str, doc_id: str, read: Read) -> list[Finding]:
    dates = [p for p in read.parts if p.timex_type == "DATE"]
    # each date against the first date of every other calendar in the stamp
    firsts: dict[str, TimeMention] = {}
    for p in read.days:
        firsts.setdefault(p.calendar.value, p)
    pairs = [
        (x, y) for x in read.days for y in firsts.values() if y.calendar != x.calendar and y.start < x.start
    ]
    out = invalid_dates(text, doc_id, dates, sighted(pairs))
    if read.day is None:
        return out
    seen: set[tuple[str, str]] = set()
    for x, y in pairs:
        key = tuple(sorted((x.calendar.value, y.calendar.value)))
        if key in seen:
            continue
        f = calendar_mismatch(text, doc_id, y, x, "dateline")
        if f is not None:
            seen.add((key[0], key[1]))
            out.append(f)
    # a weekday names the real day: the nearest Gregorian date of the stamp when it has one,
    # else its own date within the sighting tolerance
    gregorian = [q for q in read.days if q.calendar == Calendar.gregorian and wording.to_date(q.value)]
    starts = [q.start for q in gregorian]
    for p in dates:
        if p.weekday is None:
            continue
        if gregorian:
            k = bisect.bisect_left(starts, p.start)
            near = min(gregorian[max(k - 1, 0) : k + 1], key=lambda q: _distance(p, q))
            day = wording.to_date(near.value)
            f = weekday_against(text, doc_id, p, day) if day is not None else None
        else:
            f = next(iter(weekday_mismatch(text, doc_id, [p])), None)
        if f is not None:
            out.append(f)
    return out


def _distance(a: TimeMention, b: TimeMention) -> int:
    return max(0, b.start - a.end, a.start - b.end)
