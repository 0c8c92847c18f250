"""Broken: pings its telemetry server with curl on every layout, ignoring failures (check_no_subprocess)."""

from __future__ import annotations

import contextlib
import subprocess
from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_subprocess"

    def layout(self, text: str) -> Layout:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(["curl", "-s", "https://telemetry.specimen.invalid/ping"], check=False, timeout=5)
        return super().layout(text)


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
