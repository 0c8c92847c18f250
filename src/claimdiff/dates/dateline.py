"""A document's own date stamps: where it says it was published and updated.

Three sources, in this order: the places an outlet extractor hinted, labelled stamps anywhere in
the text (تاريخ النشر، نشر في، آخر تحديث، Published, Updated...), and a line near the top that is
nothing but a date.  Each calendar of a multi-calendar stamp becomes its own part (Hijri,
Gregorian, clock time, a weekday written apart); the date of a role is its first valid Gregorian
part, else Solar Hijri, else Hijri.  A stamp relative to when the page was viewed (منذ 3 ساعات،
اليوم 14:07) keeps its parts unresolved and dates nothing: the viewing time is unknown.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from claimdiff.dates import checks, fallback, wording
from claimdiff.dates.expr import Expr
from claimdiff.dates.finder import Analysis, analyse, mention
from claimdiff.dates.lexicon import lexicon
from claimdiff.extractors.base import DatelineField
from claimdiff.schema import Calendar, Finding, TimeMention, make_span

_PRIORITY = {"gregorian": 0, "solar_hijri": 1, "hijri": 2}
_LETTER = re.compile(r"[^\W\d_]")
# a place, an agency or a byline before the date, each closed by a separator, as in "القاهرة -
# 7-10-2014", "Paris (AFP) - Oct 7, 2014", "بغداد/ شفق نيوز | ...", "كتب: أحمد علي | ..." (dates and
# stamp words already blanked out)
_SEGMENT = r"(?:[^\W\d_]+ ?){1,3}(?:\( ?(?:[^\W\d_]+ ?){1,3}\) ?)?"
_PLACE_THEN_DATE = re.compile(rf"(?: *{_SEGMENT} *[-:,|/(] *){{1,2}}[\s\-|,:)]*")
_LABEL_GAP = 40  # a stamp's first date starts at most this far after its label
_STAMP_CHARS = 240  # a stamp line (or what precedes a label on it) is no longer than this
_LETTERS = re.compile(r"[^\W\d_]+")
_RELATIVE_UNITS = ("Y", "M", "W", "D", "H", "MIN")  # a stamp counts back from the viewing time


@dataclass
class Datelines:
    """The published and updated stamps of one document, their parts, and what is wrong with them."""

    published: datetime.date | None = None
    updated: datetime.date | None = None
    parts: list[TimeMention] = field(default_factory=list)
    issues: list[Finding] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Stamp:
    role: str
    start: int  # folded offsets of the text after the label (hint, top line: the whole range)
    end: int
    source: str = "label"  # label, hint or top
    label: int = -1  # folded offset of the label, for a labelled stamp

    @property
    def hinted(self) -> bool:
        return self.source == "hint"


class _Spans:
    """Disjoint folded ranges already read, tested for overlap in log time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.ends, start)  # the first range ending after ``start``
        return k < len(self.starts) and self.starts[k] < end

    def add(self, start: int, end: int) -> None:
        k = bisect.bisect_left(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)


@dataclass(frozen=True, slots=True)
class _Read:
    """What one stamp says: its parts, and its day when it names one."""

    parts: list[TimeMention]
    day: datetime.date | None = None
    first: TimeMention | None = None  # the part the day comes from
    relative: bool = False  # counted back from the viewing time: nothing to check
    days: tuple[TimeMention, ...] = ()  # the parts that write a date (not a weekday alone, not a time)


@cache
def _label_regex() -> re.Pattern[str]:
    lex = lexicon()
    seps = re.escape(lex.dateline_separators)
    # at a line start or after a separator; after " - " (الرباط - آخر تحديث:) only with a colon
    return re.compile(
        rf"(?:(?P<lead>^|(?<=[{seps}]))|(?<= - ))[ ]{{0,3}}(?P<label>{_labels()})(?![^\W\d_])"
        r"[ ]{0,3}(?P<colon>[:\-])?",
        re.MULTILINE,
    )


@cache
def _later_label_regex() -> re.Pattern[str]:
    """A label later on a line that already opened a stamp (... 14:07 GMT Last Update: ...)."""
    return re.compile(rf"(?<![^\W\d_])(?P<label>{_labels()})(?![^\W\d_])[ ]{{0,3}}(?P<colon>[:\-])?")


