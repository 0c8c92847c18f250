"""The plugin under test: loaded and registered step by step, alone, under the kit's monitors.

Every step is done once and remembered, so each check can ask for what it needs and be skipped,
rather than failed, when an earlier step (owned by another check) went wrong.  Only the plugin
itself and claimdiff's built-ins are ever loaded here: what the other installed plugins register
comes from :mod:`claimdiff.testing.neighbours`, computed in processes of their own.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from claimdiff.plugins import Plugins
from claimdiff.plugins import load as load_plugins
from claimdiff.testing.config import KitConfig
from claimdiff.testing.examples import ExamplesError, named_examples
from claimdiff.testing.hooks import HookReport, extractor_problem, manager, validate_hooks
from claimdiff.testing.inputs import Sample
from claimdiff.testing.monitor import Monitor
from claimdiff.testing.neighbours import Manifest
from claimdiff.testing.outcome import CheckSkipped
from claimdiff.testing.specs import PluginSpec, find_plugins, installed_plugins, spec_for_module

__all__ = [
    "PluginSpec",
    "PluginUnderTest",
    "Registration",
    "find_plugins",
    "installed_plugins",
    "spec_for_module",
]


@dataclass
class Registration:
    """What the plugin's hooks handed to ``register``, unvalidated beyond the extractor protocol."""

    extractors: list[Any]
    problems: list[str]
    examples: dict[str, list[Sample]]
    gazetteer: list[Any] = field(default_factory=list)
    formats: list[tuple[Any, ...]] = field(default_factory=list)


