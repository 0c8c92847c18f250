"""The kit from a plugin's own test suite: one line, readable ids, failures with the kit's message."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimdiff.testing import PluginSpec, check_names

Install = Callable[[str], PluginSpec]

CONFTEST = """
from importlib.metadata import entry_points

if not any(ep.value == "claimdiff.testing.pytest_plugin" for ep in entry_points(group="pytest11")):
    pytest_plugins = ["claimdiff.testing.pytest_plugin"]
"""


def test_one_line_runs_the_kit_with_readable_ids(install_plugin: Install, pytester: pytest.Pytester) -> None:
    install_plugin("claimdiff_specimen")
    install_plugin("claimdiff_specimen_percent")
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(
        test_conformance="""
        from claimdiff.testing import conformance_test

        test_conformance = conformance_test("specimen", "specimen_percent", "claimdiff-nowhere")
        """
    )
    result = pytester.runpytest_subprocess(
        "-v", "-rs", "-p", "no:cacheprovider", "--claimdiff-timeout=30", "--claimdiff-large-text-kb=64"
    )
    n = len(check_names())
    result.assert_outcomes(passed=2 * n - 1, failed=1, skipped=n)
    result.stdout.fnmatch_lines(
        [
            "*test_conformance[[]specimen-check_detect_in_range[]] PASSED*",
            "*test_conformance[[]specimen_percent-check_detect_in_range[]] FAILED*",
            "*test_conformance[[]claimdiff-nowhere-check_hostile_input[]] SKIPPED*",
            "*CheckFailed: plugin 'specimen_percent': detect() returned 100.0, outside [[]0, 1[]]*",
            f"SKIPPED [[]{n}[]] *: claimdiff plugin 'claimdiff-nowhere' is not installed",
        ]
    )
