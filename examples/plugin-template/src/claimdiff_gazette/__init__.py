"""claimdiff outlet extractor for the Example Gazette: its layout lives in ``profile.json``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from claimdiff.extractors.extractor import ProfileExtractor
from claimdiff.hookspecs import hookimpl

__version__ = "0.1.0"


def extractor() -> ProfileExtractor:
    """The Example Gazette extractor, built from this package's layout profile."""
    return ProfileExtractor.from_package(__name__, version=__version__)


@hookimpl
def claimdiff_register_extractors(register: Callable[[Any], None]) -> None:
    register(extractor())
