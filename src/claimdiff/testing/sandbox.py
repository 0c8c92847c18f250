"""Running a plugin's checks in a child process with a time limit, a memory limit and no network.

One child per plugin runs the checks in order and reports each result as it finishes.  A check
that outlives ``timeout`` gets the child killed and is reported as timed out; a child that dies
(the kernel's out-of-memory killer, a crash in C code) is reported against the running check.
Either way a fresh child carries on with the remaining checks, so every check still gets a result.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import tempfile
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

from claimdiff.testing.checks import get_checks, run_check
from claimdiff.testing.config import KitConfig
from claimdiff.testing.netguard import NetworkGuard
from claimdiff.testing.outcome import CheckResult
from claimdiff.testing.subject import PluginSpec, PluginUnderTest

STARTUP_S = 60.0
_MB = 1024 * 1024


def run_sandboxed(spec: PluginSpec, checks: list[str], config: KitConfig) -> Iterator[CheckResult]:
    """Yield one result per check, in order, whatever the plugin does to its process."""
    ctx = multiprocessing.get_context(config.context_method())
    remaining = list(checks)
    while remaining:
        receiver, sender = ctx.Pipe(duplex=False)
        child = ctx.Process(  # type: ignore[attr-defined]
            target=_child_main, args=(sender, spec, remaining, config), name=f"claimdiff-check-{spec.name}"
        )
        child.daemon = True
        child.start()
        sender.close()
        done: list[str] = []
        running, fatal = None, None
        activity = "starting the sandbox"
        deadline = time.monotonic() + config.timeout + STARTUP_S
        try:
            while True:
                wait = deadline - time.monotonic()
                if wait <= 0 or not receiver.poll(wait):
                    fatal = f"timed out after {config.timeout:g}s during {activity}"
                    break
                try:
                    kind, payload = receiver.recv()
                except EOFError:
                    child.join(5)
                    fatal = _death(child.exitcode, activity)
                    break
                if kind == "start":
                    running, activity = payload, f"{payload}"
                    deadline = time.monotonic() + config.timeout
                elif kind == "note":
                    activity = payload
                elif kind == "result":
                    result = CheckResult.from_dict(payload)
                    done.append(result.check)
                    running = None
                    yield result
                elif kind == "done":
                    break
        finally:
            _stop(child)
            receiver.close()
        if fatal is not None and running is not None:
            done.append(running)
            yield CheckResult(spec.name, running, "failed", f"plugin {spec.name!r}: {fatal}", config.timeout)
        elif fatal is not None:
            for name in remaining:
                if name not in done:
                    yield CheckResult(spec.name, name, "error", f"the sandbox did not run: {fatal}")
            return
        remaining = [c for c in remaining if c not in done]


def _stop(child: Any) -> None:
    if child.is_alive():
        child.kill()
    child.join(5)


def _death(exitcode: int | None, activity: str) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name if -exitcode in signal.valid_signals() else str(-exitcode)
        hint = " (likely out of memory)" if -exitcode == signal.SIGKILL else ""
        return f"the sandboxed process was killed by {name}{hint} during {activity}"
    return f"the sandboxed process exited with status {exitcode} during {activity}"


def limit_memory(extra_mb: int) -> None:
    """Let this process's address space grow by ``extra_mb`` MB at most (RLIMIT_AS, where available)."""
    if extra_mb <= 0:
        return
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as fh:
            current = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (ImportError, OSError, ValueError):  # not Linux: no reliable address-space limit
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = current + extra_mb * _MB
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _child_main(conn: Connection, spec: PluginSpec, checks: list[str], config: KitConfig) -> None:
    logging.getLogger("claimdiff").setLevel(logging.CRITICAL)  # the checks report what went wrong
    # hypothesis keeps caches under the working directory unless told otherwise; not the user's
    os.environ.setdefault(
        "HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(tempfile.gettempdir(), "claimdiff-kit")
    )
    subject = PluginUnderTest(spec, config)
    guard = NetworkGuard(lambda: subject.activity)
    guard.install()
    subject.guard = guard
    subject.on_note = lambda activity: conn.send(("note", activity))
    limit_memory(config.memory_mb)
    for check in get_checks(checks):
        conn.send(("start", check.__name__))
        conn.send(("result", run_check(check, subject).to_dict()))
    conn.send(("done", None))
    conn.close()
