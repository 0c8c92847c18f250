"""claimdiff on Dask: the analysis as a bag over files, the comparison blocked by the store's keys.

``pip install claimdiff[dask]``.  :func:`diff` runs on whatever scheduler is current, a
``distributed.Client`` included, so pointing it at a cluster is creating a client first::

    from distributed import Client
    import claimdiff.dask

    with Client("tcp://scheduler:8786"):
        report = claimdiff.dask.diff(paths)

Each document is analysed where its file is read.  Its retrieval keys (:mod:`claimdiff.store.keys`)
are shuffled so that documents sharing a key meet; each document's block is itself and the
``limit`` documents it shares the most telling keys with (as ``claimdiff check`` picks them), and
the blocks are gathered by a second shuffle and aligned and compared on the workers.  Work grows
with the corpus times the block size, not with its square.  The files must be readable from every
worker (a shared disk or the same paths everywhere).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from claimdiff.errors import UsageError

if TYPE_CHECKING:
    from dask.bag import Bag

    from claimdiff.pipeline import Analysed
    from claimdiff.schema import Finding, Report

KEY_CAP = 64
LIMIT = 16


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise UsageError("claimdiff.dask needs Dask: pip install 'claimdiff[dask]'") from exc
    return dask.bag


def _numbered(paths: Sequence[str]) -> list[tuple[int, str, str]]:
    """(position, path, document id), the ids given exactly as ``analyze`` gives them."""
    from claimdiff.pipeline import _doc_id, _unique

    used: set[str] = set()
    return [(n, p, _unique(_doc_id(p, n), used)) for n, p in enumerate(paths, 1)]


def _analyse(record: tuple[int, str, str], extractor: str | None) -> tuple[int, Analysed]:
    from claimdiff.pipeline import _read, analyse_document

    n, path, doc_id = record
    doc = _read(path)
    doc.id = doc_id
    return n, analyse_document(doc, extractor)


def _keys(record: tuple[int, Analysed]) -> list[tuple[str, int]]:
    from claimdiff.store.keys import document_keys

    n, item = record
    return [(k, n) for k in sorted(document_keys(item.claims, item.mentions))]


def _pairs(group: tuple[str, list[tuple[str, int]]], total: int) -> list[tuple[int, tuple[int, float]]]:
    """Every pair of the documents sharing one key, weighted as the store weighs a key."""
    docs = sorted({n for _, n in group[1]})
    if not 1 < len(docs) <= KEY_CAP:
        return []
    weight = math.log(1.0 + total / len(docs))
    return [(a, (b, weight)) for a in docs for b in docs if a != b]


def _block(group: tuple[int, list[tuple[int, tuple[int, float]]]], limit: int) -> list[tuple[int, int]]:
    """(member, owner) for the owner and its ``limit`` best-scored partners."""
    owner, scored = group
    score: dict[int, float] = defaultdict(float)
    for _, (other, weight) in scored:
        score[other] += weight
    best = sorted((d for d in score if d != owner), key=lambda d: (-score[d], d))[:limit]
    return [(m, owner) for m in [owner, *best]]


def _route(group: tuple[int, list[tuple[str, int, Any]]]) -> list[tuple[int, tuple[int, Analysed]]]:
    """A document sent to every block it belongs to: (owner, (position, analysis))."""
    n, records = group
    items = [r[2] for r in records if r[0] == "a"]
    owners = sorted({r[2] for r in records if r[0] == "m"} | {n})
    return [(o, (n, items[0])) for o in owners] if items else []


def _compare_block(group: tuple[int, list[tuple[int, tuple[int, Analysed]]]]) -> list[Finding]:
    """The findings of one block that involve its owner."""
    from claimdiff.pipeline import compare_analysed

    owner, routed = group
    members = sorted({n: item for _, (n, item) in routed}.items())
    owner_id = dict(members)[owner].doc.id
    report = compare_analysed([item for _, item in members])
    return [f for f in report.findings if any(e.doc_id == owner_id for e in f.evidence)]


def analyse_bag(paths: Sequence[str], *, extractor: str | None = None, npartitions: int | None = None) -> Bag:
    """A bag of ``(position, analysis)``, one per file, positions from 1 in the order given."""
    db = _bag_module()
    records = _numbered(list(paths))
    parts = npartitions or max(1, min(len(records), 64))
    bag: Bag = db.from_sequence(records, npartitions=parts).map(_analyse, extractor)
    return bag


def compare_bag(analysed: Bag, total: int, *, limit: int = LIMIT) -> Bag:
    """A bag of the findings of every block, shuffled on the retrieval keys and then on the blocks."""
    db = _bag_module()
    pairs = (
        analysed.map(_keys).flatten().groupby(lambda r: r[0], shuffle="tasks").map(_pairs, total).flatten()
    )
    owners = analysed.map(lambda r: (r[0], (r[0], 0.0)))
    blocks = db.concat([pairs, owners]).groupby(lambda r: r[0], shuffle="tasks").map(_block, limit).flatten()
    tagged = db.concat([analysed.map(lambda r: ("a", r[0], r[1])), blocks.map(lambda r: ("m", r[0], r[1]))])
    routed = tagged.groupby(lambda r: r[1], shuffle="tasks").map(_route).flatten()
    found: Bag = routed.groupby(lambda r: r[0], shuffle="tasks").map(_compare_block).flatten()
    return found


def diff(
    paths: Iterable[str],
    *,
    extractor: str | None = None,
    npartitions: int | None = None,
    limit: int = LIMIT,
) -> Report:
    """The report of ``claimdiff diff`` computed on the current Dask scheduler.

    Documents, mentions and claims are those of :func:`claimdiff.analyze`; findings are each
    block's, one per difference.  Alignments are left out: they belong to blocks, not the corpus.
    """
    from dask.base import compute

    from claimdiff.pipeline import number_findings
    from claimdiff.schema import Report

    files = [str(p) for p in paths]
    analysed = analyse_bag(files, extractor=extractor, npartitions=npartitions).persist()
    found = compare_bag(analysed, len(files), limit=limit)
    items, findings = compute(analysed, found)
    docs = [item.doc for _, item in sorted(items, key=lambda r: r[0])]
    by_pos = [item for _, item in sorted(items, key=lambda r: r[0])]
    unique: dict[tuple[Any, ...], Finding] = {}
    for f in findings:
        key = (f.code, f.message, tuple(sorted((e.doc_id, e.start, e.end) for e in f.evidence)))
        unique.setdefault(key, f)
    return Report(
        documents=docs,
        mentions=[m for item in by_pos for m in item.mentions],
        claims=[c for item in by_pos for c in item.claims],
        findings=number_findings(list(unique.values()), docs),
    )
