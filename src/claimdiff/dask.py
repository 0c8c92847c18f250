"""claimdiff on Dask: the analysis as a bag over files, the comparison as a bag over pairs.

``pip install claimdiff[dask]``.  :func:`diff` runs on whatever scheduler is current, a
``distributed.Client`` included, so pointing it at a cluster is creating a client first::

    from distributed import Client
    import claimdiff.dask

    with Client("tcp://scheduler:8786"):
        report = claimdiff.dask.diff(paths)

Each document is analysed where its file is read.  What the pair rule reads of it (its content
words and date, :func:`claimdiff.scale.pairs.sign`) comes back to the client, which finds the
pairs exactly as ``analyze`` does; each document's block is itself and the partners after it,
the analyses are routed to their blocks by a shuffle, and each block compares its owner alone
and with each partner on a worker.  The work is that of the pairs, and the report is the one
``analyze`` gives.  The files must be readable from every worker (a shared disk or the same
paths everywhere).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from claimdiff.errors import UsageError

if TYPE_CHECKING:
    from dask.bag import Bag

    from claimdiff.pipeline import Analysed
    from claimdiff.scale.pairs import Sign
    from claimdiff.schema import Alignment, Finding, Report


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


def _sign(record: tuple[int, Analysed]) -> tuple[int, Sign]:
    from claimdiff.scale.pairs import sign

    return record[0], sign(record[1])


def blocks(pairs: Iterable[tuple[int, int]], positions: Iterable[int]) -> list[tuple[int, int]]:
    """(member, owner): every document owns a block, with the partners after it as members."""
    out = [(n, n) for n in positions]
    out += [(j, i) for i, j in pairs]
    return out


def _route(group: tuple[int, list[tuple[str, int, Any]]]) -> list[tuple[int, tuple[int, Analysed]]]:
    """A document sent to every block it belongs to: (owner, (position, analysis))."""
    n, records = group
    items = [r[2] for r in records if r[0] == "a"]
    owners = sorted({r[2] for r in records if r[0] == "m"})
    return [(o, (n, items[0])) for o in owners] if items else []


Result = tuple[int, int, list["Alignment"], list["Finding"]]


def _compare_block(group: tuple[int, list[tuple[int, tuple[int, Analysed]]]]) -> list[Result]:
    """The owner compared alone, then with each partner: ``(owner, partner, alignments,
    findings)``, the partner -1 for the owner alone."""
    from claimdiff.scale.pairs import run, tasks

    owner, routed = group
    members = sorted({n: item for _, (n, item) in routed}.items())
    items = [item for _, item in members]
    at = [n for n, _ in members].index(owner)
    out: list[Result] = [(owner, -1, *run(list(tasks(items, [], within=[at])), None))]
    for k, (n, _) in enumerate(members):
        if k != at:
            out.append((owner, n, *run(list(tasks(items, [(at, k)], within=[])), None)))
    return out


def analyse_bag(paths: Sequence[str], *, extractor: str | None = None, npartitions: int | None = None) -> Bag:
    """A bag of ``(position, analysis)``, one per file, positions from 1 in the order given."""
    db = _bag_module()
    records = _numbered(list(paths))
    parts = npartitions or max(1, min(len(records), 64))
    bag: Bag = db.from_sequence(records, npartitions=parts).map(_analyse, extractor)
    return bag


def compare_bag(analysed: Bag, memberships: Sequence[tuple[int, int]]) -> Bag:
    """A bag of :data:`Result`: the blocks given as ``(member, owner)`` (:func:`blocks`), each
    gathered by a shuffle on its owner and compared on a worker."""
    db = _bag_module()
    members = db.from_sequence(list(memberships), npartitions=analysed.npartitions)
    tagged = db.concat([analysed.map(lambda r: ("a", r[0], r[1])), members.map(lambda r: ("m", r[0], r[1]))])
    routed = tagged.groupby(lambda r: r[1], shuffle="tasks").map(_route).flatten()
    found: Bag = routed.groupby(lambda r: r[0], shuffle="tasks").map(_compare_block).flatten()
    return found


def diff(
    paths: Iterable[str],
    *,
    extractor: str | None = None,
    npartitions: int | None = None,
) -> Report:
    """The report of ``claimdiff diff`` (:func:`claimdiff.analyze`) computed on the current Dask
    scheduler."""
    from claimdiff.pipeline import report_of
    from claimdiff.scale.pairs import pairs

    files = [str(p) for p in paths]
    analysed = analyse_bag(files, extractor=extractor, npartitions=npartitions).persist()
    signs = dict(analysed.map(_sign).compute())
    positions = sorted(signs)
    chosen = [(positions[i], positions[j]) for i, j in pairs([signs[n] for n in positions])]
    results = compare_bag(analysed, blocks(chosen, positions)).compute()
    by_pos = [item for _, item in sorted(analysed.compute(), key=lambda r: r[0])]
    alignments: list[Alignment] = []
    findings: list[Finding] = [f for item in by_pos for f in item.findings]
    # in the order analyze gathers them: each document alone, then each pair
    ordered = sorted(results, key=lambda r: (r[1] != -1, r[0], r[1]))
    for _, _, found_alignments, found in ordered:
        alignments += found_alignments
        findings += found
    return report_of(by_pos, alignments, findings)
