"""Broken: the hook lacks its @hookimpl marker, so claimdiff never calls it (check_hooks_match_specs)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_unmarked"


def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
