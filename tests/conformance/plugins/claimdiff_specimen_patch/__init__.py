"""Broken: replaces a claimdiff function with its own wrapper at import (check_leaves_claimdiff_alone)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

import claimdiff.text.normalize
from claimdiff.hookspecs import hookimpl

_original = claimdiff.text.normalize.fold


def _fold(text: str) -> Any:  # meant to add its own letter variants one day
    return _original(text)


claimdiff.text.normalize.fold = _fold


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_patch"


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
