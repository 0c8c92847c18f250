"""Each deliberately broken plugin is caught by exactly the check meant for it."""

from __future__ import annotations

import dataclasses
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from claimdiff.testing import CheckResult, KitConfig, PluginSpec, check_names, run_checks

Install = Callable[[str], PluginSpec]

# package: (the check that must fail, words its message must hold)
BROKEN = {
    "claimdiff_specimen_import": ("check_entry_point_loads", "ModuleNotFoundError"),
    "claimdiff_specimen_slowimport": ("check_import_time", "importing it took"),
    "claimdiff_specimen_hookargs": ("check_hooks_match_specs", "'add'"),
    "claimdiff_specimen_hookname": ("check_hooks_match_specs", "claimdiff_register_extractor()"),
    "claimdiff_specimen_unmarked": ("check_hooks_match_specs", "not marked with @hookimpl"),
    "claimdiff_specimen_outlets": ("check_declares_extractors", "outlets as a str"),
    "claimdiff_specimen_typo": (
        "check_declares_extractors",
        "detekt: unknown field (did you mean 'detect'?)",
    ),
    "claimdiff_specimen_syria": (
        "check_gazetteer_entries",
        "alias «سوريا» already names built-in 'place:syria'",
    ),
    "claimdiff_specimen_twin": ("check_gazetteer_entries", "is also an alias of 'outlet:specimen-times'"),
    "claimdiff_specimen_jsonformat": ("check_formats", "format name 'json' is already taken"),
    "claimdiff_specimen_percent": ("check_detect_in_range", "outside [0, 1]"),
    "claimdiff_specimen_shy": ("check_detects_own_examples", "gives only 0.36"),
    "claimdiff_specimen_greedy": ("check_detect_low_on_others", "neutral text"),
    "claimdiff_specimen_cite": ("check_detect_low_on_others", "citing 'Specimen Times'"),
    "claimdiff_specimen_bounds": ("check_layout_in_bounds", "lies outside the text"),
    "claimdiff_specimen_sleepy": ("check_layout_in_bounds", "timed out after"),
    "claimdiff_specimen_shifted": ("check_layout_word_boundaries", "starts inside a word"),
    "claimdiff_specimen_folded": ("check_layout_word_boundaries", "inside a word"),
    "claimdiff_specimen_teaser": ("check_layout_boilerplate", "holds a teaser line"),
    "claimdiff_specimen_follow": ("check_layout_boilerplate", "holds a social line"),
    "claimdiff_specimen_datebody": ("check_layout_boilerplate", "holds a dateline"),
    "claimdiff_specimen_selfrelay": ("check_relayed_from", "the publisher itself"),
    "claimdiff_specimen_arabicrelay": ("check_relayed_from", "did you mean 'Reuters'?"),
    "claimdiff_specimen_dateless": ("check_datelines", "holds no date"),
    "claimdiff_specimen_nobody": ("check_example_analysis", "no claim"),
    "claimdiff_specimen_random": ("check_deterministic", "differs between two runs"),
    "claimdiff_specimen_shared": ("check_no_mutation", "shared between calls"),
    "claimdiff_specimen_fragile": ("check_hostile_input", "IndexError"),
    "claimdiff_specimen_slow": ("check_time_budget", "over its budget"),
    "claimdiff_specimen_leak": ("check_memory_growth", "a leak"),
    "claimdiff_specimen_cache": ("check_bounded_caches", "unbounded cache"),
    "claimdiff_specimen_phone": ("check_no_network", "telemetry.specimen.invalid"),
    "claimdiff_specimen_netreg": ("check_no_network", "during calling claimdiff_register_extractors()"),
    "claimdiff_specimen_subprocess": ("check_no_subprocess", "curl"),
    "claimdiff_specimen_cwd": ("check_no_file_writes", "specimen-last-layout.json"),
    "claimdiff_specimen_chatty": ("check_no_stdout", "specimen: detect"),
    "claimdiff_specimen_secret": ("check_env_declared", "SPECIMEN_API_TOKEN"),
    "claimdiff_specimen_thread": ("check_no_threads_left", "specimen-refresher"),
    "claimdiff_specimen_patch": ("check_leaves_claimdiff_alone", "claimdiff.text.normalize.fold"),
    "claimdiff_specimen_profilemut": ("check_leaves_claimdiff_alone", "core 'generic' layout profile"),
}


# Smaller inputs for the plugins whose fault shows on any input; a short timeout for the hang.
SMALL = {"large_text_kb": 8, "random_examples": 2}
CONFIG = {
    "claimdiff_specimen_sleepy": {**SMALL, "timeout": 4},
    "claimdiff_specimen_slow": {},
    "claimdiff_specimen_fragile": {},
}

