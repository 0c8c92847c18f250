"""Broken: layout() kills its own process on a text of white space only (a crash in C code, say)."""

from __future__ import annotations

import os
import signal
from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_crash"

    def layout(self, text: str) -> Layout:
        if text and not text.strip():
            os.kill(os.getpid(), signal.SIGKILL)
        return super().layout(text)


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
