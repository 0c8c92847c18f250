"""The claim store: ``claimdiff index`` writes it, ``claimdiff check`` compares new articles with it."""

from __future__ import annotations

from claimdiff.store.store import Indexed, Store

__all__ = ["Indexed", "Store"]
