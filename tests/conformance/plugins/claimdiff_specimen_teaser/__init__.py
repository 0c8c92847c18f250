"""Broken: keeps 'read also' teaser lines in the body, where they become claims (check_layout_boilerplate)."""

from __future__ import annotations

from typing import Any

from specimen_core import TEASER, SpecimenExtractor, WithExamples, lines

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl
from claimdiff.schema import TextRange


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_teaser"

    def layout(self, text: str) -> Layout:
        layout = super().layout(text)
        teasers = [TextRange(start=s, end=e) for s, e, c in lines(text) if c.strip().startswith(TEASER)]
        body = sorted([*layout.body, *teasers], key=lambda r: r.start)
        return layout.model_copy(
            update={"body": body, "boilerplate": [r for r in layout.boilerplate if r not in teasers]}
        )


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
