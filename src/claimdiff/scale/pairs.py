"""Findings as a function of each pair of documents, whatever else is in the batch.

Two documents are compared when a rule of the pair alone says they may report the same news
(:func:`paired`): at least ``MIN_SHARE`` of the content words of the one with fewer (the stems of
its claims, as alignment reads them) are words of the other, and, when both carry a publication
date, they came out at most ``WINDOW_DAYS`` apart.  Each such pair is aligned and compared as a
batch of two, keeping the findings between the two; each document is compared with itself alone
for the findings inside it.  Nothing is capped by, counted over or weighed against the rest of
the batch, so ``diff``, ``check`` and the Dask path give a pair the same findings.  How common
each word is in the batch only orders the search for pairs (:func:`pairs`), never its result.
"""

from __future__ import annotations

import datetime as dt
import gc
import math
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimdiff.compare import Job, Plan, Runner
    from claimdiff.compare.context import ClaimView
    from claimdiff.pipeline import Analysed
    from claimdiff.schema import Alignment, Finding

MIN_SHARE = 0.12  # of the smaller side's content words: articles on one story share 14% or more
WINDOW_DAYS = 3  # reports of one piece of news come out within a few days of each other


@dataclass(frozen=True, slots=True)
class Sign:
    """What the pair rule reads of one document: its claims' content stems, its publication date."""

    stems: frozenset[str]
    published: dt.date | None


def sign(item: Analysed) -> Sign:
    from claimdiff.claims.profile import build

    profiles = item.profiles if len(item.profiles) == len(item.claims) else build(item.claims, item.mentions)
    return Sign(frozenset().union(*(p.stems for p in profiles)), _date(item.doc.published))


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def apart(a: dt.date | None, b: dt.date | None) -> bool:
    """Both dated, and further apart than the window."""
    return a is not None and b is not None and abs((a - b).days) > WINDOW_DAYS


def needed(a: int, b: int) -> int:
    """Content words two documents of ``a`` and ``b`` content words must share to be paired."""
    return max(1, math.ceil(MIN_SHARE * min(a, b) - 1e-9))


def paired(a: Sign, b: Sign) -> bool:
    """The pair rule: enough content words in common, and not published too far apart."""
    if not a.stems or not b.stems or apart(a.published, b.published):
        return False
    return len(a.stems & b.stems) >= needed(len(a.stems), len(b.stems))


