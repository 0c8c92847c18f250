"""A document as lines: original offsets, a folded view of each line for matching, word counts.

A line's fold is cut from its document's (:func:`claimdiff.text.document.fold_of`), never made again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from claimdiff.text.document import fold_of
from claimdiff.text.normalize import Folded

_WORD = re.compile(r"\w")
SENTENCE_END = (".", "۔", ":", "؛", ";")  # what ends a sentence (or introduces one) on a line
_END_PUNCT = ".,;:!?\"'()[]<>«»-_|/…"


@dataclass(frozen=True)
class Line:
    """One non-empty line; ``start``/``end`` bound it in the document with outer white space trimmed."""

    index: int
    start: int
    end: int
    text: str
    source: str = field(default="", repr=False, compare=False)  # the document, ``text`` a slice of it

    @cached_property
    def folded(self) -> Folded:
        if self.source:
            return fold_of(self.source, self.start, self.end)
        return fold_of(self.text)

    @property
    def key(self) -> str:
        """The folded line with collapsed spaces and no trailing punctuation: equal for repeats."""
        return line_key(self.folded.text)

    @cached_property
    def words(self) -> int:
        return count_words(self.folded.text)

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
            out.append(Line(len(out), start, start + len(stripped), stripped, text))
        pos += len(raw)
    return out


def line_key(folded: str) -> str:
    """A folded line's key: spaces collapsed, no trailing punctuation (equal for repeats)."""
    return strip_end(" ".join(folded.split()), _END_PUNCT)


def count_words(folded: str) -> int:
    """The words of a folded line: its space-separated pieces holding a letter or digit."""
    return sum(1 for token in folded.split() if _WORD.search(token))


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
