"""Broken: re-reads the whole text for every masthead it meets, slow on long texts (check_time_budget)."""

from __future__ import annotations

import time
from typing import Any

from specimen_core import MASTHEAD, SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_slow"

    def layout(self, text: str) -> Layout:
        time.sleep(0.1 * text.count(MASTHEAD))  # stands for a pass over the text per masthead
        return super().layout(text)


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
