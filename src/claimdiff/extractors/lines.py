"""A document as lines: original offsets, a folded view of each line for matching, word counts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from claimdiff.text.normalize import Folded, fold

_WORD = re.compile(r"\w")
_END_PUNCT = re.compile(r"[\s.,;:!?\"'()\[\]<>«»\-_|/…]+$")


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
        return _END_PUNCT.sub("", " ".join(self.folded.text.split()))

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


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` to exclude outer white space (an all-space range collapses)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
