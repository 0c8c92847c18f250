"""Broken: detect() takes the first word for granted and fails on a text without one (check_hostile_input)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_fragile"

    def detect(self, text: str) -> float:
        first_word = text.split()[0]
        return super().detect(text) if first_word else 0.0


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
