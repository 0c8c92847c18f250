"""Peak memory of a command and of every process it starts, read from ``/proc`` while it runs.

``ru_maxrss`` tells the largest process of a finished tree, not which one: the parent, an
analysis worker or a comparison worker.  :class:`TreePeaks` samples the tree every
``interval`` seconds: each process's own peak (``VmHWM``, kept by the kernel, so exact however
short the process), and the largest sum of the resident sets of all of them at one time (sampled;
forked workers share pages with their parent, so the sum counts those pages more than once).
Linux only; elsewhere it measures nothing.
"""

from __future__ import annotations

import os
import threading
from typing import Any


def tree(pid: int) -> list[int]:
    """``pid`` and its descendants."""
    kids: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                kids += [int(x) for x in fh.read().split()]
    except OSError:
        pass
    return [pid] + [p for k in kids for p in tree(k)]


def kib(pid: int, field: str) -> int:
    """A ``/proc/<pid>/status`` field in KiB (0 once the process is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreePeaks:
    """Samples the process tree under ``pid`` until :meth:`stop`."""

    def __init__(self, pid: int, interval: float = 0.5) -> None:
        self.pid, self.interval = pid, interval
        self.hwm: dict[int, int] = {}  # KiB
        self.sum_kib = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def sample(self) -> None:
        total = 0
        for p in tree(self.pid):
            self.hwm[p] = max(self.hwm.get(p, 0), kib(p, "VmHWM"))
            total += kib(p, "VmRSS")
        self.sum_kib = max(self.sum_kib, total)

    def _run(self) -> None:
        while not self._done.wait(self.interval):
            self.sample()

    def stop(self) -> dict[str, Any]:
        """Stop sampling; the peaks in MiB: this process, the largest other, all at once."""
        self._done.set()
        self._thread.join()
        return self.peaks()

    def peaks(self) -> dict[str, Any]:
        others = sorted((v for p, v in self.hwm.items() if p != self.pid), reverse=True)
        return {
            "parent_mib": round(self.hwm.get(self.pid, 0) / 1024, 1),
            "largest_worker_mib": round(others[0] / 1024, 1) if others else 0.0,
            "workers_mib": [round(v / 1024, 1) for v in others],
            "sum_mib": round(self.sum_kib / 1024, 1),
        }
