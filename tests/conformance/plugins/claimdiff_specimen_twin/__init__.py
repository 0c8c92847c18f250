"""Broken: reuses a gazetteer alias another installed plugin registered (check_gazetteer_entries)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_twin"


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())


@hookimpl
def claimdiff_register_gazetteer(register: Any) -> None:
    register(
        {
            "id": "outlet:specimen-twin",
            "type": "outlet",
            "label": "Specimen Twin",
            "aliases": ["سبيسيمن تايمز"],
        }
    )
