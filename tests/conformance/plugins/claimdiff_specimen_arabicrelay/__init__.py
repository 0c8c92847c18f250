"""Broken: names relayed agencies as printed (رويترز), not by their gazetteer label (check_relayed_from)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_arabicrelay"

    def layout(self, text: str) -> Layout:
        layout = super().layout(text)
        return layout.model_copy(update={"relayed_from": ["رويترز"] if "رويترز" in text else []})


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
