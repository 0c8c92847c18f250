"""Typed findings: the registry of contradiction types, and the check that turns cues into findings.

Every type has a code, a kind, a default severity and a docstring (listed by ``claimdiff
schema`` users through :data:`TYPES`, and in ``docs/comparison.md``).  A pair of claims gets at
most one typed finding: its strongest cue, when the calibrated model trusts the cues it has.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from claimdiff.compare.calibration import features, model
from claimdiff.compare.context import ClaimView
from claimdiff.compare.cues import Cue, cues
from claimdiff.compare.named_slots import titled_alike
from claimdiff.compare.pairdiff import PairDiff, Word
from claimdiff.schema import Finding, Mention, Severity, Span
from claimdiff.text.normalize import fold_str


@dataclass(frozen=True)
class FindingType:
    code: str
    kind: Literal["contradiction", "divergence"]
    severity: Severity
    doc: str


TYPES: dict[str, FindingType] = {
    t.code: t
    for t in (
        FindingType("antonym_conflict", "contradiction", Severity.high,
                    "Opposite predicates, states or directions (rose / fell, opened / closed)."),
        FindingType("negation_conflict", "contradiction", Severity.high,
                    "One outlet negates, denies or cancels what the other asserts."),
        FindingType("modality_conflict", "divergence", Severity.medium,
                    "One outlet reports as fact what the other reports as denied, negative or hedged."),
        FindingType("number_conflict", "contradiction", Severity.high,
                    "Two values of one count that cannot both hold (qualifiers read as intervals)."),
        FindingType("date_mismatch", "contradiction", Severity.medium,
                    "One event on two different days of one year, or on two different weekdays."),
        FindingType("substitution", "contradiction", Severity.medium,
                    "A noun swapped for another of its closed class in one role (actor / singer)."),
        FindingType("entity_substitution", "contradiction", Severity.medium,
                    "An entity swapped for another of its type in one role (Syria / Yemen)."),
        FindingType("attributed_disagreement", "divergence", Severity.info,
                    "One article quotes two sources that disagree: not the article contradicting itself."),
        FindingType("detail_replaced", "divergence", Severity.low,
                    "One word stands where the other report has another, in an otherwise matched claim."),
        FindingType("content_divergence", "divergence", Severity.low,
                    "Short aligned claims (headlines) that say different things, with no typed cue."),
        FindingType("role_swap", "contradiction", Severity.medium,
                    "The actor of one report is the target of the other, and the other way round."),
        FindingType("actor_conflict", "contradiction", Severity.medium,
                    "One act on one target done by two different actors (the army / the RSF)."),
    )
}  # fmt: skip

_CODE = {
    "antonym": "antonym_conflict",
    "negation": "negation_conflict",
    "modality": "modality_conflict",
    "unconfirmed": "modality_conflict",
    "prospect": "modality_conflict",
    "number": "number_conflict",
    "date": "date_mismatch",
    "substitution": "substitution",
    "entity": "entity_substitution",
    "role": "role_swap",
    "actor": "actor_conflict",
    "replaced": "detail_replaced",
}
_SAME_CLAIM = 0.35  # share of words two article sentences need in common for a cue
_SAME_CLAUSE = 0.5  # or the share of the words around the cue words, four either side
_SLOTS = frozenset(("entity",))  # cues a shared word just before both sides may anchor
_ANCHORED = frozenset(
    (
        "number",
        "negation",
        "date",
        "antonym",
        "modality",
        "unconfirmed",
        "prospect",
        "substitution",
        "entity",
        "role",
    )
)  # cues that say themselves whether they anchor
# stand on their own guards between articles
_GUARDED = frozenset(("number", "date", "negation", "unconfirmed", "prospect"))
# and these when they anchor: one act with its roles reversed, or done by two doers
_GUARDED_ANCHORED = frozenset(("role", "actor"))
_ORDER = (
    "number", "date", "antonym", "negation", "actor", "entity", "substitution", "role", "modality",
    "unconfirmed", "prospect",
)  # fmt: skip
_NISBA = ("ي", "يه", "يين", "يون", "يا")
_RANK = {c: n for n, c in enumerate((*_ORDER, "replaced"))}
# What held before the news (a pluperfect clause) may have changed since: a count, a state, a
# denial.  When and where an event happened, and who did it, do not change with the telling.
_STATES = frozenset(("number", "antonym", "negation", "modality", "unconfirmed", "prospect", "replaced"))
_PARTIES = frozenset(("entity", "substitution", "actor", "role"))


def examine(
    x: ClaimView, y: ClaimView, mentions: dict[str, Mention], pair_score: float
) -> tuple[PairDiff, list[Cue], dict[str, float], float]:
    """The diff of two claims, their cues, the model's inputs and its probability of a conflict."""
    diff = PairDiff(x, y, mentions)
    found = cues(diff)
    values = features(diff, found, pair_score)
    return diff, found, values, model().probability(values)


