"""Comparison work run in forked processes that inherit what it reads.

A batch's comparison is a list of blocks of tasks (:mod:`claimdiff.scale.pairs`); forked
workers inherit the function that compares a block, and with it the analyses it reads (or the
means to read them back), so a task sent to a worker is a block number and only results travel
back.  Results come back in order, so the report is the one a serial run gives, byte for byte.

:func:`runner` runs one plan's checks the same way, for callers that plan in the parent.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from claimdiff.compare import Job, Runner
    from claimdiff.schema import Finding

MIN_JOBS = 400  # below this, starting processes costs more than it saves
MIN_TASKS = 32  # documents and pairs of documents: below this, compared in the parent
CHUNKS_PER_WORKER = 16  # small enough to even out the load, large enough to keep overhead low

T = TypeVar("T")

_JOBS: list[Job] = []
_WORK: list[Callable[[int], Any]] = []


def _run(first: int, stop: int) -> list[list[Finding]]:
    return [job() for job in _JOBS[first:stop]]


def _call(n: int) -> Any:
    return _WORK[0](n)


def can_fork() -> bool:
    """Forking is only safe while this process runs no other thread (one may hold a lock)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def worth_forking(workers: int, tasks: int) -> bool:
    """Whether ``tasks`` documents and pairs are better compared by ``workers`` forked processes."""
    return workers > 1 and tasks >= MIN_TASKS and can_fork()


def ordered(work: Callable[[int], T], count: int, workers: int) -> Iterator[T]:
    """``work(0)``, ``work(1)``, ... ``work(count - 1)``, computed by ``workers`` forked processes
    that inherit ``work``, yielded in that order as they arrive."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from claimdiff.errors import ClaimdiffError

    _WORK[:] = [work]
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    try:
        yield from pool.map(_call, range(count))
    except BrokenProcessPool as exc:
        raise ClaimdiffError(f"a worker process died while comparing the documents: {exc}") from exc
    finally:
        # also when the caller stops early or fails: what has not started is dropped
        pool.shutdown(wait=True, cancel_futures=True)
        _WORK.clear()


def runner(workers: int) -> Runner | None:
    """A runner over ``workers`` forked processes, or None when a serial run is the better choice."""
    if workers < 2 or not can_fork():
        return None

    def run(jobs: list[Job]) -> list[list[Finding]]:
        if len(jobs) < MIN_JOBS or not can_fork():
            return [job() for job in jobs]
        return _forked(jobs, workers)

    return run


def _forked(jobs: list[Job], workers: int) -> list[list[Finding]]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from claimdiff.errors import ClaimdiffError

    global _JOBS
    size = max(1, -(-len(jobs) // (workers * CHUNKS_PER_WORKER)))
    starts = list(range(0, len(jobs), size))
    _JOBS = jobs
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            parts = pool.map(_run, starts, [min(s + size, len(jobs)) for s in starts])
            return [found for part in parts for found in part]
    except BrokenProcessPool as exc:
        raise ClaimdiffError(f"a worker process died while comparing the documents: {exc}") from exc
    finally:
        _JOBS = []
