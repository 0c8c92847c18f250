"""Broken: lays out the folded text and uses its offsets on the original (check_layout_word_boundaries)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl
from claimdiff.text.normalize import fold


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_folded"

    def layout(self, text: str) -> Layout:
        folded = super().layout(fold(text).text)  # offsets of the folded copy, not of ``text``
        return folded.model_copy(update={"datelines": []})


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
