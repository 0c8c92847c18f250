"""Contradictions and divergences between claims.

Every pair of aligned claims from different documents is checked for opposite stances, clashing
single-valued slots (a count, a place, a date) and different lists of parties; condition lists
are compared per pair of outlets.  Claims that are related but not aligned, across documents or
inside one document, are checked too: for contradictions of stance and count, and for the other
clashes when they score as high as aligned claims.  Finding ids are left empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from claimdiff.align import THRESHOLD, Matcher
from claimdiff.compare.context import ClaimView, Context
from claimdiff.compare.lists import condition_lists, participants
from claimdiff.compare.slots import date_clash, number_clash, place_clash
from claimdiff.compare.stance import stance_clash
from claimdiff.schema import Alignment, Claim, Document, Finding, Mention

RELATED = 0.2  # pair score at which unaligned claims are still checked for a contradiction
WITHIN = 0.3  # pair score for two claims of one document to be checked for a contradiction


def compare(
    claims: Sequence[Claim],
    alignments: Sequence[Alignment],
    mentions: Sequence[Mention],
    documents: Sequence[Document],
) -> list[Finding]:
    """Findings with evidence spans in every document involved; ids are left empty."""
    ctx = Context(claims, mentions, documents)
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for al in alignments:
        views = sorted((v for cid in al.claim_ids if (v := ctx.view(cid))), key=ctx.sort_key)
        for x, y in combinations(views, 2):
            if x.doc.id != y.doc.id and (x.claim.id, y.claim.id) not in seen:
                seen.add((x.claim.id, y.claim.id))
                findings += _pair(ctx, x, y, aligned=True)
    matcher = Matcher(ctx.profiles)
    for same_document, threshold in ((False, RELATED), (True, WITHIN)):
        for i, j in matcher.candidates(same_document):
            x, y = sorted(
                (ctx.views[ctx.profiles[i].claim.id], ctx.views[ctx.profiles[j].claim.id]), key=ctx.sort_key
            )
            if (x.claim.id, y.claim.id) in seen or (same_document and _same_sentence(x, y)):
                continue
            score = matcher.score(i, j).score
            if score < threshold:
                continue
            seen.add((x.claim.id, y.claim.id))
            findings += _pair(ctx, x, y, aligned=score >= THRESHOLD)
    findings += condition_lists(ctx, alignments)
    return _dedupe(findings, ctx)


def _pair(ctx: Context, x: ClaimView, y: ClaimView, aligned: bool) -> list[Finding]:
    out: list[Finding] = []
    clash = stance_clash(x, y, aligned)
    if clash is not None:
        out.append(clash)
    out += number_clash(x, y, ctx.mentions)
    if aligned or x.doc.id == y.doc.id:
        for check in (place_clash, date_clash):
            found = check(x, y, ctx.mentions)
            if found is not None:
                out.append(found)
    if aligned and x.doc.id != y.doc.id:
        differ = participants(x, y)
        if differ is not None:
            out.append(differ)
    return out


def _same_sentence(x: ClaimView, y: ClaimView) -> bool:
    gap = x.doc.text[min(x.claim.end, y.claim.end) : max(x.claim.start, y.claim.start)]
    return not any(ch in gap for ch in ".!?؟\n")


def _dedupe(findings: list[Finding], ctx: Context) -> list[Finding]:
    """One finding per difference: the same code on a shared claim between the same documents is
    the same difference seen twice (a headline repeating the body); body claims are kept first."""

    def headlines(f: Finding) -> int:
        return sum(1 for cid in f.claim_ids if (v := ctx.view(cid)) is not None and v.claim.is_headline)

    out: list[Finding] = []
    seen: set[tuple[str, frozenset[tuple[str, int, int]]]] = set()
    kept: list[Finding] = []
    for f in sorted(findings, key=headlines):
        key = (f.code, frozenset((e.doc_id, e.start, e.end) for e in f.evidence))
        docs = {e.doc_id for e in f.evidence}
        if key in seen:
            continue
        if f.kind == "contradiction" and any(
            k.code == f.code
            and set(k.claim_ids) & set(f.claim_ids)
            and {e.doc_id for e in k.evidence} == docs
            for k in kept
        ):
            continue
        seen.add(key)
        kept.append(f)
    order = {id(f): n for n, f in enumerate(findings)}
    out = sorted(kept, key=lambda f: order[id(f)])
    return out
