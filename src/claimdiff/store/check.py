"""New articles against the store: each is compared with the stored documents the pair rule pairs it with."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimdiff.store.keys import document_keys
from claimdiff.store.store import digest

if TYPE_CHECKING:
    from claimdiff.pipeline import Progress, Source
    from claimdiff.plugins import Plugins
    from claimdiff.schema import Report
    from claimdiff.store.store import Store


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
    from claimdiff.pipeline import _documents, analyse_each, available_cores, report_of
    from claimdiff.scale.forked import runner
    from claimdiff.scale.pairs import paired, run, sign, tasks

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
    everything = [*new, *stored]
    signs += [sign(item) for item in stored]
    chosen = [
        (i, j) for i in range(len(new)) for j in range(i + 1, len(everything)) if paired(signs[i], signs[j])
    ]
    workers = available_cores() if jobs is None else jobs
    alignments, findings = run(list(tasks(everything, chosen, within=range(len(new)))), runner(workers))
    findings += [f for item in new for f in item.findings]
    if progress:
        progress("align")
        progress("compare")
    claim_doc = {c.id: c.doc_id for item in everything for c in item.claims}
    involved = {d.id for d in docs}
    involved |= {e.doc_id for f in findings for e in f.evidence}
    involved |= {claim_doc[c] for a in alignments for c in a.claim_ids if c in claim_doc}
    return report_of([item for item in everything if item.doc.id in involved], alignments, findings)
