"""The roles of the lines no rule labelled: the headline, the body, and furniture found by position
(section names, repeats of the headline, duplicates, trailers)."""

from __future__ import annotations

from claimdiff.extractors.labelling import Candidate
from claimdiff.extractors.lines import SENTENCE_END
from claimdiff.extractors.rules import Compiled


def _title_like(text: str, words: int, comp: Compiled) -> bool:
    h = comp.profile.headline
    return h.min_words <= words <= h.max_words and not text.rstrip().endswith(SENTENCE_END)


def _choose_headline(cands: list[Candidate], comp: Compiled) -> int | None:
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


def line_roles(cands: list[Candidate], comp: Compiled) -> list[tuple[str, str]]:
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
