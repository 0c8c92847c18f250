"""A process comparing a corpus block after block keeps nothing of the blocks it has compared:
when a block starts, no claim view made by an earlier one is alive, however rarely the collector
runs on its own (the command line raises its thresholds).  Counts, not time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from scale_corpus import corpus

# Each process counts the claim views still alive (weak references to every view it made) as
# each block starts, the collector off as in the rarest case; blocks of one document each.
_COUNT_VIEWS = """
import gc, json, os, sys, weakref
from claimdiff.compare.context import ClaimView
from claimdiff.pipeline import analyse_each
from claimdiff.scale import forked, pairs

forked.MIN_TASKS = 1  # fork even for this small corpus
items = list(analyse_each(json.loads(sys.argv[1])))
chosen = pairs.pairs([pairs.sign(item) for item in items])
made = []
init = ClaimView.__init__

def tracked(self, *args, **kwargs):
    init(self, *args, **kwargs)
    made.append(weakref.ref(self))

ClaimView.__init__ = tracked
real = pairs.compare_block

def compare_block(block, get):
    alive = sum(r() is not None for r in made)
    with open(sys.argv[2], "a") as log:
        log.write(json.dumps([os.getpid(), alive, len(made)]) + "\\n")
    return real(block, get)

pairs.compare_block = compare_block
gc.disable()
for workers in (1, 2):
    done = list(pairs.blocks(len(items), chosen, items.__getitem__, workers, owners=1))
    made.clear()
print(json.dumps({"parent": os.getpid(), "documents": len(items), "pairs": len(chosen), "tasks": len(done)}))
"""


@pytest.fixture(scope="module")
def counted(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, int], list[list[int]]]:
    tmp = tmp_path_factory.mktemp("block_memory")
    files = corpus(tmp / "corpus", 2)[:6]
    log = tmp / "alive.jsonl"
    # a fresh interpreter: another test may have left a thread running here, and then nothing forks
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_VIEWS, json.dumps(files), str(log)],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = [json.loads(line) for line in Path(log).read_text(encoding="utf-8").splitlines()]
    return json.loads(done.stdout), rows


def test_no_block_starts_with_the_views_of_an_earlier_block_alive(
    counted: tuple[dict[str, int], list[list[int]]],
) -> None:
    run, rows = counted
    assert run["pairs"] and run["tasks"] == run["documents"] + run["pairs"]
    serial = [r for r in rows if r[0] == run["parent"]]
    workers = {r[0] for r in rows} - {run["parent"]}
    # one block per document, in this process and then in two forked workers
    assert len(serial) == run["documents"] and len(workers) == 2
    # views were made, block after block, and none outlived its block
    for pid in {r[0] for r in rows}:
        mine = [r for r in rows if r[0] == pid]
        assert len(mine) > 1 and mine[-1][2] > 0
        assert [alive for _, alive, _ in mine] == [0] * len(mine)
