"""Seed driver: quantity gold items (Q1-Q5) and the must-not items on identifiers and counters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdiff.quantities import find_quantities
from claimdiff.schema import QuantityMention, TextRange

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path("/work/shared/eval/gold/seeds.json")
pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="seed gold not available")


def _gold(section: str) -> list[dict[str, object]]:
    if not GOLD.exists():
        return []
    items: list[dict[str, object]] = json.loads(GOLD.read_text(encoding="utf-8"))[section]
    return items


def _doc(key: str) -> str:
    (path,) = sorted((ROOT / "examples").glob(f"{key}_*.txt"))
    return path.read_text(encoding="utf-8")


def _hits(key: str, quote: str) -> list[QuantityMention]:
    text = _doc(key)
    found = find_quantities(text, [TextRange(start=0, end=len(text))], doc_id=key, id_prefix="q")
    spans, i = [], text.find(quote)
    while i >= 0:
        spans.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    assert spans, f"{quote!r} not in {key}"
    return [q for q in found if any(q.start < e and s < q.end for s, e in spans)]


@pytest.mark.parametrize("item", _gold("quantities"), ids=lambda item: str(item["id"]))
def test_gold_quantity_item(item: dict[str, object]) -> None:
    got = [(q.value, q.qualifier.value) for q in _hits(str(item["doc"]), str(item["quote"]))]
    assert (float(item["value"]), item["qualifier"]) in got, got  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "item",
    [i for i in _gold("must_not") if i["id"] in ("N4", "N6")],
    ids=lambda item: str(item["id"]),
)
def test_gold_must_not_item(item: dict[str, object]) -> None:
    (doc, quote), *_ = item["evidence"]  # type: ignore[misc]
    assert _hits(doc, quote) == []
