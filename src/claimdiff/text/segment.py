"""Sentence segmentation of Arabic news text, with exact offsets into the original.

A sentence ends at ``.``, ``!``, ``?``/``؟``, ``;``/``؛`` or a line break, except inside a quotation
(an opening and a closing quote mark paired within one line), inside a number (``3.5``, ``٣٫٥``),
in a run of dots followed by a letter (``..``), inside a URL or after a one-letter abbreviation
(``د.``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claimdiff.schema import TextRange

_ENDERS = frozenset(".!?;\u061f\u061b\u06d4")
_CURLY_OPEN = frozenset("\u201c\u201e\u201f")
_CURLY_CLOSE = frozenset("\u201d")
_STRAIGHT = frozenset('"')
_OPEN, _CLOSE = "\u00ab", "\u00bb"
_TRAIL = frozenset("\"'\u201c\u201d\u00bb)]\u2019")


def sentences(text: str, ranges: Sequence[TextRange] | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text`` inside ``ranges`` (whole text when None), as trimmed ``(start, end)``."""
    spans = [(0, len(text))] if ranges is None else _merge((r.start, r.end) for r in ranges)
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for line_start, line_end in _lines(text, start, end):
            out.extend(_split_line(text, line_start, line_end))
    return out


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _lines(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotation regions of one line, each closed inside the line.

    «…» and “…” pair an opening mark with the next closing one; a second opening mark before
    the close starts the region afresh, so an unclosed quote hides nothing.  ” with nothing open
    opens a region (some Arabic texts quote ”…”), and straight marks pair in order.  Marks left
    open at the end of the line quote nothing.
    """
    regions: list[tuple[int, int]] = []
    guillemet: int | None = None
    curly: int | None = None
    straight: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch == _OPEN:
            guillemet = i
        elif ch == _CLOSE and guillemet is not None:
            regions.append((guillemet, i))
            guillemet = None
        elif ch in _CURLY_OPEN:
            curly = i
        elif ch in _CURLY_CLOSE:
            if curly is None:
                curly = i
            else:
                regions.append((curly, i))
                curly = None
        elif ch in _STRAIGHT:
            if straight is None:
                straight = i
            else:
                regions.append((straight, i))
                straight = None
    return _outermost(regions)


def _outermost(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Regions sorted by start, those nested in an earlier one dropped."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(regions):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _is_boundary(text: str, i: int, end: int) -> bool:
    ch = text[i]
    if ch not in _ENDERS:
        return False
    nxt = text[i + 1] if i + 1 < end else ""
    prev = text[i - 1] if i > 0 else ""
    if ch == ".":
        if nxt == "." or (prev == "." and nxt and not nxt.isspace() and nxt not in _TRAIL):
            return False  # "..." in the middle of a run, or ".." glued to the next word
        if prev.isdecimal() and nxt.isdecimal():
            return False
        if nxt and not nxt.isspace() and nxt not in _TRAIL and nxt not in _ENDERS:
            return False  # URL, domain name, file name
        before = text[max(0, i - 2) : i]
        if len(before) == 2 and before[1].isalpha() and not before[0].isalnum():
            return False  # one-letter abbreviation
    return True


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    quoted = _quoted(text, start, end)
    out: list[tuple[int, int]] = []
    sent_start = start
    i = start
    q = 0
    while i < end:
        while q < len(quoted) and quoted[q][1] < i:
            q += 1
        inside = q < len(quoted) and quoted[q][0] < i < quoted[q][1]
        if not inside and _is_boundary(text, i, end):
            j = i + 1
            while j < end and (text[j] in _ENDERS or text[j] in _TRAIL):
                j += 1
            _emit(text, sent_start, j, out)
            sent_start = i = j
            continue
        i += 1
    _emit(text, sent_start, end, out)
    return out


def _emit(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        out.append((start, end))
