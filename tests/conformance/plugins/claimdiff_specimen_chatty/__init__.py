"""Broken: prints a debugging line in detect(), which corrupts --format json on stdout (check_no_stdout)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_chatty"

    def detect(self, text: str) -> float:
        value = super().detect(text)
        print(f"specimen: detect -> {value}")
        return value


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
