"""claimdiff: compare what different news outlets claim about the same story."""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from claimdiff.errors import ClaimdiffError, InputError, PluginError, UsageError

if TYPE_CHECKING:
    from claimdiff.pipeline import analyze
    from claimdiff.store import Store

__all__ = ["ClaimdiffError", "InputError", "PluginError", "Store", "UsageError", "__version__", "analyze"]


def __getattr__(name: str) -> Any:
    # Imported on first use, so that ``claimdiff --help`` or ``claimdiff schema`` stay quick.
    if name == "analyze":
        from claimdiff.pipeline import analyze

        return analyze
    if name == "Store":
        from claimdiff.store import Store

        return Store
    raise AttributeError(f"module 'claimdiff' has no attribute {name!r}")
