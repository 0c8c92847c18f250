"""Broken: on a complete article, counts a footer line break that is not there (check_layout_in_bounds)."""

from __future__ import annotations

from typing import Any

from specimen_core import FOOTER, SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl
from claimdiff.schema import TextRange


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_bounds"

    def layout(self, text: str) -> Layout:
        layout = super().layout(text)
        at = text.find(FOOTER)
        if all(self.evidence(text)):  # masthead and footer: a complete article
            end = text.find("\n", at)
            layout.boilerplate.append(TextRange(start=at, end=(len(text) if end < 0 else end) + 1))
        return layout


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
