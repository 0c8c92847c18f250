"""What the layout engine has labelled of a document so far, and the lines it has left."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimdiff.extractors.base import DatelineField
from claimdiff.extractors.lines import Line, count_words, line_key, trim
from claimdiff.text.document import fold_of


@dataclass(frozen=True)
class Segment:
    """A labelled stretch of the document: ``role`` is headline, body, boilerplate or metadata."""

    kind: str
    role: str
    start: int
    end: int


@dataclass
class Labelling:
    """Lines labelled whole, parts of lines labelled, and the dateline fields found, by line index."""

    text: str
    lines: list[Line]
    whole: dict[int, tuple[str, str]] = field(default_factory=dict)
    parts: dict[int, list[Segment]] = field(default_factory=dict)
    fields: list[DatelineField] = field(default_factory=list)
    first_paragraph: int = -1  # the first line of article prose seen so far

    def __post_init__(self) -> None:
        self.first_paragraph = len(self.lines)

    def label(self, line: Line, kind: str, role: str) -> None:
        self.whole[line.index] = (kind, role)
        self.parts.pop(line.index, None)

    def pieces(self, line: Line) -> list[tuple[int, int]]:
        """What is left of a line once its labelled parts are cut out, trimmed."""
        out, pos = [], line.start
        for seg in sorted(self.parts.get(line.index, []), key=lambda s: s.start):
            out.append(trim(self.text, pos, seg.start))
            pos = max(pos, seg.end)
        out.append(trim(self.text, pos, line.end))
        return [(s, e) for s, e in out if s < e and any(c.isalnum() for c in self.text[s:e])]


@dataclass
class Candidate:
    """A line no rule labelled whole: what is left of it, its text, repeat key and word count."""

    line: Line
    pieces: list[tuple[int, int]]
    text: str
    key: str
    words: int


def candidates(state: Labelling) -> list[Candidate]:
    """The lines still to place, in order."""
    out = []
    for line in state.lines:
        if line.index in state.whole:
            continue
        pieces = state.pieces(line)
        if not pieces:
            continue
        text = " ".join(state.text[s:e] for s, e in pieces)
        folded = " ".join(fold_of(state.text, s, e).text for s, e in pieces)
        out.append(Candidate(line, pieces, text, line_key(folded), count_words(folded)))
    return out
