"""Watching what a plugin does to its process: subprocesses, file writes, stdout, environment,
threads, and claimdiff's own modules and core profile.

A :class:`Monitor` is installed before the plugin is imported (in the sandbox, for the child's
whole life) and records, with the activity that was running, everything the process checks judge.
Subprocesses are refused as well as recorded: a plugin must not reach outside the process.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import claimdiff

SUBPROCESS_EVENTS = ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork")
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
# Variables the standard library and the runtime read on their own; a plugin need not declare them.
AMBIENT_ENV = ("TMPDIR", "TEMP", "TMP", "HOME", "PATH", "TZ", "LANG", "LANGUAGE", "TERM", "COLUMNS")
AMBIENT_PREFIXES = ("LC_", "PYTHON", "CLAIMDIFF_")
REFUSED = "starting processes is not allowed under the claimdiff conformance kit"


@dataclass(frozen=True)
class Event:
    what: str
    detail: str
    during: str


class _RecordingEnviron(os._Environ):  # type: ignore[type-arg]
    """os.environ that reports every key read while a plugin runs (class swapped in place)."""

    def __getitem__(self, key: Any) -> Any:
        monitor = _ACTIVE.get("monitor")
        if monitor is not None and monitor.watching:
            monitor.env_reads.append(Event("env", str(key), monitor.during()))
        return super().__getitem__(key)


_ACTIVE: dict[str, Monitor | None] = {"monitor": None}


class _Stdout:
    """Stands in for sys.stdout: records what a plugin writes, passes nothing on."""

    def __init__(self, monitor: Monitor, real: Any) -> None:
        self._monitor, self._real = monitor, real

    def write(self, data: str) -> int:
        if not self._monitor.watching:
            return int(self._real.write(data))
        if data:
            self._monitor.stdout.append(Event("stdout", data[:200], self._monitor.during()))
        return len(data)

    def flush(self) -> None:
        self._real.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


@dataclass
class Monitor:
    """Records process hazards while installed; ``watching`` marks the plugin's own calls."""

    during: Callable[[], str] = lambda: "unknown"
    scratch: str = ""
    watching: bool = False
    subprocesses: list[Event] = field(default_factory=list)
    writes: list[Event] = field(default_factory=list)
    stdout: list[Event] = field(default_factory=list)
    env_reads: list[Event] = field(default_factory=list)
    threads: list[Event] = field(default_factory=list)
    _threads_before: set[int] = field(default_factory=set)
    _modules: dict[str, dict[str, int]] = field(default_factory=dict)
    _profile: str = ""
    _saved: dict[str, Any] = field(default_factory=dict)

    def install(self) -> None:
        """Start recording (audit hooks cannot be removed: uninstall only stops the recording)."""
        _import_claimdiff()
        self._modules = _snapshot()
        self._profile = _core_profile_json()
        self._threads_before = {t.ident or 0 for t in threading.enumerate()}
        self._saved = {"stdout": sys.stdout, "environ_class": os.environ.__class__}
        sys.stdout = _Stdout(self, sys.stdout)  # type: ignore[assignment,unused-ignore]
        os.environ.__class__ = _RecordingEnviron
        _ACTIVE["monitor"] = self
        if not _HOOKED:
            sys.addaudithook(_audit)
            _HOOKED.append(True)

    def uninstall(self) -> None:
        if _ACTIVE["monitor"] is self:
            _ACTIVE["monitor"] = None
        if self._saved:
            sys.stdout = self._saved["stdout"]
            os.environ.__class__ = self._saved["environ_class"]
            self._saved = {}

    @contextmanager
    def plugin_code(self) -> Iterator[None]:
        """Mark a stretch where the plugin's own code runs, and look for threads it leaves."""
        self.watching = True
        try:
            yield
        finally:
            self.watching = False
            self._new_threads()

    def _new_threads(self) -> None:
        seen = {e.detail for e in self.threads}
        for t in threading.enumerate():
            if (t.ident or 0) in self._threads_before or t.daemon or not t.is_alive():
                continue
            if t.name not in seen:
                self.threads.append(Event("thread", t.name, self.during()))

    def live_threads(self) -> list[Event]:
        alive = {t.name for t in threading.enumerate() if t.is_alive() and not t.daemon}
        return [e for e in self.threads if e.detail in alive]

    def patched(self) -> list[str]:
        """claimdiff functions, classes and methods replaced since install, and core profile changes."""
        now = _snapshot()
        out = [
            f"{module}.{attr}"
            for module, attrs in self._modules.items()
            for attr, ident in attrs.items()
            if now.get(module, {}).get(attr, ident) != ident
        ]
        if _core_profile_json() != self._profile:
            out.append("the core 'generic' layout profile (claimdiff.extractors.profile.core_profile)")
        return out

    def undeclared_env(self, declared: set[str]) -> list[Event]:
        return [
            e
            for e in self.env_reads
            if e.detail not in declared
            and e.detail not in AMBIENT_ENV
            and not e.detail.startswith(AMBIENT_PREFIXES)
        ]

    def _record_open(self, path: Any, mode: Any, flags: Any) -> None:
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & WRITE_FLAGS
        )
        if not writing or isinstance(path, int):
            return
        try:
            full = os.path.realpath(os.fsdecode(path))
        except (TypeError, ValueError):
            return
        temp = os.path.realpath(tempfile.gettempdir())
        inside_temp = full == temp or full.startswith(temp + os.sep)
        in_scratch = bool(self.scratch) and full.startswith(os.path.realpath(self.scratch) + os.sep)
        if in_scratch or not inside_temp:
            self.writes.append(Event("write", full, self.during()))


_HOOKED: list[bool] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    monitor = _ACTIVE["monitor"]
    if monitor is None:
        return
    if event == "open" and monitor.watching:
        monitor._record_open(*[*args, None, None, None][:3])
    elif event.startswith(SUBPROCESS_EVENTS) and monitor.watching:
        detail = " ".join(map(str, args[:2]))[:200]
        monitor.subprocesses.append(Event("subprocess", f"{event}({detail})", monitor.during()))
        raise PermissionError(REFUSED)


def _import_claimdiff() -> None:
    for info in pkgutil.walk_packages(claimdiff.__path__, "claimdiff."):
        if info.name.startswith(("claimdiff.testing", "claimdiff.cli")):
            continue
        try:
            importlib.import_module(info.name)
        except Exception:  # an optional part that does not import here is nothing to watch
            continue


def _snapshot() -> dict[str, dict[str, int]]:
    """Identity of every function, class and method of claimdiff (the kit itself excluded)."""
    out: dict[str, dict[str, int]] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("claimdiff") or name.startswith("claimdiff.testing") or module is None:
            continue
        attrs: dict[str, int] = {}
        for attr, value in list(vars(module).items()):
            if callable(value) and not attr.startswith("__"):
                attrs[attr] = id(value)
            if isinstance(value, type) and getattr(value, "__module__", "") == name:
                for key, member in list(vars(value).items()):
                    if callable(member) and not key.startswith("__"):
                        attrs[f"{attr}.{key}"] = id(member)
        out[name] = attrs
    return out


def _core_profile_json() -> str:
    from claimdiff.extractors.profile import core_profile

    return core_profile("generic").model_dump_json()
