"""Claims: the propositions a document reports, with their arguments, modality and sources."""

from __future__ import annotations

from claimdiff.claims.extract import extract_claims

__all__ = ["extract_claims"]
