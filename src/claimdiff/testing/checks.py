"""The named conformance checks, in the order they run, and how one is run.

In the manner of scikit-learn's estimator checks, every check is a small function
``check_something(plugin) -> None`` that can fail on its own and says what to fix.  A check that
does not apply (no extractor, no examples, no such hook) or that depends on a step another check
owns raises :class:`CheckSkipped` naming that check, so one fault gives one failure; a fault of
claimdiff itself raises :class:`KitError`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from claimdiff.testing.calls import bounds_problems, confidence_problem, word_problems
from claimdiff.testing.checks_extractor import (
    check_datelines,
    check_declares_extractors,
    check_detect_in_range,
    check_detect_low_on_others,
    check_detects_own_examples,
    check_entry_point_loads,
    check_hooks_match_specs,
    check_layout_boilerplate,
    check_layout_in_bounds,
    check_layout_word_boundaries,
    check_relayed_from,
)
from claimdiff.testing.checks_hooks import check_formats, check_gazetteer_entries
from claimdiff.testing.checks_process import (
    check_env_declared,
    check_import_time,
    check_leaves_claimdiff_alone,
    check_no_file_writes,
    check_no_network,
    check_no_stdout,
    check_no_subprocess,
    check_no_threads_left,
)
from claimdiff.testing.checks_run import (
    analysis_faults,
    check_bounded_caches,
    check_deterministic,
    check_example_analysis,
    check_hostile_input,
    check_memory_growth,
    check_no_mutation,
    check_time_budget,
)
from claimdiff.testing.outcome import CheckFailed, CheckResult, CheckSkipped, KitError, Status
from claimdiff.testing.subject import PluginUnderTest

Check = Callable[[PluginUnderTest], None]
MAX_MESSAGE = 2000

CHECKS: tuple[Check, ...] = (
    check_entry_point_loads,
    check_import_time,
    check_hooks_match_specs,
    check_declares_extractors,
    check_gazetteer_entries,
    check_formats,
    check_detect_in_range,
    check_detects_own_examples,
    check_detect_low_on_others,
    check_layout_in_bounds,
    check_layout_word_boundaries,
    check_layout_boilerplate,
    check_relayed_from,
    check_datelines,
    check_example_analysis,
    check_deterministic,
    check_no_mutation,
    check_hostile_input,
    check_time_budget,
    check_memory_growth,
    check_bounded_caches,
    check_no_network,
    check_no_subprocess,
    check_no_file_writes,
    check_no_stdout,
    check_env_declared,
    check_no_threads_left,
    check_leaves_claimdiff_alone,
)

__all__ = [
    "CHECKS",
    "analysis_faults",
    "bounds_problems",
    "check_bounded_caches",
    "check_datelines",
    "check_declares_extractors",
    "check_detect_in_range",
    "check_detect_low_on_others",
    "check_detects_own_examples",
    "check_deterministic",
    "check_entry_point_loads",
    "check_env_declared",
    "check_example_analysis",
    "check_formats",
    "check_gazetteer_entries",
    "check_hooks_match_specs",
    "check_hostile_input",
    "check_import_time",
    "check_layout_boilerplate",
    "check_layout_in_bounds",
    "check_layout_word_boundaries",
    "check_leaves_claimdiff_alone",
    "check_memory_growth",
    "check_names",
    "check_no_file_writes",
    "check_no_mutation",
    "check_no_network",
    "check_no_stdout",
    "check_no_subprocess",
    "check_no_threads_left",
    "check_relayed_from",
    "check_time_budget",
    "confidence_problem",
    "get_checks",
    "run_check",
    "word_problems",
]


def check_names() -> list[str]:
    return [c.__name__ for c in CHECKS]


def get_checks(names: Iterable[str] | None = None) -> list[Check]:
    """The checks with these names, in the kit's order (all when ``names`` is None)."""
    if names is None:
        return list(CHECKS)
    wanted = set(names)
    unknown = wanted - set(check_names())
    if unknown:
        raise KeyError(f"unknown check(s) {sorted(unknown)}; known: {', '.join(check_names())}")
    return [c for c in CHECKS if c.__name__ in wanted]


def run_check(check: Check, plugin: PluginUnderTest) -> CheckResult:
    """Run one check in this process and record its outcome; never raises (bar interrupts)."""
    start = time.perf_counter()
    plugin.note(f"starting {check.__name__}")
    status: Status = "passed"
    message = ""
    try:
        check(plugin)
    except CheckSkipped as exc:
        status, message = "skipped", str(exc)
    except CheckFailed as exc:
        status, message = "failed", str(exc)
    except KitError as exc:
        status, message = "error", str(exc)
    except MemoryError:
        limit = f" of {plugin.config.memory_mb} MB" if plugin.config.sandbox else ""
        status, message = (
            "failed",
            f"{plugin.who()}: exceeded the memory limit{limit} during {plugin.activity}",
        )
    except Exception as exc:
        status = "error"
        message = f"the kit could not run {check.__name__} ({plugin.activity}): {type(exc).__name__}: {exc}"
    if len(message) > MAX_MESSAGE:  # a plugin's exception may quote a megabyte of input
        message = message[:MAX_MESSAGE] + "…"
    return CheckResult(plugin.name, check.__name__, status, message, round(time.perf_counter() - start, 3))
