"""The plugin under test: found from entry-point metadata, loaded and registered step by step.

Every step is done once and remembered, so each check can ask for what it needs and be skipped,
rather than failed, when an earlier step (owned by another check) went wrong.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import import_module, metadata
from types import ModuleType
from typing import Any

import pluggy

from claimdiff import hookspecs
from claimdiff.errors import UsageError
from claimdiff.plugins import BUILTINS, GROUP, Plugins
from claimdiff.plugins import load as load_plugins
from claimdiff.testing.config import KitConfig
from claimdiff.testing.examples import ExamplesError, find_examples
from claimdiff.testing.outcome import CheckSkipped

log = logging.getLogger(__name__)

HOOK_PREFIX = "claimdiff_"


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


@dataclass
class HookReport:
    hooks: list[str]
    problems: list[str]


@dataclass
class Registration:
    extractors: list[Any]
    problems: list[str]
    examples: dict[str, list[str]]


@dataclass
class PluginUnderTest:
    """One plugin and everything the checks learn about it, computed lazily and kept."""

    spec: PluginSpec
    config: KitConfig = field(default_factory=KitConfig)
    on_note: Callable[[str], None] | None = None
    guard: Any = None  # the sandbox's NetworkGuard, when the whole child runs under one
    activity: str = "loading the plugin"
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

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> Any:
        """Import the plugin the way claimdiff does (raises what the import raises)."""

        def compute() -> Any:
            self.note("importing the plugin")
            if self.spec.entry_point:
                return metadata.EntryPoint(name=self.spec.name, value=self.spec.value, group=GROUP).load()
            return import_module(self.spec.value)

        return self._once("load", compute)

    @property
    def plugin_object(self) -> Any:
        try:
            return self.load()
        except Exception:
            raise CheckSkipped("the plugin does not import (see check_entry_point_loads)") from None

    # -- hooks -----------------------------------------------------------------------------
    def hook_report(self) -> HookReport:
        return self._once("hooks", self._validate_hooks)  # type: ignore[no-any-return]

    def _validate_hooks(self) -> HookReport:
        obj = self.plugin_object
        pm = _manager()
        problems: list[str] = []
        try:
            pm.register(obj, name=self.name)
        except pluggy.PluginValidationError as exc:
            return HookReport([], [_explain_validation(exc)])
        hooks = sorted(c.name for c in pm.get_hookcallers(obj) or [])
        try:
            pm.check_pending()
        except pluggy.PluginValidationError as exc:
            problems.append(_explain_validation(exc))
        specs = _spec_names()
        for attr in sorted(dir(obj)):
            if not attr.startswith(HOOK_PREFIX) or attr in hooks:
                continue
            value = getattr(obj, attr, None)
            if callable(value) and getattr(value, "__module__", None) == getattr(obj, "__name__", None):
                if attr in specs:
                    problems.append(
                        f"{attr}() is not marked with @hookimpl (from claimdiff.hookspecs), so claimdiff "
                        "never calls it; decorate it"
                    )
                elif not any(f"{attr}(" in p for p in problems):
                    problems.append(
                        f"{attr}() is named like a hook, but no hookspec has that name "
                        f"(hooks: {', '.join(sorted(specs))}); rename it"
                    )
        if not hooks and not problems:
            problems.append(
                "implements no claimdiff hook; add e.g. an @hookimpl claimdiff_register_extractors(register)"
            )
        return HookReport(hooks, problems)

    # -- registration ----------------------------------------------------------------------
    def registration(self) -> Registration:
        return self._once("registration", self._register)  # type: ignore[no-any-return]

    def _register(self) -> Registration:
        if self.hook_report().problems:
            raise CheckSkipped("its hooks do not match the hookspecs (see check_hooks_match_specs)")
        pm = _manager()
        pm.register(self.plugin_object, name=self.name)
        extractors: list[Any] = []
        problems: list[str] = []

        def register(extractor: Any = None, *args: Any, **kwargs: Any) -> None:
            if args or kwargs:
                problems.append("register() takes one extractor object per call")
                return
            problem = extractor_problem(extractor)
            if problem is None and any(e.name == extractor.name for e in extractors):
                problem = f"registers two extractors named {extractor.name!r}"
            if problem:
                problems.append(problem)
            else:
                extractors.append(extractor)

        def accept(*args: Any, **kwargs: Any) -> None:  # other hooks: the loader validates them
            return None

        for hook in self.hook_report().hooks:
            self.note(f"calling {hook}()")
            try:
                getattr(pm.hook, hook)(register=register if hook.endswith("extractors") else accept)
            except Exception as exc:
                problems.append(f"{hook}() raised {type(exc).__name__}: {exc}")
        examples: dict[str, list[str]] = {}
        for extractor in extractors:
            self.note(f"reading the examples of extractor {extractor.name!r}")
            try:
                examples[extractor.name] = find_examples(extractor, self.spec.module_name)
            except (ExamplesError, OSError, ImportError) as exc:
                problems.append(f"extractor {extractor.name!r}: its examples cannot be read: {exc}")
        return Registration(extractors, problems, examples)

    @property
    def extractors(self) -> list[Any]:
        """The extractors the plugin registered, valid ones only; skips when there are none."""
        reg = self.registration()
        if reg.problems:
            raise CheckSkipped("its registration has problems (see check_declares_extractors)")
        if not reg.extractors:
            raise CheckSkipped("the plugin registers no extractor")
        return reg.extractors

    def examples(self, extractor: Any) -> list[str]:
        return list(self.registration().examples.get(extractor.name, []))

    def require_examples(self, extractor: Any) -> list[str]:
        texts = self.examples(extractor)
        if not texts:
            raise CheckSkipped(
                f"{self.who(extractor)} has no example documents; ship examples/*.txt in the package "
                "or give the extractor an examples() method to enable this check"
            )
        return texts

    def example_sets(self, *, require: bool) -> list[tuple[Any, list[str]]]:
        """(extractor, examples) for every extractor; skips only when no extractor has examples."""
        sets = [(e, self.examples(e)) for e in self.extractors]
        if require and not any(texts for _, texts in sets):
            self.require_examples(self.extractors[0])
        return sets

    # -- the rest of the installation ------------------------------------------------------
    def registry(self) -> Plugins:
        """Every installed plugin, as claimdiff loads them (for other outlets' examples)."""
        return self._once("registry", load_plugins)  # type: ignore[no-any-return]

    def analysis_plugins(self, extractor: Any) -> Plugins:
        """The installed plugins with ``extractor`` (this very object) under its name."""
        reg = self.registry()
        return dataclasses.replace(
            reg,
            extractors={**reg.extractors, extractor.name: extractor},
            extractor_plugin={**reg.extractor_plugin, extractor.name: self.name},
        )

    def foreign_examples(self, extractor: Any) -> list[tuple[str, str]]:
        """(label, text) of the examples of other plugins' extractors for other outlets."""
        reg = self.registry()
        own = {o.casefold() for o in extractor.outlets}
        modules = {i.name: i.module for i in reg.infos}
        out: list[tuple[str, str]] = []
        for name in sorted(reg.extractors):
            plugin = reg.extractor_plugin.get(name)
            other = reg.extractors[name]
            if plugin is None or plugin == self.name or plugin not in modules:
                continue
            module = modules[plugin].partition(":")[0]
            if module == self.spec.module_name:
                continue
            if own & {o.casefold() for o in getattr(other, "outlets", ())}:
                continue
            try:
                texts = find_examples(other, module)
            except Exception as exc:  # another plugin's fault, reported when that plugin is checked
                log.info("examples of extractor %s unreadable: %s", name, exc)
                continue
            out += [(f"example {i} of extractor {name!r}", t) for i, t in enumerate(texts, 1)]
        return out


def extractor_problem(extractor: Any) -> str | None:
    """What is wrong with an object offered as an extractor, as an instruction to fix it."""
    name = getattr(extractor, "name", None)
    label = f"extractor {name!r}" if isinstance(name, str) and name else f"{type(extractor).__name__} object"
    if not isinstance(name, str) or not name.strip():
        return f"{label} has no 'name'; give it a non-empty str name, unique among extractors"
    version = getattr(extractor, "version", None)
    if not isinstance(version, str) or not version.strip():
        return f"{label} has no 'version'; give it a non-empty str such as the package __version__"
    outlets = getattr(extractor, "outlets", None)
    if isinstance(outlets, str):
        return (
            f"{label} declares outlets as a str ({outlets!r}), not a tuple; "
            f"write outlets = ({outlets!r},) with the trailing comma"
        )
    if not isinstance(outlets, tuple | list) or not all(isinstance(o, str) and o.strip() for o in outlets):
        return f"{label} must declare 'outlets' as a tuple of outlet names (str), got {outlets!r}"
    for meth in ("detect", "layout"):
        if not callable(getattr(extractor, meth, None)):
            return f"{label} has no {meth}() method"
    return None


def _manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager(GROUP)
    pm.add_hookspecs(hookspecs)
    return pm


def _spec_names() -> set[str]:
    return {n for n in dir(hookspecs) if n.startswith(HOOK_PREFIX)}


def _explain_validation(exc: pluggy.PluginValidationError) -> str:
    text = " ".join(str(exc).split())
    args = re.search(r"Argument\(s\) (\{.*?\}) are declared in the hookimpl", text)
    hook = re.search(r"for hook '(\w+)'", text)
    if args and hook:
        spec = getattr(hookspecs, hook.group(1), None)
        wanted = ", ".join(spec.__code__.co_varnames[: spec.__code__.co_argcount]) if spec else "?"
        return (
            f"{hook.group(1)}() takes argument(s) {args.group(1)} that the hookspec does not have; "
            f"name its parameters as the hookspec does: ({wanted})"
        )
    if "unknown hook" in text:
        name = re.search(r"unknown hook '(\w+)'", text)
        return (
            f"implements {name.group(1) if name else 'a hook'}(), which is not a claimdiff hook "
            f"(hooks: {', '.join(sorted(_spec_names()))}); check the spelling"
        )
    return text
