"""Fixtures of the kit's own tests: Specimen Times plugins installed as fake distributions."""

from __future__ import annotations

import dataclasses
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from claimdiff.testing import KitConfig, PluginSpec, find_plugins

PLUGINS = Path(__file__).resolve().parent / "plugins"
SHARED = ("specimen_core", "claimdiff_specimen")

# Small inputs and short limits keep one plugin's run to a few seconds; budgets stay relative.
FAST = KitConfig(timeout=60, memory_mb=512, large_text_kb=32, random_examples=5)

Install = Callable[[str], PluginSpec]


@pytest.fixture(autouse=True, scope="session")
def _kit_limits_for_pytest_checks() -> Iterator[None]:
    """The parametrized checks (test_installed_plugins) run with FAST unless options say otherwise."""
    from claimdiff.testing.parametrize import _state, configure

    if _state["config"] is None:
        configure(dataclasses.replace(FAST, large_text_kb=16, random_examples=3))
        yield
        configure(None)
    else:
        yield


@pytest.fixture
def kit_config() -> KitConfig:
    """Limits for the kit's own tests."""
    return FAST


def install_into(site: Path, package: str) -> PluginSpec:
    """Copy a plugin of ``plugins/`` into ``site`` with a .dist-info declaring its entry point."""
    if not (site / package).exists():
        shutil.copytree(PLUGINS / package, site / package)
    dist = package.replace("_", "-")
    entry = package.removeprefix("claimdiff_")
    info = site / f"{package}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[claimdiff]\n{entry} = {package}\n", encoding="utf-8")
    (spec,) = find_plugins([entry])
    return spec


@contextmanager
def plugin_site(site: Path) -> Iterator[Callable[[str], PluginSpec]]:
    """A site directory on sys.path (and PYTHONPATH, for child processes) to install plugins into."""
    site.mkdir(exist_ok=True)
    for package in SHARED:
        shutil.copytree(PLUGINS / package, site / package)
    with pytest.MonkeyPatch.context() as mp:
        mp.syspath_prepend(str(site))
        mp.setenv("PYTHONPATH", str(site))
        try:
            yield lambda package: install_into(site, package)
        finally:
            for name in [m for m in sys.modules if m.startswith(SHARED)]:
                del sys.modules[name]


@pytest.fixture(scope="session")
def site_with_plugins() -> Callable[[Path], AbstractContextManager[Callable[[str], PluginSpec]]]:
    """``plugin_site``, for fixtures wider than one test."""
    return plugin_site


@pytest.fixture(scope="session")
def fast_config() -> KitConfig:
    return FAST


@pytest.fixture
def install_plugin(tmp_path: Path) -> Iterator[Install]:
    """Put a plugin of ``plugins/`` on sys.path with a .dist-info declaring its entry point."""
    with plugin_site(tmp_path / "site") as install:
        yield install
