"""What the other installed plugins register, learned without loading them next to the plugin under test.

Each neighbour is imported in a short-lived child process of its own, so its faults (a network
call at import, a hang, a crash) stay its own: a neighbour that fails is simply left out.  Its
extractor names, outlets, gazetteer entries, format names and example texts come back as a
picklable :class:`Manifest`, the material for the collision checks and for the texts ``detect()``
must not claim.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from claimdiff.testing.examples import named_examples
from claimdiff.testing.specs import PluginSpec

log = logging.getLogger(__name__)

TIMEOUT_S = 20.0
PARALLEL = 8


@dataclass(frozen=True)
class Manifest:
    name: str
    module: str
    extractors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gazetteer: list[dict[str, Any]] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)
    examples: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    """(label, text, outlets of the extractor the example belongs to)."""


_cache: dict[PluginSpec, Manifest | None] = {}


def manifests(specs: list[PluginSpec], start_method: str) -> list[Manifest]:
    """The manifests of these plugins (each computed once per process, a few at a time), failures left out."""
    todo = [s for s in dict.fromkeys(specs) if s not in _cache]
    for i in range(0, len(todo), PARALLEL):
        batch = todo[i : i + PARALLEL]
        started = [(spec, _start(spec, start_method)) for spec in batch]
        deadline = time.monotonic() + TIMEOUT_S
        for spec, running in started:
            _cache[spec] = _finish(spec, running, deadline)
    return [m for s in specs if (m := _cache.get(s)) is not None]


def _start(spec: PluginSpec, start_method: str) -> tuple[Any, Connection] | None:
    ctx = multiprocessing.get_context(start_method)
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, spec), daemon=True)  # type: ignore[attr-defined]
    try:
        child.start()
    except (AssertionError, OSError) as exc:  # a daemonic process cannot have children
        log.info("cannot learn about plugin %s: %s", spec.name, exc)
        return None
    finally:
        sender.close()
    return child, receiver


def _finish(spec: PluginSpec, running: tuple[Any, Connection] | None, deadline: float) -> Manifest | None:
    if running is None:
        return None
    child, receiver = running
    try:
        if receiver.poll(max(0.0, deadline - time.monotonic())):
            result = receiver.recv()
            return result if isinstance(result, Manifest) else None
        log.info("plugin %s did not load within %gs", spec.name, TIMEOUT_S)
        return None
    except (EOFError, OSError):
        return None
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        receiver.close()


def _child(conn: Connection, spec: PluginSpec) -> None:
    import contextlib
    import io
    import os

    from claimdiff.plugins import load

    logging.getLogger("claimdiff").setLevel(logging.CRITICAL)
    with contextlib.redirect_stdout(io.StringIO()):
        plugins = load(entry_points=[spec.entry_point_object()])
        extractors = {
            name: tuple(getattr(e, "outlets", ()))
            for name, e in plugins.extractors.items()
            if plugins.extractor_plugin.get(name) == spec.name
        }
        examples: list[tuple[str, str, tuple[str, ...]]] = []
        for name, outlets in extractors.items():
            try:
                found = named_examples(plugins.extractors[name], spec.module_name)
            except Exception:  # unreadable examples are reported when that plugin is checked
                continue
            examples += [(f"{label} of extractor {name!r}", text, outlets) for label, text in found]
        manifest = Manifest(
            spec.name,
            spec.module_name,
            extractors,
            [dict(e) for e in plugins.gazetteer_entries if e.get("source") == spec.name],
            [f.name for f in plugins.formats.values() if f.plugin == spec.name],
            examples,
        )
    conn.send(manifest)
    conn.close()
    os._exit(0)
