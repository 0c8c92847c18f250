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
        "-v", "-rs", "-p", "no:cacheprovider", "--claimdiff-large-text-kb=16", "--claimdiff-random-examples=2"
    )
    n = len(check_names())
    hooks = 2  # the specimen plugins register no gazetteer entry and no format: those checks skip
    # a mistyped or missing plugin name fails every check: it must never turn CI green
    result.assert_outcomes(passed=2 * (n - hooks) - 1, failed=1 + n, skipped=2 * hooks)
    result.stdout.fnmatch_lines(
        [
            "*test_conformance[[]specimen-check_detect_in_range[]] PASSED*",
            "*test_conformance[[]specimen_percent-check_detect_in_range[]] FAILED*",
            "*test_conformance[[]claimdiff-nowhere-check_hostile_input[]] FAILED*",
            "*CheckFailed: plugin 'specimen_percent': detect() returned 100.0, outside [[]0, 1[]]*",
            "*CheckFailed: claimdiff plugin 'claimdiff-nowhere' is not installed*",
        ]
    )
