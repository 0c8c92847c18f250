"""Divergences between lists: the conditions a party set, the parties to a meeting or agreement."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from claimdiff.claims.roles import parties_in
from claimdiff.claims.tokens import tokenize
from claimdiff.compare.context import ClaimView, Context
from claimdiff.schema import Alignment, Finding, Modality, Severity, Slot, Span

_CONDITIONS = frozenset({Modality.conditional, Modality.demanded})
_SAME_CONDITION = 0.5  # share of the shorter condition's words two conditions need in common
_MULTIPARTY_FRAMES = frozenset({"meet", "agree"})


def _actor_keys(slot: Slot | None) -> frozenset[str]:
    if slot is None:
        return frozenset()
    keys = {f"party:{h.code}" for h in parties_in(tokenize(slot.text))}
    if slot.entity_id:
        keys.add(slot.entity_id)
    return frozenset(keys)


def _is_condition(v: ClaimView) -> bool:
    return v.claim.modality in _CONDITIONS and v.reading.condition is not None


def _content(v: ClaimView) -> frozenset[str]:
    first, stop = v.reading.condition or (0, 0)
    return v.stems_of(first, stop)


def _evidence(v: ClaimView) -> Span:
    first, stop = v.reading.condition or (0, len(v.tokens))
    return v.token_span(first, stop)


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= _SAME_CONDITION


def _quote(v: ClaimView, limit: int = 60) -> str:
    text = " ".join(_evidence(v).text.split())
    return f"«{text if len(text) <= limit else text[: limit - 1] + '…'}»"


def condition_lists(ctx: Context, alignments: Sequence[Alignment]) -> list[Finding]:
    """Where two outlets report conditions one party set, compare the lists by content.

    A pair of documents is compared for a party when an alignment holds a condition or demand
    by that party from each of them (the outlets report the same negotiation).
    """
    by_doc: dict[str, list[ClaimView]] = defaultdict(list)
    for v in ctx.views.values():
        if _is_condition(v):
            by_doc[v.doc.id].append(v)
    topics: dict[tuple[str, str], set[str]] = defaultdict(set)
    for al in alignments:
        views = [w for cid in al.claim_ids if (w := ctx.view(cid)) is not None and _is_condition(w)]
        for x in views:
            for y in views:
                if ctx.order.get(x.doc.id, 0) < ctx.order.get(y.doc.id, 0):
                    topics[(x.doc.id, y.doc.id)] |= _actor_keys(x.claim.actor) & _actor_keys(y.claim.actor)
    out: list[Finding] = []
    for (d1, d2), keys in sorted(topics.items()):
        if not keys:
            continue
        first = [v for v in by_doc[d1] if keys & _actor_keys(v.claim.actor)]
        second = [v for v in by_doc[d2] if keys & _actor_keys(v.claim.actor)]
        finding = _compare_lists(ctx, first, second, _party_name(keys, [*first, *second]))
        if finding is not None:
            out.append(finding)
    return out


def _party_name(keys: set[str], views: Sequence[ClaimView]) -> str:
    """How the texts name the party behind ``keys``: a country or capital name when there is one."""
    named: set[str] = set()
    fallback: set[str] = set()
    for v in views:
        slot = v.claim.actor
        if slot is not None and keys & _actor_keys(slot):
            fallback.add(slot.text)
            if slot.entity_id in keys or any(h.kind != "nisba" for h in parties_in(tokenize(slot.text))):
                named.add(slot.text)
    # The least spelling, not the first seen: the message must not change with the input order.
    return min(named or fallback or {"the same party"})


def _compare_lists(
    ctx: Context, first: list[ClaimView], second: list[ClaimView], actor: str
) -> Finding | None:
    contents = {v.claim.id: _content(v) for v in [*first, *second]}
    only_first = [
        x for x in first if not any(_same(contents[x.claim.id], contents[y.claim.id]) for y in second)
    ]
    only_second = [
        y for y in second if not any(_same(contents[y.claim.id], contents[x.claim.id]) for x in first)
    ]
    only_first, only_second = _distinct(only_first, contents), _distinct(only_second, contents)
    if not only_first and not only_second:
        return None
    a, b = first[0], second[0]
    if only_first and only_second:
        # Sides in a fixed order (outlet, then quotes), whichever document came first.
        if (b.outlet, [_quote(v) for v in only_second]) < (a.outlet, [_quote(v) for v in only_first]):
            a, b, only_first, only_second = b, a, only_second, only_first
        message = (
            f"The outlets give different conditions set by {actor}: {a.outlet} reports "
            f"{', '.join(_quote(v) for v in only_first)}; {b.outlet} reports "
            f"{', '.join(_quote(v) for v in only_second)} instead."
        )
        severity = Severity.medium
        cited = [*only_first, *only_second]
    else:
        extra, other = (only_first, second) if only_first else (only_second, first)
        message = (
            f"{extra[0].outlet} reports a condition set by {actor} that {other[0].outlet} does not mention: "
            f"{', '.join(_quote(v) for v in extra)}."
        )
        severity = Severity.low
        cited = [*extra, *other]
    cited.sort(key=ctx.sort_key)
    return Finding(
        id="",
        kind="divergence",
        code="condition_mismatch",
        severity=severity,
        message=message,
        evidence=[_evidence(v) for v in cited],
        claim_ids=[v.claim.id for v in cited],
    )


def _distinct(views: Iterable[ClaimView], contents: dict[str, frozenset[str]]) -> list[ClaimView]:
    """One claim per condition: a repeated condition (headline and body) is kept once."""
    out: list[ClaimView] = []
    for v in views:
        if not any(_same(contents[v.claim.id], contents[u.claim.id]) for u in out):
            out.append(v)
    return out


def participants(a: ClaimView, b: ClaimView) -> Finding | None:
    """Different lists of parties to one meeting or agreement."""
    if a.frame not in _MULTIPARTY_FRAMES or a.frame != b.frame:
        return None
    pa, pb = a.party_spans(), b.party_spans()
    if len(pa) < 2 or len(pb) < 2:
        return None
    extra_a, extra_b = sorted(pa.keys() - pb.keys()), sorted(pb.keys() - pa.keys())
    if not extra_a and not extra_b:
        return None

    def cover(v: ClaimView, spans: dict[str, tuple[int, int]], codes: Sequence[str]) -> Span:
        chosen = [spans[c] for c in codes] or list(spans.values())
        return v.span(min(s for s, _ in chosen), max(e for _, e in chosen))

    def names(v: ClaimView, spans: dict[str, tuple[int, int]], codes: Sequence[str]) -> str:
        return ", ".join(v.doc.text[spans[c][0] : spans[c][1]] for c in codes)

    parts = []
    if extra_a:
        parts.append(f"{a.outlet} names {names(a, pa, extra_a)} among the parties")
    if extra_b:
        parts.append(f"{b.outlet} names {names(b, pb, extra_b)} among the parties")
    return Finding(
        id="",
        kind="divergence",
        code="participants_differ",
        severity=Severity.low,
        message="; ".join(parts) + ", which the other outlet does not mention.",
        evidence=[cover(a, pa, extra_a), cover(b, pb, extra_b)],
        claim_ids=[a.claim.id, b.claim.id],
    )
