"""Broken: points the dateline at its label, not at the date (check_datelines)."""

from __future__ import annotations

from typing import Any

from specimen_core import DATELINE, SpecimenExtractor, WithExamples

from claimdiff.extractors.base import DatelineField, Layout
from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_dateless"

    def layout(self, text: str) -> Layout:
        layout = super().layout(text)
        at = text.find(DATELINE)
        if at < 0:
            return layout
        label = DatelineField(role="published", start=at, end=at + len(DATELINE) - 1)
        return layout.model_copy(update={"datelines": [label]})


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
