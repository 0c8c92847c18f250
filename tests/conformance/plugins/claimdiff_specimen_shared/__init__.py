"""Broken: memoises the last layout and hands out the same object again (check_no_mutation)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_shared"

    def __init__(self) -> None:
        self._last: tuple[str, Layout] | None = None

    def layout(self, text: str) -> Layout:
        if self._last is None or self._last[0] != text:
            self._last = (text, super().layout(text))
        return self._last[1]


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
