"""Broken: detect() hoards memory without bound on replacement characters (check_hostile_input, memory)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_hungry"

    def detect(self, text: str) -> float:
        hoard = []
        while "\ufffd" in text:  # meant to repair the text; it never shrinks
            hoard.append(bytearray(64 * 2**20))
        return super().detect(text)


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
