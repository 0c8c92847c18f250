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
    check_declares_extractors,
    check_detect_in_range,
    check_detect_low_on_others,
    check_detects_own_examples,
    check_deterministic,
    check_entry_point_loads,
    check_example_analysis,
    check_hooks_match_specs,
    check_hostile_input,
    check_layout_in_bounds,
    check_names,
    check_no_mutation,
    check_no_network,
    check_time_budget,
    get_checks,
    run_check,
)
from claimdiff.testing.config import KitConfig
from claimdiff.testing.examples import find_examples
from claimdiff.testing.layout import assert_layout
from claimdiff.testing.outcome import CheckFailed, CheckResult, CheckSkipped, KitError
from claimdiff.testing.parametrize import (
    MissingPlugin,
    PluginCheck,
    conformance_test,
    parametrize_with_checks,
    yield_checks,
)
from claimdiff.testing.runner import iter_results, junit_xml, run_checks
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
    "check_declares_extractors",
    "check_detect_in_range",
    "check_detect_low_on_others",
    "check_detects_own_examples",
    "check_deterministic",
    "check_entry_point_loads",
    "check_example_analysis",
    "check_hooks_match_specs",
    "check_hostile_input",
    "check_layout_in_bounds",
    "check_names",
    "check_no_mutation",
    "check_no_network",
    "check_time_budget",
    "conformance_test",
    "find_examples",
    "find_plugins",
    "get_checks",
    "iter_results",
    "junit_xml",
    "parametrize_with_checks",
    "run_check",
    "run_checks",
    "spec_for_module",
    "yield_checks",
]
