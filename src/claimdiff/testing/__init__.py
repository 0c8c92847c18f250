"""claimdiff's plugin conformance kit: named checks any outlet plugin can run.

Three ways to run it:

* ``claimdiff plugins check [NAME...]`` (add ``--junit-xml PATH`` for CI systems);
* in a plugin's own tests, one line: ``test_conformance = conformance_test("myoutlet")``, or
  ``@parametrize_with_checks(["myoutlet"])`` over ``def test_x(plugin, check): check(plugin)``;
* from Python: ``run_checks(["myoutlet"])`` returns a :class:`CheckResult` per check.

Each check can also be called directly, in this process, on a :class:`PluginUnderTest`.
"""

from __future__ import annotations

from claimdiff.testing.checks import (
    CHECKS,
    check_bounded_caches,
    check_datelines,
    check_declares_extractors,
    check_detect_in_range,
    check_detect_low_on_others,
    check_detects_own_examples,
    check_deterministic,
    check_entry_point_loads,
    check_env_declared,
    check_example_analysis,
    check_formats,
    check_gazetteer_entries,
    check_hooks_match_specs,
    check_hostile_input,
    check_import_time,
    check_layout_boilerplate,
    check_layout_in_bounds,
    check_layout_word_boundaries,
    check_leaves_claimdiff_alone,
    check_memory_growth,
    check_names,
    check_no_file_writes,
    check_no_mutation,
    check_no_network,
    check_no_stdout,
    check_no_subprocess,
    check_no_threads_left,
    check_relayed_from,
    check_time_budget,
    get_checks,
    run_check,
)
from claimdiff.testing.config import KitConfig
from claimdiff.testing.examples import find_examples, named_examples
from claimdiff.testing.layout import assert_layout
from claimdiff.testing.outcome import CheckFailed, CheckResult, CheckSkipped, KitError
from claimdiff.testing.parametrize import (
    MissingPlugin,
    PluginCheck,
    conformance_test,
    parametrize_with_checks,
    yield_checks,
)
from claimdiff.testing.runner import iter_results, junit_xml, run_checks, write_junit
from claimdiff.testing.subject import PluginSpec, PluginUnderTest, find_plugins, spec_for_module

__all__ = [
    "CHECKS",
    "CheckFailed",
    "CheckResult",
    "CheckSkipped",
    "KitConfig",
    "KitError",
    "MissingPlugin",
    "PluginCheck",
    "PluginSpec",
    "PluginUnderTest",
    "assert_layout",
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
    "conformance_test",
    "find_examples",
    "find_plugins",
    "get_checks",
    "iter_results",
    "junit_xml",
    "named_examples",
    "parametrize_with_checks",
    "run_check",
    "run_checks",
    "spec_for_module",
    "write_junit",
    "yield_checks",
]
