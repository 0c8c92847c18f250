"""Where a document stamps its own date: labelled stamps (تاريخ النشر، نشر في، آخر تحديث، Published,
Updated...), the ranges an outlet extractor hinted, and lines near the top that are only a date."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from claimdiff.dates.expr import Expr
from claimdiff.dates.finder import Analysis
from claimdiff.dates.lexicon import lexicon

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


@dataclass(frozen=True, slots=True)
class Stamp:
    """A stretch of the folded text that may hold the date of one role (published or updated)."""

    role: str
    start: int  # folded offsets of the text after the label (hint, top line: the whole range)
    end: int
    source: str = "label"  # label, hint or top
    label: int = -1  # folded offset of the label, for a labelled stamp

    @property
    def hinted(self) -> bool:
        return self.source == "hint"


class Spans:
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


def to_folded(a: Analysis, start: int, end: int) -> tuple[int, int]:
    origin = a.folded.origin
    return bisect.bisect_left(origin, start), bisect.bisect_left(origin, end)


def _eol(text: str, pos: int) -> int:
    eol = text.find("\n", pos)
    return len(text) if eol < 0 else eol


def labelled_stamps(a: Analysis) -> list[Stamp]:
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
        inside = [e for e in a.within(m.end(), stop) if is_day(e) or e.type == "TIME"]
        if not inside or not label_gap_ok(text[m.end() : inside[0].start]):
            continue
        days = [e.end for e in inside if is_day(e)]
        matches += [
            (x.start("label"), x.end(), x.group("label"), eol)
            for x in _later_label_regex().finditer(text, inside[0].end, stop)
            if days and days[0] <= x.start()
        ]
    matches.sort()
    out: list[Stamp] = []
    for k, (label, after, word, eol) in enumerate(matches):
        if out and label < out[-1].start:
            continue  # inside the previous label (a shorter label found again)
        end = min(eol, matches[k + 1][0]) if k + 1 < len(matches) else eol
        out.append(Stamp(_role_of(word), after, max(after, end), "label", label))
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


def top_lines(a: Analysis, taken: Spans, labels: Sequence[int]) -> list[Stamp]:
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
                out.append(Stamp("published", pos, end, "top"))
        pos = eol + 1
    return out


def _stamp_like(a: Analysis, pos: int, end: int) -> bool:
    """Whether the folded range is only a stamp: its dates (or a relative stamp), clock times and
    stamp words, perhaps a place, agency or byline before them."""
    if end - pos > _STAMP_CHARS:
        return False
    inside = a.within(pos, end)
    days = [e for e in inside if is_day(e)]
    if not days and not any(ago(e) is not None for e in inside):
        return False
    left = _noise_left(a, pos, end, inside)
    if len(_LETTER.findall(left)) <= 2 or _PLACE_THEN_DATE.fullmatch(left) is not None:
        return True
    # one day in two calendars, with a place and an agency around it (الرياض 13 ذو الحجة 1435 هـ
    # الموافق 7 أكتوبر 2014 م واس): no sentence reads like that
    return len({e.calendar for e in days}) >= 2 and len(_LETTERS.findall(left)) <= 4


def label_gap_ok(gap: str) -> bool:
    """Between a label and its date: punctuation, or a filler word (بتاريخ، يوم، on, le)."""
    if len(gap) > _LABEL_GAP:
        return False
    words = _LETTERS.findall(gap)
    return all(w in lexicon().dateline_fillers for w in words)


def is_day(e: Expr) -> bool:
    return e.type == "DATE" and e.day is not None and e.year is not None and e.shift is None


def is_weekday(e: Expr) -> bool:
    return (
        e.type == "DATE"
        and e.weekday is not None
        and e.day is None
        and e.month is None
        and e.shift is None
        and e.direction is None
    )


def ago(e: Expr) -> Expr | None:
    """A stamp counting back from when the page was viewed (منذ 3 ساعات، قبل يومين، أمس), as a date."""
    if e.ago is not None and e.ago[0] in _RELATIVE_UNITS:
        return replace(
            e, type="DATE", start=e.lead if e.lead is not None else e.start, shift=e.ago, duration=None
        )
    if e.type == "DATE" and e.shift is not None and e.shift[0] in _RELATIVE_UNITS and e.direction is None:
        return e
    return None


def fit_hints(stamps: list[Stamp], labelled: Sequence[Stamp]) -> list[Stamp]:
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
