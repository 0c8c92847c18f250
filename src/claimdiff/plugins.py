"""Plugin discovery and registration; one broken plugin never takes the host down.

Plugins are modules listed in the ``claimdiff`` entry-point group, the built-in generic extractor
included.  ``CLAIMDIFF_LOAD_PLUGINS`` (comma-separated entry-point names) restricts loading to
those names; ``CLAIMDIFF_DISABLE_PLUGINS`` names plugins to skip.  Built-ins always load.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from types import ModuleType
from typing import Any

import pluggy
from pydantic import ValidationError

from claimdiff import hookspecs
from claimdiff.errors import PluginError, UsageError
from claimdiff.extractors.base import Extractor
from claimdiff.guard import PluginGuard
from claimdiff.schema import Report

log = logging.getLogger(__name__)

GROUP = "claimdiff"
BUILTINS: dict[str, str] = {
    "formats": "claimdiff.render",
    "generic": "claimdiff.extractors.generic",
}

Renderer = Callable[[Report], str]


@dataclass
class PluginInfo:
    """What ``claimdiff plugins`` shows about one plugin."""

    name: str
    module: str
    distribution: str | None = None
    version: str | None = None
    builtin: bool = False
    hooks: list[str] = field(default_factory=list)
    extractors: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class Format:
    name: str
    render: Renderer
    description: str
    plugin: str


@dataclass
class Plugins:
    """The loaded plugins and everything they registered."""

    manager: pluggy.PluginManager
    infos: list[PluginInfo]
    extractors: dict[str, Extractor]
    extractor_plugin: dict[str, str]
    formats: dict[str, Format]
    gazetteer_entries: list[Mapping[str, Any]]
    _guard: PluginGuard | None = field(default=None, init=False, repr=False, compare=False)

    def call(self, extractor: str, method: str, text: str) -> Any:
        """``extractors[extractor].<method>(text)`` under the plugin guard (:mod:`claimdiff.guard`).

        Raises :class:`PluginError` naming the plugin when the call raises, hangs or runs out of memory.
        """
        if self._guard is None:
            builtins = {i.name for i in self.infos if i.builtin}
            trusted = [n for n, p in self.extractor_plugin.items() if p in builtins]
            self._guard = PluginGuard(self.extractors, self.extractor_plugin, trusted)
            weakref.finalize(self, self._guard.close)
        return self._guard.call(extractor, method, text)

    @property
    def errors(self) -> list[PluginError]:
        return [PluginError(i.name, i.error) for i in self.infos if i.error]

    def extractor(self, name: str) -> Extractor:
        try:
            return self.extractors[name]
        except KeyError:
            known = ", ".join(sorted(self.extractors)) or "none"
            raise UsageError(f"no extractor named {name!r} (known: {known})") from None

    def format(self, name: str) -> Format:
        try:
            return self.formats[name]
        except KeyError:
            known = ", ".join(sorted(self.formats)) or "none"
            raise UsageError(f"no report format named {name!r} (known: {known})") from None


def _env_names(var: str) -> set[str] | None:
    raw = os.environ.get(var)
    if raw is None:
        return None
    return {n.strip() for n in raw.split(",") if n.strip()}


def _entry_points() -> list[metadata.EntryPoint]:
    return sorted(metadata.entry_points(group=GROUP), key=lambda ep: ep.name)


def _check_extractor(obj: Any) -> str | None:
    for attr in ("name", "version"):
        if not isinstance(getattr(obj, attr, None), str) or not getattr(obj, attr):
            return f"extractor has no string {attr!r}"
    outlets = getattr(obj, "outlets", None)
    if not isinstance(outlets, tuple | list) or not all(isinstance(o, str) for o in outlets):
        return "extractor 'outlets' must be a tuple of strings"
    for meth in ("detect", "layout"):
        if not callable(getattr(obj, meth, None)):
            return f"extractor has no {meth}() method"
    return None


_LOADED: dict[tuple[Any, ...], Plugins] = {}


def load(
    *,
    entry_points: Iterable[metadata.EntryPoint] | None = None,
    extra_modules: Iterable[ModuleType] = (),
) -> Plugins:
    """Discover, import and register every plugin; failures are recorded, never raised.

    The installed plugins are loaded once per set of entry points and ``CLAIMDIFF_*`` settings, so
    repeated ``analyze()`` calls share one registry (and one plugin worker process).
    """
    if entry_points is not None or extra_modules:
        return _load(entry_points, extra_modules)
    eps = _entry_points()
    key = (
        tuple((ep.name, ep.value, str(getattr(getattr(ep, "dist", None), "_path", ""))) for ep in eps),
        tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith("CLAIMDIFF_"))),
    )
    if key not in _LOADED:
        _LOADED.clear()
        _LOADED[key] = _load(eps, ())
    return _LOADED[key]


def _load(entry_points: Iterable[metadata.EntryPoint] | None, extra_modules: Iterable[ModuleType]) -> Plugins:
    pm = pluggy.PluginManager(GROUP)
    pm.add_hookspecs(hookspecs)
    infos: list[PluginInfo] = []
    allow, deny = _env_names("CLAIMDIFF_LOAD_PLUGINS"), _env_names("CLAIMDIFF_DISABLE_PLUGINS") or set()

    eps = list(_entry_points() if entry_points is None else entry_points)
    found = {ep.name for ep in eps}
    for name, modname in BUILTINS.items():
        if name not in found:  # running from a source tree without installed metadata
            eps.append(metadata.EntryPoint(name=name, value=modname, group=GROUP))

    for ep in eps:
        builtin = ep.name in BUILTINS and ep.value == BUILTINS[ep.name]
        if not builtin and ((allow is not None and ep.name not in allow) or ep.name in deny):
            continue
        dist = getattr(ep, "dist", None)
        info = PluginInfo(
            name=ep.name,
            module=ep.value,
            distribution=dist.name if dist else ("claimdiff" if builtin else None),
            version=dist.version if dist else (_own_version() if builtin else None),
            builtin=builtin,
        )
        infos.append(info)
        try:
            with _quiet(), _watch_threads(ep.name):
                module = ep.load()
            pm.register(module, name=ep.name)
        except Exception as exc:  # a plugin may fail in any way; report it by name
            info.error = f"failed to load {ep.value!r}: {type(exc).__name__}: {exc}"
            log.warning("plugin %s: %s", ep.name, info.error)
    for module in extra_modules:
        infos.append(PluginInfo(name=module.__name__, module=module.__name__))
        try:
            pm.register(module, name=module.__name__)
        except Exception as exc:
            infos[-1].error = f"failed to register: {type(exc).__name__}: {exc}"

    by_name = {i.name: i for i in infos}
    for name, registered in pm.list_name_plugin():
        if name in by_name:
            by_name[name].hooks = sorted(c.name for c in pm.get_hookcallers(registered) or [])
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        bad = pm.get_name(exc.plugin) if exc.plugin is not None else None
        if bad and bad in by_name:
            by_name[bad].error = f"implements a hook that does not exist: {exc}"
            pm.unregister(name=bad)

    plugins = Plugins(pm, infos, {}, {}, {}, [])
    _collect(plugins, by_name)
    return plugins


THREAD_OWNERS: dict[int, str] = {}
"""Thread ident -> the plugin that started it while loading (named when claimdiff exits past it)."""


@contextlib.contextmanager
def _watch_threads(plugin: str) -> Iterator[None]:
    before = {t.ident for t in threading.enumerate()}
    try:
        yield
    finally:
        for t in threading.enumerate():
            if t.ident not in before and t.ident is not None and not t.daemon:
                THREAD_OWNERS[t.ident] = plugin
                log.warning("plugin %s left thread %r running", plugin, t.name)


def _quiet() -> contextlib.AbstractContextManager[Any]:
    """A plugin's prints go to stderr: stdout may carry a report."""
    return contextlib.redirect_stdout(sys.stderr)


