"""Run claims, alignment and comparison on the seed articles without the full pipeline.

Documents get headline = first non-blank line and body = the rest; mentions come from whichever
of the entity, date and quantity modules are importable.  Usage:

    python benchmarks/seed_driver.py [--claims] [--json report.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimdiff.align import align
from claimdiff.claims import extract_claims
from claimdiff.compare import compare
from claimdiff.schema import Claim, Document, Mention, Report, TextRange

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def seed_document(path: Path, doc_id: str | None = None) -> Document:
    text = path.read_text(encoding="utf-8")
    return document(text, doc_id or path.name[:3], source=str(path))


def document(text: str, doc_id: str, source: str = "", outlet: str | None = None) -> Document:
    pos = 0
    headline: TextRange | None = None
    for line in text.splitlines(keepends=True):
        if line.strip():
            stripped = line.rstrip("\r\n").rstrip()
            start = pos + (len(line) - len(line.lstrip()))
            headline = TextRange(start=start, end=pos + len(stripped))
            break
        pos += len(line)
    body = [TextRange(start=headline.end, end=len(text))] if headline else []
    return Document(
        id=doc_id, source=source or doc_id, text=text, headline=headline, body=body, outlet=outlet
    )


def mentions_for(doc: Document) -> list[Mention]:
    """Whatever the other modules find; each one is optional here."""
    ranges = [*([doc.headline] if doc.headline else []), *doc.body]
    found: list[Any] = []
    try:
        from claimdiff.entities import Gazetteer, find_entities

        found += find_entities(
            doc.text, ranges, doc_id=doc.id, id_prefix=f"{doc.id}:e", gazetteer=Gazetteer.default()
        )
    except Exception as exc:  # the module may not exist yet or be mid-change
        print(f"entities unavailable: {type(exc).__name__}: {exc}", file=sys.stderr)
    times: list[Any] = []
    try:
        from claimdiff.dates import find_times

        times = list(find_times(doc.text, ranges, doc_id=doc.id, anchor=None, id_prefix=f"{doc.id}:t"))
        found += times
    except Exception as exc:
        print(f"dates unavailable: {type(exc).__name__}: {exc}", file=sys.stderr)
    try:
        from claimdiff.quantities import find_quantities

        found += find_quantities(doc.text, ranges, doc_id=doc.id, id_prefix=f"{doc.id}:q", exclude=times)
    except Exception as exc:
        print(f"quantities unavailable: {type(exc).__name__}: {exc}", file=sys.stderr)
    return sorted(found, key=lambda m: (m.start, m.end, m.kind, m.id))


def run(paths: Sequence[Path]) -> Report:
    docs = [seed_document(p) for p in paths]
    mentions: list[Mention] = []
    claims: list[Claim] = []
    for doc in docs:
        ms = mentions_for(doc)
        mentions += ms
        claims += extract_claims(doc, ms)
    alignments = align(claims, mentions, docs)
    findings = compare(claims, alignments, mentions, docs)
    findings = [f.model_copy(update={"id": f"f{i}"}) for i, f in enumerate(findings, 1)]
    return Report(documents=docs, mentions=mentions, claims=claims, alignments=alignments, findings=findings)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--claims", action="store_true", help="print every claim")
    ap.add_argument("--json", type=Path, help="write the report as JSON")
    a = ap.parse_args()
    paths = a.paths or sorted(EXAMPLES.glob("*.txt"))
    report = run(paths)
    by_id = {c.id: c for c in report.claims}
    if a.claims:
        for c in report.claims:
            src = " > ".join(f"{s.relation}:{s.name}" for s in c.attribution)
            print(
                f"{c.id} [{c.predicate} {c.modality.value} {c.polarity}] "
                f"actor={c.actor.text if c.actor else '-'} target={c.target.text if c.target else '-'} "
                f"place={c.place.text if c.place else '-'} | {src}\n    {c.text}"
            )
    for al in report.alignments:
        print(f"{al.id} {al.score:.2f} {al.reasons}")
        for cid in al.claim_ids:
            print(f"    {cid}: {by_id[cid].text[:110]}")
    for f in report.findings:
        print(f"{f.id} {f.kind} {f.code} {f.severity.value}: {f.message}")
        for e in f.evidence:
            print(f"    {e.doc_id}: {e.text[:110]}")
    if a.json:
        a.json.write_text(
            json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
