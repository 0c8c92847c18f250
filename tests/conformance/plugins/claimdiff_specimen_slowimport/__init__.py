"""Broken: waits at import, as if loading a large model eagerly (check_import_time)."""

from __future__ import annotations

import time
from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl

time.sleep(6)  # stands for eager loading every run pays for


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_slowimport"


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
