"""Contradictions of stance: one claim says something happened (or is planned), the other denies it,
says it did not happen, or that it was dropped."""

from __future__ import annotations

from claimdiff.claims import lexicon
from claimdiff.claims.profile import times_compatible
from claimdiff.compare.context import ClaimView
from claimdiff.schema import Finding, Modality, Severity

_CLASHES = frozenset(
    {
        ("happened", "not_happened"),
        ("planned", "not_planned"),
        ("planned", "not_happened"),
        ("happened", "planned"),
    }
)


def parties_compatible(a: ClaimView, b: ClaimView) -> bool:
    """The sides of one claim are a subset of the other's (unknown sides are not compatible)."""
    pa, pb = a.parties, b.parties
    return bool(pa and pb) and (pa <= pb or pb <= pa)


def same_event(a: ClaimView, b: ClaimView) -> bool:
    """The two main predicates are one key, or a listed pair of opposites (give / withhold); a verb
    that says little without its object (give, stop, open) needs a shared object too."""
    ka, kb = a.claim.predicate, b.claim.predicate
    if ka is None or kb is None or (ka != kb and (ka, kb) not in lexicon.opposite_keys()):
        return False
    slot = lexicon.object_slot_keys()
    if ka not in slot and kb not in slot:
        return True
    oa = {o.split(">", 1)[1] for o in a.profile.objects if o.split(">", 1)[0] == ka}
    ob = {o.split(">", 1)[1] for o in b.profile.objects if o.split(">", 1)[0] == kb}
    return bool(oa & ob)


def _describe(v: ClaimView) -> str:
    stance = v.stance
    if stance == "happened":
        return "it happened"
    if stance == "planned":
        return "it is planned"
    if v.claim.modality == Modality.denied:
        return "it is denied"
    if v.reading.abandoned:
        return "it was dropped"
    if stance == "not_planned":
        return "it will not happen"
    return "it did not happen"


def _quote(v: ClaimView, limit: int = 70) -> str:
    text = " ".join(v.claim.text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def stance_clash(a: ClaimView, b: ClaimView, aligned: bool) -> Finding | None:
    """A contradiction when two claims about the same event take opposite sides."""
    if a.frame is None or b.frame is None or not same_event(a, b):
        return None
    sa, sb = a.stance, b.stance
    if sa is None or sb is None or ((sa, sb) not in _CLASHES and (sb, sa) not in _CLASHES):
        return None
    if not parties_compatible(a, b) and not (aligned and not (a.parties and b.parties)):
        return None
    if not times_compatible(a.profile.times, b.profile.times):
        return None
    shared = (a.profile.stems & b.profile.stems) | (a.profile.entities & b.profile.entities)
    if not shared:
        return None
    strong = {a.claim.modality, b.claim.modality} & {Modality.confirmed, Modality.denied}
    first, second = (a, b) if sa in ("happened", "planned") else (b, a)
    where = "" if first.doc.id != second.doc.id else " (same document)"
    message = (
        f"{first.outlet} reports that {_describe(first)} ({_quote(first)}); "
        f"{second.outlet} reports that {_describe(second)} ({_quote(second)}){where}."
    )
    return Finding(
        id="",
        kind="contradiction",
        code="stance_conflict",
        severity=Severity.high if strong else Severity.medium,
        message=message,
        evidence=[first.span(), second.span()],
        claim_ids=[first.claim.id, second.claim.id],
    )
