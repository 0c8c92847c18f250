"""The Markdown report, for an issue or a pull request."""

from __future__ import annotations

from claimdiff.render.view import (
    doc_label,
    docs_by_id,
    evidence_lines,
    findings_by_severity,
    quote,
    stories,
    summary,
)
from claimdiff.schema import Report


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report) -> str:
    docs = docs_by_id(report)
    out = ["# claimdiff report", "", summary(report), "", "## Documents", ""]
    out += ["| id | source | outlet | published | updated | errors |", "|---|---|---|---|---|---|"]
    for d in report.documents:
        errs = "; ".join(f"{e.stage}: {e.message}" for e in d.errors)
        out.append(
            f"| {_cell(d.id)} | `{_cell(d.source)}` | {_cell(doc_label(d))} | {d.published or ''} "
            f"| {d.updated or ''} | {_cell(errs)} |"
        )
    out += ["", "## Findings", ""]
    if not report.findings:
        out.append("No findings.")
    for f in findings_by_severity(report):
        out.append(f"- **{f.severity.upper()}** `{f.kind}` `{f.code}`: {f.message}")
        for label, span in evidence_lines(f, docs):
            out.append(f"  - {span.doc_id} ({label}): > {quote(span.text)}")
    out += ["", "## Aligned stories", ""]
    if not report.alignments:
        out.append("No claims aligned across documents.")
    for s in stories(report):
        out.append(f"### {s.id} (score {s.score:.2f})")
        if s.reasons:
            out.append("")
            out.append("Why: " + "; ".join(s.reasons))
        out.append("")
        for c in s.claims:
            who = doc_label(docs[c.doc_id]) if c.doc_id in docs else c.doc_id
            out.append(f"> **{c.doc_id}** ({who}): {quote(c.text)}")
            out.append(">")
        if out[-1] == ">":
            out.pop()
        out.append("")
    return "\n".join(out).rstrip() + "\n"
