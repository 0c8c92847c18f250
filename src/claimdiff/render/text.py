"""The terminal report: findings first, then each aligned story with every outlet's quote."""

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

# First-strong isolates keep an Arabic quote from reordering the Latin text around it.
FSI, PDI = "\u2068", "\u2069"


def _q(text: str) -> str:
    return f"«{FSI}{quote(text)}{PDI}»"


def render(report: Report) -> str:
    docs = docs_by_id(report)
    lines = [f"claimdiff: {summary(report)}", "", "Documents"]
    for d in report.documents:
        lines.append(f"  {d.id}  {d.source}")
        lines.append(f"      {doc_label(d)}" + (f"  [extractor: {d.extractor}]" if d.extractor else ""))
        if d.updated:
            lines.append(f"      updated {d.updated}")
        for err in d.errors:
            lines.append(f"      ERROR ({err.stage}): {err.message}")
    lines += ["", "Findings" if report.findings else "Findings: none"]
    for f in findings_by_severity(report):
        lines.append(f"  [{f.severity.upper()}] {f.kind} {f.code}: {f.message}")
        for label, span in evidence_lines(f, docs):
            lines.append(f"      {span.doc_id} ({label}): {_q(span.text)}")
    lines += ["", "Aligned stories" if report.alignments else "Aligned stories: none"]
    for s in stories(report):
        why = f" ({'; '.join(s.reasons)})" if s.reasons else ""
        lines.append(f"  {s.id}  score {s.score:.2f}{why}")
        for c in s.claims:
            who = doc_label(docs[c.doc_id]) if c.doc_id in docs else c.doc_id
            lines.append(f"      {c.doc_id} ({who}): {_q(c.text)}")
    return "\n".join(lines) + "\n"
