"""Contradictions and divergences between claims.

Every pair of aligned claims from different documents is checked for opposite stances, clashing
single-valued slots (a count, a place, a date) and different lists of parties; condition lists
are compared per pair of outlets.  Claims that are related but not aligned, across documents or
inside one document, are checked too: for contradictions of stance and count, and for the other
clashes when they score as high as aligned claims.  Finding ids are left empty.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from itertools import combinations
from typing import Any, Literal

from claimdiff.align import Matcher, thresholds
from claimdiff.claims.profile import Profile
from claimdiff.compare.context import ClaimView, Context, DocViews
from claimdiff.compare.counted import CUMULATIVE
from claimdiff.compare.figures import sole_figures
from claimdiff.compare.ledger import ledger_findings
from claimdiff.compare.lists import condition_lists, participants
from claimdiff.compare.slots import date_clash, place_clash
from claimdiff.compare.stance import stance_clash
from claimdiff.compare.typed import typed_findings
from claimdiff.schema import Alignment, Claim, Document, Finding, Mention
from claimdiff.text.normalize import fold_str

Job = Callable[[], list[Finding]]
Runner = Callable[[list[Job]], list[list[Finding]]]


Scope = Literal["all", "across", "within"]


def compare(
    claims: Sequence[Claim],
    alignments: Sequence[Alignment],
    mentions: Sequence[Mention],
    documents: Sequence[Document],
    *,
    profiles: Sequence[Profile] | None = None,
    runner: Runner | None = None,
    scope: Scope = "all",
) -> list[Finding]:
    """Findings with evidence spans in every document involved; ids are left empty.

    ``profiles`` are those of ``claims`` in the same order, if already built.  ``runner`` runs
    the checks (one per chosen pair of claims, the ledgers and the condition lists) and returns
    their results in order; by default they run here, one after the other.  ``scope`` keeps the
    checks between documents (``"across"``), inside each document (``"within"``), or both."""
    plan = Plan(claims, alignments, mentions, documents, profiles=profiles, scope=scope)
    return plan.collect(runner(plan.jobs) if runner is not None else [job() for job in plan.jobs])


class Plan:
    """The checks a comparison runs, and how their results become its findings.

    Plans of several batches (the pairs of documents of a corpus) can put their jobs through one
    runner and each collect its own slice of the results."""

    def __init__(
        self,
        claims: Sequence[Claim],
        alignments: Sequence[Alignment],
        mentions: Sequence[Mention],
        documents: Sequence[Document],
        *,
        profiles: Sequence[Profile] | None = None,
        scope: Scope = "all",
        matcher: Matcher | None = None,
        shared: Mapping[str, ClaimView] | None = None,
    ) -> None:
        """``matcher`` is the alignment's :class:`Matcher` over ``profiles``, if kept; ``shared``
        are claims' views shared between plans (what a claim's checks learn of it is kept)."""
        ctx = self.ctx = Context(claims, mentions, documents, profiles)
        if shared is not None:
            ctx.views.update((cid, v) for cid in ctx.views if (v := shared.get(cid)) is not None)
        index = {p.claim.id: p.index for p in ctx.profiles}
        # The checks over the whole batch (each article's ledger of counts, the condition lists)
        # are the longest jobs: first in the list, so started first when jobs run in parallel;
        # their findings still come after the pairs'.
        batch_jobs: list[Job] = []
        if scope != "across":
            batch_jobs.append(partial(ledger_findings, ctx))
        if scope != "within":
            batch_jobs.append(partial(condition_lists, ctx, alignments))
        jobs = list(batch_jobs)
        seen: set[tuple[str, str]] = set()
        twins = _Twins(ctx)
        if matcher is None or matcher.profiles is not profiles or ctx.profiles != list(profiles):
            matcher = Matcher(ctx.profiles)
        said = _Statements(ctx)
        for al in alignments if scope != "within" else ():
            views = sorted((v for cid in al.claim_ids if (v := ctx.view(cid))), key=ctx.sort_key)
            for x, y in combinations(views, 2):
                if x.doc.id != y.doc.id and (x.claim.id, y.claim.id) not in seen and not twins.both(x, y):
                    seen.add((x.claim.id, y.claim.id))
                    if said.same(x, y):
                        continue
                    score = matcher.score(index[x.claim.id], index[y.claim.id]).score
                    jobs.append(partial(_pair, ctx, x, y, aligned=True, score=score))
        limits = thresholds()
        # unaligned article sentences of two documents are checked from a lower score than
        # ``related``, for the cues that anchor themselves (the words before two figures, a
        # denied act): below ``related`` nothing else tells a clash from two different things said
        sides = ((False, limits.get("examined", limits["related"])), (True, limits["within"]))
        for same_document, threshold in sides:
            if (scope == "across" and same_document) or (scope == "within" and not same_document):
                continue
            for i, j in matcher.candidates(same_document):
                x, y = sorted(
                    (ctx.views[ctx.profiles[i].claim.id], ctx.views[ctx.profiles[j].claim.id]),
                    key=ctx.sort_key,
                )
                if (x.claim.id, y.claim.id) in seen or (same_document and _same_sentence(x, y)):
                    continue
                if not same_document and (twins.both(x, y) or said.same(x, y)):
                    continue
                score = matcher.score(i, j).score
                loose = not same_document and score < limits["related"]
                if loose and score < threshold and not (x.claim.is_headline or y.claim.is_headline):
                    # a claim that says its event is unconfirmed names what it is about itself: its
                    # cue is checked whatever the score (ولم يتضح بعد إلى أين ستُقتاد الناقلة)
                    if _self_marked(x) or _self_marked(y):
                        seen.add((x.claim.id, y.claim.id))
                        jobs.append(partial(typed_findings, x, y, ctx.mentions, score, loose=True))
                    continue
                if score < threshold or (loose and (x.claim.is_headline or y.claim.is_headline)):
                    continue
                seen.add((x.claim.id, y.claim.id))
                if loose:
                    jobs.append(partial(typed_findings, x, y, ctx.mentions, score, loose=True))
                    continue
                jobs.append(partial(_pair, ctx, x, y, aligned=score >= limits["link"], score=score))
        # each article's own toll against the other's, however little their sentences share
        # (ما أدى إلى إصابة 15 شخصا / 40 متظاهرا أصيبوا): only the cues that anchor themselves count
        for x, y in _toll_pairs(ctx) if scope != "within" else ():
            if (x.claim.id, y.claim.id) in seen or twins.both(x, y) or said.same(x, y):
                continue
            seen.add((x.claim.id, y.claim.id))
            score = matcher.score(index[x.claim.id], index[y.claim.id]).score
            jobs.append(partial(typed_findings, x, y, ctx.mentions, score, loose=True))
        self.jobs = jobs
        self._whole = len(batch_jobs)

    def collect(self, found: Sequence[list[Finding]]) -> list[Finding]:
        """The findings of this plan's jobs, given their results in order."""
        whole = self._whole
        findings = [f for group in found[whole:] for f in group] + [
            f for group in found[:whole] for f in group
        ]
        return _dedupe(findings, self.ctx)


