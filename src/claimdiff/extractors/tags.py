"""Filing tags that open a story: ``دمشق - (رويترز):``, ``طهران/ 23 اسفند/ ارنا -``, ``دبي - العربية.نت``.

A tag says where and by whom a story was filed: a few short segments (place, date, reporter) set
apart by dashes, slashes, commas, colons or brackets, then an outlet or agency name, closed by a
dash or a colon when the story goes on in the same line, or by the end of the line.  The name may
also come first (``عنب بلدي – درعا``).  Names come from the outlet finder.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from claimdiff.extractors.lines import Line
from claimdiff.extractors.outlets import OutletFinder
from claimdiff.schema import TextRange
from claimdiff.text.normalize import Folded, join

_HEAD_CHARS = 110  # a tag sits at the very start of its line
_LINE_TAG_MAX_WORDS = 10
_MAX_PREFIX_WORDS = 8
_MAX_SEGMENT_WORDS = 4
_MAX_NAME_WORDS = 4
_SEPARATORS = "-/,:|("
_SPLIT = re.compile(r"[-/,:|()\"']")
_SENTENCE = re.compile(r"[.!?;](\s|$)")
_CLOSING = re.compile(r"[\"')\]\s]*")
_OPENING_END = re.compile(r"\s*[-:]+\s*(?=\S)")
_NAME_FIRST_TAIL = re.compile(r"(\s*[-/|]\s*[^\s\-/:.,|]+(\s+[^\s\-/:.,|]+)?){1,2}\s*")
_WORD = re.compile(r"\w")
_KASHIDA_DASH = re.compile(r"(?<!\w)\u0640+(?!\w)")  # a free-standing tatweel is used as a dash


@dataclass(frozen=True)
class Tag:
    """A filing tag at ``text[start:end]``; ``whole_line`` when nothing else is on its line."""

    start: int
    end: int
    label: str
    type: str
    whole_line: bool


@dataclass(frozen=True)
class _Name:
    start: int  # folded offsets in the line
    end: int
    label: str
    type: str


def _words(s: str) -> int:
    return sum(1 for t in s.split() if _WORD.search(t))


def _view(line: Line) -> Folded:
    """The folded line, a free-standing tatweel read as the dash it stands for (same offsets):
    the line's fold with a dash put where each such run of tatweels was dropped."""
    f = line.folded
    parts: list[Folded] = []
    pos = 0
    for m in _KASHIDA_DASH.finditer(line.text):
        parts.append(f.cut(pos, m.start()))
        dashes = "-" * (m.end() - m.start())
        parts.append(Folded(dashes, dashes, tuple(range(len(dashes)))))
        pos = m.end()
    return join(*parts, f.cut(pos, len(line.text))) if parts else f


def _names(text: str, line: Line, view: Folded, finder: OutletFinder) -> list[_Name]:
    """Outlet names at the head of ``line``, in offsets of ``view``, in order."""
    head = min(len(view.text), _HEAD_CHARS)
    stop = line.start + (view.origin[head - 1] + 1 if head else 0)
    found = [
        _Name(
            bisect_left(view.origin, h.start - line.start),
            bisect_left(view.origin, h.end - line.start),
            h.label,
            h.type,
        )
        for h in finder(text, [TextRange(start=line.start, end=stop)])
    ]
    return sorted(found, key=lambda n: (n.start, -n.end))


def _prefix_ok(prefix: str) -> bool:
    """What stands before the name: short segments ending in a separator, no sentence."""
    p = prefix.rstrip()
    if p.endswith(('"', "'")):
        p = p[:-1].rstrip()
    if not p or p[-1] not in _SEPARATORS:
        return False
    body = p[:-1]
    if not _WORD.search(body) or _SENTENCE.search(body) or _words(body) > _MAX_PREFIX_WORDS:
        return False
    return all(_words(seg) <= _MAX_SEGMENT_WORDS for seg in _SPLIT.split(body))


def find_tag(text: str, line: Line, finder: OutletFinder) -> Tag | None:
    """The filing tag opening ``line``, if any (bare names need a finder that reads them, see
    :func:`~claimdiff.extractors.outlets.with_implied`)."""
    view = _view(line)
    folded = view.text
    for name in _names(text, line, view, finder):
        if _words(folded[name.start : name.end]) > _MAX_NAME_WORDS:
            continue
        prefix, after = folded[: name.start], folded[name.end :]
        close = _CLOSING.match(after)
        rest_at = name.end + (close.end() if close else 0)
        rest = folded[rest_at:]
        if not prefix.strip():
            if line.words <= _LINE_TAG_MAX_WORDS and _NAME_FIRST_TAIL.fullmatch(after):
                return Tag(line.start, line.end, name.label, name.type, True)
            continue
        if not _prefix_ok(prefix):
            continue
        if not rest.strip():
            if line.words <= _LINE_TAG_MAX_WORDS:
                return Tag(line.start, line.end, name.label, name.type, True)
            continue
        opening = _OPENING_END.match(rest)
        if opening is None:
            continue
        _, e = view.to_original(0, rest_at + opening.end())
        end = line.start + e
        while end > line.start and text[end - 1].isspace():
            end -= 1
        return Tag(line.start, end, name.label, name.type, False)
    return None