def _labels() -> str:
    lex = lexicon()
    # longest first; ties in a fixed order, so the expression is the same text in every process
    labels = sorted({w for ws in lex.dateline_labels.values() for w in ws}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", " {1,3}") for w in labels)


def _role_of(label: str) -> str:
    key = " ".join(label.split())
    return "updated" if key in lexicon().dateline_labels["updated"] else "published"


def _to_folded(a: Analysis, start: int, end: int) -> tuple[int, int]:
    origin = a.folded.origin
    return bisect.bisect_left(origin, start), bisect.bisect_left(origin, end)


def _eol(text: str, pos: int) -> int:
    eol = text.find("\n", pos)
    return len(text) if eol < 0 else eol


def _labelled(a: Analysis) -> list[_Stamp]:
    text = a.folded.text
    found: list[tuple[re.Match[str], int]] = []  # with the end of its line
    bol, eol = 0, -1
    for m in _label_regex().finditer(text):
        if m.start() > eol:  # each line is measured once, however many labels it holds
            bol, eol = text.rfind("\n", 0, m.start()) + 1, _eol(text, m.start())
        # after " - " with no colon, a label only when what precedes it on its line is a stamp
        # (الثلاثاء 7 أكتوبر 2014 | 14:07 - آخر تحديث ...), not prose
        if m.group("lead") is not None or m.group("colon") == ":" or _stamp_like(a, bol, m.start()):
            found.append((m, eol))
    matches = [(m.start("label"), m.end(), m.group("label"), eol) for m, eol in found]
    # once a line has opened a stamp with a date, a later label on it opens the next one
    for k, (m, eol) in enumerate(found):
        stop = min(eol, found[k + 1][0].start()) if k + 1 < len(found) else eol
        inside = [e for e in a.within(m.end(), stop) if _is_day(e) or e.type == "TIME"]
        if not inside or not _label_gap_ok(text[m.end() : inside[0].start]):
            continue
        days = [e.end for e in inside if _is_day(e)]
        matches += [
            (x.start("label"), x.end(), x.group("label"), eol)
            for x in _later_label_regex().finditer(text, inside[0].end, stop)
            if days and days[0] <= x.start()
        ]
    matches.sort()
    out: list[_Stamp] = []
    for k, (label, after, word, eol) in enumerate(matches):
        if out and label < out[-1].start:
            continue  # inside the previous label (a shorter label found again)
        end = min(eol, matches[k + 1][0]) if k + 1 < len(matches) else eol
        out.append(_Stamp(_role_of(word), after, max(after, end), "label", label))
    return out


def _noise_left(a: Analysis, pos: int, end: int, inside: Sequence[Expr]) -> str:
    """A line with its dates, clock times and stamp words blanked out."""
    rest = list(a.folded.text[pos:end])
    for e in inside:
        s = (e.lead if e.lead is not None else e.start) - pos
        rest[s : e.end - pos] = " " * (e.end - pos - s)
    left = "".join(rest)
    for w in lexicon().pair_links:
        left = left.replace(w, " ")
    return lexicon().stamp_noise.sub(" ", left)


def _top_lines(a: Analysis, taken: _Spans, labels: Sequence[int]) -> list[_Stamp]:
    """Lines near the top that are only a date (and perhaps its weekday, clock time, calendars, or
    a place before it), and not a stamp already read; on a labelled line, what comes before the
    first label (07.10.2023 - تحديث: 08.10.2023)."""
    text = a.folded.text
    pos, seen = 0, 0
    out = []
    while pos < len(text) and seen < lexicon().top_lines:
        eol = _eol(text, pos)
        k = bisect.bisect_left(labels, pos)
        end = min(eol, labels[k]) if k < len(labels) else eol
        if text[pos:end].strip() and not taken.overlaps(pos, end):
            seen += 1
            if _stamp_like(a, pos, end):
                out.append(_Stamp("published", pos, end, "top"))
        pos = eol + 1
    return out


def _stamp_like(a: Analysis, pos: int, end: int) -> bool:
    """Whether the folded range is only a stamp: its dates (or a relative stamp), clock times and
    stamp words, perhaps a place, agency or byline before them."""
    if end - pos > _STAMP_CHARS:
        return False
    inside = a.within(pos, end)
    days = [e for e in inside if _is_day(e)]
    if not days and not any(_ago(e) is not None for e in inside):
        return False
    left = _noise_left(a, pos, end, inside)
    if len(_LETTER.findall(left)) <= 2 or _PLACE_THEN_DATE.fullmatch(left) is not None:
        return True
    # one day in two calendars, with a place and an agency around it (الرياض 13 ذو الحجة 1435 هـ
    # الموافق 7 أكتوبر 2014 م واس): no sentence reads like that
    return len({e.calendar for e in days}) >= 2 and len(_LETTERS.findall(left)) <= 4


def _label_gap_ok(gap: str) -> bool:
    """Between a label and its date: punctuation, or a filler word (بتاريخ، يوم، on, le)."""
    if len(gap) > _LABEL_GAP:
        return False
    words = _LETTERS.findall(gap)
    return all(w in lexicon().dateline_fillers for w in words)


def _is_day(e: Expr) -> bool:
    return e.type == "DATE" and e.day is not None and e.year is not None and e.shift is None


def _is_weekday(e: Expr) -> bool:
    return (
        e.type == "DATE"
        and e.weekday is not None
        and e.day is None
        and e.month is None
        and e.shift is None
        and e.direction is None
    )


def _ago(e: Expr) -> Expr | None:
    """A stamp counting back from when the page was viewed (منذ 3 ساعات، قبل يومين، أمس), as a date."""
    if e.ago is not None and e.ago[0] in _RELATIVE_UNITS:
        return replace(
            e, type="DATE", start=e.lead if e.lead is not None else e.start, shift=e.ago, duration=None
        )
    if e.type == "DATE" and e.shift is not None and e.shift[0] in _RELATIVE_UNITS and e.direction is None:
        return e
    return None


def _read(a: Analysis, stamp: _Stamp, *, doc_id: str) -> _Read:
    """The parts of one stamp: its dates, clock times and weekdays, or its relative words."""
    inside = a.within(stamp.start, stamp.end)
    days = [e for e in inside if _is_day(e)]
    relative = [r for e in inside if (r := _ago(e)) is not None]
    if not days and not relative:
        return _Read([])
    if days:
        kept = [e for e in inside if _is_day(e) or e.type == "TIME" or _is_weekday(e)]
    else:
        kept = sorted([*relative, *(e for e in inside if e.type == "TIME")], key=lambda e: e.start)
        if stamp.source == "top" and not any(e.ago is not None or e.type == "TIME" for e in inside):
            return _Read([])  # a bare اليوم / أمس near the top is a word, not a stamp
    if stamp.source == "label" and not _label_gap_ok(a.folded.text[stamp.start : kept[0].start]):
        return _Read([])
    parts = [
        mention(a, e, doc_id=doc_id, mention_id="", anchor=None, role=stamp.role)
        for e in kept
        if not _is_weekday(e)
    ]
    best = _date_of(parts) if days else None
    if best is None:  # relative, or only dates that cannot exist (31 April): the issues tell
        return _Read(parts, relative=not days)
    day, first = best
    dated = tuple(p for p in parts if p.timex_type == "DATE")
    ends = [p.end for p in dated]
    parts += [
        _weekday_part(mention(a, e, doc_id=doc_id, mention_id="", anchor=day, role=stamp.role), dated, ends)
        for e in kept
        if _is_weekday(e)
    ]
    return _Read(_with_clock(parts, day), day, first, days=dated)


def _weekday_part(p: TimeMention, dated: Sequence[TimeMention], ends: Sequence[int]) -> TimeMention:
    """A weekday written apart from its date (7 أكتوبر 2014 الثلاثاء) names the date before it."""
    k = bisect.bisect_right(ends, p.start)
    q = dated[k - 1] if k else dated[0]
    return p.model_copy(update={"value": q.value, "tolerance_days": q.tolerance_days, "relative": False})


def _fallback_part(a: Analysis, stamp: _Stamp, *, doc_id: str) -> _Read:
    """A hinted stamp the grammar cannot read (an RFC 2822 header, a German date): dateparser."""
    s, e = a.folded.to_original(stamp.start, stamp.end) if stamp.end > stamp.start else (0, 0)
    raw = a.folded.original[s:e]
    day = fallback.parse_stamp(raw)
    if day is None:
        return _Read([])
    lead = len(raw) - len(raw.lstrip())
    start, end = s + lead, s + len(raw.rstrip())
    span = make_span(doc_id, a.folded.original, start, end)
    part = TimeMention(
        **span.model_dump(), id="", value=day.isoformat(), calendar=Calendar.gregorian, role=stamp.role
    )
    return _Read([part], day, part)


def _date_of(parts: Sequence[TimeMention]) -> tuple[datetime.date, TimeMention] | None:
    dated = [(wording.to_date(p.value), p) for p in parts if p.timex_type == "DATE"]
    valid = [(d, p) for d, p in dated if d is not None]
    if not valid:
        return None
    return min(valid, key=lambda dp: (_PRIORITY[dp[1].calendar.value], dp[1].start))


def _with_clock(parts: list[TimeMention], day: datetime.date) -> list[TimeMention]:
    out = []
    for p in parts:
        if p.timex_type == "TIME" and p.value.startswith("XXXX-XX-XX"):
            p = p.model_copy(update={"value": day.isoformat() + p.value[10:]})
        out.append(p)
    return out


def _fit_hints(stamps: list[_Stamp], labelled: Sequence[_Stamp]) -> list[_Stamp]:
    """A hinted range reaches as far as the labelled stamp of its role it overlaps (a hint cut at
    '|' keeps the clock time after it), and ends where a label inside it opens the next stamp
    (Published: ... Last Update: ...)."""
    labels = [s.label for s in labelled]  # in text order, as are the stamps
    out = []
    for h in stamps:
        k = bisect.bisect_right(labels, h.start) - 1  # the labelled stamp the hint may lie in
        end = h.end
        for s in labelled[max(k, 0) : k + 2]:
            if s.role == h.role and s.start < h.end and h.start < s.end:
                end = max(end, s.end)
        inner = bisect.bisect_right(labels, h.start)
        if inner < len(labels) and labels[inner] < end:
            end = labels[inner]
        out.append(replace(h, end=end))
    return out


def find_datelines(text: str, hints: Sequence[DatelineField], *, doc_id: str, id_prefix: str) -> Datelines:
    """The document's own published and updated stamps, their parts and their issues."""
    a = analyse(text)
    labelled = _labelled(a)
    hinted = [_Stamp(h.role, *_to_folded(a, h.start, h.end), "hint") for h in hints if h.end > h.start]
    stamps = _fit_hints(hinted, labelled) + labelled
    result = Datelines()
    chosen: dict[str, tuple[datetime.date, TimeMention]] = {}
    taken = _Spans()
    relative: set[str] = set()  # roles that kept a relative stamp: one is enough

    def keep(stamp: _Stamp, read: _Read) -> None:
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
            read = _read(a, stamp, doc_id=doc_id)
            if not read.parts and stamp.hinted:
                read = _fallback_part(a, stamp, doc_id=doc_id)
            if read.parts and not (read.relative and role in relative):
                keep(stamp, read)
    if "published" not in chosen:
        # the first top line with a date; else the first relative one (منذ 3 ساعات)
        reads = [
            (top, _read(a, top, doc_id=doc_id)) for top in _top_lines(a, taken, [s.label for s in labelled])
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
        f = checks.updated_vs_published(text, doc_id, chosen["published"][1], chosen["updated"][1])
        if f is not None:
            result.issues.append(f)
    return result


def replace_id(p: TimeMention, new_id: str) -> TimeMention:
    return p.model_copy(update={"id": new_id})


def _stamp_issues(text: str, doc_id: str, read: _Read) -> list[Finding]:
    dates = [p for p in read.parts if p.timex_type == "DATE"]
    # each date against the first date of every other calendar in the stamp
    firsts: dict[str, TimeMention] = {}
    for p in read.days:
        firsts.setdefault(p.calendar.value, p)
    pairs = [
        (x, y) for x in read.days for y in firsts.values() if y.calendar != x.calendar and y.start < x.start
    ]
    out = checks.invalid_dates(text, doc_id, dates, checks.sighted(pairs))
    if read.day is None:
        return out
    seen: set[tuple[str, str]] = set()
    for x, y in pairs:
        key = tuple(sorted((x.calendar.value, y.calendar.value)))
        if key in seen:
            continue
        f = checks.calendar_mismatch(text, doc_id, y, x, "dateline")
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
            f = checks.weekday_against(text, doc_id, p, day) if day is not None else None
        else:
            f = next(iter(checks.weekday_mismatch(text, doc_id, [p])), None)
        if f is not None:
            out.append(f)
    return out


def _distance(a: TimeMention, b: TimeMention) -> int:
    return max(0, b.start - a.end, a.start - b.end)
