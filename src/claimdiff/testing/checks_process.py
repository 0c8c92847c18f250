"""Checks of what a plugin does to the process: network, subprocesses, files, stdout, environment,
threads, claimdiff's own code, and import time.

The monitors (:mod:`claimdiff.testing.monitor`, :mod:`claimdiff.testing.netguard`) are installed
before the plugin is imported, so import and registration are watched too.  Each check first makes
sure the plugin has been imported, registered and called on its examples and the neutral texts,
then judges what was recorded while the plugin's own code ran.
"""

from __future__ import annotations

import time
from typing import Any

from claimdiff.testing.calls import _generic, fail, ordinary, problem_list
from claimdiff.testing.inputs import neutral_texts
from claimdiff.testing.monitor import Event, Monitor
from claimdiff.testing.outcome import CheckSkipped
from claimdiff.testing.subject import PluginUnderTest

ENV_DECLARATION = "CLAIMDIFF_ENV_VARS"


def _exercise(plugin: PluginUnderTest) -> None:
    def compute() -> None:
        plugin.plugin_object  # noqa: B018 - skips when the plugin does not import
        try:
            plugin.registration()
            plugin.registry()
            extractors = plugin.extractors
        except CheckSkipped:
            extractors = []
        for extractor in extractors:
            for sample in ordinary(plugin, extractor):
                for method in ("detect", "layout"):
                    if method in plugin.broken:
                        continue
                    try:
                        plugin.call(extractor, method, sample)
                    except MemoryError:
                        raise
                    except Exception:  # refused calls may surface here; other checks own the errors
                        pass

    plugin._once("exercise", compute)


def _monitor(plugin: PluginUnderTest) -> Monitor:
    _exercise(plugin)
    if plugin.monitor is None:
        raise CheckSkipped("the process monitor is not installed (run through run_checks or the sandbox)")
    return plugin.monitor


def _described(events: list[Event]) -> str:
    return problem_list([f"{e.detail!r} during {e.during}" for e in events])


def check_no_network(plugin: PluginUnderTest) -> None:
    """Importing, registering and running the plugin opens no connection and resolves no host name."""
    _exercise(plugin)
    guard = plugin.guard
    if guard is None:
        raise CheckSkipped("the network guard is not installed (run through run_checks or the sandbox)")
    if guard.attempts:
        seen = [f"{a.call}({a.target}) during {a.during}" for a in guard.attempts]
        raise fail(
            plugin,
            None,
            f"tried to use the network: {problem_list(seen)}; an extractor must work offline "
            "(ship its data as package files)",
        )


def check_no_subprocess(plugin: PluginUnderTest) -> None:
    """The plugin starts no process (the kit refuses them)."""
    events = _monitor(plugin).subprocesses
    if events:
        raise fail(plugin, None, f"started a process: {_described(events)}; do the work in Python, offline")


def check_no_file_writes(plugin: PluginUnderTest) -> None:
    """The plugin writes no file outside a temporary directory (not even in the working directory)."""
    events = _monitor(plugin).writes
    if events:
        raise fail(
            plugin,
            None,
            f"wrote files: {_described(events)}; a plugin only reads (use tempfile for scratch files)",
        )


def check_no_stdout(plugin: PluginUnderTest) -> None:
    """The plugin writes nothing to stdout, which may carry a report (``--format json``)."""
    events = _monitor(plugin).stdout
    if events:
        raise fail(plugin, None, f"wrote to stdout: {_described(events)}; use logging instead of print()")


def _declared_env(plugin: PluginUnderTest) -> set[str]:
    declared = getattr(plugin.plugin_object, ENV_DECLARATION, ())
    return {str(v) for v in declared} if isinstance(declared, tuple | list | set | frozenset) else set()


def check_env_declared(plugin: PluginUnderTest) -> None:
    """The plugin reads only the environment variables it declares in ``CLAIMDIFF_ENV_VARS``."""
    events = _monitor(plugin).undeclared_env(_declared_env(plugin))
    if events:
        names = sorted({e.detail for e in events})
        raise fail(
            plugin,
            None,
            f"reads undeclared environment variables: {_described(events)}; declare them in the plugin "
            f"module ({ENV_DECLARATION} = {tuple(names)!r}) and say why in its README",
        )


def check_no_threads_left(plugin: PluginUnderTest) -> None:
    """No thread the plugin starts is left running (a non-daemon thread keeps claimdiff from exiting)."""
    events = _monitor(plugin).live_threads()
    if events:
        raise fail(
            plugin,
            None,
            f"left threads running: {_described(events)}; join them before returning, or do the work inline",
        )


def check_leaves_claimdiff_alone(plugin: PluginUnderTest) -> None:
    """The plugin replaces no claimdiff function or method and leaves the core 'generic' profile as it was."""
    changed = _monitor(plugin).patched()
    if changed:
        raise fail(
            plugin,
            None,
            f"changed claimdiff itself: {problem_list(changed)}; register what you need through the hooks "
            "and copy a core profile before changing it (a profile 'extends' generic)",
        )


def _baseline_seconds() -> float:
    """Building a generic extractor and laying out the neutral texts: the yardstick of import time."""
    from claimdiff.extractors.generic import GenericExtractor

    start = time.perf_counter()
    extractor = GenericExtractor()
    for sample in neutral_texts():
        extractor.layout(sample.text)
    _generic()
    return time.perf_counter() - start


def check_import_time(plugin: PluginUnderTest) -> None:
    """Importing the plugin takes at most import_ratio times the kit's yardstick (a generic layout pass)."""
    plugin.plugin_object  # noqa: B018
    took: Any = plugin.import_seconds
    if took is None:
        raise CheckSkipped("the plugin was imported before the kit could time it")
    reference = _baseline_seconds()
    budget = plugin.config.import_ratio * reference + plugin.config.import_slack_s
    if took > budget:
        raise fail(
            plugin,
            None,
            f"importing it took {took:.2f}s, over its budget of {budget:.2f}s "
            f"({plugin.config.import_ratio:g} x {reference:.2f}s to build and run a generic extractor "
            f"+ {plugin.config.import_slack_s:g}s); "
            "every claimdiff run pays it: load data lazily, on first use",
        )
