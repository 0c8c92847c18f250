"""Running the kit without pytest: result records, a summary, and JUnit XML for CI systems."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from types import ModuleType

from claimdiff.testing.checks import get_checks, run_check
from claimdiff.testing.config import KitConfig
from claimdiff.testing.neighbours import Manifest, manifests
from claimdiff.testing.outcome import STATUSES, CheckResult
from claimdiff.testing.sandbox import prepare, run_sandboxed
from claimdiff.testing.subject import (
    PluginSpec,
    PluginUnderTest,
    find_plugins,
    installed_plugins,
    spec_for_module,
)

PluginRef = str | ModuleType | PluginSpec


def resolve(plugins: Iterable[PluginRef] | None) -> list[PluginSpec]:
    """Installed plugins by name, modules given directly, or specs; every installed plugin for None."""
    if plugins is None:
        return find_plugins()
    specs: list[PluginSpec] = []
    for ref in plugins:
        if isinstance(ref, PluginSpec):
            specs.append(ref)
        elif isinstance(ref, ModuleType):
            specs.append(spec_for_module(ref))
        else:
            specs += find_plugins([ref])
    return specs


def neighbours_of(spec: PluginSpec, config: KitConfig) -> list[Manifest]:
    """What the other installed plugins register, each learned in a process of its own."""
    others = [s for s in installed_plugins() if not s.builtin and s.module_name != spec.module_name]
    return manifests(others, config.context_method())


def warm_up() -> None:
    """Build what every sandboxed child needs (generic extractor, gazetteer) once, before forking."""
    from claimdiff.testing.calls import _generic, outlet_labels
    from claimdiff.testing.inputs import neutral_texts

    _generic().layout(neutral_texts()[0].text)
    outlet_labels()


def check_plugin(
    spec: PluginSpec, checks: Iterable[str] | None = None, config: KitConfig | None = None
) -> Iterator[CheckResult]:
    """The results of the checks on one plugin, as they finish (sandboxed unless config says not)."""
    config = config or KitConfig()
    names = [c.__name__ for c in get_checks(checks)]
    neighbours = neighbours_of(spec, config)
    warm_up()
    if config.sandbox:
        yield from run_sandboxed(spec, names, config, neighbours)
        return
    subject = PluginUnderTest(spec, config, neighbours=neighbours)
    guard, monitor = prepare(subject)
    try:
        for check in get_checks(names):
            yield run_check(check, subject)
    finally:
        monitor.uninstall()
        guard.uninstall()


def iter_results(
    plugins: Iterable[PluginRef] | None = None,
    *,
    checks: Iterable[str] | None = None,
    config: KitConfig | None = None,
) -> Iterator[CheckResult]:
    """Results for every (plugin, check), plugin by plugin, as they finish."""
    names = list(checks) if checks is not None else None
    get_checks(names)  # unknown check names fail before any plugin runs
    for spec in resolve(plugins):
        yield from check_plugin(spec, names, config)


def run_checks(
    plugins: Iterable[PluginRef] | None = None,
    *,
    checks: Iterable[str] | None = None,
    config: KitConfig | None = None,
) -> list[CheckResult]:
    """Run the kit on these plugins (all installed ones by default) and return every result."""
    return list(iter_results(plugins, checks=checks, config=config))


def counts(results: Iterable[CheckResult]) -> dict[str, int]:
    seen = Counter(r.status for r in results)
    return {s: seen.get(s, 0) for s in STATUSES}


def write_junit(path: str, results: Iterable[CheckResult]) -> None:
    """Write the results so far as JUnit XML, atomically: a run stopped midway still leaves a valid file."""
    import os

    tmp = f"{path}.part"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(junit_xml(results))
    os.replace(tmp, path)


def junit_xml(results: Iterable[CheckResult], suite: str = "claimdiff-plugin-conformance") -> str:
    """The results as a JUnit XML document: one testcase per check, classname ``claimdiff.<plugin>``."""
    results = list(results)
    n = counts(results)
    root = ET.Element("testsuites")
    node = ET.SubElement(
        root,
        "testsuite",
        name=suite,
        tests=str(len(results)),
        failures=str(n["failed"]),
        errors=str(n["error"]),
        skipped=str(n["skipped"]),
        time=f"{sum(r.duration for r in results):.3f}",
    )
    for r in results:
        case = ET.SubElement(
            node, "testcase", classname=f"claimdiff.{r.plugin}", name=r.check, time=f"{r.duration:.3f}"
        )
        tag = {"failed": "failure", "error": "error", "skipped": "skipped"}.get(r.status)
        if tag:
            ET.SubElement(case, tag, message=r.message).text = r.message
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
