"""Broken: waits on a server that never answers in every layout() (a timeout, one failure)."""

from __future__ import annotations

import time
from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_sleepy"

    def layout(self, text: str) -> Layout:
        time.sleep(600)  # stands for a blocking call without a timeout
        return super().layout(text)


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