class Words:
    """Numbers for content words, so that a document's words are kept as a short array of
    numbers (a frozenset of 157 words took about 8 KiB, 80 MiB for 10,000 documents)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def pack(self, s: Sign) -> Packed:
        ids = self.ids
        return Packed(array("I", sorted(ids.setdefault(w, len(ids)) for w in s.stems)), s.published)


@dataclass(frozen=True, slots=True)
class Packed:
    """A :class:`Sign` with its words numbered (:class:`Words`), in order."""

    words: array[int]
    published: dt.date | None


_DAY = 32  # bits of a dated posting below its day: its position
_POS = (1 << _DAY) - 1
_NONE: array[int] = array("q")


def pairs(signs: Sequence[Sign]) -> list[tuple[int, int]]:
    """Every pair ``(i, j)``, ``i < j``, of positions that :func:`paired` accepts, in order."""
    words = Words()
    return join([words.pack(s) for s in signs])


def join(signs: Sequence[Packed]) -> list[tuple[int, int]]:
    """Every pair ``(i, j)``, ``i < j``, of positions that :func:`paired` accepts, in order, the
    signs' words numbered by one :class:`Words`.

    A set-similarity join: every document is found through the first words of the smaller side
    of the pair, its rarest in this batch.  Sharing ``needed`` words of ``m`` means sharing one of
    any ``m - needed + 1`` of them, so the result is the rule's whatever the order; the batch only
    makes the search short.  Dated documents are looked up within the window only."""
    df: Counter[int] = Counter()
    for s in signs:
        df.update(s.words)
    # A dated posting is one machine integer, the day above the position (a tuple of a date and
    # a position took nine times the memory, and what the join frees stays with the process).
    postings: dict[int, array[int]] = defaultdict(lambda: array("q"))
    undated: dict[int, array[int]] = defaultdict(lambda: array("q"))
    for n, s in enumerate(signs):
        for w in s.words:
            if s.published is None:
                undated[w].append(n)
            else:
                postings[w].append(s.published.toordinal() << _DAY | n)
    for w, lst in postings.items():
        postings[w] = array("q", sorted(lst))
    out: set[tuple[int, int]] = set()
    for n, s in enumerate(signs):
        size = len(s.words)
        if not size:
            continue
        order = sorted(s.words, key=lambda w: (df[w], w))
        prefix = order[: size - needed(size, size) + 1]
        seen: set[int] = set()
        for w in prefix:
            dated = postings.get(w, _NONE)
            if s.published is None:
                seen.update(p & _POS for p in dated)
            else:
                day = s.published.toordinal()
                first = bisect_left(dated, (day - WINDOW_DAYS) << _DAY)
                last = bisect_left(dated, (day + WINDOW_DAYS + 1) << _DAY)
                seen.update(dated[k] & _POS for k in range(first, last))
            seen.update(undated.get(w, _NONE))
        mine = set(s.words)
        for m in seen:
            # found from the side with fewer words (ties: both sides), checked exactly (paired)
            other = signs[m]
            if m == n or len(other.words) < size or apart(s.published, other.published):
                continue
            if len(mine.intersection(other.words)) >= needed(size, len(other.words)):
                out.add((min(n, m), max(n, m)))
    return sorted(out)


def partners(of: Sign, signs: Sequence[Sign]) -> list[int]:
    """Positions in ``signs`` of the documents the pair rule pairs with ``of``."""
    return [n for n, s in enumerate(signs) if paired(of, s)]


@dataclass
class Task:
    """One document alone, or one pair of documents: its plan and, for a pair, its alignments."""

    plan: Plan
    alignments: list[Alignment]
    start: int = 0
    stop: int = 0


Views = dict[str, "ClaimView"]


def own_views(item: Analysed, views: Views) -> None:
    """Add the views of ``item``'s claims to ``views``: one per claim, shared by every plan that
    compares it, so what its checks learn of it (tokens, reading) is learnt once."""
    from claimdiff.compare.context import document_views
    from claimdiff.pipeline import batch_profiles

    if item.claims and item.claims[0].id not in views:
        mentions = {m.id: m for m in item.mentions}
        for v in document_views(batch_profiles([item]), item.doc, mentions):
            views[v.claim.id] = v


def alone(item: Analysed, views: Views | None = None) -> Task | None:
    from claimdiff.compare import Plan
    from claimdiff.pipeline import batch_profiles

    if not item.claims:
        return None
    plan = Plan(
        item.claims,
        [],
        item.mentions,
        [item.doc],
        profiles=batch_profiles([item]),
        scope="within",
        shared=views,
    )
    return Task(plan, [])


def across(a: Analysed, b: Analysed, views: Views | None = None) -> Task | None:
    from claimdiff.align import Matcher, align
    from claimdiff.compare import Plan
    from claimdiff.pipeline import batch_profiles

    if not a.claims or not b.claims:
        return None
    claims, mentions, docs = [*a.claims, *b.claims], [*a.mentions, *b.mentions], [a.doc, b.doc]
    profiles = batch_profiles([a, b])
    matcher = Matcher(profiles)
    alignments = align(claims, mentions, docs, profiles=profiles, matcher=matcher)
    plan = Plan(
        claims, alignments, mentions, docs, profiles=profiles, scope="across", matcher=matcher, shared=views
    )
    return Task(plan, alignments)


def tasks(
    analysed: Sequence[Analysed], chosen: Sequence[tuple[int, int]], within: Iterable[int] | None = None
) -> Iterator[Task]:
    """Each document alone (those at the positions ``within``, by default all), then each
    chosen pair, in order."""
    views: Views = {}
    for item in analysed:
        own_views(item, views)
    for n in range(len(analysed)) if within is None else within:
        if (task := alone(analysed[n], views)) is not None:
            yield task
    for i, j in chosen:
        if (task := across(analysed[i], analysed[j], views)) is not None:
            yield task


def run_each(
    tasks: Sequence[Task | None], runner: Runner | None
) -> list[tuple[list[Alignment], list[Finding]]]:
    """Every task's jobs through one runner; each task's alignments and findings (none for a
    None), ids left empty."""
    jobs: list[Job] = []
    for task in tasks:
        if task is not None:
            task.start = len(jobs)
            jobs += task.plan.jobs
            task.stop = len(jobs)
    found = runner(jobs) if runner is not None else [job() for job in jobs]
    return [
        ([], []) if task is None else (task.alignments, task.plan.collect(found[task.start : task.stop]))
        for task in tasks
    ]


def run(tasks: Sequence[Task], runner: Runner | None) -> tuple[list[Alignment], list[Finding]]:
    """Every task's jobs through one runner; their alignments and findings, ids left empty."""
    alignments: list[Alignment] = []
    findings: list[Finding] = []
    for found_alignments, found in run_each(tasks, runner):
        alignments += found_alignments
        findings += found
    return alignments, findings


OWNERS_PER_BLOCK = 128  # documents whose comparisons are planned and run together, at most
PAIRS_PER_BLOCK = 400  # pairs of documents planned together, at most (unless one owner has more)


@dataclass(frozen=True, slots=True)
class Block:
    """Documents compared alone (``owners``, consecutive positions), then the chosen pairs they own."""

    owners: range
    pairs: list[tuple[int, int]]

    @property
    def size(self) -> int:
        return len(self.owners) + len(self.pairs)


@dataclass(slots=True)
class Compared:
    """The result of one task: a document alone (phase 1, ``j`` 0) or a pair (phase 2)."""

    phase: int
    i: int
    j: int
    alignments: list[Alignment]
    findings: list[Finding]
    firsts: list[tuple[int, int]]  # where each alignment's first claim stands: position, offset


