"""claimdiff.dask on a two-worker LocalCluster gives the in-process report."""

from __future__ import annotations

from pathlib import Path

import pytest
from scale_corpus import corpus

from claimdiff.pipeline import analyze

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.bag")


def test_dask_on_a_local_cluster_gives_the_in_process_report(tmp_path: Path) -> None:
    import claimdiff.dask

    files = corpus(tmp_path / "corpus", 2)
    expected = analyze(files)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        report = claimdiff.dask.diff(files, npartitions=4)
    assert report.documents == expected.documents
    assert report.claims == expected.claims and report.mentions == expected.mentions
    assert expected.findings
    assert [f.model_dump() for f in report.findings] == [f.model_dump() for f in expected.findings]
    assert expected.alignments and report.alignments == expected.alignments


def test_every_document_owns_a_block_of_itself_and_its_partners_after_it() -> None:
    from claimdiff.dask import blocks

    assert sorted(blocks([(1, 2), (1, 3), (2, 3)], [1, 2, 3, 4])) == [
        (1, 1),
        (2, 1),
        (2, 2),
        (3, 1),
        (3, 2),
        (3, 3),
        (4, 4),
    ]
