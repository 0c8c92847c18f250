"""Datelines in a layout: labelled date stamps ('نشر في 7 أكتوبر 2014 | آخر تحديث ...') and a bare
date near the top of the page."""

from __future__ import annotations

import re

from claimdiff.extractors.base import DatelineField
from claimdiff.extractors.labelling import Labelling, Segment
from claimdiff.extractors.lines import SENTENCE_END, Line, strip_end
from claimdiff.extractors.rules import Compiled

_LABEL_LEAD = re.compile(r"^[\s•·*|:\-/]*$")
_SEPARATORS = "|•·-/"
_LABEL_TAIL = " \t:：-"
_DATE_TRAIL = "-|,;:/"
_HAS_DIGIT = re.compile(r"\d")
_MAX_DATE_CHARS = 60
_MAX_DATE_WORDS = 10
_MAX_BARE_DATE_CHARS = 120
_DATELINE_LINE_WORDS = 12  # a dateline label anywhere in a line this short still counts


def label_datelines(state: Labelling, comp: Compiled, line: Line) -> bool:
    """Find labelled date stamps in ``line``; True when the whole line is a dateline."""
    if comp.labels is None:
        return False
    folded = line.folded.text
    found: list[tuple[int, int, str]] = []  # label start, end, role
    for m in comp.labels.finditer(folded):
        # Look only just before the label: slicing or searching the whole prefix per label is quadratic.
        if (
            _LABEL_LEAD.match(folded, 0, m.start())
            or _after_separator(folded, m.start())
            or line.words <= _DATELINE_LINE_WORDS
            or (found and not folded[found[-1][1] : m.start()].strip(" |-,;"))
        ):
            found.append((m.start(), m.end(), comp.label_roles[int((m.lastgroup or "g0")[1:])]))
    if not found:
        return False
    covered, hit = _lead_date(state, line, found[0]), False
    for i, (ls, le, role) in enumerate(found):
        ds = le + len(folded[le:]) - len(folded[le:].lstrip(_LABEL_TAIL))
        stop = found[i + 1][0] if i + 1 < len(found) else len(folded)
        bar = folded.find("|", ds, stop)
        de = bar if bar >= 0 else stop
        part = strip_end(folded[ds:de], _DATE_TRAIL)
        de = ds + len(part)
        if not part and i + 1 == len(found):
            nxt = _next_line(state, line)
            if nxt is not None and _date_like(nxt.folded.text.strip()):
                state.fields.append(DatelineField(role=role, start=nxt.start, end=nxt.end))
                state.label(nxt, "dateline", "metadata")
                hit = True
                covered += len(folded[ls:de].split())
            continue
        if not _date_like(part):
            continue
        start, end = line.to_document(ds, de)
        state.fields.append(DatelineField(role=role, start=start, end=end))
        state.parts.setdefault(line.index, []).append(
            Segment("dateline", "metadata", *line.to_document(ls, de))
        )
        covered += len(folded[ls:de].split())
    if not hit and line.index not in state.parts:
        return False
    if line.words - covered <= 6:
        state.label(line, "dateline", "metadata")
        return True
    return False


def _after_separator(folded: str, end: int) -> bool:
    """Whether ``folded[:end]`` ends with a separator and white space ('… | نشر في')."""
    while end and folded[end - 1].isspace():
        end -= 1
    return end > 0 and folded[end - 1] in _SEPARATORS


def _lead_date(state: Labelling, line: Line, first: tuple[int, int, str]) -> int:
    """'10 March 2025 | Updated 2 hours ago': the unlabelled date before an update label is the
    publication date.  Returns how many words it covers."""
    ls, _, role = first
    if role != "updated" or any(f.role == "published" for f in state.fields):
        return 0
    folded = line.folded.text
    ds = folded.rfind("|", 0, ls) + 1
    part = folded[ds:ls]
    ds += len(part) - len(part.lstrip(" |-,;:"))
    part = strip_end(folded[ds:ls], _DATE_TRAIL)
    if not _date_like(part):
        return 0
    start, end = line.to_document(ds, ds + len(part))
    state.fields.append(DatelineField(role="published", start=start, end=end))
    state.parts.setdefault(line.index, []).append(Segment("dateline", "metadata", start, end))
    return len(part.split())


def _date_like(part: str) -> bool:
    """Short, with a number among its first words, not a sentence: a date stamp, not prose."""
    words = [w for w in part.split() if any(c.isalnum() for c in w)]
    return (
        0 < len(words) <= _MAX_DATE_WORDS
        and len(part) <= _MAX_DATE_CHARS
        and any(_HAS_DIGIT.search(w) for w in words[:3])
        and not part.endswith(SENTENCE_END)
    )


def _next_line(state: Labelling, line: Line) -> Line | None:
    i = line.index + 1
    return state.lines[i] if i < len(state.lines) and i not in state.whole else None


def label_bare_date(state: Labelling, comp: Compiled) -> None:
    if any(f.role == "published" for f in state.fields):
        return
    for line in state.lines:
        # near the top, or anywhere above the article's first paragraph (a page's header)
        if line.index >= max(comp.profile.bare_date_top, state.first_paragraph):
            break
        if line.index in state.whole or line.index in state.parts:
            continue
        s = line.folded.text.strip()
        # A stamp is short; the patterns are allowed to backtrack, so only short lines are tried.
        if len(s) <= _MAX_BARE_DATE_CHARS and any(p.fullmatch(s) for p in comp.bare_dates):
            state.fields.append(DatelineField(role="published", start=line.start, end=line.end))
            state.label(line, "dateline", "metadata")
            return
