"""Broken: looks up a telemetry host on every layout, ignoring failures (check_no_network)."""

from __future__ import annotations

import contextlib
import socket
from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.extractors.base import Layout
from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_phone"

    def layout(self, text: str) -> Layout:
        with contextlib.suppress(OSError):
            socket.getaddrinfo("telemetry.specimen.invalid", 443)
        return super().layout(text)


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
