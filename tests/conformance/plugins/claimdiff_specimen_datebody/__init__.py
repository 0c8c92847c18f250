"""Broken: puts the dateline line in the body instead of marking it (check_layout_boilerplate)."""

from __future__ import annotations

from typing import Any

from specimen_core import DATELINE, SpecimenExtractor, WithExamples, lines

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl
from claimdiff.schema import TextRange


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_datebody"

    def layout(self, text: str) -> Layout:
        layout = super().layout(text)
        stamps = [TextRange(start=s, end=e) for s, e, c in lines(text) if c.strip().startswith(DATELINE)]
        body = sorted([*layout.body, *stamps], key=lambda r: r.start)
        return layout.model_copy(update={"body": body, "datelines": []})


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
