"""Broken: layout() loops forever on a text of white space only (check_hostile_input, timeout)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_hang"

    def layout(self, text: str) -> Layout:
        position = 0
        while text and position < len(text) and not text[position:].strip():
            position = 0  # meant to skip leading blank lines, never advances
        return super().layout(text)


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
