"""Broken: reads an API token from the environment and keeps it in a temporary file (check_env_declared)."""

from __future__ import annotations

import os
import tempfile
from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_secret"

    def layout(self, text: str) -> Layout:
        token = os.environ.get("SPECIMEN_API_TOKEN", "")
        with tempfile.TemporaryFile("w") as fh:
            fh.write(token)
        return super().layout(text)


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
