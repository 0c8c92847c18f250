"""Broken: keeps every layout it ever made in a module-level list (check_memory_growth)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl

HISTORY: list[tuple[str, Layout]] = []


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_leak"

    def layout(self, text: str) -> Layout:
        layout = super().layout(text)
        HISTORY.append((text * 4, layout.model_copy(deep=True)))  # meant for a debugging view
        return layout


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
