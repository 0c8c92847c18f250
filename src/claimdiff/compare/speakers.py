"""One statement, two speakers: the same words quoted from different people or bodies.

Outlets relaying one statement sometimes give it to different sources («قالت منظمة الصحة العالمية
إن ...» / «قالت منظمة اليونيسف إن ...»).  When two reports quote nearly the same words and name
speakers who share no entity and no word, one of them has the speaker wrong: a substitution in
the role of who said it.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimdiff.claims.profile import content_stems
from claimdiff.compare.context import ClaimView
from claimdiff.compare.cues import Cue, detector
from claimdiff.compare.pairdiff import PairDiff
from claimdiff.entities.lookup import nationality
from claimdiff.schema import AttributionStep
from claimdiff.text.normalize import fold_str

SAME_WORDS = 0.8  # share of content words two quotes must have in common to be one statement
MIN_WORDS = 6  # a short statement («the vote will go ahead») is said by many alike


def _speaker(v: ClaimView) -> AttributionStep | None:
    quoted = [s for s in v.claim.attribution if s.relation == "wasQuotedFrom" and s.span is not None]
    return quoted[-1] if quoted else None


def _words(name: str) -> set[str]:
    """A speaker's words, but not its nationality (الإيراني), which two speakers share."""
    return {w for w in content_stems(fold_str(name)) if nationality(w) is None}


@detector("speaker")
def speakers(diff: PairDiff) -> Iterator[Cue]:
    """Nearly the same words in two documents, quoted from speakers with nothing in common."""
    if diff.x.doc.id == diff.y.doc.id:
        return
    sx, sy = _speaker(diff.x), _speaker(diff.y)
    if sx is None or sy is None or sx.span is None or sy.span is None:
        return
    if sx.entity_id is not None and sy.entity_id is not None:
        if sx.entity_id == sy.entity_id:
            return
    elif _words(sx.name) & _words(sy.name):
        return  # the ministry / the minister of health: one source named two ways
    if min(map(len, diff.words)) < MIN_WORDS or diff.shared_share() < SAME_WORDS:
        return
    yield Cue("entity", f"{sx.name} / {sy.name}", (sx.span.start, sx.span.end), (sy.span.start, sy.span.end))