def typed_findings(
    x: ClaimView, y: ClaimView, mentions: dict[str, Mention], pair_score: float, *, loose: bool = False
) -> list[Finding]:
    """When the calibrated model trusts the cues between two claims: one finding per count that
    clashes (dead and magnitude are two), and one for the strongest other cue.  ``loose``: the
    claims scored too low to be taken as related, so only cues that anchor themselves count."""
    diff = PairDiff(x, y, mentions)
    found = every = cues(diff)
    both = x.claim.is_headline and y.claim.is_headline
    if not found and not both:
        return []  # nothing to weigh: the model is not asked (most pairs of article sentences)
    values = features(diff, every, pair_score)
    p = model().probability(values)
    limits = model().thresholds
    if x.background != y.background:
        found = [c for c in found if c.type not in _STATES]
    if x.precedent != y.precedent:  # another, earlier event: its states and its parties are its own
        found = [c for c in found if c.type not in _STATES | _PARTIES]
    if loose:
        # the words before both figures, the two articles' own tolls or diseases, a denied act,
        # one slot of two places: the cue says itself that the two claims are one
        found = [c for c in found if c.type in _ANCHORED and c.anchored]
        others = [c for c in found if c.type != "number"]
        chosen = [c for c in found if c.type == "number"] + ([min(others, key=_preference)] if others else [])
        return [finding(x, y, cue, p) for cue in chosen]
    if not both and diff.shared_share() < _SAME_CLAIM:
        # Two article sentences that share less than this say different things, even when they
        # give one class of count (a toll and last week's toll, a total and a part of it), unless
        # the same words introduce both numbers, or the clauses around the cue words match (not
        # for a negation, whose evidence on the other side is one word that may be anywhere).
        found = [
            c
            for c in found
            if (c.type in _ANCHORED and c.anchored)
            or (c.type != "negation" and diff.local_share(c.x, c.y) >= _SAME_CLAUSE)
            or (c.type in _SLOTS and diff.anchored(c.x, c.y, reach=_reach(diff, c)))
            or (c.type in _SLOTS and titled_alike(diff, c.x, c.y))
        ]
    # Without a typed cue the model only speaks inside what it was fitted on: two outlets'
    # headlines, as short as the ones it learned from.
    headlines = x.claim.is_headline and y.claim.is_headline and x.doc.id != y.doc.id
    short = headlines and values["length"] <= limits.get("length", 0.0)
    # Two headlines are what the model learned from; for article sentences the threshold is
    # chosen on the multi-topic development set.
    counts = [c for c in found if c.type == "number"]
    if p < limits["finding"] if both else p < limits.get("finding_articles", limits["finding"]):
        # Between article sentences a clash of one count, one event's date or a denial stands on its own
        # guards (class, anchoring words, toll updates): the headline-trained model does not get
        # to veto it.
        guarded = [c for c in found if c.type in _GUARDED or (c.type in _GUARDED_ANCHORED and c.anchored)]
        return [] if both else [finding(x, y, cue, p) for cue in guarded]
    if not (found or short):
        return []
    if not found:
        # two headlines that add nothing to each other say the same thing
        return [_divergence(x, y, diff, p)] if any(diff.unmatched) else []
    # a date clash is told apart from what else differs: one event on two days, and in two places
    dates = [c for c in found if c.type == "date"]
    others = [c for c in found if c.type not in ("number", "date")]
    chosen = (
        counts
        + ([min(dates, key=_preference)] if dates else [])
        + ([min(others, key=_preference)] if others else [])
    )
    return [finding(x, y, cue, p) for cue in chosen]


