"""Every call into a plugin's extractor under a time limit and a memory guard.

On Linux the calls run in one forked worker process per set of plugins: it inherits the loaded
extractors, its address space may grow by ``memory_mb`` at most, its standard output goes to
standard error (so a plugin's ``print()`` never reaches a report written to stdout), and a call
that outlives its time limit gets the worker killed; the next call forks a fresh one.  Threads a
plugin leaves running die with the worker.  Elsewhere (no ``fork``) the calls run in a daemon
thread with the same time limit and no memory guard.

An extractor that times out or exhausts its memory ``strikes`` times is not called again in the
run.  Built-in extractors run in the calling process.  ``CLAIMDIFF_PLUGIN_TIMEOUT`` (seconds),
``CLAIMDIFF_PLUGIN_MEMORY_MB`` and ``CLAIMDIFF_PLUGIN_GUARD`` (``process``, ``thread`` or ``off``)
override the defaults.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, Pipe
from typing import Any

from claimdiff.errors import PluginError

log = logging.getLogger(__name__)

_MB = 1024 * 1024
MODES = ("process", "thread", "off")


@dataclass(frozen=True)
class GuardLimits:
    """How long one call may take and how much memory the worker may add."""

    timeout_s: float = 30.0
    """Seconds a call may take on a short text..."""
    per_mb_s: float = 30.0
    """...plus this many seconds per megabyte of text."""
    memory_mb: int = 2048
    """Address space (MB) the worker may grow by before allocations fail."""
    strikes: int = 2
    """Timeouts or memory failures after which an extractor is not called again in the run."""
    mode: str = "process"

    @classmethod
    def from_env(cls) -> GuardLimits:
        base = cls()
        mode = os.environ.get("CLAIMDIFF_PLUGIN_GUARD", base.mode).strip().lower()
        if mode not in MODES:
            log.warning("CLAIMDIFF_PLUGIN_GUARD=%r is not one of %s; using %r", mode, MODES, base.mode)
            mode = base.mode
        if mode == "process" and not hasattr(os, "fork"):
            mode = "thread"
        return cls(
            timeout_s=_env_number("CLAIMDIFF_PLUGIN_TIMEOUT", base.timeout_s),
            memory_mb=int(_env_number("CLAIMDIFF_PLUGIN_MEMORY_MB", base.memory_mb)),
            mode=mode,
        )

    def timeout(self, text: str) -> float:
        return self.timeout_s + self.per_mb_s * len(text) / _MB


def _env_number(var: str, default: float) -> float:
    raw = os.environ.get(var)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        log.warning("%s=%r is not a number; using %g", var, raw, default)
        return default
    return value if value > 0 else default


class _Fatal(Exception):
    """The call ran out of time or memory (counts as a strike)."""


@dataclass
class PluginGuard:
    """Runs ``extractors[name].<method>(text)`` under :class:`GuardLimits`; failures raise PluginError."""

    extractors: Mapping[str, Any]
    owners: Mapping[str, str]
    trusted: Collection[str] = ()
    limits: GuardLimits = field(default_factory=GuardLimits.from_env)
    _strikes: dict[str, int] = field(default_factory=dict)
    _disabled: dict[str, str] = field(default_factory=dict)
    _worker: _Worker | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def call(self, name: str, method: str, text: str) -> Any:
        extractor = self.extractors[name]
        plugin = self.owners.get(name, name)
        if name in self.trusted or self.limits.mode == "off":
            return getattr(extractor, method)(text)
        if name in self._disabled:
            raise PluginError(plugin, f"extractor {name!r} is not called again: {self._disabled[name]}")
        timeout = self.limits.timeout(text)
        try:
            with self._lock:
                if self.limits.mode == "process":
                    return self._in_worker(name, method, text, timeout)
                return _in_thread(lambda: getattr(extractor, method)(text), timeout)
        except _Fatal as exc:
            what = f"{method}() {exc}"
            self._strikes[name] = self._strikes.get(name, 0) + 1
            if self._strikes[name] >= self.limits.strikes or self.limits.mode == "thread":
                self._disabled[name] = what  # a thread cannot be stopped: never start another
            log.warning("plugin %s, extractor %s: %s", plugin, name, what)
            raise PluginError(plugin, f"extractor {name!r}: {what}") from None
        except PluginError:
            raise
        except Exception as exc:
            raise PluginError(plugin, f"extractor {name!r}: {method}() raised {exc}") from None

    def _in_worker(self, name: str, method: str, text: str, timeout: float) -> Any:
        if self._worker is None or not self._worker.alive():
            self._worker = _Worker.start(self.extractors, self.limits.memory_mb)
        worker = self._worker
        try:
            kind, payload = worker.request((name, method, text), timeout)
        except _Fatal:
            worker.stop()
            self._worker = None
            raise
        if kind == "memory":
            worker.stop()
            self._worker = None
            raise _Fatal(f"ran out of memory (limit {self.limits.memory_mb} MB)")
        if kind == "error":
            raise _Raised(payload)
        return payload

    def close(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self._worker = None


class _Raised(Exception):
    """The plugin raised; the message is ``Type: text`` from the worker."""


@dataclass
class _Worker:
    pid: int
    conn: Connection

    @classmethod
    def start(cls, extractors: Mapping[str, Any], memory_mb: int) -> _Worker:
        parent, child = Pipe(duplex=True)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()  # else the child would write the parent's buffered output again
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the worker
            parent.close()
            _serve(child, extractors, memory_mb)
        child.close()
        return cls(pid, parent)

    def alive(self) -> bool:
        try:
            done, _ = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            return False
        return done == 0 and not self.conn.closed

    def request(self, message: tuple[str, str, str], timeout: float) -> tuple[str, Any]:
        try:
            self.conn.send(message)
            if not self.conn.poll(timeout):
                raise _Fatal(f"timed out after {round(timeout, 1):g}s")
            kind, payload = self.conn.recv()
        except (EOFError, OSError):
            status = self.stop()
            raise _Fatal(_death(status)) from None
        return kind, payload

    def stop(self) -> int | None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        self.conn.close()
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:
            return None
        return status


def _death(status: int | None) -> str:
    if status is not None and os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        hint = " (likely out of memory)" if sig == signal.SIGKILL else ""
        return f"killed the worker process ({signal.Signals(sig).name}{hint})"
    code = os.WEXITSTATUS(status) if status is not None and os.WIFEXITED(status) else "?"
    return f"ended the worker process (exit status {code})"


def limit_memory(extra_mb: int) -> None:
    """Let this process's address space grow by ``extra_mb`` MB at most (Linux only)."""
    if extra_mb <= 0:
        return
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as fh:
            current = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (ImportError, OSError, ValueError):
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = current + extra_mb * _MB
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _serve(conn: Connection, extractors: Mapping[str, Any], memory_mb: int) -> None:  # pragma: no cover
    code = 0
    try:
        os.dup2(2, 1)  # C-level writes too: fd 1 is the report stream
        sys.stdout = sys.stderr
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles ^C
        limit_memory(memory_mb)
        while True:
            try:
                name, method, text = conn.recv()
            except (EOFError, OSError):
                break
            try:
                reply: tuple[str, Any] = ("ok", getattr(extractors[name], method)(text))
            except MemoryError:
                reply = ("memory", None)
            except BaseException as exc:
                reply = ("error", f"{type(exc).__name__}: {exc}")
            try:
                conn.send(reply)
            except MemoryError:
                conn.send(("memory", None))
            except Exception as exc:  # an unpicklable result
                conn.send(("error", f"returned an object claimdiff cannot use: {type(exc).__name__}: {exc}"))
    except BaseException:
        code = 1
    finally:
        os._exit(code)  # no atexit handlers, no waiting for the plugin's threads


def _in_thread(run: Callable[[], Any], timeout: float) -> Any:
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = run()
        except MemoryError:
            box["fatal"] = "ran out of memory"
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=target, name="claimdiff-plugin-call", daemon=True)
    with contextlib.redirect_stdout(sys.stderr):
        thread.start()
        thread.join(timeout)
    if thread.is_alive():
        raise _Fatal(f"timed out after {round(timeout, 1):g}s")
    if "fatal" in box:
        raise _Fatal(box["fatal"])
    if "error" in box:
        exc = box["error"]
        raise _Raised(f"{type(exc).__name__}: {exc}")
    return box["value"]
