"""Each deliberately broken plugin is caught by exactly the check meant for it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from claimdiff.testing import KitConfig, PluginSpec, check_names, run_checks

Install = Callable[[str], PluginSpec]

# package: (the check that must fail, words its message must hold)
BROKEN = {
    "claimdiff_specimen_import": ("check_entry_point_loads", "ModuleNotFoundError"),
    "claimdiff_specimen_hookargs": ("check_hooks_match_specs", "'add'"),
    "claimdiff_specimen_hookname": ("check_hooks_match_specs", "claimdiff_register_extractor()"),
    "claimdiff_specimen_unmarked": ("check_hooks_match_specs", "not marked with @hookimpl"),
    "claimdiff_specimen_outlets": ("check_declares_extractors", "outlets as a str"),
    "claimdiff_specimen_percent": ("check_detect_in_range", "outside [0, 1]"),
    "claimdiff_specimen_shy": ("check_detects_own_examples", "gives only 0.36"),
    "claimdiff_specimen_greedy": ("check_detect_low_on_others", "neutral text"),
    "claimdiff_specimen_bounds": ("check_layout_in_bounds", "lies outside the text"),
    "claimdiff_specimen_nobody": ("check_example_analysis", "no claim"),
    "claimdiff_specimen_random": ("check_deterministic", "differs between two runs"),
    "claimdiff_specimen_shared": ("check_no_mutation", "shared between calls"),
    "claimdiff_specimen_fragile": ("check_hostile_input", "IndexError"),
    "claimdiff_specimen_slow": ("check_time_budget", "over its budget"),
    "claimdiff_specimen_phone": ("check_no_network", "telemetry.specimen.invalid"),
}


def test_every_check_has_a_broken_plugin() -> None:
    assert {check for check, _ in BROKEN.values()} == set(check_names())


def test_the_good_plugin_passes_every_check(install_plugin: Install, kit_config: KitConfig) -> None:
    results = run_checks([install_plugin("claimdiff_specimen")], config=kit_config)
    assert [r.check for r in results] == check_names()
    assert all(r.status == "passed" for r in results), [r for r in results if r.status != "passed"]


@pytest.mark.parametrize("package", sorted(BROKEN))
def test_a_broken_plugin_fails_only_its_check(
    install_plugin: Install, kit_config: KitConfig, package: str
) -> None:
    check, words = BROKEN[package]
    spec = install_plugin(package)
    results = {r.check: r for r in run_checks([spec], config=kit_config)}
    caught = results[check]
    assert caught.status == "failed", caught
    assert f"plugin {spec.name!r}" in caught.message and words in caught.message, caught.message
    others = [r for r in results.values() if r.check != check and r.status not in ("passed", "skipped")]
    assert not others, others


def test_a_plugin_given_as_a_module_runs_in_process(install_plugin: Install, kit_config: KitConfig) -> None:
    install_plugin("claimdiff_specimen")
    import claimdiff_specimen

    config = dataclasses.replace(kit_config, sandbox=False)
    results = {r.check: r for r in run_checks([claimdiff_specimen], config=config)}
    assert results["check_entry_point_loads"].status == "skipped"
    assert all(r.status == "passed" for c, r in results.items() if c != "check_entry_point_loads"), [
        r for r in results.values() if r.status != "passed"
    ]
