"""Running a plugin's checks in a child process with a time limit, a memory limit and monitors.

One child per plugin runs the checks in order and reports each result as it finishes.  The child
installs the network guard and the process monitor before it imports the plugin, works in a
scratch directory of its own (made and removed by the parent, so nothing is left behind when the
child is killed), and loads nothing but the plugin and claimdiff's built-ins.  A check
that outlives ``timeout`` gets the child killed and is reported as timed out; a child that dies
(out of memory, a crash in C code) is reported against the running check.  A fresh child carries
on with the remaining checks, told which call hung, so the checks that would call it again skip:
one fault, one failure.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

from claimdiff.guard import limit_memory
from claimdiff.testing.checks import get_checks, run_check
from claimdiff.testing.config import KitConfig
from claimdiff.testing.monitor import Monitor
from claimdiff.testing.neighbours import Manifest
from claimdiff.testing.netguard import NetworkGuard
from claimdiff.testing.outcome import CheckResult
from claimdiff.testing.subject import PluginSpec, PluginUnderTest

__all__ = ["limit_memory", "run_sandboxed"]

STARTUP_S = 60.0
SCRATCH_PREFIX = "claimdiff-kit-cwd-"


def broken_call(activity: str) -> str | None:
    """Which call an activity names: ``detect``, ``layout`` or ``import`` (registration included)."""
    found = re.match(r"(detect|layout)\(\)", activity)
    if found:
        return found.group(1)
    if activity.startswith(("importing the plugin", "calling claimdiff_register", "registering the plugin")):
        return "import"
    return None


def run_sandboxed(
    spec: PluginSpec, checks: list[str], config: KitConfig, neighbours: list[Manifest] | None = None
) -> Iterator[CheckResult]:
    """Yield one result per check, in order, whatever the plugin does to its process."""
    ctx = multiprocessing.get_context(config.context_method())
    remaining = list(checks)
    broken: dict[str, str] = {}
    while remaining:
        # the parent owns the child's scratch directory: it outlives a killed or hung child
        with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX, ignore_cleanup_errors=True) as scratch:
            receiver, sender = ctx.Pipe(duplex=False)
            child = ctx.Process(  # type: ignore[attr-defined]
                target=_child_main,
                args=(sender, spec, remaining, config, dict(broken), neighbours or [], scratch),
                name=f"claimdiff-check-{spec.name}",
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
            call = broken_call(activity)
            if call is not None:
                broken.setdefault(call, f"{fatal} (see {running})")
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


def prepare(subject: PluginUnderTest) -> tuple[NetworkGuard, Monitor]:
    """Install the network guard and the process monitor before the plugin is imported."""
    sys.dont_write_bytecode = True  # bytecode caches are not the plugin's writes
    guard = NetworkGuard(lambda: subject.activity)
    guard.install()
    monitor = Monitor(lambda: subject.activity)
    monitor.install()
    subject.guard, subject.monitor = guard, monitor
    return guard, monitor


def _child_main(
    conn: Connection,
    spec: PluginSpec,
    checks: list[str],
    config: KitConfig,
    broken: dict[str, str],
    neighbours: list[Manifest],
    scratch: str,
) -> None:
    logging.getLogger("claimdiff").setLevel(logging.CRITICAL)  # the checks report what went wrong
    # hypothesis keeps caches under the working directory unless told otherwise; not the user's
    os.environ.setdefault(
        "HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(tempfile.gettempdir(), "claimdiff-kit")
    )
    os.chdir(scratch)  # a plugin writing "here" writes where the monitor sees it, not in the user's tree
    os.environ["CLAIMDIFF_PLUGIN_GUARD"] = "off"  # analyze() runs the plugin here, under the kit's limits
    subject = PluginUnderTest(spec, config, broken=broken, neighbours=neighbours)
    _, monitor = prepare(subject)
    monitor.scratch = scratch
    subject.on_note = lambda activity: conn.send(("note", activity))
    limit_memory(config.memory_mb)
    for check in get_checks(checks):
        conn.send(("start", check.__name__))
        conn.send(("result", run_check(check, subject).to_dict()))
    conn.send(("done", None))
    conn.close()
