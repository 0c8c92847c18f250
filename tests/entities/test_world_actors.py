"""World news actors beyond the seed story, in their common spellings, linked to the right entry.

``data/world_actors.tsv`` is a hand-made table of people, bodies, groups and places from the news
of many countries (not taken from the seeds or from the gazetteer files).  Each mention is put in a
plain sentence of its type and must come out as a mention of the expected id; at least 90% must.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.entities import Gazetteer, find_entities
from claimdiff.entities.lookup import entity_kind
from claimdiff.schema import TextRange

TABLE = Path(__file__).parent / "data" / "world_actors.tsv"
SENTENCES = {
    "person": "وقال {} في تصريح للصحفيين أمس إن المحادثات مستمرة.",
    "place": "ووصلت قافلة المساعدات إلى {} صباح اليوم بعد تأخير طويل.",
    "other": "وأعلنت {} في بيان نشرته مساء الأحد أنها ترفض الاتهامات.",
}


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            country, mention, eid = line.split("\t")
            rows.append((country, mention, eid))
    return rows


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _linked(gaz: Gazetteer, mention: str, eid: str) -> bool:
    kind = eid.split(":", 1)[0]
    template = SENTENCES.get(kind, SENTENCES["other"])
    text = template.format(mention)
    start = text.index(mention)
    end = start + len(mention)
    found = find_entities(text, [TextRange(start=0, end=len(text))], doc_id="d", id_prefix="e", gazetteer=gaz)
    return any(m.entity_id == eid and start <= m.start and m.end <= end for m in found)


def test_table_is_large_and_wide() -> None:
    rows = _rows()
    assert len(rows) >= 200
    assert len({c for c, _, _ in rows if c != "INT"}) >= 10


def test_every_expected_id_exists(gaz: Gazetteer) -> None:
    missing = sorted({eid for _, _, eid in _rows() if eid not in gaz})
    assert not missing


def test_at_least_ninety_percent_are_linked(gaz: Gazetteer) -> None:
    rows = _rows()
    failed = [(m, eid) for _, m, eid in rows if not _linked(gaz, m, eid)]
    share = 1 - len(failed) / len(rows)
    assert share >= 0.9, f"{share:.1%} linked; missed: {failed}"


def test_entity_kinds_allow_same_type_checks(gaz: Gazetteer) -> None:
    kinds = {eid: entity_kind(eid, gaz) for _, _, eid in _rows()}
    assert kinds["place:egypt"] == "country"
    assert kinds["place:harem"] == "city"
    assert kinds["place:cairo"] == "capital"
    assert kinds["person:khalifa-haftar"] == "person"
    assert kinds["group:rsf-sudan"] == "group"
