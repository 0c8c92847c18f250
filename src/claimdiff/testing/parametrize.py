"""The kit under pytest: ``parametrize_with_checks`` and a one-line ``conformance_test``.

Each (plugin, check) pair becomes one test with the id ``<plugin>-<check>``.  The checks of one
plugin run together in one sandboxed child the first time any of them is needed; each test then
reports its own check's result (pass, fail with the kit's message, or skip).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from claimdiff.errors import UsageError
from claimdiff.testing.checks import check_names, get_checks
from claimdiff.testing.config import KitConfig
from claimdiff.testing.outcome import CheckFailed, CheckResult, CheckSkipped, KitError
from claimdiff.testing.runner import PluginRef, check_plugin, resolve
from claimdiff.testing.subject import PluginSpec

Missing = str | Callable[[str], str]
_state: dict[str, Any] = {"config": None}
_cache: dict[tuple[PluginSpec, KitConfig], dict[str, CheckResult]] = {}


def configure(config: KitConfig | None) -> None:
    """Set the limits the pytest checks run with (the pytest plugin does this from its options)."""
    _state["config"] = config
    _cache.clear()


def active_config() -> KitConfig:
    config = _state["config"]
    return config if isinstance(config, KitConfig) else KitConfig()


@dataclass(frozen=True)
class MissingPlugin:
    """A plugin asked for by name that is not installed: its checks fail with ``reason``."""

    name: str
    reason: str


@dataclass(frozen=True)
class PluginCheck:
    """One named check, callable on a plugin; runs the plugin's sandbox once and reads its result."""

    name: str

    @property
    def __name__(self) -> str:  # pytest ids and reprs read it
        return self.name

    def __call__(self, plugin: PluginSpec | MissingPlugin) -> None:
        if isinstance(plugin, MissingPlugin):
            raise CheckFailed(plugin.reason)  # a mistyped name must not turn CI green
        config = active_config()
        key = (plugin, config)
        if key not in _cache:
            _cache[key] = {r.check: r for r in check_plugin(plugin, check_names(), config)}
        result = _cache[key][self.name]
        if result.status == "skipped":
            _skip(result.message)
        elif result.status == "failed":
            raise CheckFailed(result.message)
        elif result.status == "error":
            raise KitError(result.message)


def _skip(reason: str) -> None:
    try:
        import pytest
    except ImportError:
        raise CheckSkipped(reason) from None
    pytest.skip(reason)


def _targets(plugins: Iterable[PluginRef], if_missing: Missing) -> list[PluginSpec | MissingPlugin]:
    out: list[PluginSpec | MissingPlugin] = []
    for ref in plugins:
        try:
            out += resolve([ref])
        except UsageError:
            name = str(ref)
            out.append(
                MissingPlugin(
                    name, if_missing(name) if callable(if_missing) else if_missing.format(name=name)
                )
            )
    return out


def yield_checks(
    plugins: Iterable[PluginRef],
    *,
    checks: Iterable[str] | None = None,
    if_missing: Missing = "claimdiff plugin {name!r} is not installed",
) -> Iterator[tuple[PluginSpec | MissingPlugin, PluginCheck]]:
    """(plugin, check) pairs for ``pytest.mark.parametrize``; call ``check(plugin)`` in the test."""
    names = [c.__name__ for c in get_checks(checks)]
    for target in _targets(plugins, if_missing):
        for name in names:
            yield target, PluginCheck(name)


def check_id(value: object) -> str:
    """Readable pytest ids: the plugin's name, the check's name."""
    if isinstance(value, PluginSpec | MissingPlugin | PluginCheck):
        return value.name
    return str(value)


def parametrize_with_checks(
    plugins: Iterable[PluginRef],
    *,
    checks: Iterable[str] | None = None,
    if_missing: Missing = "claimdiff plugin {name!r} is not installed",
) -> Any:
    """``@parametrize_with_checks(["myoutlet"])`` over ``def test_x(plugin, check): check(plugin)``."""
    import pytest

    pairs = list(yield_checks(plugins, checks=checks, if_missing=if_missing))
    return pytest.mark.parametrize(("plugin", "check"), pairs, ids=check_id)


def conformance_test(
    *plugins: PluginRef,
    checks: Iterable[str] | None = None,
    if_missing: Missing = "claimdiff plugin {name!r} is not installed",
) -> Callable[..., None]:
    """A complete test for a plugin's own suite: ``test_conformance = conformance_test("myoutlet")``."""

    def test_claimdiff_conformance(plugin: PluginSpec | MissingPlugin, check: PluginCheck) -> None:
        check(plugin)

    mark = parametrize_with_checks(plugins, checks=checks, if_missing=if_missing)
    return mark(test_claimdiff_conformance)  # type: ignore[no-any-return]
