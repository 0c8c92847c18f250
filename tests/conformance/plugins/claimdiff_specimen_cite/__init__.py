"""Broken: claims any text naming the outlet, stealing articles that cite it (check_detect_low_on_others)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_cite"

    def detect(self, text: str) -> float:
        return 0.9 if "specimen times" in text.casefold() else 0.0


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
