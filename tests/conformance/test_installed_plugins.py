"""The kit passes on every plugin shipped with claimdiff (plugins/) and on the plugin template."""

from __future__ import annotations

import tomllib
from pathlib import Path

from claimdiff.testing import PluginCheck, PluginSpec, parametrize_with_checks
from claimdiff.testing.parametrize import MissingPlugin

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = [*sorted((ROOT / "plugins").glob("claimdiff-*")), ROOT / "examples" / "plugin-template"]


def _entry_points(folder: Path) -> dict[str, str]:
    """Entry-point name -> how to install it, for one plugin folder."""
    project = tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    hint = f"{project['name']} is not installed: pip install -e {folder.relative_to(ROOT)}"
    return {name: hint for name in project["entry-points"]["claimdiff"]}


HINTS = {name: hint for folder in SHIPPED for name, hint in _entry_points(folder).items()}


def test_every_shipped_plugin_folder_is_covered() -> None:
    assert len(HINTS) >= len(SHIPPED) >= 2


@parametrize_with_checks(sorted(HINTS), if_missing=lambda name: HINTS[name])
def test_shipped_plugin_conforms(plugin: PluginSpec | MissingPlugin, check: PluginCheck) -> None:
    check(plugin)
