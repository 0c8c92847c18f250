"""``claimdiff plugins check``: one line per check, exit status 0/1/2, JUnit XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from claimdiff.cli.main import cli
from claimdiff.cli.plugins_check import exit_status
from claimdiff.testing import CheckResult, PluginSpec, check_names

Install = Callable[[str], PluginSpec]

FAST_FLAGS = ["--timeout", "60", "--memory-mb", "512"]


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["plugins", "check", *args], terminal_width=200)
    return result.exit_code, result.output


def test_a_conforming_plugin_exits_0_with_one_line_per_check(install_plugin: Install) -> None:
    install_plugin("claimdiff_specimen")
    code, out = _run("specimen", *FAST_FLAGS)
    assert code == 0, out
    lines = out.splitlines()
    hooks = {"check_gazetteer_entries", "check_formats"}
    assert [line.split()[:3] for line in lines[: len(check_names())]] == [
        ["skip" if c in hooks else "ok", "specimen", c + (":" if c in hooks else "")] for c in check_names()
    ]
    n = len(check_names())
    assert lines[-1] == f"{n} checks: {n - 2} ok, 0 failed, 2 skipped"


def test_a_plugin_whose_every_check_skips_exits_1(install_plugin: Install) -> None:
    install_plugin("claimdiff_specimen_quiet")
    code, out = _run("specimen_quiet", "--check", "check_detects_own_examples", "--check", "check_formats")
    assert code == 1, out
    assert "nothing was checked of: specimen_quiet" in out


def test_junit_is_written_as_checks_finish(install_plugin: Install, tmp_path: Path) -> None:
    from claimdiff.testing.runner import iter_results, write_junit

    spec = install_plugin("claimdiff_specimen_percent")
    junit = tmp_path / "kit.xml"
    seen = []
    for result in iter_results([spec], checks=["check_entry_point_loads", "check_detect_in_range"]):
        seen.append(result)
        write_junit(str(junit), seen)
        suite = ET.parse(junit).getroot().find("testsuite")
        assert suite is not None and suite.get("tests") == str(len(seen))  # a valid file after each check


def test_a_failing_check_exits_1_and_lands_in_junit_xml(install_plugin: Install, tmp_path: Path) -> None:
    install_plugin("claimdiff_specimen_percent")
    junit = tmp_path / "kit.xml"
    code, out = _run("claimdiff-specimen-percent", "--junit-xml", str(junit), *FAST_FLAGS)
    assert code == 1, out
    assert (
        "FAIL  specimen_percent  check_detect_in_range: plugin 'specimen_percent': detect() returned 100.0"
        in out
    )
    suite = ET.parse(junit).getroot().find("testsuite")
    assert (
        suite is not None and suite.get("tests") == str(len(check_names())) and suite.get("failures") == "1"
    )
    failed = [c for c in suite.iter("testcase") if c.find("failure") is not None]
    assert [(c.get("classname"), c.get("name")) for c in failed] == [
        ("claimdiff.specimen_percent", "check_detect_in_range")
    ]


def test_one_check_can_be_selected(install_plugin: Install) -> None:
    install_plugin("claimdiff_specimen")
    code, out = _run("specimen", "--check", "check_detect_in_range", "--no-sandbox")
    assert code == 0, out
    assert out.splitlines() == [
        "ok    specimen  check_detect_in_range",
        "1 checks: 1 ok, 0 failed, 0 skipped",
    ]


def test_unknown_plugin_or_check_is_trouble() -> None:
    code, out = _run("no-such-plugin")
    assert code == 2 and "no installed claimdiff plugin named 'no-such-plugin'" in out
    code, out = _run("generic", "--check", "check_nothing")
    assert code == 2 and "check_nothing" in out


def test_list_names_every_check_with_its_summary() -> None:
    code, out = _run("--list")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == check_names()


def test_exit_status_puts_kit_errors_above_failures() -> None:
    def r(status: str) -> CheckResult:
        return CheckResult("p", "check_x", status)  # type: ignore[arg-type]

    assert exit_status([r("passed"), r("skipped")]) == 0
    assert exit_status([r("passed"), r("failed")]) == 1
    assert exit_status([r("failed"), r("error")]) == 2
