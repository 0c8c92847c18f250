"""Broken: every range is shifted by one character (check_layout_word_boundaries)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl
from claimdiff.schema import TextRange


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_shifted"

    def layout(self, text: str) -> Layout:
        layout = super().layout(text)
        shift = lambda r: TextRange(start=min(r.start + 1, len(text)), end=min(r.end + 1, len(text)))  # noqa: E731
        return layout.model_copy(
            update={
                "headline": shift(layout.headline) if layout.headline else None,
                "body": [shift(r) for r in layout.body],
                "boilerplate": [shift(r) for r in layout.boilerplate],
            }
        )


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
