"""The shared layout engine: label every line of a document as headline, body, boilerplate or metadata.

The engine holds the mechanisms (rule scopes, footers, datelines, headline choice, repeats,
credit lines); which strings trigger them is profile data (:mod:`claimdiff.extractors.profile`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimdiff.extractors.base import DatelineField
from claimdiff.extractors.lines import Line, count_words, line_key, split_lines, strip_end, trim
from claimdiff.extractors.outlets import OutletFinder, OutletHit, coverage, with_implied
from claimdiff.extractors.profile import Profile, compile_pattern, fold_pattern
from claimdiff.extractors.tags import Tag, find_tag
from claimdiff.schema import TextRange
from claimdiff.text.document import fold_of, reading

_SENTENCE_END = (".", "۔", ":", "؛", ";")
_PROSE_END = (".", "۔", "!", "؟", "?", '."', ".”", ".»")
_LABEL_LEAD = re.compile(r"^[\s•·*|:\-/]*$")
_SEPARATORS = "|•·-/"
_LABEL_TAIL = " \t:：-"
_DATE_TRAIL = "-|,;:/"
_HAS_DIGIT = re.compile(r"\d")
_MAX_DATE_CHARS = 60
_MAX_DATE_WORDS = 10
_MAX_BARE_DATE_CHARS = 120
_DATELINE_LINE_WORDS = 12  # a dateline label anywhere in a line this short still counts
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


@dataclass(frozen=True)
class Segment:
    """A labelled stretch of the document: ``role`` is headline, body, boilerplate or metadata."""

    kind: str
    role: str
    start: int
    end: int


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


@dataclass(frozen=True)
class _Rule:
    kind: str
    role: str
    regex: re.Pattern[str]
    scope: str
    then: str = "line"
    follow: int = 0
    top: int | None = None
    bottom: int | None = None
    max_words: int | None = None
    header: bool = False

    def applies(self, line: Line, count: int, first_paragraph: int) -> bool:
        if self.top is not None and line.index >= self.top:
            return False
        if self.header and line.index >= first_paragraph:
            return False
        if self.bottom is not None and line.index < count - self.bottom:
            return False
        return self.max_words is None or line.words <= self.max_words

    def matches(self, line: Line) -> bool:
        s = line.folded.text.strip()
        if self.scope == "line":
            return self.regex.fullmatch(s) is not None
        if self.scope == "start":
            return self.regex.match(s) is not None
        return self.regex.search(s) is not None


@dataclass(frozen=True)
class Compiled:
    """A profile with its patterns compiled, ready for :func:`analyse`."""

    profile: Profile
    rules: tuple[_Rule, ...]
    spans: tuple[_Rule, ...]
    labels: re.Pattern[str] | None  # one named group per label: g<i>, whose role is label_roles[i]
    label_roles: tuple[str, ...]
    bare_dates: tuple[re.Pattern[str], ...]


def _alternation(words: Sequence[str]) -> str:
    parts = {fold_pattern(re.escape(w.strip())).replace("\\ ", r"\s*") for w in words}
    # longest first; ties in a fixed order, so the expression is the same text in every process
    return "|".join(sorted(parts, key=lambda p: (-len(p), p)))


def compile_profile(profile: Profile) -> Compiled:
    where = f"profile {profile.name!r}"
    rules: list[_Rule] = []
    if profile.names:
        names = _alternation(profile.names)
        rules.append(_Rule("masthead", "boilerplate", compile_pattern(f"(?:{names})", where), "line"))
    for r in profile.rules:
        rules.append(
            _Rule(
                r.kind,
                r.role,
                compile_pattern(r.pattern, f"{where} ({r.kind})"),
                r.scope,
                r.then,
                r.follow,
                r.top,
                r.bottom,
                r.max_words,
                r.header,
            )
        )
    spans = [r for r in rules if r.scope == "span"]
    if profile.names:
        tag = rf"^\s*(?:{_alternation(profile.names)})\s*[-/]\s*[^\s:.,]+\s*[:\-]?"
        spans.insert(0, _Rule("agency_tag", "metadata", compile_pattern(tag, where), "span", max_words=None))
    roles: dict[str, str] = {}
    for group in profile.datelines:
        for label in group.labels:
            words = fold_pattern(label).split()
            roles.setdefault(r"\s+".join(re.escape(w) for w in words), group.role)
    ordered = sorted(roles, key=len, reverse=True)  # longest label first, whatever its role
    labels = None
    if ordered:
        alt = "|".join(f"(?P<g{i}>{p})" for i, p in enumerate(ordered))
        labels = re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)
    label_roles = tuple(roles[p] for p in ordered)
    return Compiled(
        profile,
        tuple(r for r in rules if r.scope != "span"),
        tuple(spans),
        labels,
        label_roles,
        tuple(compile_pattern(p, f"{where} bare_dates") for p in profile.bare_dates),
    )


@dataclass
class _State:
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


def _datelines(state: _State, comp: Compiled, line: Line) -> bool:
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


def _lead_date(state: _State, line: Line, first: tuple[int, int, str]) -> int:
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
        and not part.endswith(_SENTENCE_END)
    )


def _next_line(state: _State, line: Line) -> Line | None:
    i = line.index + 1
    return state.lines[i] if i < len(state.lines) and i not in state.whole else None


def _spans(state: _State, comp: Compiled, line: Line) -> None:
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
    return line.words >= comp.profile.lead_min_words and line.text.rstrip().endswith(_SENTENCE_END)


def _title_like(text: str, words: int, comp: Compiled) -> bool:
    h = comp.profile.headline
    return h.min_words <= words <= h.max_words and not text.rstrip().endswith(_SENTENCE_END)


@dataclass
class _Candidate:
    line: Line
    pieces: list[tuple[int, int]]
    text: str
    key: str
    words: int


def _candidates(state: _State) -> list[_Candidate]:
    out = []
    for line in state.lines:
        if line.index in state.whole:
            continue
        pieces = state.pieces(line)
        if not pieces:
            continue
        text = " ".join(state.text[s:e] for s, e in pieces)
        folded = " ".join(fold_of(state.text, s, e).text for s, e in pieces)
        out.append(_Candidate(line, pieces, text, line_key(folded), count_words(folded)))
    return out


def _choose_headline(cands: list[_Candidate], comp: Compiled) -> int | None:
    window = cands[: comp.profile.headline.window]
    keys = [c.key for c in cands]
    for i, c in enumerate(window):
        if _title_like(c.text, c.words, comp) and c.key in keys[i + 1 :]:
            return i
    for i, c in enumerate(window):
        if c.words < comp.profile.headline.min_words:
            continue
        return i if _title_like(c.text, c.words, comp) else None
    return None


def _share_named(text: str, c: _Candidate, finder: OutletFinder, need: float) -> list[OutletHit]:
    """The outlet names of a candidate line when they make up at least ``need`` of it."""
    hits = finder(text, [TextRange(start=s, end=e) for s, e in c.pieces])
    total = sum(e - s for s, e in c.pieces)
    share = sum(coverage(text, s, e, hits) * (e - s) for s, e in c.pieces) / total
    return hits if hits and share >= need else []


def _infer_outlet(
    state: _State, cands: list[_Candidate], finder: OutletFinder, tags: list[Tag], named: OutletFinder
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


def _kind_ranges(state: _State, kinds: Sequence[str]) -> list[TextRange]:
    out = [
        TextRange(start=line.start, end=line.end)
        for line in state.lines
        if state.whole.get(line.index, ("", ""))[0] in kinds
    ]
    out += [TextRange(start=p.start, end=p.end) for ps in state.parts.values() for p in ps if p.kind in kinds]
    return out


def _filing_tags(state: _State, cands: list[_Candidate], finder: OutletFinder) -> list[Tag]:
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


def _credit_captions(state: _State, cands: list[_Candidate], finder: OutletFinder) -> None:
    """A short unfinished line closed by an outlet in brackets is a photo caption: '... (الأناضول)'."""
    for c in cands:
        if c.words > _CAPTION_MAX_WORDS or c.words < 3 or c.text.rstrip().endswith(_SENTENCE_END):
            continue
        s, e = c.pieces[-1]
        m = _CAPTION_CREDIT.search(state.text, s, e)
        if m is None:
            continue
        cs, ce = m.start(1), m.end(1)
        hits = finder(state.text, [TextRange(start=cs, end=ce)])
        if hits and coverage(state.text, cs, ce, hits) >= _CAPTION_COVERAGE:
            state.label(c.line, "image_caption", "boilerplate")


def _credit_lines(
    state: _State, comp: Compiled, cands: list[_Candidate], finder: OutletFinder, infer: bool
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


def _bare_dates(state: _State, comp: Compiled) -> None:
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


def _label_lines(state: _State, comp: Compiled) -> None:
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
        if _datelines(state, comp, line):
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


def _first_rule(state: _State, comp: Compiled, line: Line) -> _Rule | None:
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


def _roles(cands: list[_Candidate], comp: Compiled) -> list[tuple[str, str]]:
    """(kind, role) of each candidate line: headline, body, or furniture found by position."""
    h, lead = comp.profile.headline, comp.profile.lead_min_words
    head = _choose_headline(cands, comp)
    roles: list[tuple[str, str]] = [("body", "body")] * len(cands)
    if head is not None:
        roles[head] = ("headline", "headline")
        for i in range(head):
            if cands[i].words < h.min_words:
                roles[i] = ("section", "boilerplate")
        for i in range(head + 1, len(cands)):
            if cands[i].key == cands[head].key:
                roles[i] = ("headline_repeat", "boilerplate")
        # between the headline and the first paragraph, a one- or two-word line is page furniture
        for i in range(head + 1, len(cands)):
            if cands[i].words >= lead:
                break
            if cands[i].words < h.min_words and roles[i][1] == "body":
                roles[i] = ("header", "boilerplate")
    long_keys = [c.key if c.words >= lead else None for c in cands]
    for i, key in enumerate(long_keys):
        if key is not None and roles[i][1] == "body" and key in long_keys[i + 1 :]:
            roles[i] = ("duplicate", "boilerplate")
    for i in range(len(cands) - 1, -1, -1):
        if roles[i][1] != "body" or cands[i].words > comp.profile.trailer_max_words:
            break
        roles[i] = ("trailer", "boilerplate")
    return roles


def analyse(
    text: str, comp: Compiled, finder: OutletFinder | None = None, *, cue: str | None = None
) -> Analysis:
    """Label ``text`` with the rules of ``comp``; ``finder`` names outlets (credits, mastheads, tags)
    and ``cue`` is an outlet noun (صحيفة) that lets it read a bare name in a filing tag."""
    with reading(text):  # its lines and the outlet finder's scans cut their folds from the document's
        return _analyse(text, comp, finder, cue)


def _analyse(text: str, comp: Compiled, finder: OutletFinder | None, cue: str | None) -> Analysis:
    state = _State(text, split_lines(text))
    _label_lines(state, comp)
    _bare_dates(state, comp)
    outlet: str | None = None
    if finder is not None:
        infer = comp.profile.infer_outlet and comp.profile.outlet is None
        named = with_implied(finder, cue)
        _credit_captions(state, _candidates(state), named)
        tags = _filing_tags(state, _candidates(state), named)
        outlet = _infer_outlet(state, _candidates(state), finder, tags, named) if infer else None
        footer_outlet = _credit_lines(state, comp, _candidates(state), finder, infer and outlet is None)
        outlet = outlet or footer_outlet
    cands = _candidates(state)

    roles = _roles(cands, comp)
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
