"""claimdiff: compare what different news outlets claim about the same story."""

from __future__ import annotations

__version__ = "0.1.0"

from claimdiff.errors import ClaimdiffError, InputError, PluginError, UsageError
from claimdiff.pipeline import analyze
from claimdiff.sources import Text

__all__ = ["ClaimdiffError", "InputError", "PluginError", "Text", "UsageError", "__version__", "analyze"]
