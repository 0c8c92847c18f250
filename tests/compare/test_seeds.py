"""The seed articles: gold alignments and findings of the evaluation, with the real entity module."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from claimdiff.align import align
from claimdiff.claims import extract_claims
from claimdiff.compare import compare
from claimdiff.schema import Alignment, Claim, Document, Finding, Mention, TextRange

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _document(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    first = next(i for i, line in enumerate(text.split("\n")) if line.strip())
    start = sum(len(line) + 1 for line in text.split("\n")[:first])
    end = start + len(text.split("\n")[first].rstrip())
    return Document(
        id=path.name[:3],
        source=path.name,
        text=text,
        headline=TextRange(start=start, end=end),
        body=[TextRange(start=end, end=len(text))],
    )


@cache
def _outcome() -> tuple[list[Claim], list[Alignment], list[Finding]]:
    entities = pytest.importorskip("claimdiff.entities")
    docs = [_document(p) for p in sorted(EXAMPLES.glob("*.txt"))]
    mentions: list[Mention] = []
    claims: list[Claim] = []
    for doc in docs:
        ranges = [doc.headline, *doc.body]
        try:
            found = entities.find_entities(
                doc.text,
                ranges,
                doc_id=doc.id,
                id_prefix=f"{doc.id}:e",
                gazetteer=entities.Gazetteer.default(),
            )
        except Exception as exc:  # the entity module is another helper's and may be mid-change
            pytest.skip(f"entity module not usable: {exc}")
        mentions += found
        claims += extract_claims(doc, found)
    alignments = align(claims, mentions, docs)
    return claims, alignments, compare(claims, alignments, mentions, docs)


def _hits(claims: list[Claim], doc: str, quote: str) -> list[Claim]:
    return [c for c in claims if c.doc_id == doc and (quote in c.text or c.text in quote)]


def _component(alignments: list[Alignment]) -> dict[str, int]:
    group: dict[str, int] = {}
    for n, al in enumerate(alignments):
        for cid in al.claim_ids:
            group[cid] = n
    return group


@pytest.mark.parametrize(
    "members",
    [
        [
            ("000", "برئاسة اللواء علي المملوك"),
            ("003", "بينهم مدير مكتب الأمن القومي، علي مملوك"),
            ("002", "والذي يشرف عليه اللواء علي مملوك"),
        ],
        [("000", "فتح السفارة الفرنسية في دمشق"), ("001", "إعادة فتح السفارة الفرنسیة فی دمشق")],
    ],
)
def test_gold_alignments(members: list[tuple[str, str]]) -> None:
    claims, alignments, _ = _outcome()
    group = _component(alignments)
    sets = [{group.get(c.id) for c in _hits(claims, d, q)} - {None} for d, q in members]
    assert set.intersection(*sets)


def _evidence_on(f: Finding, doc: str, quote: str) -> bool:
    return any(e.doc_id == doc and (quote in e.text or e.text in quote) for e in f.evidence)


def test_different_second_conditions_diverge() -> None:
    _, _, findings = _outcome()
    assert any(
        f.kind == "divergence"
        and _evidence_on(f, "000", "تتوقف فرنسا عن دعم المعارضة المسلحة")
        and _evidence_on(f, "001", "التوقف الفوری عن النقد والحملات")
        for f in findings
    )


def _overlaps(f: Finding, doc: str, quote: str, text: str) -> bool:
    at = [i for i in range(len(text)) if text.startswith(quote, i)]
    return any(
        e.doc_id == doc and any(e.start < i + len(quote) and i < e.end for i in at) for e in f.evidence
    )


def test_no_finding_between_different_populations_or_renderings() -> None:
    _, _, findings = _outcome()
    texts = {p.name[:3]: p.read_text(encoding="utf-8") for p in EXAMPLES.glob("*.txt")}
    for f in findings:
        assert not (_overlaps(f, "003", "1200", texts["003"]) and _overlaps(f, "004", "2900", texts["004"]))
        assert not (
            _overlaps(f, "002", "مكتب الأمن الوطني", texts["002"])
            and _overlaps(f, "003", "مكتب الأمن القومي", texts["003"])
        )