def _self_marked(v: ClaimView) -> bool:
    """Whether a claim says its event is unconfirmed or not yet known (read once per claim); an
    act still to come is not enough: its marker holds less of what it is about."""
    from claimdiff.compare import unconfirmed  # registered by cues, which imports it last

    return bool(v.once("_unconfirmed", lambda v: unconfirmed.markers(list(v.tokens))))


def _toll_pairs(ctx: Context) -> list[tuple[ClaimView, ClaimView]]:
    """The claims holding two documents' sole figures of one cumulative count class, in order."""
    docs: dict[str, DocViews] = {}
    holder: dict[str, ClaimView] = {}
    for v in ctx.views.values():
        if v.siblings is not None:
            docs.setdefault(v.doc.id, v.siblings)
        holder.update((qid, v) for qid in v.claim.quantity_ids)
    out = []
    for a, b in combinations(sorted(docs, key=lambda d: ctx.order.get(d, 0)), 2):
        sole_a, sole_b = sole_figures(docs[a]), sole_figures(docs[b])
        for cls in sorted(sole_a.keys() & sole_b.keys() & CUMULATIVE):
            x, y = holder.get(sole_a[cls]), holder.get(sole_b[cls])
            if x is not None and y is not None:
                out.append((x, y))
    return out


class _Twins:
    """Claims that another document repeats word for word.

    When the other outlet says both claims of a pair exactly as this one does, the pair is two
    different sentences of one shared text, already compared inside each document: across the
    documents it is no disagreement (a relay of the same wire copy gives none)."""

    def __init__(self, ctx: Context) -> None:
        self.said = {cid: " ".join(v.profile.folded.split()) for cid, v in ctx.views.items()}
        self.texts: dict[str, set[str]] = {}
        for cid, v in ctx.views.items():
            self.texts.setdefault(v.doc.id, set()).add(self.said[cid])

    def both(self, x: ClaimView, y: ClaimView) -> bool:
        sx, sy = self.said[x.claim.id], self.said[y.claim.id]
        return sx != sy and sx in self.texts.get(y.doc.id, set()) and sy in self.texts.get(x.doc.id, set())


