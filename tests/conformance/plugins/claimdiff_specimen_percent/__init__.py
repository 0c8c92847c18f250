"""Broken: detect() answers in percent on complete articles (check_detect_in_range)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_percent"

    def detect(self, text: str) -> float:
        masthead, footer = self.evidence(text)
        return 100.0 if masthead and footer else 0.0


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
