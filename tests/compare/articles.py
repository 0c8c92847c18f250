"""Short test articles and the mentions the other modules would give them, built by hand."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from claimdiff.align import align
from claimdiff.claims import extract_claims
from claimdiff.compare import compare
from claimdiff.schema import (
    Alignment,
    Claim,
    Document,
    EntityMention,
    Finding,
    Mention,
    Qualifier,
    QuantityMention,
    TextRange,
    TimeMention,
    make_span,
)
from claimdiff.text.normalize import fold

# Surface form (any spelling; matched after folding) -> (entity id, type).
NAMES: dict[str, tuple[str, str]] = {
    "هانس مولر": ("person:mueller", "person"),
    "مولر": ("person:mueller", "person"),
    "بغداد": ("place:baghdad", "place"),
    "حمص": ("place:homs", "place"),
    "القاهرة": ("place:cairo", "place"),
    "عمان": ("place:amman", "place"),
    "بروكسل": ("place:brussels", "place"),
    "طهران": ("place:tehran", "place"),
    "إيران": ("place:iran", "place"),
    "مصر": ("place:egypt", "place"),
    "الأردن": ("place:jordan", "place"),
    "فرنسا": ("place:france", "place"),
    "ألمانيا": ("place:germany", "place"),
    "إيطاليا": ("place:italy", "place"),
    "مكتب الأمن الوطني": ("org:nso", "organization"),
    "مكتب الأمن القومي": ("org:nso", "organization"),
    "سمير داود": ("person:samir-daoud", "person"),
}


@dataclass
class Article:
    doc_id: str
    text: str
    outlet: str | None = None
    relayed_from: list[str] = field(default_factory=list)
    quantities: list[tuple[str, float, str, Qualifier]] = field(default_factory=list)
    times: list[tuple[str, str]] = field(default_factory=list)

    def document(self) -> Document:
        first = self.text.split("\n", 1)[0]
        head = TextRange(start=0, end=len(first))
        body = [TextRange(start=len(first), end=len(self.text))]
        return Document(
            id=self.doc_id,
            source=f"{self.doc_id}.txt",
            text=self.text,
            outlet=self.outlet,
            relayed_from=self.relayed_from,
            headline=head,
            body=body,
        )


def _find(text: str, surface: str) -> Iterable[tuple[int, int]]:
    folded = fold(text)
    needle = fold(surface).text
    for m in re.finditer(r"(?<!\w)(?:[وفبل]|ال|وال|بال)?" + re.escape(needle) + r"(?!\w)", folded.text):
        start = m.end() - len(needle)
        yield folded.to_original(start, m.end())


def mentions_of(doc: Document, art: Article) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    n = 0
    for surface in sorted(NAMES, key=len, reverse=True):
        eid, etype = NAMES[surface]
        for s, e in _find(doc.text, surface):
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            n += 1
            span = make_span(doc.id, doc.text, s, e)
            out.append(
                EntityMention(id=f"{doc.id}:e{n}", entity_id=eid, entity_type=etype, **span.model_dump())
            )
    for k, (surface, value, unit, qualifier) in enumerate(art.quantities, 1):
        s, e = next(iter(_find(doc.text, surface)))
        span = make_span(doc.id, doc.text, s, e)
        out.append(
            QuantityMention(
                id=f"{doc.id}:q{k}", value=value, unit=unit, qualifier=qualifier, **span.model_dump()
            )
        )
    for k, (surface, value) in enumerate(art.times, 1):
        s, e = next(iter(_find(doc.text, surface)))
        span = make_span(doc.id, doc.text, s, e)
        out.append(TimeMention(id=f"{doc.id}:t{k}", value=value, **span.model_dump()))
    return out


@dataclass
class Outcome:
    documents: list[Document]
    claims: list[Claim]
    alignments: list[Alignment]
    findings: list[Finding]

    def of_kind(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]

    def signature(self) -> set[tuple[str, str, frozenset[tuple[int, int]]]]:
        """Findings as (kind, code, evidence positions): independent of ids and document order."""
        return {(f.kind, f.code, frozenset((e.start, e.end) for e in f.evidence)) for f in self.findings}


def run(articles: Sequence[Article]) -> Outcome:
    docs = [a.document() for a in articles]
    mentions: list[Mention] = []
    claims: list[Claim] = []
    for doc, art in zip(docs, articles, strict=True):
        ms = mentions_of(doc, art)
        mentions += ms
        claims += extract_claims(doc, ms)
    alignments = align(claims, mentions, docs)
    findings = compare(claims, alignments, mentions, docs)
    return Outcome(docs, claims, alignments, findings)


def respell(text: str) -> str:
    """The same text with Persian yeh and keheh, hamza dropped from alef and Persian digits."""
    table = str.maketrans(
        {"ي": "ی", "ك": "ک", "أ": "ا", "إ": "ا", **{str(d): chr(0x06F0 + d) for d in range(10)}}
    )
    return text.translate(table)


def evidence_texts(f: Finding) -> list[str]:
    return [e.text for e in f.evidence]
