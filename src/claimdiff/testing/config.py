"""The knobs of a conformance run: limits, budgets and input sizes."""

from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class KitConfig:
    """Limits of one conformance run; the defaults are generous so that only real faults fail.

    Time budgets are ratios to the generic extractor measured on the same text in the same
    process, so they hold on a loaded machine as on an idle one.
    """

    timeout: float = 60.0
    """Seconds one check may take in the sandbox before it is stopped and reported."""
    memory_mb: int = 1024
    """Address space (MB) the sandboxed child may grow by before allocations fail."""
    budget_ratio: float = 4.0
    """A detect() or layout() call may take this many times the generic extractor's layout()..."""
    budget_slack_s: float = 0.5
    """...plus these seconds (timer noise, a garbage collection)."""
    import_ratio: float = 3.0
    """Importing the plugin may take this many times building and running a generic extractor..."""
    import_slack_s: float = 1.0
    """...plus these seconds."""
    large_text_kb: int = 256
    """Size of the large inputs (hostile input and time budget)."""
    random_examples: int = 50
    """How many random Unicode texts (hypothesis) the hostile-input check tries."""
    memory_calls: int = 8
    """Calls per round of the memory checks (two rounds after a warm-up)."""
    memory_floor_kb: int = 16
    """Growth per round above the generic extractor's that counts as a leak."""
    sandbox: bool = True
    """Run each plugin's checks in a child process with the limits above (False: in this process)."""
    start_method: str | None = None
    """multiprocessing start method of the child; None picks fork on Linux, spawn elsewhere."""

    def context_method(self) -> str:
        if self.start_method:
            return self.start_method
        return "fork" if sys.platform.startswith("linux") else "spawn"
