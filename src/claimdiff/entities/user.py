"""A user's own gazetteer file: the actors of one story added without writing a plugin.

JSON: a list of entries, or ``{"entries": [...]}``, each with at least ``id``, ``type`` and
``aliases`` (every field of :class:`~claimdiff.entities.gazetteer.Entry` is allowed).
CSV: a header with ``id``, ``type`` and ``names`` (spellings separated by ``|``), and optionally
``label`` and ``country``.  An id that already exists adds its spellings to the known entry.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimdiff.entities.gazetteer import Entry
from claimdiff.errors import InputError

_CSV_REQUIRED = ("id", "type", "names")


def load_gazetteer_file(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """The entries of a JSON or CSV gazetteer file; :class:`InputError` names the file and the fault."""
    name = os.fspath(path)
    try:
        text = Path(name).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(name, f"cannot read the gazetteer file ({exc})") from None
    rows = _from_csv(name, text) if name.lower().endswith(".csv") else _from_json(name, text)
    out: list[dict[str, Any]] = []
    for n, row in enumerate(rows, 1):
        try:
            entry = Entry.model_validate({**row, "source": row.get("source") or "gazetteer-file"})
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err.get("loc", ())) or "entry"
            raise InputError(name, f"entry {n} ({row.get('id')!r}): {where}: {err.get('msg')}") from None
        out.append(entry.model_dump(exclude_defaults=True))
    return out


def _from_json(name: str, text: str) -> list[Mapping[str, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"not valid JSON: {exc.msg} at line {exc.lineno}") from None
    if isinstance(data, dict):
        data = data.get("entries")
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise InputError(name, 'expected a list of entries or {"entries": [...]}')
    return data


def _from_csv(name: str, text: str) -> list[Mapping[str, Any]]:
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    missing = [f for f in _CSV_REQUIRED if f not in fields]
    if missing:
        raise InputError(name, f"the CSV header lacks {', '.join(missing)} (needs id, type, names)")
    out: list[Mapping[str, Any]] = []
    for raw in reader:
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        entry: dict[str, Any] = {
            "id": row["id"],
            "type": row["type"],
            "aliases": [a.strip() for a in row["names"].split("|") if a.strip()],
        }
        for optional in ("label", "country"):
            if row.get(optional):
                entry[optional] = row[optional]
        out.append(entry)
    return out


__all__ = ["load_gazetteer_file"]
