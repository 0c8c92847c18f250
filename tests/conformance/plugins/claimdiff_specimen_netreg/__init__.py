"""Broken: fetches its outlet list over the network when it registers (check_no_network)."""

from __future__ import annotations

import contextlib
import socket
from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_netreg"


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    with contextlib.suppress(OSError):
        socket.create_connection(("updates.specimen.invalid", 443), timeout=2)
    register(Extractor())
