"""Comparison checks run in forked processes that share the batch's comparison context.

The context of a large batch (every claim's view and profile, the documents' texts) is built
once in the parent; forked workers inherit it with the list of checks instead of receiving it,
so a task is a range of check numbers and only the findings travel back.  Results come back in
order, so the report is the one a serial run gives, byte for byte.
"""

from __future__ import annotations

import multiprocessing
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimdiff.compare import Job, Runner
    from claimdiff.schema import Finding

MIN_JOBS = 400  # below this, starting processes costs more than it saves
CHUNKS_PER_WORKER = 16  # small enough to even out the load, large enough to keep overhead low

_JOBS: list[Job] = []


def _run(first: int, stop: int) -> list[list[Finding]]:
    return [job() for job in _JOBS[first:stop]]


def can_fork() -> bool:
    """Forking is only safe while this process runs no other thread (one may hold a lock)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


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
