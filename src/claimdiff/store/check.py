"""New articles against the store: each is compared with the stored documents the pair rule pairs it with."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from claimdiff.store.keys import document_keys
from claimdiff.store.store import digest

if TYPE_CHECKING:
    from claimdiff.pipeline import Analysed, Progress, Source
    from claimdiff.plugins import Plugins
    from claimdiff.scale.pairs import Views
    from claimdiff.schema import Alignment, Finding, Report
    from claimdiff.store.store import Store

MIN_FORKED = 12  # pairs from which forked processes compare them: below, forking costs more
PARTS_PER_WORKER = 2  # runs of tasks per process: one slowed by the machine's load holds less
_FROZEN = 0  # the worker process whose inherited objects are out of the collector's reach


def check(
    store: Store,
    sources: Iterable[Source],
    *,
    extractor: str | None = None,
    plugins: Plugins | None = None,
    jobs: int | None = 1,
    progress: Progress | None = None,
    limit: int | None = None,
) -> Report:
    """A report of what the new articles say differently from the store.

    The new articles are analysed, and each is compared, as ``diff`` compares a pair, with every
    stored document the pair rule pairs it with (:func:`claimdiff.scale.pairs.paired`; stored
    copies of the very same text left out) and with the other new articles, so a new article and
    a stored one get the findings one ``diff`` of both would give them.  ``limit`` keeps only
    the stored documents sharing the most telling keys (then some findings may be missed).  The
    report keeps the findings and alignments that involve a new article; its documents are the
    new ones and the stored ones quoted in evidence or aligned.  Nothing is written to the store.
    """
    from claimdiff.claims.profile import build
    from claimdiff.pipeline import _documents, analyse_each, available_cores, report_of
    from claimdiff.scale.pairs import paired, sign

    docs = _documents(list(sources))
    used: set[str] = set()
    for doc in docs:
        doc.id = store.free_id(doc.id, used)
        used.add(doc.id)
    new = list(analyse_each(docs, extractor=extractor, plugins=plugins, jobs=jobs, progress=progress))
    digests = [digest(d.text) for d in docs if d.text]
    signs = [sign(item) for item in new]
    wanted: list[str] = []
    if limit is None:
        for s in signs:
            wanted += store.partners(s, exclude=digests)
    else:
        keys: set[str] = set()
        for item in new:
            keys |= document_keys(item.claims, item.mentions)
        wanted = store.candidates(keys, limit=limit, exclude=digests) if keys else []
    stored = store.load(list(dict.fromkeys(wanted)))
    for item in stored:  # read by the pair rule and by every comparison: built once
        item.profiles = build(item.claims, item.mentions)
    everything = [*new, *stored]
    signs += [sign(item) for item in stored]
    chosen = [
        (i, j) for i in range(len(new)) for j in range(i + 1, len(everything)) if paired(signs[i], signs[j])
    ]
    workers = available_cores() if jobs is None else jobs
    alignments, findings = compare(everything, len(new), chosen, workers)
    findings += [f for item in new for f in item.findings]
    if progress:
        progress("align")
        progress("compare")
    claim_doc = {c.id: c.doc_id for item in everything for c in item.claims}
    involved = {d.id for d in docs}
    involved |= {e.doc_id for f in findings for e in f.evidence}
    involved |= {claim_doc[c] for a in alignments for c in a.claim_ids if c in claim_doc}
    return report_of([item for item in everything if item.doc.id in involved], alignments, findings)


def compare(
    everything: Sequence[Analysed], count: int, chosen: Sequence[tuple[int, int]], workers: int
) -> tuple[list[Alignment], list[Finding]]:
    """The first ``count`` documents each compared alone, then each chosen pair: their alignments
    and findings, in that order.

    With ``workers`` over 1 and at least ``MIN_FORKED`` pairs, the new documents are compared
    alone here first (what their claims' views learn, the workers inherit), then the pairs are
    cut into runs of about equal work (a pair's work follows how many claims its two documents
    hold), which forked processes compare, each reading the analyses it inherits and keeping the
    views it makes from one run to the next; the results come back in order, the same as those
    of one process.  Fewer pairs are compared here: forking costs more than it saves."""
    from claimdiff.scale import forked
    from claimdiff.scale.pairs import alone, own_views, run, run_each, tasks

    if workers < 2 or len(chosen) < MIN_FORKED or not forked.can_fork():
        return run(list(tasks(everything, chosen, within=range(count))), None)
    views: Views = {}
    for item in everything[:count]:
        own_views(item, views)
    done = run_each([alone(item, views) for item in everything[:count]], None)
    parts = _runs(
        [len(everything[i].claims) + len(everything[j].claims) for i, j in chosen], workers * PARTS_PER_WORKER
    )
    parent = os.getpid()
    for part in forked.ordered(
        lambda n: _compared(everything, chosen[parts[n] : parts[n + 1]], views, parent),
        len(parts) - 1,
        workers,
    ):
        done += part
    return [a for found, _ in done for a in found], [f for _, found in done for f in found]


def _compared(
    everything: Sequence[Analysed], chosen: Sequence[tuple[int, int]], views: Views, parent: int
) -> list[tuple[list[Alignment], list[Finding]]]:
    """Each chosen pair compared in this process, with the views of its documents' claims taken
    from ``views`` or added to it."""
    from claimdiff.scale.pairs import across, own_views, run_each

    global _FROZEN
    if _FROZEN != os.getpid() != parent:
        # A worker forked for this check, which ends with it: what it inherits is alive until then,
        # so no collection need walk it (a full one touched every page the parent shares with it).
        gc.freeze()
        _FROZEN = os.getpid()
    for pos in sorted({p for pair in chosen for p in pair}):
        own_views(everything[pos], views)
    return run_each([across(everything[i], everything[j], views) for i, j in chosen], None)


def _runs(weights: Sequence[int], parts: int) -> list[int]:
    """Where ``parts`` consecutive runs of about equal weight start, and where the last ends."""
    total = sum(weights) or 1
    bounds, held = [0], 0
    for n, w in enumerate(weights):
        held += w
        if held * parts >= total * len(bounds) and n + 1 < len(weights):
            bounds.append(n + 1)
    return [*bounds, len(weights)]
