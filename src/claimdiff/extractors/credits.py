"""Outlets a layout names: mastheads, filing tags, photo credits, credit and source lines, and the
publisher they point at."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdiff.extractors.labelling import Candidate, Labelling, Segment
from claimdiff.extractors.lines import SENTENCE_END
from claimdiff.extractors.outlets import OutletFinder, OutletHit, coverage
from claimdiff.extractors.rules import Compiled
from claimdiff.extractors.tags import Tag, find_tag
from claimdiff.schema import TextRange
from claimdiff.text.document import fold_of

_CREDIT_MAX_WORDS = 8
_PUBLISHER_KINDS = ("byline", "agency_tag", "copyright")
# Chrome that names the site it stands on: "follow X on Telegram", "X is not responsible for...".
_SELF_KINDS = ("social", "newsletter", "site_notice", "disclaimer")
# Furniture only an outlet's own copy carries: desk credits and news codes.
_OWN_KINDS = ("production_credit", "news_code")
_SOURCE_KINDS = ("source",)
_TAG_LINES = 15  # filing tags stand among the first lines, up to the first paragraph
_CAPTION_MAX_WORDS = 25
_CAPTION_CREDIT = re.compile(r"\(([^()]{1,40})\)\s*$")
_CAPTION_COVERAGE = 0.6
_WITH_OTHERS = re.compile(r"\s*([+&]|(و|and)\s*(وكالات|agencies))")


def _share_named(text: str, c: Candidate, finder: OutletFinder, need: float) -> list[OutletHit]:
    """The outlet names of a candidate line when they make up at least ``need`` of it."""
    hits = finder(text, [TextRange(start=s, end=e) for s, e in c.pieces])
    total = sum(e - s for s, e in c.pieces)
    share = sum(coverage(text, s, e, hits) * (e - s) for s, e in c.pieces) / total
    return hits if hits and share >= need else []


def infer_outlet(
    state: Labelling, cands: list[Candidate], finder: OutletFinder, tags: list[Tag], named: OutletFinder
) -> str | None:
    """The publisher, from the surest evidence found: a known outlet's masthead near the top; its
    name in a byline, copyright line or chrome that names the site ("follow X on Telegram"); an
    outlet's own filing tag ("دبي - العربية.نت"); the first outlet of a source line ("المصدر: الجزيرة
    + وكالات"); an agency's filing tag when the copy carries the agency's own desk furniture."""
    for c in cands[:3]:
        if c.line.index >= 3 or c.words > 5:
            continue
        hits = _share_named(state.text, c, finder, 0.8)
        if len({h.label for h in hits}) == 1:
            state.label(c.line, "masthead", "boilerplate")
            return hits[0].label
    for line in state.lines:
        if state.whole.get(line.index, ("", ""))[0] in (*_PUBLISHER_KINDS, *_SELF_KINDS):
            hits = named(state.text, [TextRange(start=line.start, end=line.end)])
            if hits:
                return hits[0].label
    for tag in tags:
        if tag.type == "outlet":
            return tag.label
    for r in _kind_ranges(state, _SOURCE_KINDS):
        credited = _source_publisher(state.text, r, named)
        if credited is not None:
            return credited
    if tags and _kind_ranges(state, _OWN_KINDS):
        return tags[0].label
    return None


def _source_publisher(text: str, r: TextRange, named: OutletFinder) -> str | None:
    """The publisher a source line credits: 'المصدر: الجزيرة + وكالات' (its own outlet with others),
    or an Arabic outlet alone ('المصدر: الجزيرة'); a foreign outlet alone is a translated source."""
    hits = named(text, [r])
    if not hits or hits[0].type != "outlet":
        return None
    first = hits[0]
    after = fold_of(text, first.end, r.end)
    if _WITH_OTHERS.match(after.text):
        return first.label
    alone = len(hits) == 1 and not any(c.isalnum() for c in after.text)
    return first.label if alone and first.language == "ar" else None


def _kind_ranges(state: Labelling, kinds: Sequence[str]) -> list[TextRange]:
    out = [
        TextRange(start=line.start, end=line.end)
        for line in state.lines
        if state.whole.get(line.index, ("", ""))[0] in kinds
    ]
    out += [TextRange(start=p.start, end=p.end) for ps in state.parts.values() for p in ps if p.kind in kinds]
    return out


def label_filing_tags(state: Labelling, cands: list[Candidate], finder: OutletFinder) -> list[Tag]:
    """Label the filing tags among the first lines (a line of its own, or the opening of a paragraph)."""
    tags: list[Tag] = []
    for c in cands:
        if c.line.index > state.first_paragraph or c.line.index >= _TAG_LINES:
            break
        if c.line.index in state.parts:
            continue
        tag = find_tag(state.text, c.line, finder)
        if tag is None:
            continue
        tags.append(tag)
        if tag.whole_line:
            state.label(c.line, "wire_tag", "metadata")
        else:
            state.parts.setdefault(c.line.index, []).append(
                Segment("wire_tag", "metadata", tag.start, tag.end)
            )
    return tags


def label_credit_captions(state: Labelling, cands: list[Candidate], finder: OutletFinder) -> None:
    """A short unfinished line closed by an outlet in brackets is a photo caption: '... (الأناضول)'."""
    for c in cands:
        if c.words > _CAPTION_MAX_WORDS or c.words < 3 or c.text.rstrip().endswith(SENTENCE_END):
            continue
        s, e = c.pieces[-1]
        m = _CAPTION_CREDIT.search(state.text, s, e)
        if m is None:
            continue
        cs, ce = m.start(1), m.end(1)
        hits = finder(state.text, [TextRange(start=cs, end=ce)])
        if hits and coverage(state.text, cs, ce, hits) >= _CAPTION_COVERAGE:
            state.label(c.line, "image_caption", "boilerplate")


def label_credit_lines(
    state: Labelling, comp: Compiled, cands: list[Candidate], finder: OutletFinder, infer: bool
) -> str | None:
    """Label closing lines made of outlet names as credits; one just above footer chrome is a masthead."""
    outlet: str | None = None
    tail = [c for c in cands if c.line.index not in state.whole][-comp.profile.credit_bottom :]
    for c in reversed(tail):
        if c.words > _CREDIT_MAX_WORDS:
            break
        hits = _share_named(state.text, c, finder, 0.6)
        if not hits:
            continue
        nxt = c.line.index + 1
        above_chrome = nxt < len(state.lines) and state.whole.get(nxt, ("", ""))[1] == "boilerplate"
        if infer and outlet is None and above_chrome and len(hits) == 1 and hits[0].type == "outlet":
            outlet = hits[0].label
            state.label(c.line, "masthead", "boilerplate")
        else:
            state.label(c.line, "credit", "metadata")
    return outlet
