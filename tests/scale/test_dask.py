"""claimdiff.dask on a two-worker LocalCluster gives the in-process findings."""

from __future__ import annotations

from pathlib import Path

import pytest
from scale_corpus import corpus

from claimdiff.pipeline import analyze

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.bag")


def test_dask_on_a_local_cluster_gives_the_in_process_report(tmp_path: Path) -> None:
    import claimdiff.dask

    files = corpus(tmp_path / "corpus", 1)
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


def test_a_block_is_its_owner_and_its_best_partners_and_common_keys_make_none() -> None:
    from claimdiff.dask import KEY_CAP, _block, _pairs

    rare = _pairs(("e:x", [("e:x", 1), ("e:x", 2)]), total=100)
    assert sorted(rare) == [(1, (2, rare[0][1][1])), (2, (1, rare[0][1][1]))]
    common = [("p:said", n) for n in range(KEY_CAP + 1)]
    assert _pairs(("p:said", common), total=100) == []
    scored = [(1, (2, 0.5)), (1, (3, 2.0)), (1, (3, 1.0)), (1, (4, 0.1)), (1, (1, 0.0))]
    assert _block((1, scored), limit=2) == [(1, 1), (3, 1), (2, 1)]
