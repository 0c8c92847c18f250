"""Broken: memoises layouts and hands out the same object every time (check_no_mutation)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_shared"

    def __init__(self) -> None:
        self._seen: dict[str, Layout] = {}

    def layout(self, text: str) -> Layout:
        if text not in self._seen:
            self._seen[text] = super().layout(text)
        return self._seen[text]


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
