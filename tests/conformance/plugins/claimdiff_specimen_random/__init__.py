"""Broken: lists the agencies it relays in a random order (check_deterministic)."""

from __future__ import annotations

import random
from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl

AGENCIES = ["Reuters", "AFP", "Associated Press", "DPA", "ANSA", "EFE"]


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_random"

    def layout(self, text: str) -> Layout:
        layout = super().layout(text)
        layout.relayed_from = random.sample(AGENCIES, len(AGENCIES))
        return layout


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
