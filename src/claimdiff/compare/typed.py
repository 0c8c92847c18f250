"""Typed findings: the registry of contradiction types, and the check that turns cues into findings.

Every type has a code, a kind, a default severity and a docstring (listed by ``claimdiff
schema`` users through :data:`TYPES`, and in ``docs/comparison.md``).  A pair of claims gets at
most one typed finding: its strongest cue, when the calibrated model trusts the cues it has.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimdiff.compare.calibration import features, model
from claimdiff.compare.context import ClaimView
from claimdiff.compare.cues import Cue, cues
from claimdiff.compare.pairdiff import PairDiff
from claimdiff.schema import Finding, Mention, Severity


@dataclass(frozen=True)
class FindingType:
    code: str
    kind: str
    severity: Severity
    doc: str


TYPES: dict[str, FindingType] = {
    t.code: t
    for t in (
        FindingType("antonym_conflict", "contradiction", Severity.high,
                    "Opposite predicates, states or directions for one event (rose / fell, opened / closed)."),
        FindingType("polarity_conflict", "contradiction", Severity.medium,
                    "Words on opposite poles of one class (a loss / a gain, calm / clashes)."),
        FindingType("negation_conflict", "contradiction", Severity.high,
                    "One outlet negates, denies or cancels what the other asserts."),
        FindingType("modality_conflict", "divergence", Severity.medium,
                    "One outlet reports as fact what the other reports as denied, negative or hedged."),
        FindingType("count_conflict", "contradiction", Severity.high,
                    "Two values of one count that cannot both hold (qualifiers read as intervals)."),
        FindingType("substitution", "contradiction", Severity.medium,
                    "A noun swapped for another of its closed class in one role (actor / singer)."),
        FindingType("entity_substitution", "contradiction", Severity.medium,
                    "An entity swapped for another of its type in one role (Syria / Yemen)."),
        FindingType("role_swap", "contradiction", Severity.medium,
                    "The actor of one report is the target of the other, and the other way round."),
    )
}  # fmt: skip

_CODE = {
    "antonym": "antonym_conflict",
    "polarity": "polarity_conflict",
    "negation": "negation_conflict",
    "modality": "modality_conflict",
    "number": "count_conflict",
    "substitution": "substitution",
    "entity": "entity_substitution",
    "role": "role_swap",
}
_RANK = {c: n for n, c in enumerate(("number", "antonym", "negation", "entity", "substitution", "role",
                                      "polarity", "modality"))}  # fmt: skip


def examine(x: ClaimView, y: ClaimView, mentions: dict[str, Mention], pair_score: float) -> tuple[
    list[Cue], dict[str, float], float
]:
    """The cues between two claims, the model's inputs and its probability of a real conflict."""
    diff = PairDiff(x, y, mentions)
    found = cues(diff)
    values = features(diff, found, pair_score)
    return found, values, (model().probability(values) if found else 0.0)


def typed_finding(x: ClaimView, y: ClaimView, mentions: dict[str, Mention], pair_score: float) -> Finding | None:
    """The finding for the strongest cue between two claims, if the calibrated model trusts it."""
    found, _, p = examine(x, y, mentions, pair_score)
    if not found or p < model().thresholds["finding"]:
        return None
    cue = min(found, key=lambda c: (_RANK[c.type], -c.strength))
    kind = TYPES[_CODE[cue.type]]
    where = " (same document)" if x.doc.id == y.doc.id else ""
    message = (
        f"{x.outlet} and {y.outlet} disagree ({cue.type}: {cue.cue}){where}; "
        f"confidence {p:.2f}."
    )
    return Finding(
        id="",
        kind=kind.kind,  # type: ignore[arg-type]
        code=kind.code,
        severity=kind.severity,
        message=message,
        evidence=[x.span(*cue.x), y.span(*cue.y)],
        claim_ids=[x.claim.id, y.claim.id],
    )
