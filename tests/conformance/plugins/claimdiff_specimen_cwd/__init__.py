"""Broken: writes a debugging dump into the working directory on every layout (check_no_file_writes)."""

from __future__ import annotations

import json
from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_cwd"

    def layout(self, text: str) -> Layout:
        layout = super().layout(text)
        with open("specimen-last-layout.json", "w", encoding="utf-8") as fh:
            json.dump(layout.model_dump(), fh)
        return layout


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