class _Statements:
    """Claims of two documents that say the very same thing: the same claim read from the same
    words, naming the same entities, times and figures (all but where they stand).  Checking
    them finds nothing, so they are not checked: outlets relaying one wire copy repeat most of
    its sentences."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._said: dict[str, tuple[str, tuple[str, ...]]] = {}

    def _of(self, v: ClaimView) -> tuple[str, tuple[str, ...]]:
        got = self._said.get(v.claim.id)
        if got is None:
            c = v.claim
            found = [
                m.model_dump_json(exclude=_PLACE)
                for mid in (*c.mention_ids, *c.time_ids, *c.quantity_ids)
                if (m := self.ctx.mentions.get(mid)) is not None
            ]
            got = self._said[c.id] = (c.model_dump_json(exclude=_CLAIM_PLACE), tuple(found))
        return got

    def same(self, x: ClaimView, y: ClaimView) -> bool:
        return x.claim.text == y.claim.text and self._of(x) == self._of(y)


# where a claim or mention stands (its document, offsets and ids), left out of what it says
_PLACE: Any = {"id", "doc_id", "start", "end", "prefix", "suffix"}
_SLOT: Any = {"mention_id"}
_CLAIM_PLACE: Any = {
    **dict.fromkeys((*_PLACE, "time_ids", "quantity_ids", "mention_ids"), True),
    **dict.fromkeys(("actor", "target", "place"), _SLOT),
    "attribution": {"__all__": {"span"}},
}


def _pair(ctx: Context, x: ClaimView, y: ClaimView, aligned: bool, score: float) -> list[Finding]:
    out: list[Finding] = []
    out += typed_findings(x, y, ctx.mentions, score)
    clash = stance_clash(x, y, aligned)
    if clash is not None:
        out.append(clash)
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
    """One finding per difference, body claims kept first.

    A difference is its code, the documents involved and what the evidence says in each: a
    headline repeating a body sentence gives the same evidence wording ("12 dead" vs "15 dead")
    and is dropped, while another slot of the same claims ("magnitude 6.2" vs "6.4") is kept.
    A stance conflict quotes whole claims, so its repeat is recognised by a shared claim, or by a
    headline taking the same sides on the same predicate as a body conflict already kept.
    """

    def headlines(f: Finding) -> int:
        return sum(1 for cid in f.claim_ids if (v := ctx.view(cid)) is not None and v.claim.is_headline)

    def predicates(f: Finding) -> frozenset[str | None]:
        return frozenset(v.claim.predicate for cid in f.claim_ids if (v := ctx.view(cid)) is not None)

    seen: set[tuple[str, frozenset[tuple[str, str]]]] = set()
    kept: list[Finding] = []
    # among repeats, the one kept is chosen by its claims, not by the order the inputs came in
    for f in sorted(findings, key=lambda f: (headlines(f), sorted(f.claim_ids))):
        key = (f.code, frozenset((e.doc_id, " ".join(fold_str(e.text).split())) for e in f.evidence))
        spans = (f.code, frozenset((e.doc_id, f"{e.start}:{e.end}") for e in f.evidence))
        if key in seen or spans in seen:
            continue
        docs = {e.doc_id for e in f.evidence}
        if f.code == "stance_conflict" and any(
            k.code == f.code
            and {e.doc_id for e in k.evidence} == docs
            and (set(k.claim_ids) & set(f.claim_ids) or (headlines(f) and predicates(k) == predicates(f)))
            for k in kept
        ):
            continue
        seen.update((key, spans))
        kept.append(f)
    order = {id(f): n for n, f in enumerate(findings)}
    return sorted(kept, key=lambda f: order[id(f)])
