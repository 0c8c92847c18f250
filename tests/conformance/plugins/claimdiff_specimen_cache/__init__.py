"""Broken: memoises layouts by text in an unbounded module-level cache (check_bounded_caches)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl

CACHE: dict[str, tuple[str, Layout]] = {}


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_cache"

    def layout(self, text: str) -> Layout:
        if text not in CACHE:
            CACHE[text] = (text * 4, super().layout(text))
        return CACHE[text][1].model_copy(deep=True)


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
