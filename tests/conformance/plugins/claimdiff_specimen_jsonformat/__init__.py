"""Broken: a report format named 'json' whose render() raises (check_formats)."""

from __future__ import annotations

from typing import Any

from specimen_core import SpecimenExtractor, WithExamples

from claimdiff.hookspecs import hookimpl


class Extractor(WithExamples, SpecimenExtractor):
    name = "specimen_jsonformat"


def render(report: Any) -> str:
    return report.to_json()  # no such method: Report is a pydantic model (model_dump_json)


@hookimpl
def claimdiff_register_extractors(register: Any) -> None:
    register(Extractor())


@hookimpl
def claimdiff_register_formats(register: Any) -> None:
    register("json", render, "the report as JSON")
