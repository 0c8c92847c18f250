"""JSON Lines: one object per line, written as results are ready.

A header line, then for each document its ``document`` line followed by its ``mention`` and
``claim`` lines, then every ``alignment`` and ``finding``.  Each line is the schema's own JSON of
one object with a ``type`` field added, so a reader can stream a corpus without holding it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from claimdiff.schema import SCHEMA_VERSION, Alignment, Claim, Document, Finding, Mention, Report

if TYPE_CHECKING:
    from pydantic import BaseModel


def _line(kind: str, model: BaseModel) -> str:
    return f'{{"type": "{kind}", ' + model.model_dump_json()[1:] + "\n"


def header() -> str:
    return json.dumps({"type": "header", "schema_version": SCHEMA_VERSION, "generator": "claimdiff"}) + "\n"


def document_lines(doc: Document, mentions: Iterable[Mention], claims: Iterable[Claim]) -> Iterator[str]:
    yield _line("document", doc)
    for m in mentions:
        yield _line("mention", m)
    for c in claims:
        yield _line("claim", c)


def result_lines(alignments: Iterable[Alignment], findings: Iterable[Finding]) -> Iterator[str]:
    for a in alignments:
        yield _line("alignment", a)
    for f in findings:
        yield _line("finding", f)


def render(report: Report) -> str:
    """The whole report at once; ``claimdiff diff --format jsonl`` writes the same lines as they come."""
    by_doc: dict[str, tuple[list[Mention], list[Claim]]] = {d.id: ([], []) for d in report.documents}
    for m in report.mentions:
        by_doc[m.doc_id][0].append(m)
    for c in report.claims:
        by_doc[c.doc_id][1].append(c)
    out = [header()]
    for d in report.documents:
        out += document_lines(d, *by_doc[d.id])
    out += result_lines(report.alignments, report.findings)
    return "".join(out)
