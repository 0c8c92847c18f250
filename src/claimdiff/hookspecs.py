"""The hooks a claimdiff plugin can implement.

Every hook is a registration callback, in the manner of llm's ``register_models``: the host hands
the plugin a ``register`` function, validates what it receives and reports collisions.  Each
plugin's implementation is called on its own, so one plugin that raises is reported and skipped
while the others still register.  None of these hooks is ``firstresult`` or ``historic``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pluggy

hookspec = pluggy.HookspecMarker("claimdiff")
hookimpl = pluggy.HookimplMarker("claimdiff")


@hookspec
def claimdiff_register_extractors(register: Callable[[Any], None]) -> None:
    """Register outlet extractors.

    Called once when plugins are loaded.  Call ``register(extractor)`` for each extractor, an
    object with ``name``, ``version``, ``outlets``, ``detect(text) -> float`` and
    ``layout(text) -> Layout`` (see :class:`claimdiff.extractors.base.Extractor`).  A name already
    taken is refused and reported.  Returns nothing.
    """


@hookspec
def claimdiff_register_gazetteer(register: Callable[[Any], None]) -> None:
    """Contribute gazetteer entries and aliases.

    Called once when plugins are loaded.  Call ``register(entry)`` with a mapping or
    :class:`claimdiff.entities.gazetteer.Entry` (``id``, ``type``, ``label``, ``aliases``).  An
    entry whose id already exists adds its aliases to the existing entry.  Returns nothing.
    """


@hookspec
def claimdiff_register_formats(register: Callable[..., None]) -> None:
    """Contribute report formats.

    Called once when plugins are loaded.  Call ``register(name, render, description="")`` where
    ``render(report) -> str`` turns a :class:`claimdiff.schema.Report` into text.  A format name
    already taken is refused and reported.  Returns nothing.
    """
