"""The JSON report: the schema's own serialisation, byte-identical for identical input."""

from __future__ import annotations

from claimdiff.schema import Report


def render(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"