# A skip is allowed only where the plugin lacks what the check is about.
GOOD = {
    "claimdiff_specimen": {"check_gazetteer_entries", "check_formats"},
    "claimdiff_specimen_quiet": {
        "check_gazetteer_entries",
        "check_formats",
        "check_detects_own_examples",
        "check_example_analysis",
    },
    "claimdiff_specimen_extras": set(),
}


def test_every_check_has_a_broken_plugin_and_there_are_enough() -> None:
    assert {check for check, _ in BROKEN.values()} == set(check_names())
    assert len(BROKEN) >= 30


@pytest.fixture
def busy_cores() -> Iterator[None]:
    """Another process keeps both cores busy while the test runs."""
    ctx = multiprocessing.get_context("fork")
    spinners = [ctx.Process(target=_spin, daemon=True) for _ in range(2)]
    for p in spinners:
        p.start()
    yield
    for p in spinners:
        p.kill()
        p.join(5)


def _spin() -> None:
    while True:
        pass


@pytest.mark.parametrize("package", sorted(GOOD))
def test_a_correct_plugin_passes_while_both_cores_are_busy(
    install_plugin: Install, kit_config: KitConfig, package: str, busy_cores: None
) -> None:
    results = run_checks([install_plugin(package)], config=kit_config)
    assert [r.check for r in results] == check_names()
    wrong = [
        r
        for r in results
        if r.status != "passed" and not (r.status == "skipped" and r.check in GOOD[package])
    ]
    assert not wrong, wrong


def test_a_neighbours_fault_is_not_blamed_on_the_plugin(
    install_plugin: Install, kit_config: KitConfig
) -> None:
    install_plugin("claimdiff_specimen_netreg")
    install_plugin("claimdiff_specimen_thread")
    results = run_checks([install_plugin("claimdiff_specimen")], config=kit_config)
    wrong = [r for r in results if r.status != "passed" and r.check not in GOOD["claimdiff_specimen"]]
    assert not wrong, wrong


@pytest.fixture(scope="module")
def broken_results(
    tmp_path_factory: pytest.TempPathFactory, site_with_plugins: Any, fast_config: KitConfig
) -> Iterator[dict[str, list[CheckResult]]]:
    """Every broken plugin installed side by side and checked, a few at a time (each in its sandbox)."""
    with site_with_plugins(tmp_path_factory.mktemp("broken")) as install:
        specs = {package: install(package) for package in sorted(BROKEN)}
        install("claimdiff_specimen_extras")  # a correct neighbour whose gazetteer alias the twin reuses

        def check(package: str) -> list[CheckResult]:
            return run_checks(
                [specs[package]], config=dataclasses.replace(fast_config, **CONFIG.get(package, SMALL))
            )

        check(sorted(BROKEN)[0])  # learns about the neighbours once, before the threads start
        with ThreadPoolExecutor(max_workers=3) as pool:
            yield dict(zip(sorted(BROKEN), pool.map(check, sorted(BROKEN)), strict=True))


@pytest.mark.parametrize("package", sorted(BROKEN))
def test_a_broken_plugin_fails_only_its_check(
    broken_results: dict[str, list[CheckResult]], package: str
) -> None:
    check, words = BROKEN[package]
    results = {r.check: r for r in broken_results[package]}
    assert list(results) == check_names()
    caught = results[check]
    assert caught.status == "failed", caught
    name = package.removeprefix("claimdiff_")
    assert f"plugin {name!r}" in caught.message and words in caught.message, caught.message
    others = [r for r in results.values() if r.check != check and r.status not in ("passed", "skipped")]
    assert not others, others
    if package == "claimdiff_specimen_typo":  # said once, without pydantic's raw dump
        assert caught.message.count("detekt") == 1 and "errors.pydantic.dev" not in caught.message


def test_a_plugin_given_as_a_module_runs_in_process(install_plugin: Install, kit_config: KitConfig) -> None:
    install_plugin("claimdiff_specimen")
    import claimdiff_specimen

    config = dataclasses.replace(kit_config, sandbox=False)
    results = {r.check: r for r in run_checks([claimdiff_specimen], config=config)}
    skips = {"check_entry_point_loads", "check_import_time", *GOOD["claimdiff_specimen"]}
    assert all(results[c].status == "skipped" for c in skips - {"check_import_time"})
    assert all(r.status == "passed" for c, r in results.items() if c not in skips), [
        r for r in results.values() if r.status != "passed"
    ]
