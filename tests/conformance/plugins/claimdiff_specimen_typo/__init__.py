"""Broken: a profile plugin whose profile.json misspells a field, 'detekt' (check_declares_extractors)."""

from __future__ import annotations

from typing import Any

from claimdiff.extractors.extractor import ProfileExtractor
from claimdiff.hookspecs import hookimpl


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(ProfileExtractor.from_package(__name__, version="0.1"))
