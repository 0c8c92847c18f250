"""Broken: compares every masthead with every other one, quadratic on long texts (check_time_budget).

The work is CPU-bound, as real slowness is: a loaded machine slows it as much as the generic
extractor the kit measures it against.
"""

from __future__ import annotations

from typing import Any

from specimen_core import MASTHEAD, SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl

WORK_PER_PAIR = 100_000


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_slow"

    def layout(self, text: str) -> Layout:
        n = text.count(MASTHEAD)
        for _ in range(n * n * WORK_PER_PAIR // 1000):  # stands for comparing each pair of mastheads
            sum(range(1000))
        return super().layout(text)


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