def _own_version() -> str:
    from claimdiff import __version__

    return __version__


def _each_impl(
    plugins: Plugins,
    hook: str,
    by_name: dict[str, PluginInfo],
    register_for: Callable[[str], Callable[..., None]],
) -> None:
    caller = getattr(plugins.manager.hook, hook)
    for impl in reversed(caller.get_hookimpls()):  # registration order
        info = by_name.get(impl.plugin_name)
        try:
            with _quiet(), _watch_threads(impl.plugin_name):
                impl.function(register=register_for(impl.plugin_name))
        except Exception as exc:
            msg = f"{hook} raised {type(exc).__name__}: {exc}"
            log.warning("plugin %s: %s", impl.plugin_name, msg)
            if info is not None:
                info.error = msg if not info.error else f"{info.error}; {msg}"


def _collect(plugins: Plugins, by_name: dict[str, PluginInfo]) -> None:
    def extractor_register(plugin: str) -> Callable[..., None]:
        def register(extractor: Any) -> None:
            problem = _check_extractor(extractor)
            if problem is None and extractor.name in plugins.extractors:
                owner = plugins.extractor_plugin[extractor.name]
                problem = f"extractor name {extractor.name!r} already registered by {owner!r}"
            if problem:
                raise PluginError(plugin, problem)
            plugins.extractors[extractor.name] = extractor
            plugins.extractor_plugin[extractor.name] = plugin
            if plugin in by_name:
                by_name[plugin].extractors.append(extractor.name)

        return register

    def format_register(plugin: str) -> Callable[..., None]:
        def register(name: str, render: Renderer, description: str = "") -> None:
            if not isinstance(name, str) or not name or not callable(render):
                raise PluginError(plugin, "a format needs a name and a render(report) callable")
            if name in plugins.formats:
                raise PluginError(
                    plugin, f"format {name!r} already registered by {plugins.formats[name].plugin!r}"
                )
            plugins.formats[name] = Format(name, render, description, plugin)
            if plugin in by_name:
                by_name[plugin].formats.append(name)

        return register

    def gazetteer_register(plugin: str) -> Callable[..., None]:
        def register(entry: Any) -> None:
            from claimdiff.entities import Entry

            if hasattr(entry, "model_dump"):
                entry = entry.model_dump()
            if not isinstance(entry, Mapping) or not entry.get("id"):
                raise PluginError(plugin, "a gazetteer entry needs at least an 'id'")
            try:
                valid = Entry.model_validate({**entry, "source": plugin})
            except ValidationError as exc:
                from claimdiff.validation import explain

                raise PluginError(
                    plugin, f"invalid gazetteer entry {entry.get('id')!r}: {explain(exc, Entry)}"
                ) from None
            plugins.gazetteer_entries.append(valid.model_dump(exclude_defaults=True))

        return register

    _each_impl(plugins, "claimdiff_register_extractors", by_name, extractor_register)
    _each_impl(plugins, "claimdiff_register_formats", by_name, format_register)
    _each_impl(plugins, "claimdiff_register_gazetteer", by_name, gazetteer_register)
