"""Broken: the hook's parameter is not named as in the hookspec (check_hooks_match_specs)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_hookargs"


@hookimpl
def claimdiff_register_extractors(add: Any) -> None:
    add(Extractor())