def _reach(diff: PairDiff, c: Cue) -> int:
    """How far before two swapped names a shared word may anchor them: a name after a preposition
    and a head (في منطقة جسر الشغور) takes three words; a nisba adjective belongs to the noun
    right before it (أسرى الحرب الأوكرانيين is no slot of بوساطة تركية)."""
    said = (fold_str(diff.x.doc.text[c.x[0] : c.x[1]]), fold_str(diff.y.doc.text[c.y[0] : c.y[1]]))
    return 1 if any(len(w.split()) == 1 and w.endswith(_NISBA) for w in said) else 3


def _preference(c: Cue) -> tuple[bool, int, float, str]:
    """An anchored cue before one that did not check its words, then the strongest cue of the
    most telling type; ties broken by the cue's words in either order, so that the choice does
    not depend on which claim comes first."""
    return (not c.anchored, _RANK[c.type], -c.strength, " / ".join(sorted(c.cue.split(" / "))))


def finding(x: ClaimView, y: ClaimView, cue: Cue, p: float) -> Finding:
    kind = TYPES[_CODE[cue.type]]
    if x.doc.id == y.doc.id and _speaker(x) != _speaker(y):
        kind = TYPES["attributed_disagreement"]
    ex, ey = x.span(*cue.x), y.span(*cue.y)
    said = cue.cue
    if _canonical(y, ey) < _canonical(x, ex):
        x, y, ex, ey = y, x, ey, ex
        for sep in (" / ", " vs "):
            if sep in said:
                said = sep.join(reversed(said.split(sep, 1)))
    where = " in the same document" if x.doc.id == y.doc.id else ""
    message = (
        f"{x.outlet} has «{_short(ex.text)}» where {y.outlet} has «{_short(ey.text)}»{where}: "
        f"{_gist(kind)} (cue {said}; confidence {p:.2f})."
    )
    return Finding(
        id="",
        kind=kind.kind,
        code=kind.code,
        severity=kind.severity,
        message=message,
        evidence=[ex, ey],
        claim_ids=[x.claim.id, y.claim.id],
    )


def _divergence(x: ClaimView, y: ClaimView, diff: PairDiff, p: float) -> Finding:
    """Aligned short claims that differ, with no typed cue to name how."""
    ux, uy = diff.unmatched

    def cover(v: ClaimView, words: list[Word]) -> Span:
        return v.span(words[0].token.start, words[-1].token.end) if words else v.span()

    ex, ey = cover(x, ux), cover(y, uy)
    if _canonical(y, ey) < _canonical(x, ex):
        x, y, ex, ey = y, x, ey, ex
    kind = TYPES["content_divergence"]
    message = (
        f"{x.outlet} has «{_short(ex.text)}» where {y.outlet} has «{_short(ey.text)}»: "
        f"{_gist(kind)} (confidence {p:.2f})."
    )
    return Finding(id="", kind="divergence", code=kind.code, severity=kind.severity, message=message,
                   evidence=[ex, ey], claim_ids=[x.claim.id, y.claim.id])  # fmt: skip


def _canonical(v: ClaimView, span: Span) -> tuple[str, str, int]:
    """The order in which a message names two sides: by outlet and text, not by input order."""
    return (v.outlet, span.text, span.start)


def _speaker(v: ClaimView) -> str | None:
    """Who the claim is quoted from, if the article attributes it to anyone."""
    quoted = [s for s in v.claim.attribution if s.relation == "wasQuotedFrom"]
    return (quoted[-1].entity_id or quoted[-1].name) if quoted else None


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _gist(kind: FindingType) -> str:
    """The type's description without its examples, as a clause."""
    text = kind.doc.split(" (")[0].rstrip(".")
    return text[0].lower() + text[1:]
