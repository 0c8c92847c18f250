"""What the text and Markdown reports share: stories, labels and quotes, computed once."""

from __future__ import annotations

from dataclasses import dataclass

from claimdiff.schema import Claim, Document, Finding, Report, Severity, Span

QUOTE_MAX = 220


@dataclass(frozen=True)
class Story:
    id: str
    score: float
    reasons: list[str]
    claims: list[Claim]


def doc_label(doc: Document) -> str:
    """'Defa Press, relaying Le Monde, 2014-10-07' or the source name when nothing is known."""
    return f"{doc.label}, {doc.published}" if doc.published else doc.label


def quote(text: str, limit: int = QUOTE_MAX) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def stories(report: Report) -> list[Story]:
    by_id = {c.id: c for c in report.claims}
    out = []
    for a in report.alignments:
        members = [by_id[i] for i in a.claim_ids if i in by_id]
        if members:
            out.append(Story(a.id, a.score, a.reasons, members))
    return out


def findings_by_severity(report: Report) -> list[Finding]:
    return sorted(report.findings, key=lambda f: Severity(f.severity), reverse=True)


def docs_by_id(report: Report) -> dict[str, Document]:
    return {d.id: d for d in report.documents}


def evidence_lines(finding: Finding, docs: dict[str, Document]) -> list[tuple[str, Span]]:
    return [(doc_label(docs[e.doc_id]) if e.doc_id in docs else e.doc_id, e) for e in finding.evidence]


def summary(report: Report) -> str:
    counts = {s.value: 0 for s in Severity}
    for f in report.findings:
        counts[Severity(f.severity).value] += 1
    sev = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
    failed = sum(1 for d in report.documents if d.errors and not d.text)
    return (
        f"{len(report.documents)} documents ({failed} unreadable), {len(report.claims)} claims, "
        f"{len(report.alignments)} aligned stories, {len(report.findings)} findings"
        + (f" ({sev})" if sev else "")
    )
