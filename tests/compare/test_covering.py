"""The sweep that finds the mentions covering each word agrees with looking at every mention."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.compare.pairdiff import _covering
from claimdiff.schema import EntityMention

TEXT = "x" * 200


def _mention(n: int, start: int, length: int) -> EntityMention:
    end = min(len(TEXT), start + length)
    return EntityMention(
        id=f"e{n}",
        doc_id="d",
        start=start,
        end=end,
        text=TEXT[start:end],
        entity_id=f"place:{n}",
        entity_type="place",
    )


@given(
    st.lists(st.tuples(st.integers(0, 190), st.integers(1, 12)), max_size=30),
    st.lists(st.integers(0, 199), max_size=60, unique=True),
)
def test_the_sweep_finds_what_a_scan_of_every_mention_finds(
    spans: list[tuple[int, int]], words: list[int]
) -> None:
    ents = sorted((_mention(n, s, k) for n, (s, k) in enumerate(spans)), key=lambda m: m.start)
    positions = sorted(words)
    swept = _covering(ents, positions)
    for pos in positions:
        scanned = [m.entity_id for m in ents if m.start <= pos < m.end]
        assert sorted(swept.get(pos, [])) == sorted(scanned), pos
