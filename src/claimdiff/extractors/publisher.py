"""The publisher of an article from an outlet nobody described: masthead, site name, copyright
line, own-report tag, domain or source line.

Used when neither a plugin nor a known outlet's masthead named it.  Each piece of evidence yields a
short name; a name the gazetteer knows (``© 2024 الوكالة العربية السورية للأنباء``, ``sana.sy``)
becomes that outlet's label, so an agency's own copy is not taken as a relay of itself.  Cue words
are data in ``extractors/data/publisher.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from functools import cache

from claimdiff import data_files
from claimdiff.extractors.lines import Line, split_lines
from claimdiff.extractors.outlets import OutletFinder, coverage, outlet_by_handle
from claimdiff.extractors.segments import Analysis
from claimdiff.schema import TextRange
from claimdiff.text import document
from claimdiff.text.document import fold_piece
from claimdiff.text.normalize import Folded, fold, fold_str

_DOMAIN = re.compile(
    r"(?<![\w@./-])(?:https?://)?(?:www\.)?((?:[a-z0-9][a-z0-9-]*\.)+(?:com|net|org|info|news|tv|fr|uk|ps|sy|iq|lb|eg|sa|ae|qa|jo|ma|tn|dz|ly|sd|ye|om|kw|bh|tr|ir|me|co|ru|de|us))(?![\w.-]*[a-z0-9])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19|20)\d{2}(\s*[-–]\s*(19|20)?\d{2})?\b")
_TRIM = " \t-–—|:،,.;()[]\"'«»/\\"
_HEAD_LINES = 3
_TAIL_LINES = 8
_MAX_LINE_WORDS = 12
_KNOWN_COVERAGE = 0.9  # شبكة أخبار الجنوب is not الأخبار: the known name must be the whole name
_GENERIC_LABELS = frozenset(
    {"www", "m", "ar", "en", "fr", "arabic", "co", "com", "net", "org", "gov", "info", "news"}
)


@dataclass(frozen=True)
class _Cues:
    copyright: re.Pattern[str]
    noun_first: re.Pattern[str]
    suffix_last: re.Pattern[str]
    own_report: re.Pattern[str]
    source: re.Pattern[str]
    max_words: int


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(fold_str(w)) for w in sorted(words, key=len, reverse=True))


@cache
def _cues() -> _Cues:
    data = data_files.load("claimdiff.extractors", "publisher.json")
    nouns, suffixes = _alt(data["outlet_nouns"]), _alt(data["name_suffixes"])
    return _Cues(
        copyright=re.compile(rf"(?<![^\W\d_])(?:{_alt(data['copyright'])})(?![^\W\d_])", re.IGNORECASE),
        noun_first=re.compile(rf"^[وب]?(?:{nouns})\s+\S", re.IGNORECASE),
        suffix_last=re.compile(rf"\S\s+(?:{suffixes})$", re.IGNORECASE),
        # The name ends on a non-space: with (.+?) the spaces before the separator could be read
        # two ways, quadratic on a line of spaces.
        own_report=re.compile(rf"^(.*?\S)\s*[-–—|/:]\s*(?:{_alt(data['own_report'])})$", re.IGNORECASE),
        source=re.compile(rf"^(?:{_alt(data['source'])})\s*:\s*(.+)$", re.IGNORECASE),
        max_words=int(data["max_name_words"]),
    )


def _words(s: str) -> int:
    return len([w for w in s.split() if re.search(r"\w", w)])


def _clean(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(_TRIM)
    if name.startswith(("لـ", "لـ ")):
        name = name[2:].strip(_TRIM)
    return name


def _fold(line: Line, name: str) -> Folded:
    """The fold of a name read off ``line``: cut from the document's where the line holds it."""
    return fold_piece(line.source, name, line.start, line.end) if line.source else fold(name)


def _plausible(name: str, cues: _Cues, line: Line, *, need_shape: bool) -> bool:
    """A short name with letters; ``need_shape``: it must look like an outlet's name too."""
    if not name or not 1 <= _words(name) <= cues.max_words or not re.search(r"[^\W\d_]", name):
        return False
    if not need_shape:
        return True
    f = _fold(line, name).text
    latin_title = name.isascii() and all(w[:1].isupper() or w.isdigit() for w in name.split())
    return bool(cues.noun_first.search(f) or cues.suffix_last.search(f)) or (
        latin_title and _words(name) >= 2
    )


def _copyright_owner(line: Line, cues: _Cues) -> str | None:
    """The owner a copyright line names: '© 2024 صحيفة الوادي، جميع الحقوق محفوظة' -> صحيفة الوادي."""
    if not cues.copyright.search(line.folded.text):
        return None
    for part in re.split(r"[.،,|•]\s+|\s[-–—]\s", _YEAR.sub(" ", line.text)):
        name = _without_copyright_words(part, cues, line)
        if _plausible(name, cues, line, need_shape=False):
            return name
    return None


