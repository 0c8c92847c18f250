"""claimdiff: compare what different news outlets claim about the same story."""

from __future__ import annotations

__version__ = "0.1.0"

import importlib
from typing import TYPE_CHECKING, Any

from claimdiff.errors import ClaimdiffError, InputError, PluginError, UnknownIdError, UsageError

if TYPE_CHECKING:
    from claimdiff import render
    from claimdiff.pipeline import analyze
    from claimdiff.schema import Document, Report, Severity
    from claimdiff.sources import Text
    from claimdiff.store import Store

__all__ = [
    "ClaimdiffError",
    "Document",
    "InputError",
    "PluginError",
    "Report",
    "Severity",
    "Store",
    "Text",
    "UnknownIdError",
    "UsageError",
    "__version__",
    "analyze",
    "render",
]

# Imported on first use, so that ``claimdiff --help`` or ``claimdiff schema`` stay quick.
_LAZY = {
    "analyze": "claimdiff.pipeline",
    "Document": "claimdiff.schema",
    "Report": "claimdiff.schema",
    "Severity": "claimdiff.schema",
    "Store": "claimdiff.store",
    "Text": "claimdiff.sources",
}


def __getattr__(name: str) -> Any:
    if name == "render":
        return importlib.import_module("claimdiff.render")
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'claimdiff' has no attribute {name!r}")
