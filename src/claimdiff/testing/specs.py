"""Which plugins are installed, found from entry-point metadata without importing any."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from types import ModuleType

from claimdiff.errors import UsageError
from claimdiff.plugins import BUILTINS, GROUP


@dataclass(frozen=True)
class PluginSpec:
    """How to find one plugin again, in this process or a child: picklable, imports nothing."""

    name: str
    value: str
    distribution: str | None = None
    version: str | None = None
    builtin: bool = False
    entry_point: bool = True

    @property
    def module_name(self) -> str:
        return self.value.partition(":")[0].strip()

    def entry_point_object(self) -> metadata.EntryPoint:
        return metadata.EntryPoint(name=self.name, value=self.value, group=GROUP)


def installed_plugins() -> list[PluginSpec]:
    """Every plugin in the ``claimdiff`` entry-point group, built-ins included, without importing any."""
    specs: dict[str, PluginSpec] = {}
    for ep in sorted(metadata.entry_points(group=GROUP), key=lambda e: e.name):
        dist = getattr(ep, "dist", None)
        builtin = BUILTINS.get(ep.name) == ep.value
        specs.setdefault(
            ep.name,
            PluginSpec(
                ep.name, ep.value, dist.name if dist else None, dist.version if dist else None, builtin
            ),
        )
    for name, value in BUILTINS.items():  # a source tree without installed metadata
        specs.setdefault(name, PluginSpec(name, value, "claimdiff", None, True))
    return list(specs.values())


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def find_plugins(names: Iterable[str] | None = None) -> list[PluginSpec]:
    """The installed plugins named by entry-point or distribution name (all when ``names`` is None)."""
    specs = installed_plugins()
    if names is None:
        return specs
    found: list[PluginSpec] = []
    for wanted in names:
        key = _canonical(wanted)
        match = [s for s in specs if key in (_canonical(s.name), _canonical(s.distribution or ""))]
        if not match:
            known = ", ".join(s.name for s in specs) or "none"
            raise UsageError(f"no installed claimdiff plugin named {wanted!r} (installed: {known})")
        found += [s for s in match if s not in found]
    return found


def spec_for_module(module: ModuleType | str) -> PluginSpec:
    """A plugin given as a module (or module name) instead of through an entry point."""
    name = module if isinstance(module, str) else module.__name__
    return PluginSpec(name, name, entry_point=False)
