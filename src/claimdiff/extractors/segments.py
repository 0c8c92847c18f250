"""The shared layout engine: label every line of a document as headline, body, boilerplate or metadata.

The engine holds the mechanisms: here the pass over the lines (rule scopes, footers, spans), in
:mod:`.datelines` the date stamps, in :mod:`.credits` the outlets a page names, in :mod:`.headline`
the headline, body and furniture found by position.  Which strings trigger them is profile data
(:mod:`claimdiff.extractors.profile`), compiled by :mod:`.rules`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from claimdiff.extractors.base import DatelineField
from claimdiff.extractors.credits import (
    infer_outlet,
    label_credit_captions,
    label_credit_lines,
    label_filing_tags,
)
from claimdiff.extractors.datelines import label_bare_date, label_datelines
from claimdiff.extractors.headline import line_roles
from claimdiff.extractors.labelling import Labelling, Segment, candidates
from claimdiff.extractors.lines import SENTENCE_END, Line, split_lines, trim
from claimdiff.extractors.outlets import OutletFinder, with_implied
from claimdiff.extractors.rules import Compiled, Rule
from claimdiff.schema import TextRange
from claimdiff.text.document import reading

_PROSE_END = (".", "۔", "!", "؟", "?", '."', ".”", ".»")


@dataclass
class Analysis:
    """Every labelled stretch of one document, its dateline hints and an inferred outlet."""

    segments: list[Segment] = field(default_factory=list)
    datelines: list[DatelineField] = field(default_factory=list)
    outlet: str | None = None

    def ranges(self, role: str, kinds: Sequence[str] = ()) -> list[TextRange]:
        return [
            TextRange(start=s.start, end=s.end)
            for s in self.segments
            if s.role == role and (not kinds or s.kind in kinds)
        ]

    @property
    def headline(self) -> TextRange | None:
        found = self.ranges("headline")
        return found[0] if found else None


def _spans(state: Labelling, comp: Compiled, line: Line) -> None:
    for rule in comp.spans:
        if not rule.applies(line, len(state.lines), state.first_paragraph):
            continue
        for m in rule.regex.finditer(line.folded.text):
            if m.end() == m.start():
                continue
            s, e = trim(state.text, *line.to_document(m.start(), m.end()))
            mine = state.parts.setdefault(line.index, [])
            if s < e and not any(p.start < e and s < p.end for p in mine):
                mine.append(Segment(rule.kind, rule.role, s, e))
    if line.index in state.parts and not state.pieces(line):
        first = min(state.parts[line.index], key=lambda p: p.start)
        state.label(line, first.kind, first.role)


def _paragraph_like(line: Line, comp: Compiled) -> bool:
    """A line that reads as article prose: longer than any headline, or a long finished sentence."""
    if line.words > comp.profile.headline.max_words:
        return True
    return line.words >= comp.profile.lead_min_words and line.text.rstrip().endswith(SENTENCE_END)


def _label_lines(state: Labelling, comp: Compiled) -> None:
    text, lines, profile = state.text, state.lines, comp.profile
    cut: str | None = None
    block = False  # the cut ends at the next paragraph of article prose
    follow, follow_kind, follow_role = 0, "", ""
    for line in lines:
        if line.index in state.whole:
            continue
        rule = _first_rule(state, comp, line)
        if cut is not None:
            if not (block and _resumes(line, comp)):
                # inside a footer a line keeps what it is (a credit, a follow-us line) if a rule says so
                kind, role = (rule.kind, rule.role) if rule is not None else (cut, "boilerplate")
                state.label(line, kind, role)
                if rule is not None and rule.then == "rest" and line.start >= profile.footer_from * len(text):
                    cut, block = rule.kind, False
                continue
            cut = None
        if follow:
            follow -= 1
            if line.words <= profile.headline.max_words:
                state.label(line, follow_kind, follow_role)
                continue
            follow = 0
        if label_datelines(state, comp, line):
            continue
        if rule is not None:
            state.label(line, rule.kind, rule.role)
            if rule.then == "block" or (
                rule.then == "rest" and line.start >= profile.footer_from * len(text)
            ):
                cut, block = rule.kind, rule.then == "block"
            else:
                follow, follow_kind, follow_role = rule.follow, rule.kind, rule.role
            continue
        _spans(state, comp, line)
        if line.index not in state.whole and _paragraph_like(line, comp):
            state.first_paragraph = min(state.first_paragraph, line.index)


def _first_rule(state: Labelling, comp: Compiled, line: Line) -> Rule | None:
    n = len(state.lines)
    return next(
        (r for r in comp.rules if r.applies(line, n, state.first_paragraph) and r.matches(line)), None
    )


def _resumes(line: Line, comp: Compiled) -> bool:
    """A finished sentence long enough to be article prose ends a block of teasers."""
    end = line.text.rstrip()
    return (
        line.words >= comp.profile.lead_min_words
        and end.endswith(_PROSE_END)
        and not end.endswith(("..", "…"))
    )


def analyse(
    text: str, comp: Compiled, finder: OutletFinder | None = None, *, cue: str | None = None
) -> Analysis:
    """Label ``text`` with the rules of ``comp``; ``finder`` names outlets (credits, mastheads, tags)
    and ``cue`` is an outlet noun (صحيفة) that lets it read a bare name in a filing tag."""
    with reading(text):  # its lines and the outlet finder's scans cut their folds from the document's
        return _analyse(text, comp, finder, cue)


def _analyse(text: str, comp: Compiled, finder: OutletFinder | None, cue: str | None) -> Analysis:
    state = Labelling(text, split_lines(text))
    _label_lines(state, comp)
    label_bare_date(state, comp)
    outlet: str | None = None
    if finder is not None:
        infer = comp.profile.infer_outlet and comp.profile.outlet is None
        named = with_implied(finder, cue)
        label_credit_captions(state, candidates(state), named)
        tags = label_filing_tags(state, candidates(state), named)
        outlet = infer_outlet(state, candidates(state), finder, tags, named) if infer else None
        footer_outlet = label_credit_lines(state, comp, candidates(state), finder, infer and outlet is None)
        outlet = outlet or footer_outlet
    cands = candidates(state)

    roles = line_roles(cands, comp)
    segments: list[Segment] = []
    for c, (kind, role) in zip(cands, roles, strict=True):
        segments.extend(Segment(kind, role, s, e) for s, e in c.pieces)
    for line in state.lines:
        if line.index in state.whole:
            kind, role = state.whole[line.index]
            segments.append(Segment(kind, role, line.start, line.end))
        segments.extend(state.parts.get(line.index, []))
    segments.sort(key=lambda s: (s.start, s.end))
    return Analysis(segments, sorted(state.fields, key=lambda f: f.start), outlet)
