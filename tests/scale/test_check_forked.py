"""``check`` with forked workers: the same report as in one process, and no fork for a few pairs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from scale_corpus import corpus

from claimdiff import Store
from claimdiff.scale import forked
from claimdiff.store import check as checking


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return corpus(tmp_path_factory.mktemp("forked"), 3)


@pytest.fixture(scope="module")
def stored(files: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("db") / "claims.db"
    with Store(db) as store:
        store.index(files[2:])
    return db


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = forked.ordered

    def ordered(work: Callable[[int], Any], count: int, workers: int) -> Iterator[Any]:
        calls.append(count)
        return real(work, count, workers)

    monkeypatch.setattr(forked, "ordered", ordered)
    return calls


@pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")
def test_forked_workers_give_the_report_of_one_process(
    files: list[str], stored: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(stored) as store:
        for new in ([files[0]], files[:2]):
            serial = store.check(new, jobs=1)
            pairs = len(serial.documents) - len(new)
            assert pairs >= 2, "the new articles must pair with stored ones for the test to mean anything"
            calls = _counting(monkeypatch)
            monkeypatch.setattr(checking, "MIN_FORKED", 2)
            split = store.check(new, jobs=2)
            monkeypatch.undo()
            assert calls and calls[0] >= 2, "the pairs were meant to be cut into runs for two workers"
            assert split.model_dump_json() == serial.model_dump_json()


def test_a_check_of_few_pairs_forks_nothing(
    files: list[str], stored: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch)
    monkeypatch.setattr(checking, "MIN_FORKED", 10_000)
    with Store(stored) as store:
        store.check([files[0]], jobs=2)
    assert calls == []


@pytest.mark.parametrize(
    ("weights", "parts"), [([1] * 10, 4), ([5, 1, 1, 1, 1, 1, 9, 2], 3), ([3], 4), ([0, 0, 0], 2), ([], 2)]
)
def test_runs_cover_every_task_in_order_with_about_equal_work(weights: list[int], parts: int) -> None:
    bounds = checking._runs(weights, parts)
    assert bounds[0] == 0 and bounds[-1] == len(weights)
    assert bounds == sorted(set(bounds)) or weights == []
    assert len(bounds) - 1 <= max(1, parts)
    total = sum(weights)
    for a, b in pairwise(bounds):
        # a run stops at the first task that takes it past its share
        assert sum(weights[a : b - 1]) * parts <= total or b - a == 1
