"""A document's own date stamps: where it says it was published and updated.

Three sources, in this order: the places an outlet extractor hinted, labelled stamps anywhere in
the text (تاريخ النشر، نشر في، آخر تحديث، Published, Updated...), and a line near the top that is
nothing but a date.  Each calendar of a multi-calendar stamp becomes its own part (Hijri,
Gregorian, clock time); the date of a role is its first valid Gregorian part, else Solar Hijri,
else Hijri.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from claimdiff.dates import checks, fallback, wording
from claimdiff.dates.expr import Expr
from claimdiff.dates.finder import Analysis, analyse, mention
from claimdiff.dates.lexicon import lexicon
from claimdiff.extractors.base import DatelineField
from claimdiff.schema import Calendar, Finding, TimeMention, make_span

_PRIORITY = {"gregorian": 0, "solar_hijri": 1, "hijri": 2}
_LETTER = re.compile(r"[^\W\d_]")
# a place before the date, as in "القاهرة - 7-10-2014" (dates already blanked out)
_PLACE_THEN_DATE = re.compile(r" *(?:[^\W\d_]+ ?){1,3} *[-:,|/(] *[\s\-|,:)]*")
_LABEL_GAP = 40  # a stamp's first date starts at most this far after its label
_LETTERS = re.compile(r"[^\W\d_]+")


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

    @property
    def hinted(self) -> bool:
        return self.source == "hint"


@cache
def _label_regex() -> re.Pattern[str]:
    lex = lexicon()
    labels = sorted({w for ws in lex.dateline_labels.values() for w in ws}, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", " {1,3}") for w in labels)
    seps = re.escape(lex.dateline_separators)
    # at a line start or after a separator; after " - " (الرباط - آخر تحديث:) only with a colon
    return re.compile(
        rf"(?:(?P<lead>^|(?<=[{seps}]))|(?<= - ))[ ]{{0,3}}(?P<label>{alternation})(?![^\W\d_])"
        r"[ ]{0,3}(?P<colon>[:\-])?",
        re.MULTILINE,
    )


def _role_of(label: str) -> str:
    key = " ".join(label.split())
    return "updated" if key in lexicon().dateline_labels["updated"] else "published"


def _to_folded(a: Analysis, start: int, end: int) -> tuple[int, int]:
    origin = a.folded.origin
    return bisect.bisect_left(origin, start), bisect.bisect_left(origin, end)


def _labelled(a: Analysis) -> list[_Stamp]:
    text = a.folded.text
    found = [
        m for m in _label_regex().finditer(text) if m.group("lead") is not None or m.group("colon") == ":"
    ]
    out: list[_Stamp] = []
    for k, m in enumerate(found):
        eol = text.find("\n", m.end())
        end = len(text) if eol < 0 else eol
        if k + 1 < len(found) and found[k + 1].start() < end:
            end = found[k + 1].start()
        out.append(_Stamp(_role_of(m.group("label")), m.end(), end))
    return out


def _top_line(a: Analysis, taken: Sequence[tuple[int, int]]) -> _Stamp | None:
    """A line near the top that is only a date (and perhaps its weekday, clock time, calendars,
    or a place before it), and not a labelled stamp already read."""
    text = a.folded.text
    pos, seen = 0, 0
    links = lexicon().pair_links
    while pos < len(text) and seen < lexicon().top_lines:
        eol = text.find("\n", pos)
        end = len(text) if eol < 0 else eol
        line = text[pos:end]
        if line.strip() and not any(s < end and pos < e for s, e in taken):
            seen += 1
            inside = a.within(pos, end)
            if any(_is_day(e) for e in inside):
                rest = list(line)
                for e in inside:
                    rest[e.start - pos : e.end - pos] = " " * (e.end - e.start)
                left = "".join(rest)
                for w in links:
                    left = left.replace(w, " ")
                if len(_LETTER.findall(left)) <= 2 or _PLACE_THEN_DATE.fullmatch(left) is not None:
                    return _Stamp("published", pos, end, "top")
        pos = end + 1
    return None


def _label_gap_ok(gap: str) -> bool:
    """Between a label and its date: punctuation, or a filler word (بتاريخ، يوم، on, le)."""
    if len(gap) > _LABEL_GAP:
        return False
    words = _LETTERS.findall(gap)
    return all(w in lexicon().dateline_fillers for w in words)


def _is_day(e: Expr) -> bool:
    return e.type == "DATE" and e.day is not None and e.year is not None and e.shift is None


def _parts(a: Analysis, stamp: _Stamp, *, doc_id: str) -> list[TimeMention]:
    exprs = [e for e in a.within(stamp.start, stamp.end) if _is_day(e) or e.type == "TIME"]
    if not any(_is_day(e) for e in exprs):
        return []
    if stamp.source == "label" and not _label_gap_ok(a.folded.text[stamp.start : exprs[0].start]):
        return []
    return [mention(a, e, doc_id=doc_id, mention_id="", anchor=None, role=stamp.role) for e in exprs]


def _fallback_part(a: Analysis, stamp: _Stamp, *, doc_id: str) -> list[TimeMention]:
    """A hinted stamp the grammar cannot read (an RFC 2822 header, a German date): dateparser."""
    s, e = a.folded.to_original(stamp.start, stamp.end) if stamp.end > stamp.start else (0, 0)
    raw = a.folded.original[s:e]
    day = fallback.parse_stamp(raw)
    if day is None:
        return []
    lead = len(raw) - len(raw.lstrip())
    start, end = s + lead, s + len(raw.rstrip())
    span = make_span(doc_id, a.folded.original, start, end)
    return [
        TimeMention(
            **span.model_dump(), id="", value=day.isoformat(), calendar=Calendar.gregorian, role=stamp.role
        )
    ]


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


def find_datelines(text: str, hints: Sequence[DatelineField], *, doc_id: str, id_prefix: str) -> Datelines:
    """The document's own published and updated stamps, their parts and their issues."""
    a = analyse(text)
    stamps = [_Stamp(h.role, *_to_folded(a, h.start, h.end), "hint") for h in hints if h.end > h.start]
    stamps += _labelled(a)
    result = Datelines()
    chosen: dict[str, tuple[datetime.date, TimeMention]] = {}
    taken: list[tuple[int, int]] = []
    for role in ("published", "updated"):
        for stamp in [s for s in stamps if s.role == role]:
            if role in chosen and not stamp.hinted:
                break
            if any(s < stamp.end and stamp.start < e for s, e in taken):
                continue
            parts = _parts(a, stamp, doc_id=doc_id)
            if not parts and stamp.hinted:
                parts = _fallback_part(a, stamp, doc_id=doc_id)
            best = _date_of(parts)
            if best is None:
                continue
            taken.append((stamp.start, stamp.end))
            parts = _with_clock(parts, best[0])
            result.issues += _stamp_issues(text, doc_id, parts)
            result.parts += parts
            chosen.setdefault(role, best)
    if "published" not in chosen:
        top = _top_line(a, taken)
        if top is not None:
            parts = _parts(a, top, doc_id=doc_id)
            best = _date_of(parts)
            if best is not None:
                parts = _with_clock(parts, best[0])
                result.issues += _stamp_issues(text, doc_id, parts)
                result.parts += parts
                chosen["published"] = best
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


def _stamp_issues(text: str, doc_id: str, parts: list[TimeMention]) -> list[Finding]:
    dates = [p for p in parts if p.timex_type == "DATE"]
    out = checks.invalid_dates(text, doc_id, dates)
    seen: set[tuple[str, str]] = set()
    for i, x in enumerate(dates):
        for y in dates[i + 1 :]:
            key = tuple(sorted((x.calendar.value, y.calendar.value)))
            if x.calendar == y.calendar or key in seen:
                continue
            f = checks.calendar_mismatch(text, doc_id, x, y, "dateline")
            if f is not None:
                seen.add((key[0], key[1]))
                out.append(f)
    return out
