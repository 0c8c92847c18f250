"""Broken: reuses a built-in outlet id and gives it the alias «سوريا» (check_gazetteer_entries)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_syria"


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())


@hookimpl
def claimdiff_register_gazetteer(register: Any) -> None:
    register({"id": "outlet:france-24", "type": "outlet", "label": "France 24", "aliases": ["سوريا"]})