def plan_blocks(
    count: int, chosen: Sequence[tuple[int, int]], owners: int | None = None, pairs: int | None = None
) -> list[Block]:
    """The documents ``0 .. count-1`` in blocks of at most ``owners`` owners, each with its
    owners' pairs, a block ending once it holds ``pairs`` pairs (so that what it holds does not
    grow with how many partners documents have)."""
    step, most = owners or OWNERS_PER_BLOCK, pairs or PAIRS_PER_BLOCK
    by_owner: dict[int, list[int]] = defaultdict(list)
    for i, j in chosen:
        by_owner[i].append(j)
    out: list[Block] = []
    first = 0
    while first < count:
        stop, held = first, 0
        while stop < count and stop - first < step and (stop == first or held < most):
            held += len(by_owner.get(stop, ()))
            stop += 1
        out.append(
            Block(range(first, stop), [(i, j) for i in range(first, stop) for j in by_owner.get(i, [])])
        )
        first = stop
    return out


def compare_block(block: Block, get: Callable[[int], Analysed]) -> list[Compared]:
    """Every task of ``block``, in order: its owners alone, then its pairs.  The views of a
    document's claims are built once for the block and shared by all its tasks."""
    items = {pos: get(pos) for pos in sorted({*block.owners, *(j for _, j in block.pairs)})}
    views: Views = {}
    for item in items.values():
        own_views(item, views)
    planned = [alone(items[pos], views) for pos in block.owners]
    planned += [across(items[i], items[j], views) for i, j in block.pairs]
    keys = [(1, pos, 0) for pos in block.owners] + [(2, i, j) for i, j in block.pairs]
    out: list[Compared] = []
    for (phase, i, j), (alignments, findings) in zip(keys, run_each(planned, None), strict=True):
        firsts = _firsts(alignments, {i: items[i], j: items[j]}) if alignments else []
        out.append(Compared(phase, i, j, alignments, findings, firsts))
    return out


def _firsts(alignments: Sequence[Alignment], items: dict[int, Analysed]) -> list[tuple[int, int]]:
    where = {c.id: (pos, c.start) for pos, item in items.items() for c in item.claims}
    return [where[a.claim_ids[0]] for a in alignments]


def blocks(
    count: int,
    chosen: Sequence[tuple[int, int]],
    get: Callable[[int], Analysed],
    workers: int = 1,
    owners: int | None = None,
) -> Iterator[Compared]:
    """Each document alone and each chosen pair compared (:func:`compare_block`), a block at a
    time, in the order of a serial run.  With ``workers`` over 1, the blocks (smaller ones, to
    share the load) are compared by forked processes that inherit ``get``; only their results
    travel back.  ``get`` gives a document's analysis by position."""
    from claimdiff.scale import forked

    planned = plan_blocks(count, chosen, owners)
    if not forked.worth_forking(workers, sum(b.size for b in planned)):
        for n, block in enumerate(planned):
            if n:
                gc.collect()  # the blocks before this one (see _collected)
            yield from compare_block(block, get)
        return
    share = max(1, -(-count // (workers * forked.CHUNKS_PER_WORKER)))
    planned = plan_blocks(count, chosen, min(share, owners or OWNERS_PER_BLOCK), PAIRS_PER_BLOCK // 4)
    for done in forked.ordered(lambda n: _collected(compare_block(planned[n], get)), len(planned), workers):
        yield from done


def _collected(done: list[Compared]) -> list[Compared]:
    """``done``, once what its block read is freed.

    A block's claim views are reference cycles (each knows the other claims of its article, and
    every plan makes its own), so only a collection of the oldest generation frees them; a
    process comparing block after block may run one rarely (the command line raises the
    collector's thresholds), and meanwhile kept every block it had compared: a comparison
    worker grew by about 75 MiB a thousand articles."""
    gc.collect()
    return done


def compare_pairs(analysed: Sequence[Analysed], workers: int = 1) -> tuple[list[Alignment], list[Finding]]:
    """The alignments of every compared pair and the findings of every document alone, then of
    every pair, in that order; ``workers`` processes compare them."""
    chosen = pairs([sign(item) for item in analysed])
    alignments: list[Alignment] = []
    alone_found: list[Finding] = []
    pair_found: list[tuple[int, int, list[Finding]]] = []
    for done in blocks(len(analysed), chosen, analysed.__getitem__, workers):
        alignments += done.alignments
        if done.phase == 1:
            alone_found += done.findings
        else:
            pair_found.append((done.i, done.j, done.findings))
    return alignments, alone_found + [
        f for _, _, found in sorted(pair_found, key=lambda r: r[:2]) for f in found
    ]


def number_alignments(alignments: Sequence[Alignment], analysed: Sequence[Analysed]) -> list[Alignment]:
    """Alignments sorted by where their first claim stands (document order, then offset, then
    their claims), numbered ``a1``, ``a2``..."""
    where: dict[str, tuple[int, int]] = {}
    for n, item in enumerate(analysed):
        for c in item.claims:
            where[c.id] = (n, c.start)
    ranked = sorted(alignments, key=lambda a: (where.get(a.claim_ids[0], (len(analysed), 0)), a.claim_ids))
    return [a.model_copy(update={"id": f"a{n}"}) for n, a in enumerate(ranked, 1)]
