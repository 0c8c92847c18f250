"""Contradictions in single-valued slots: the place or the date of the same event (numbers are
compared by count class in :mod:`claimdiff.compare.cues`)."""

from __future__ import annotations

import re

from claimdiff.claims.profile import time_compatible, times_compatible
from claimdiff.claims.roles import parties_in
from claimdiff.claims.tokens import tokenize
from claimdiff.compare.context import ClaimView
from claimdiff.compare.stance import parties_compatible
from claimdiff.schema import Finding, Mention, Severity, Slot, Span, TimeMention
from claimdiff.text.normalize import fold_str

_ALTERNATIVES = frozenset({"او", "اما"})
_YEAR = re.compile(r"^(\d{4})")


def _slot_span(v: ClaimView, slot: Slot, mentions: dict[str, Mention]) -> Span:
    m = mentions.get(slot.mention_id) if slot.mention_id else None
    if m is not None and m.doc_id == v.doc.id:
        return v.span(m.start, m.end)
    at = v.doc.text.find(slot.text, v.claim.start, v.claim.end)
    return v.span(at, at + len(slot.text)) if at >= 0 else v.span()


def _place_keys(slot: Slot) -> frozenset[str]:
    toks = tokenize(slot.text)
    keys = {f"party:{h.code}" for h in parties_in(toks)}
    if slot.entity_id:
        keys.add(slot.entity_id)
    return frozenset(keys or {fold_str(slot.text)})


def _has_alternatives(v: ClaimView) -> bool:
    return any(t.text in _ALTERNATIVES for t in v.tokens)


def place_clash(a: ClaimView, b: ClaimView, mentions: dict[str, Mention]) -> Finding | None:
    """The same event placed in two different places."""
    pa, pb = a.claim.place, b.claim.place
    if pa is None or pb is None or a.claim.predicate is None or a.claim.predicate != b.claim.predicate:
        return None
    if a.stance != "happened" or b.stance != "happened" or _has_alternatives(a) or _has_alternatives(b):
        return None
    if not parties_compatible(a, b) or not times_compatible(a.profile.times, b.profile.times):
        return None
    if _place_keys(pa) & _place_keys(pb):
        return None
    return Finding(
        id="",
        kind="contradiction",
        code="place_conflict",
        severity=Severity.medium,
        message=f"{a.outlet} places it in {pa.text}; {b.outlet} places it in {pb.text}.",
        evidence=[_slot_span(a, pa, mentions), _slot_span(b, pb, mentions)],
        claim_ids=[a.claim.id, b.claim.id],
    )


def _times(v: ClaimView, mentions: dict[str, Mention]) -> list[TimeMention]:
    return [
        m
        for i in v.claim.time_ids
        if isinstance(m := mentions.get(i), TimeMention) and m.timex_type == "DATE"
    ]


def date_clash(a: ClaimView, b: ClaimView, mentions: dict[str, Mention]) -> Finding | None:
    """The same event dated differently, within the same year (further apart is another event)."""
    if a.claim.predicate is None or a.claim.predicate != b.claim.predicate:
        return None
    if a.stance != "happened" or b.stance != "happened" or not parties_compatible(a, b):
        return None
    ta, tb = _times(a, mentions), _times(b, mentions)
    if not ta or not tb or any(time_compatible(x.value, y.value) for x in ta for y in tb):
        return None
    x, y = ta[0], tb[0]
    ya, yb = _YEAR.match(x.value), _YEAR.match(y.value)
    if ya is None or yb is None or ya.group(1) != yb.group(1):
        return None
    return Finding(
        id="",
        kind="contradiction",
        code="date_conflict",
        severity=Severity.medium,
        message=f"{a.outlet} dates it {x.text} ({x.value}); {b.outlet} dates it {y.text} ({y.value}).",
        evidence=[a.span(x.start, x.end), b.span(y.start, y.end)],
        claim_ids=[a.claim.id, b.claim.id],
    )
