"""The knobs of a conformance run: limits, budgets and input sizes."""

from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class KitConfig:
    """Limits of one conformance run; the defaults are generous so that only real faults fail."""

    timeout: float = 60.0
    """Seconds one check may take in the sandbox before it is stopped and reported."""
    memory_mb: int = 1024
    """Address space (MB) the sandboxed child may grow by before allocations fail."""
    budget_base_s: float = 1.0
    """Seconds any single detect() or layout() call may take, whatever the text length..."""
    budget_ms_per_kb: float = 10.0
    """...plus this many milliseconds per kilobyte (UTF-8) of text."""
    large_text_kb: int = 1024
    """Size of the large hostile input (a megabyte by default)."""
    random_examples: int = 50
    """How many random Unicode texts (hypothesis) the hostile-input check tries."""
    sandbox: bool = True
    """Run each plugin's checks in a child process with the limits above (False: in this process)."""
    start_method: str | None = None
    """multiprocessing start method of the child; None picks fork on Linux, spawn elsewhere."""

    def budget(self, text: str) -> float:
        """Seconds one call on ``text`` may take."""
        return self.budget_base_s + self.budget_ms_per_kb / 1000 * len(text.encode("utf-8", "replace")) / 1024

    def context_method(self) -> str:
        if self.start_method:
            return self.start_method
        return "fork" if sys.platform.startswith("linux") else "spawn"
