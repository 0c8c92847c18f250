"""New articles against the store: each is compared with the stored documents its keys make candidates."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimdiff.store.keys import document_keys
from claimdiff.store.store import MAX_CANDIDATES, digest

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
    limit: int = MAX_CANDIDATES,
) -> Report:
    """A report of what the new articles say differently from the store.

    The new articles are analysed, their stored candidates loaded (up to ``limit``, stored copies
    of the very same text left out), and all of them aligned and compared in one batch.  The report
    keeps the findings and alignments that involve a new article; its documents are the new ones and
    the stored ones quoted in evidence or aligned.  Nothing is written to the store.
    """
    from claimdiff.pipeline import _documents, analyse_each, compare_analysed, number_findings
    from claimdiff.schema import Report

    docs = _documents(list(sources))
    used: set[str] = set()
    for doc in docs:
        doc.id = store.free_id(doc.id, used)
        used.add(doc.id)
    new = list(analyse_each(docs, extractor=extractor, plugins=plugins, jobs=jobs, progress=progress))
    keys: set[str] = set()
    for item in new:
        keys |= document_keys(item.claims, item.mentions)
    digests = [digest(d.text) for d in docs if d.text]
    stored = store.load(store.candidates(keys, limit=limit, exclude=digests)) if keys else []
    full = compare_analysed([*new, *stored], progress)
    fresh = {d.id for d in docs}
    claim_doc = {c.id: c.doc_id for c in full.claims}
    findings = [f for f in full.findings if any(e.doc_id in fresh for e in f.evidence)]
    alignments = [a for a in full.alignments if any(claim_doc.get(c) in fresh for c in a.claim_ids)]
    involved = set(fresh)
    involved |= {e.doc_id for f in findings for e in f.evidence}
    involved |= {claim_doc[c] for a in alignments for c in a.claim_ids if c in claim_doc}
    documents = [d for d in full.documents if d.id in involved]
    return Report(
        documents=documents,
        mentions=[m for m in full.mentions if m.doc_id in involved],
        claims=[c for c in full.claims if c.doc_id in involved],
        alignments=alignments,
        findings=number_findings(findings, documents),
    )
