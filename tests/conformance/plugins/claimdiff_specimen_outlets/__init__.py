"""Broken: outlets is a parenthesised str, not a tuple: the comma is missing (check_declares_extractors)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_outlets"
    outlets = ("Specimen Times")  # type: ignore[assignment]  # fmt: skip


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
