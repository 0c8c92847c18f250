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


_FORKED = """
import json, sys
from claimdiff.pipeline import analyse_each
from claimdiff.render import jsonl
from claimdiff.scale import forked, spill

forked.MIN_TASKS = 1  # fork even for this small corpus
spill.CACHE = 2
forked_blocks = []
real = forked.ordered
forked.ordered = lambda work, count, workers: forked_blocks.append(count) or real(work, count, workers)
out = [jsonl.header()]
spill.compare_streaming(analyse_each(json.loads(sys.argv[1])), out.extend, workers=2)
print(json.dumps({"blocks": forked_blocks, "lines": "".join(out)}))
"""


def test_forked_workers_read_the_spilled_analyses_through_their_own_connection(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    files = corpus(tmp_path / "corpus", 2)
    # a fresh interpreter: another test may have left a thread running here, and then nothing forks
    done = subprocess.run(
        [sys.executable, "-c", _FORKED, json.dumps(files)], capture_output=True, text=True, check=True
    )
    out = json.loads(done.stdout)
    assert out["blocks"] and out["blocks"][0] > 1
    assert out["lines"] == jsonl.render(analyze(files))
