"""Correct: an extractor, a gazetteer entry of its own and a report format of its own."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_extras"


def count(report: Any) -> str:
    return f"{len(report.documents)} documents, {len(report.claims)} claims\n"


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())


@hookimpl
def claimdiff_register_gazetteer(register: Any) -> None:
    register(
        {
            "id": "outlet:specimen-times",
            "type": "outlet",
            "label": "Specimen Times",
            "aliases": ["سبيسيمن تايمز"],
        }
    )


@hookimpl
def claimdiff_register_formats(register: Any) -> None:
    register("specimen-count", count, "documents and claims, counted")
