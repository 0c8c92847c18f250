"""Two short articles analysed together, in either order, and what is found across them."""

from __future__ import annotations

import claimdiff
from claimdiff.schema import Document


def analyze_pair(a: str, b: str, order: str) -> claimdiff.Report:
    """The report on articles ``a`` and ``b`` given in that order (``"forward"``) or reversed."""
    texts = [a, b] if order == "forward" else [b, a]
    docs = [Document(id=f"d{n}", source=f"<d{n}>", text=t, text_origin="string") for n, t in enumerate(texts)]
    return claimdiff.analyze(docs)


def codes_across(a: str, b: str, order: str) -> set[str]:
    """The codes of the findings with evidence in both articles."""
    report = analyze_pair(a, b, order)
    return {f.code for f in report.findings if len({e.doc_id for e in f.evidence}) == 2}
