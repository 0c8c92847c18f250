"""Broken: a misspelt hook name, singular instead of plural (check_hooks_match_specs)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_hookname"


@hookimpl
def claimdiff_register_extractor(register: Any) -> None:
    register(Extractor())
