"""claimdiff: compare what different news outlets claim about the same story."""

from __future__ import annotations

__version__ = "0.1.0"

from claimdiff import render
from claimdiff.errors import ClaimdiffError, InputError, PluginError, UnknownIdError, UsageError
from claimdiff.pipeline import analyze
from claimdiff.schema import Document, Report, Severity
from claimdiff.sources import Text

__all__ = [
    "ClaimdiffError",
    "Document",
    "InputError",
    "PluginError",
    "Report",
    "Severity",
    "Text",
    "UnknownIdError",
    "UsageError",
    "__version__",
    "analyze",
    "render",
]
