"""Seed driver: entity gold items (E1-E9) hold when the whole text of each example is analysed.

An item holds when some entity id is shared by every listed mention, a mention's ids being those
of all found mentions overlapping any occurrence of its quote (the way the eval scorer reads them).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdiff.entities import Gazetteer, find_entities
from claimdiff.schema import EntityMention, TextRange

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path("/work/shared/eval/gold/seeds.json")
pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="seed gold not available")


def _gold_items() -> list[dict[str, object]]:
    if not GOLD.exists():
        return []
    items: list[dict[str, object]] = json.loads(GOLD.read_text(encoding="utf-8"))["entities"]
    return items


def _doc(key: str) -> str:
    (path,) = sorted((ROOT / "examples").glob(f"{key}_*.txt"))
    return path.read_text(encoding="utf-8")


def _mentions(key: str) -> list[EntityMention]:
    text = _doc(key)
    return find_entities(
        text, [TextRange(start=0, end=len(text))], doc_id=key, id_prefix="e", gazetteer=Gazetteer.default()
    )


def _ids_at(key: str, quote: str) -> set[str]:
    text = _doc(key)
    spans, i = [], text.find(quote)
    while i >= 0:
        spans.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    assert spans, f"{quote!r} not in {key}"
    return {m.entity_id for m in _mentions(key) if any(m.start < e and s < m.end for s, e in spans)}


@pytest.mark.parametrize("item", _gold_items(), ids=lambda item: str(item["id"]))
def test_gold_entity_item(item: dict[str, object]) -> None:
    sets = [_ids_at(doc, quote) for doc, quote in item["mentions"]]  # type: ignore[attr-defined]
    assert set.intersection(*sets), f"{item['label']}: ids per mention {sets}"


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_seed_spans_are_exact(key: str) -> None:
    text = _doc(key)
    for m in _mentions(key):
        assert text[m.start : m.end] == m.text


def _must_not() -> list[dict[str, object]]:
    if not GOLD.exists():
        return []
    items: list[dict[str, object]] = json.loads(GOLD.read_text(encoding="utf-8"))["must_not"]
    return [i for i in items if i["id"] in ("N4", "N6")]


@pytest.mark.parametrize("item", _must_not(), ids=lambda item: str(item["id"]))
def test_gold_must_not_item(item: dict[str, object]) -> None:
    (doc, quote), *_ = item["evidence"]  # type: ignore[misc]
    assert _ids_at(doc, quote) == set()
