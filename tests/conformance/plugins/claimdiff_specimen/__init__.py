"""The Specimen Times plugin done right: every conformance check passes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from specimen_core import SpecimenExtractor

from claimdiff.hookspecs import hookimpl


@hookimpl
def claimdiff_register_extractors(register: Callable[[Any], None]) -> None:
    register(SpecimenExtractor())
