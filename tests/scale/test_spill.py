"""``diff --format jsonl`` compares from a spill file and still writes the report ``analyze`` gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from scale_corpus import corpus

from claimdiff.pipeline import analyse_each, analyze
from claimdiff.render import jsonl
from claimdiff.scale import pairs, spill


def test_the_spilled_comparison_writes_the_lines_of_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = corpus(tmp_path / "corpus", 3)
    expected = jsonl.render(analyze(files))
    # blocks and a cache much smaller than the corpus: analyses go to disk and come back
    monkeypatch.setattr(spill, "OWNERS_PER_BLOCK", 4)
    monkeypatch.setattr(spill, "CACHE", 3)
    monkeypatch.setattr(pairs, "PAIRS_PER_BLOCK", 3)
    out: list[str] = [jsonl.header()]
    streamed = spill.compare_streaming(analyse_each(files), out.extend)
    assert "".join(out) == expected
    assert streamed.findings == expected.count('{"type": "finding"') > 0
    assert '{"type": "alignment"' in expected
    assert streamed.unreadable == []
