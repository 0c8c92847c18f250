"""Documents analysed by a pool of processes, in order, each process loading its plugins once.

Workers are forked with this process's plugins and gazetteer when the platform allows it and no
other thread runs (one may hold a lock); otherwise they start from a fork server (or are
spawned) and load the installed plugins themselves.  Documents are read and sent a few chunks
ahead of the results taken, so the corpus is never held whole.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from claimdiff.errors import ClaimdiffError

if TYPE_CHECKING:
    from claimdiff.extractors.base import Extractor
    from claimdiff.pipeline import Analysed
    from claimdiff.plugins import Plugins
    from claimdiff.schema import Document


def available_cores() -> int:
    """The cores this process may run on."""
    count = getattr(os, "process_cpu_count", None)
    if count is not None:
        return int(count() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def analyse_document(doc: Document, extractor: str | None = None) -> Analysed:
    """One document analysed with this process's plugins, loaded on first use: the pool's task."""
    from claimdiff.pipeline import _analyse_guarded

    _start_worker(extractor, [])
    plugins, forced, gazetteer = _WORKER_STATE[extractor or ""]
    return _analyse_guarded(doc, plugins, forced, gazetteer)


_WORKER_STATE: dict[str, tuple[Plugins, Extractor | None, object]] = {}


def _start_worker(extractor: str | None, user: list[Mapping[str, Any]]) -> None:
    """Load this process's plugins and gazetteer (with the ``user`` entries) unless it has them:
    forked workers inherit their parent's, spawned ones build the same."""
    key = extractor or ""
    if key not in _WORKER_STATE:
        from claimdiff.entities import Gazetteer
        from claimdiff.plugins import load as load_plugins

        plugins = load_plugins()
        forced = plugins.extractor(extractor) if extractor else None
        _WORKER_STATE[key] = (plugins, forced, Gazetteer.default([*plugins.gazetteer_entries, *user]))


def _start_pool_worker(extractor: str | None, user: list[Mapping[str, Any]]) -> None:
    _start_worker(extractor, user)
    main = threading.main_thread()
    if any(t.is_alive() and not t.daemon and t is not main for t in threading.enumerate()):
        # A plugin left a thread running: it would keep this worker alive once the pool is done,
        # and the pool's shutdown would wait for it for ever.  End the worker past it instead.
        from multiprocessing import util

        util.Finalize(None, _exit_worker, exitpriority=-1000)


def _exit_worker() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


def _analyse_chunk(docs: list[Document], extractor: str | None) -> list[Analysed]:
    return [analyse_document(doc, extractor) for doc in docs]


_AHEAD = 4  # chunks in flight per worker: enough to keep each busy, few enough to hold little


def analysed_in_pool(
    docs: Iterator[Document],
    count: int,
    extractor: str | None,
    workers: int,
    state: tuple[Plugins, Extractor | None, object],
    user: list[Mapping[str, Any]],
) -> Iterator[Analysed]:
    """The analyses of ``count`` documents, in order, by ``workers`` processes; ``state`` is this
    process's plugins, forced extractor and gazetteer, which forked workers inherit.

    Fresh workers take over every ``PER_POOL`` documents: what a worker's bounded caches of
    words and claim texts fill up with (about 25 MiB a thousand documents, up to their bounds)
    then never outgrows the share of a corpus it analyses."""
    from itertools import islice

    chunk = max(1, min(8, count // (workers * 8)))
    try:
        for _ in range(0, count, PER_POOL):
            yield from _one_pool(islice(docs, PER_POOL), extractor, workers, chunk, state, user)
    finally:
        _WORKER_STATE.pop(extractor or "", None)


PER_POOL = 1000  # documents analysed by one set of workers


def _one_pool(
    docs: Iterator[Document],
    extractor: str | None,
    workers: int,
    chunk: int,
    state: tuple[Plugins, Extractor | None, object],
    user: list[Mapping[str, Any]],
) -> Iterator[Analysed]:
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    from itertools import islice

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        # Forked workers start at once with this process's plugins and gazetteer; forking is only
        # safe while no other thread may hold a lock.
        method = "fork"
        _WORKER_STATE[extractor or ""] = state
    else:
        method = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_start_pool_worker, initargs=(extractor, user)
    )
    try:
        # Chunks are sent a few at a time as results are taken (``pool.map`` would read and send
        # every document at once, and the corpus would stay in this process, and in the pages its
        # comparison workers are forked with).
        pending: deque[Future[list[Analysed]]] = deque()
        while True:
            while len(pending) < workers * _AHEAD and (part := list(islice(docs, chunk))):
                pending.append(pool.submit(_analyse_chunk, part, extractor))
            if not pending:
                break
            yield from pending.popleft().result()
    except BrokenProcessPool as exc:
        raise ClaimdiffError(f"a worker process died while analysing the documents: {exc}") from exc
    finally:
        pool.shutdown(cancel_futures=True)  # a consumer that stops early does not wait for the rest
