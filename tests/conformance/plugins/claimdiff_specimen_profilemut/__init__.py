"""Broken: adds its masthead rule to the core generic profile, not its own (check_leaves_claimdiff_alone)."""

from __future__ import annotations

from typing import Any

from specimen_core import MASTHEAD, SpecimenExtractor, WithExamples

from claimdiff.extractors.profile import Rule, core_profile
from claimdiff.hookspecs import hookimpl

core_profile("generic").rules.append(Rule(kind="masthead", pattern=MASTHEAD))


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_profilemut"


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
