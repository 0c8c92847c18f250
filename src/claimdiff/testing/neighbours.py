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
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from claimdiff.testing.examples import named_examples
from claimdiff.testing.specs import PluginSpec

log = logging.getLogger(__name__)

TIMEOUT_S = 20.0


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
    """The manifests of these plugins (each computed once per process), failures left out."""
    out = []
    for spec in specs:
        if spec not in _cache:
            _cache[spec] = _collect(spec, start_method)
        found = _cache[spec]
        if found is not None:
            out.append(found)
    return out


def _collect(spec: PluginSpec, start_method: str) -> Manifest | None:
    ctx = multiprocessing.get_context(start_method)
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, spec), daemon=True)  # type: ignore[attr-defined]
    try:
        child.start()
    except (AssertionError, OSError) as exc:  # a daemonic process cannot have children
        log.info("cannot learn about plugin %s: %s", spec.name, exc)
        return None
    sender.close()
    try:
        if receiver.poll(TIMEOUT_S):
            result = receiver.recv()
            return result if isinstance(result, Manifest) else None
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
