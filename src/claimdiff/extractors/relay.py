"""Which outlets and agencies an article relays.

Evidence, all found through the gazetteer (never a list kept here): an outlet named with an
attribution cue near the start of the body ("ذكرت صحيفة (X)", "according to X", "X reported"),
an outlet leading the headline ("لوموند تكشف:"), an agency tag opening the body ("باريس (أ ف ب) -"),
and credit or source lines ("فرانس24/ أ ف ب", "المصدر: X").  The publishing outlet is excluded.
The cue words are language data in ``extractors/data/relay.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from claimdiff import data_files
from claimdiff.extractors.outlets import OutletFinder, OutletHit
from claimdiff.extractors.profile import fold_pattern
from claimdiff.schema import TextRange
from claimdiff.text.document import fold_of

_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class RelayCues:
    """Compiled cue patterns: what may stand before or after a relayed outlet's name."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    colon: re.Pattern[str]
    opening: re.Pattern[str]
    window: int
    after_window: int
    lead_paragraphs: int


def _alt(words: Iterable[str]) -> str:
    parts = {fold_pattern(re.escape(w.strip())).replace("\\ ", r"\s+") for w in words if w.strip()}
    return "|".join(sorted(parts, key=len, reverse=True))


@cache
def default_cues() -> RelayCues:
    """The cues shipped with claimdiff."""
    return make_cues(data_files.load("claimdiff.extractors", "relay.json"))


def make_cues(data: dict[str, object]) -> RelayCues:
    """Compile cue data (``before``, ``descriptors``, ``after`` word lists and window sizes)."""

    def words(key: str) -> list[str]:
        value = data.get(key, [])
        return [str(v) for v in value] if isinstance(value, list) else []

    def number(key: str, default: int) -> int:
        value = data.get(key, default)
        return value if isinstance(value, int) else default

    window, after_window = number("window", 30), number("after_window", 12)
    lead = _alt([*words("before"), *words("descriptors")])
    return RelayCues(
        before=re.compile(rf"(?<!\w)[وفبل]?(?:{lead})(?!\w)[^.!?\n]{{0,{window}}}$", re.IGNORECASE),
        after=re.compile(rf"^[\s\"'»)\]]*(?:{_alt(words('after'))})(?!\w)", re.IGNORECASE),
        colon=re.compile(r"^[\s\"'»)\]]*:"),
        opening=re.compile(r"^[^.!?:\n]{0,40}[-(]\s*$"),
        window=window,
        after_window=after_window,
        lead_paragraphs=number("lead_paragraphs", 2),
    )


def lead_ranges(text: str, body: Sequence[TextRange], *, paragraphs: int, min_words: int) -> list[TextRange]:
    """The body up to and including its first ``paragraphs`` paragraphs of ``min_words`` words."""
    out: list[TextRange] = []
    seen = 0
    for r in body:
        out.append(r)
        if sum(1 for t in text[r.start : r.end].split() if _WORD.search(t)) >= min_words:
            seen += 1
            if seen >= paragraphs:
                break
    return out


def _cued(text: str, hit: OutletHit, region: TextRange, cues: RelayCues, *, headline: bool) -> bool:
    before = fold_of(text, max(region.start, hit.start - cues.window - 40), hit.start).text
    after = fold_of(text, hit.end, min(region.end, hit.end + cues.after_window + 20)).text
    if cues.before.search(before) or cues.after.match(after):
        return True
    if headline:
        return cues.colon.match(after) is not None
    opening = fold_of(text, region.start, hit.start).text
    return cues.opening.match(opening) is not None or (
        len(opening) <= 40 and cues.colon.match(after) is not None and "-" in opening
    )


def find_relays(
    text: str,
    *,
    headline: TextRange | None,
    body: Sequence[TextRange],
    credits: Sequence[TextRange] = (),
    exclude: Iterable[str] = (),
    finder: OutletFinder,
    cues: RelayCues | None = None,
    lead_min_words: int = 8,
    credit_finder: OutletFinder | None = None,
) -> list[str]:
    """English names of the outlets ``text`` relays, in order of first evidence, without ``exclude``.

    ``credit_finder`` reads the credit lines (by default ``finder``)."""
    cues = cues or default_cues()
    skip = {e.casefold() for e in exclude}
    found: list[tuple[int, str]] = []
    zones: list[tuple[TextRange, bool]] = [(headline, True)] if headline else []
    zones += [
        (r, False) for r in lead_ranges(text, body, paragraphs=cues.lead_paragraphs, min_words=lead_min_words)
    ]
    for region, is_headline in zones:
        for hit in finder(text, [region]):
            if _cued(text, hit, region, cues, headline=is_headline):
                found.append((hit.start, hit.label))
    for region in credits:
        found.extend((hit.start, hit.label) for hit in (credit_finder or finder)(text, [region]))
    out: list[str] = []
    for _, label in sorted(found):
        if label.casefold() not in skip and label not in out:
            out.append(label)
    return out