@dataclass
class PluginUnderTest:
    """One plugin and everything the checks learn about it, computed lazily and kept."""

    spec: PluginSpec
    config: KitConfig = field(default_factory=KitConfig)
    on_note: Callable[[str], None] | None = None
    guard: Any = None  # the sandbox's NetworkGuard, when the whole child runs under one
    monitor: Monitor | None = None
    broken: dict[str, str] = field(default_factory=dict)
    """Calls that already timed out or crashed the sandbox ("import", "detect", "layout"): skipped."""
    neighbours: list[Manifest] = field(default_factory=list)
    activity: str = "loading the plugin"
    import_seconds: float | None = None
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        return self.spec.name

    def __str__(self) -> str:
        return self.spec.name

    def note(self, activity: str) -> None:
        """Say what is running, so a timeout or memory failure can name it."""
        self.activity = activity
        if self.on_note is not None:
            self.on_note(activity)

    def who(self, extractor: Any = None) -> str:
        """How messages name the plugin (and the extractor, when its name differs)."""
        own = f"plugin {self.name!r}"
        ext = getattr(extractor, "name", None)
        return own if extractor is None or ext == self.name else f"{own}, extractor {ext!r}"

    def _once(self, key: str, compute: Callable[[], Any]) -> Any:
        if key not in self._cache:
            try:
                self._cache[key] = ("ok", compute())
            except (CheckSkipped, KeyboardInterrupt, MemoryError):
                raise
            except Exception as exc:
                self._cache[key] = ("error", exc)
        kind, value = self._cache[key]
        if kind == "error":
            raise value
        return value

    @contextlib.contextmanager
    def plugin_code(self, activity: str) -> Iterator[None]:
        """The plugin's own code runs in this block (the monitors attribute what it does)."""
        self.note(activity)
        if self.monitor is None:
            yield
            return
        with self.monitor.plugin_code():
            yield

    def call(self, extractor: Any, method: str, sample: Sample) -> Any:
        """``extractor.<method>(sample.text)``; skips when that method already hung or crashed."""
        if method in self.broken:
            raise CheckSkipped(f"{method}() {self.broken[method]}")
        with self.plugin_code(f"{method}() on {sample.label}"):
            return getattr(extractor, method)(sample.text)

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> Any:
        """Import the plugin the way claimdiff does (raises what the import raises)."""
        if "import" in self.broken:
            raise CheckSkipped(f"importing the plugin {self.broken['import']}")

        def compute() -> Any:
            start = time.perf_counter()
            with self.plugin_code("importing the plugin"):
                if self.spec.entry_point:
                    module = self.spec.entry_point_object().load()
                else:
                    module = import_module(self.spec.value)
            self.import_seconds = time.perf_counter() - start
            return module

        return self._once("load", compute)

    @property
    def plugin_object(self) -> Any:
        try:
            return self.load()
        except CheckSkipped:
            raise
        except Exception:
            raise CheckSkipped("the plugin does not import (see check_entry_point_loads)") from None

    def hook_report(self) -> HookReport:
        return self._once("hooks", lambda: validate_hooks(self.plugin_object, self.name))  # type: ignore[no-any-return]

    # -- registration ----------------------------------------------------------------------
    def registration(self) -> Registration:
        return self._once("registration", self._register)  # type: ignore[no-any-return]

    def _register(self) -> Registration:
        if self.hook_report().problems:
            raise CheckSkipped("its hooks do not match the hookspecs (see check_hooks_match_specs)")
        pm = manager()
        pm.register(self.plugin_object, name=self.name)
        reg = Registration([], [], {})

        def register(extractor: Any = None, *args: Any, **kwargs: Any) -> None:
            if args or kwargs:
                reg.problems.append("register() takes one extractor object per call")
                return
            problem = extractor_problem(extractor)
            if problem is None and any(e.name == extractor.name for e in reg.extractors):
                problem = f"registers two extractors named {extractor.name!r}"
            if problem:
                reg.problems.append(problem)
            else:
                reg.extractors.append(extractor)

        collectors: dict[str, Callable[..., None]] = {
            "claimdiff_register_extractors": register,
            "claimdiff_register_gazetteer": lambda entry: reg.gazetteer.append(entry),
            "claimdiff_register_formats": lambda *a, **k: reg.formats.append((a, k)),
        }
        for hook in self.hook_report().hooks:
            try:
                with self.plugin_code(f"calling {hook}()"):
                    getattr(pm.hook, hook)(register=collectors.get(hook, lambda *a, **k: None))
            except Exception as exc:
                reg.problems.append(f"{hook}() raised {type(exc).__name__}: {exc}")
        for extractor in reg.extractors:
            self.note(f"reading the examples of extractor {extractor.name!r}")
            try:
                found = named_examples(extractor, self.spec.module_name)
            except (ExamplesError, OSError, ImportError) as exc:
                reg.problems.append(f"extractor {extractor.name!r}: its examples cannot be read: {exc}")
                continue
            reg.examples[extractor.name] = [Sample(label, text) for label, text in found]
        return reg

    @property
    def extractors(self) -> list[Any]:
        """The extractors the plugin registered, valid ones only; skips when there are none."""
        reg = self.registration()
        if reg.problems:
            raise CheckSkipped("its registration has problems (see check_declares_extractors)")
        if not reg.extractors:
            raise CheckSkipped("the plugin registers no extractor")
        return reg.extractors

    def samples(self, extractor: Any) -> list[Sample]:
        """The extractor's examples, each labelled with its file name."""
        return list(self.registration().examples.get(extractor.name, []))

    def examples(self, extractor: Any) -> list[str]:
        return [s.text for s in self.samples(extractor)]

    def require_examples(self, extractor: Any) -> list[Sample]:
        found = self.samples(extractor)
        if not found:
            raise CheckSkipped(
                f"{self.who(extractor)} has no example documents; ship examples/*.txt in the package "
                "or give the extractor an examples() method to enable this check"
            )
        return found

    def example_sets(self, *, require: bool) -> list[tuple[Any, list[Sample]]]:
        """(extractor, examples) for every extractor; skips only when no extractor has examples."""
        sets = [(e, self.samples(e)) for e in self.extractors]
        if require and not any(found for _, found in sets):
            self.require_examples(self.extractors[0])
        return sets

    # -- claimdiff around the plugin -------------------------------------------------------
    def registry(self) -> Plugins:
        """claimdiff's built-ins and this plugin, loaded as claimdiff loads them (nothing else)."""

        def compute() -> Plugins:
            with self.plugin_code("registering the plugin with claimdiff"):
                if self.spec.entry_point:
                    return load_plugins(entry_points=[self.spec.entry_point_object()])
                return load_plugins(entry_points=[], extra_modules=[self.plugin_object])

        return self._once("registry", compute)  # type: ignore[no-any-return]

    def analysis_plugins(self, extractor: Any) -> Plugins:
        """The registry with ``extractor`` (this very object) under its name."""
        reg = self.registry()
        return dataclasses.replace(
            reg,
            extractors={**reg.extractors, extractor.name: extractor},
            extractor_plugin={**reg.extractor_plugin, extractor.name: self.name},
        )

    def foreign_examples(self, extractor: Any) -> list[Sample]:
        """Examples of the other installed plugins' extractors for other outlets."""
        own = {o.casefold() for o in extractor.outlets}
        return [
            Sample(f"{label} (plugin {m.name!r})", text)
            for m in self.neighbours
            if m.module != self.spec.module_name
            for label, text, outlets in m.examples
            if not own & {o.casefold() for o in outlets}
        ]
