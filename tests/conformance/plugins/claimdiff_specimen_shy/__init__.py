"""Broken: detect() never gets past 0.4, even on its own articles (check_detects_own_examples)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_shy"

    def detect(self, text: str) -> float:
        return 0.4 * super().detect(text)


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