def _without_copyright_words(part: str, cues: _Cues, line: Line) -> str:
    """The part with its copyright phrases removed, in its own spelling (matched on the folded view)."""
    out = _clean(part)
    for _ in range(4):
        f = _fold(line, out)
        m = cues.copyright.search(f.text)
        if m is None:
            break
        s, e = f.to_original(m.start(), m.end())
        out = _clean(out[:s] + " " + out[e:])
    if out.startswith("ل") and cues.noun_first.search(_fold(line, out[1:]).text):
        out = out[1:]  # لموقع الوادي: the preposition glued to the name
    return _clean(out)


def _domain(line: str) -> str | None:
    m = _DOMAIN.search(line)
    return m.group(1).lower() if m else None


Evidence = Callable[[Line, _Cues], str | None]  # one kind of evidence on one line


def _masthead(line: Line, cues: _Cues, *, strict: bool = False) -> str | None:
    """A short line that is an outlet's name; read as the headline, it must open with an outlet
    noun and be at most three words (صحيفة الوادي الأخضر)."""
    name = _clean(line.text)
    if strict and (_words(name) > 3 or not cues.noun_first.search(_fold(line, name).text)):
        return None
    return name if _words(name) <= 4 and _plausible(name, cues, line, need_shape=True) else None


def _inside(line: Line, ranges: Sequence[TextRange]) -> bool:
    return any(r.start <= line.start < r.end for r in ranges)


def _site_name(line: Line, cues: _Cues) -> str | None:
    """The site name after a title separator: 'Headline - صحيفة الوادي', 'Headline | Valley Post'."""
    parts = re.split(r"\s[|–—-]\s", line.text)
    if len(parts) < 2:
        return None
    name = _clean(parts[-1])
    return name if _plausible(name, cues, line, need_shape=True) else None


def _own_report(line: Line, cues: _Cues) -> str | None:
    folded = line.folded.text
    lead = len(folded) - len(folded.lstrip())
    m = cues.own_report.match(folded.strip())
    if m is None:
        return None
    _, e = line.folded.to_original(lead, lead + m.end(1))
    name = _clean(line.text[:e])
    return name if _plausible(name, cues, line, need_shape=False) and _words(name) <= 3 else None


def _source_line(line: Line, cues: _Cues) -> str | None:
    folded = line.folded.text
    lead = len(folded) - len(folded.lstrip())
    m = cues.source.match(folded.strip())
    if m is None:
        return None
    s, _ = line.folded.to_original(lead + m.start(1), lead + m.end(1))
    name = _clean(line.text[s:])
    return name if _plausible(name, cues, line, need_shape=True) else None


def _site_label(domain: str) -> str:
    """The name part of a domain: sana.sy -> sana, www.bbc.co.uk -> bbc."""
    labels = [p for p in domain.lower().split(".") if p not in _GENERIC_LABELS]
    return labels[0] if labels else domain


def find_publisher(text: str, analysis: Analysis, finder: OutletFinder) -> str | None:
    """The publisher named by the page itself, or None; a known outlet comes back as its label.
    An agency's filing tag alone names what the page relays, not its publisher (see segments)."""
    cues = _cues()
    lines = [ln for ln in split_lines(text) if _words(ln.text) <= _MAX_LINE_WORDS]
    if not lines:
        return None
    body = analysis.ranges("body")
    headline = analysis.headline
    first = min((r.start for r in body), default=len(text))
    last = max((r.end for r in body), default=0)
    head = [ln for ln in lines if ln.index < _HEAD_LINES and ln.end <= first]
    tail = [ln for ln in lines if ln.start >= last and not _inside(ln, body)][-_TAIL_LINES:]
    found: list[tuple[str, Line | None]] = []  # a name and the line it was read off
    for ln in head:
        is_headline = headline is not None and headline.start <= ln.start < headline.end
        name = _site_name(ln, cues) or _masthead(ln, cues, strict=is_headline)
        if name:
            found.append((name, ln))
            break
    for ln in reversed(tail):
        owner = _copyright_owner(ln, cues)
        if owner:
            found.append((owner, ln))
            break
    steps: list[tuple[list[Line], Evidence]] = [
        ([ln for ln in lines if not _inside(ln, body)], _own_report),
        (tail, _source_line),
    ]
    for where, evidence in steps:
        for ln in where:
            name = evidence(ln, cues)
            if name:
                found.append((name, ln))
                break
    for ln in [*head, *tail]:
        domain = _domain(ln.text)
        if domain:
            found.append((domain, None))
            break
    for name, line in found:
        known = _known(name, finder, line)
        if known:
            return known
    return found[0][0] if found else None


def _known(name: str, finder: OutletFinder, line: Line | None) -> str | None:
    """The label of a known outlet the name (or domain) stands for."""
    if "." in name and " " not in name:
        return outlet_by_handle(_site_label(name))
    with document.lent(_fold(line, name)) if line is not None else nullcontext():
        hits = finder(name, [TextRange(start=0, end=len(name))])
    if len({h.label for h in hits}) == 1 and coverage(name, 0, len(name), hits) >= _KNOWN_COVERAGE:
        return hits[0].label
    return outlet_by_handle(name)


__all__ = ["find_publisher"]
