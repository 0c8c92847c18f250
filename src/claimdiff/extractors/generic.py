"""The built-in generic extractor: any outlet no plugin claims.

It never claims a document (``detect`` is 0.0) and lays it out with the core ``generic`` profile:
the boilerplate common to news sites.  It names an outlet only from a clear masthead of one the
gazetteer knows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from claimdiff import __version__
from claimdiff.extractors.extractor import ProfileExtractor
from claimdiff.extractors.outlets import OutletFinder
from claimdiff.extractors.profile import core_profile
from claimdiff.hookspecs import hookimpl


class GenericExtractor(ProfileExtractor):
    def __init__(self, *, finder: OutletFinder | None = None) -> None:
        super().__init__(core_profile("generic"), version=__version__, finder=finder)

    def detect(self, text: str) -> float:
        return 0.0


@hookimpl
def claimdiff_register_extractors(register: Callable[[Any], None]) -> None:
    register(GenericExtractor())
