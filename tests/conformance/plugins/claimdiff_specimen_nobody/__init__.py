"""Broken: takes the footer for the article body, so no claim is found (check_example_analysis)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_nobody"

    def layout(self, text: str) -> Layout:
        layout = super().layout(text)
        footer = layout.boilerplate[-1:] if layout.boilerplate else []
        return layout.model_copy(
            update={"headline": None, "body": footer, "boilerplate": layout.boilerplate[:-1]}
        )


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
