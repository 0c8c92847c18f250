"""A document as lines: original offsets, a folded view of each line for matching, word counts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from claimdiff.text.normalize import Folded, fold

_WORD = re.compile(r"\w")
_END_PUNCT = ".,;:!?\"'()[]<>«»-_|/…"


@dataclass(frozen=True)
class Line:
    """One non-empty line; ``start``/``end`` bound it in the document with outer white space trimmed."""

    index: int
    start: int
    end: int
    text: str

    @cached_property
    def folded(self) -> Folded:
        return fold(self.text)

    @property
    def key(self) -> str:
        """The folded line with collapsed spaces and no trailing punctuation: equal for repeats."""
        return strip_end(" ".join(self.folded.text.split()), _END_PUNCT)

    @cached_property
    def words(self) -> int:
        return sum(1 for token in self.folded.text.split() if _WORD.search(token))

    def to_document(self, start: int, end: int) -> tuple[int, int]:
        """Map a range of the folded line to document offsets."""
        s, e = self.folded.to_original(start, end)
        return self.start + s, self.start + e


def split_lines(text: str) -> list[Line]:
    """The non-empty lines of ``text`` (white space only counts as empty), in order."""
    out: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            start = pos + lead
            out.append(Line(len(out), start, start + len(stripped), stripped))
        pos += len(raw)
    return out


def strip_end(s: str, chars: str) -> str:
    """``s`` without its trailing white space and ``chars``: one backward pass (a regex ``[...]+$``
    would rescan every run of those characters that is not at the end)."""
    end = len(s)
    while end and (s[end - 1].isspace() or s[end - 1] in chars):
        end -= 1
    return s[:end]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` to exclude outer white space (an all-space range collapses)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
