"""Contradictions in single-valued slots: a number for the same subject, unit and time; the place or
the date of the same event."""

from __future__ import annotations

import math
import re

from claimdiff.claims.profile import content_stems, stem, time_compatible, times_compatible
from claimdiff.claims.roles import parties_in
from claimdiff.claims.tokens import tokenize
from claimdiff.compare.context import ClaimView
from claimdiff.compare.stance import parties_compatible
from claimdiff.schema import Finding, Mention, Qualifier, QuantityMention, Severity, Slot, Span, TimeMention
from claimdiff.text.normalize import fold_str

_APPROX = 0.15  # how far "about N" may stretch either way
_SUBJECT_WORDS = 3
_ALTERNATIVES = frozenset({"او", "اما"})
_YEAR = re.compile(r"^(\d{4})")


def _interval(q: QuantityMention) -> tuple[float, float]:
    v = q.value
    if q.upper is not None:
        return min(v, q.upper), max(v, q.upper)
    if q.qualifier == Qualifier.at_least:
        return v, math.inf
    if q.qualifier == Qualifier.at_most:
        return -math.inf, v
    if q.qualifier == Qualifier.approx:
        return v * (1 - _APPROX), v * (1 + _APPROX)
    return v, v


def _subject(v: ClaimView, q: QuantityMention) -> frozenset[str]:
    """What a number counts: the words of its mention and the next few, up to a function word."""
    words = [t for t in tokenize(v.doc.text, q.start, q.end) if t.is_word and not t.text.isdigit()]
    for t in tokenize(v.doc.text, q.end, v.claim.end):
        if len(words) >= _SUBJECT_WORDS or not t.is_word or not content_stems(t.text):
            break
        words.append(t)
    return frozenset(s for t in words for s in content_stems(t.text))


def _unit(q: QuantityMention) -> str | None:
    return stem(fold_str(q.unit)) if q.unit else None


def number_clash(a: ClaimView, b: ClaimView, mentions: dict[str, Mention]) -> list[Finding]:
    """Different values for one count: same unit, same counted subject, compatible times."""
    if (a.frame and b.frame and a.frame != b.frame) or not times_compatible(a.profile.times, b.profile.times):
        return []
    out: list[Finding] = []
    qa_list = [m for i in a.claim.quantity_ids if isinstance(m := mentions.get(i), QuantityMention)]
    qb_list = [m for i in b.claim.quantity_ids if isinstance(m := mentions.get(i), QuantityMention)]
    for qa in qa_list:
        for qb in qb_list:
            if _unit(qa) is None or _unit(qa) != _unit(qb):
                continue
            sa, sb = _subject(a, qa), _subject(b, qb)
            if not sa or not sb or len(sa & sb) / len(sa | sb) < 0.5:
                continue
            (lo_a, hi_a), (lo_b, hi_b) = _interval(qa), _interval(qb)
            if lo_a <= hi_b and lo_b <= hi_a:
                continue
            exact = qa.qualifier == Qualifier.exact and qb.qualifier == Qualifier.exact
            out.append(
                Finding(
                    id="",
                    kind="contradiction",
                    code="number_conflict",
                    severity=Severity.high if exact else Severity.medium,
                    message=(
                        f"{a.outlet} gives {qa.text} and {b.outlet} gives {qb.text} "
                        f"for the same count ({qa.unit})."
                    ),
                    evidence=[a.span(qa.start, qa.end), b.span(qb.start, qb.end)],
                    claim_ids=[a.claim.id, b.claim.id],
                )
            )
    return out


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
