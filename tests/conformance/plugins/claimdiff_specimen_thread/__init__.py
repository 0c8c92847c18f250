"""Broken: starts a non-daemon refresher thread at import that never ends (check_no_threads_left)."""

from __future__ import annotations

import threading
from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl

_STOP = threading.Event()
threading.Thread(target=_STOP.wait, name="specimen-refresher").start()  # nobody ever sets _STOP


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_thread"


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())
