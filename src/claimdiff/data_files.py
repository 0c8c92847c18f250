"""JSON data files shipped in a package's ``data`` folder, read and parsed once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(package: str, name: str) -> dict[str, Any]:
    """The parsed ``<package>/data/<name>``; shared between callers, so never mutate it."""
    raw = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data
