"""The kit's parts: examples convention, messages, ids, discovery and JUnit XML."""

from __future__ import annotations

import math
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from claimdiff.testing import (
    CheckResult,
    PluginCheck,
    PluginSpec,
    find_examples,
    find_plugins,
    get_checks,
    junit_xml,
)
from claimdiff.testing.checks import confidence_problem
from claimdiff.testing.hooks import extractor_problem
from claimdiff.testing.parametrize import check_id

Install = Callable[[str], PluginSpec]


class Named:
    def __init__(self, name: str, outlets: object = ("Somewhere",)) -> None:
        self.name, self.version, self.outlets = name, "1", outlets

    def detect(self, text: str) -> float:
        return 0.0

    def layout(self, text: str) -> None:
        return None


def _package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> str:
    name = f"pkg_{tmp_path.name.replace('-', '_')}"  # unique: packages stay in sys.modules
    root = tmp_path / name
    for rel, text in {"__init__.py": "", **files}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return name


def test_examples_come_from_package_data_in_file_name_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pkg = _package(
        tmp_path, monkeypatch, {"examples/b.txt": "second", "examples/a.txt": "first", "examples/x.md": "no"}
    )
    assert find_examples(Named("one"), pkg) == ["first", "second"]


def test_an_extractor_folder_takes_precedence_and_a_method_over_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pkg = _package(tmp_path, monkeypatch, {"examples/a.txt": "shared", "examples/two/a.txt": "own"})
    assert find_examples(Named("two"), pkg) == ["own"]
    assert find_examples(Named("three"), pkg) == ["shared"]
    with_method = Named("two")
    with_method.examples = lambda: ["from the method"]  # type: ignore[attr-defined]
    assert find_examples(with_method, pkg) == ["from the method"]


def test_a_module_without_package_data_has_no_examples(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "lone_module.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert find_examples(Named("x"), "lone_module") == []


def test_extractor_problems_say_what_to_fix() -> None:
    assert extractor_problem(Named("ok")) is None
    assert "write outlets = ('X',) with the trailing comma" in (extractor_problem(Named("a", "X")) or "")
    assert "tuple of outlet names" in (extractor_problem(Named("a", [1])) or "")
    assert "has no 'name'" in (extractor_problem(Named("")) or "")


@pytest.mark.parametrize(
    ("value", "words"), [(True, "bool"), ("0.5", "not a float"), (math.nan, "outside"), (1.5, "outside")]
)
def test_confidence_problems(value: object, words: str) -> None:
    assert words in (confidence_problem(value) or "")


@pytest.mark.parametrize("value", [0, 0.0, 0.5, 1, 1.0])
def test_confidences_in_range_are_fine(value: object) -> None:
    assert confidence_problem(value) is None


def test_plugins_are_found_by_entry_point_or_distribution_name(install_plugin: Install) -> None:
    spec = install_plugin("claimdiff_specimen")
    assert find_plugins(["claimdiff-specimen"]) == find_plugins(["specimen"]) == [spec]
    assert spec.distribution == "claimdiff-specimen" and spec.version == "0.1" and not spec.builtin


def test_ids_are_plugin_and_check_names(install_plugin: Install) -> None:
    spec = install_plugin("claimdiff_specimen")
    assert f"{check_id(spec)}-{check_id(PluginCheck('check_no_network'))}" == "specimen-check_no_network"


def test_unknown_check_names_are_refused() -> None:
    with pytest.raises(KeyError, match="check_nothing"):
        get_checks(["check_nothing"])


def test_junit_xml_counts_and_escapes() -> None:
    results = [
        CheckResult("p", "check_a", "passed", duration=0.5),
        CheckResult("p", "check_b", "failed", "plugin 'p': <bad> & worse"),
        CheckResult("p", "check_c", "skipped", "no examples"),
        CheckResult("q", "check_a", "error", "kit broke"),
    ]
    suite = ET.fromstring(junit_xml(results)).find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors"), suite.get("skipped")) == (
        "4",
        "1",
        "1",
        "1",
    )
    failure = suite.find("testcase[@name='check_b']/failure")
    assert failure is not None and failure.get("message") == "plugin 'p': <bad> & worse"
    assert textwrap.dedent(junit_xml([])).startswith('<?xml version="1.0" encoding="utf-8"?>')
