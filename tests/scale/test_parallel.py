"""The process pool gives the very report a serial run gives, byte for byte."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from scale_corpus import corpus

from claimdiff import pipeline
from claimdiff.cli.main import cli
from claimdiff.render import jsonl


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return corpus(tmp_path_factory.mktemp("parallel"), 2)[:6]


@pytest.fixture(scope="module")
def serial(files: list[str]) -> str:
    return pipeline.analyze(files, jobs=1).model_dump_json(indent=2)


def test_two_forked_workers_give_byte_identical_json(files: list[str], serial: str) -> None:
    assert pipeline.analyze(files, jobs=2).model_dump_json(indent=2) == serial


def test_fresh_workers_taking_over_every_few_documents_give_byte_identical_json(
    files: list[str], serial: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimdiff.scale import pool

    pools: list[int] = []
    one = pool._one_pool
    monkeypatch.setattr(pool, "PER_POOL", 2)
    monkeypatch.setattr(pool, "_one_pool", lambda *args: pools.append(1) or one(*args))
    assert pipeline.analyze(files, jobs=2).model_dump_json(indent=2) == serial
    assert len(pools) == 3  # six documents, two a pool


_FORKED_BLOCKS = """
import json, sys
from claimdiff import pipeline
from claimdiff.scale import forked

forked.MIN_TASKS = 1  # the small corpus has too few documents and pairs to fork for
forked.CHUNKS_PER_WORKER = 64  # blocks of one document: many results to put back in order
blocks = []
real = forked.ordered
forked.ordered = lambda work, count, workers: blocks.append(count) or real(work, count, workers)
report = pipeline.analyze(json.loads(sys.argv[1]), jobs=2).model_dump_json(indent=2)
print(json.dumps({"blocks": blocks, "report": report}))
"""


def _fresh(script: str, *args: str) -> Any:
    """What ``script`` prints, run in a fresh interpreter: another test may have left a thread
    running here, and then nothing forks."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_documents_and_pairs_compared_in_forked_workers_give_byte_identical_json(
    files: list[str], serial: str
) -> None:
    out = _fresh(_FORKED_BLOCKS, json.dumps(files))
    assert out["blocks"] and out["blocks"][0] > 1
    assert out["report"] == serial


_EVERY_TASK = """
import json, os, sys
from claimdiff.pipeline import analyse_each
from claimdiff.scale import forked, pairs

forked.MIN_TASKS = 1
items = list(analyse_each(json.loads(sys.argv[1])))
chosen = pairs.pairs([pairs.sign(item) for item in items])

def get(n):
    with open(sys.argv[2], "a") as log:  # which process read it
        log.write(f"{os.getpid()} ")
    return items[n]

def results(workers):
    return [
        [d.phase, d.i, d.j, [a.model_dump_json() for a in d.alignments],
         [f.model_dump_json() for f in d.findings], d.firsts]
        for d in pairs.blocks(len(items), chosen, get, workers, owners=1)
    ]

serial = results(1)
print(json.dumps({"pairs": chosen, "serial": serial, "forked": results(2), "parent": os.getpid()}))
"""


def test_forked_workers_give_every_task_in_the_serial_order(files: list[str], tmp_path: Path) -> None:
    log = tmp_path / "readers.txt"
    out = _fresh(_EVERY_TASK, json.dumps(files), str(log))
    # the documents were read in the parent (serial), then in two other processes
    assert (
        set(log.read_text(encoding="utf-8").split()) - {str(out["parent"])}
        and len(set(log.read_text(encoding="utf-8").split())) == 3
    )
    # blocks of one document: it alone, then its pairs; none dropped, none moved
    keys = [tuple(r[:3]) for r in out["forked"]]
    assert keys == [
        key for n in range(len(files)) for key in [(1, n, 0)] + [(2, i, j) for i, j in out["pairs"] if i == n]
    ]
    assert out["pairs"] and any(r[3] for r in out["forked"]) and any(r[4] for r in out["forked"])
    assert out["forked"] == out["serial"]


def test_workers_that_load_their_own_plugins_give_byte_identical_json(
    files: list[str], serial: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another thread running: the pool must not fork, and starts workers from a fork server.
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert pipeline.analyze(files, jobs=2).model_dump_json(indent=2) == serial


def test_progress_reports_every_document_then_align_and_compare(files: list[str]) -> None:
    seen: list[str] = []
    pipeline.analyze(files[:3], jobs=2, progress=seen.append)
    assert seen == [*files[:3], "align", "compare"]


def test_cli_jobs_flag_and_streamed_jsonl_match_the_library(
    files: list[str], serial: str, tmp_path: Path
) -> None:
    runner = CliRunner()
    out = tmp_path / "report.jsonl"
    result = runner.invoke(cli, ["diff", *files, "--format", "jsonl", "--jobs", "2", "-o", str(out)])
    assert result.exit_code in (0, 1), result.output
    streamed = out.read_text(encoding="utf-8")
    from claimdiff.schema import Report

    assert streamed == jsonl.render(Report.model_validate_json(serial))
    lines = [json.loads(line) for line in streamed.splitlines()]
    kinds = [line["type"] for line in lines]
    assert kinds[0] == "header" and kinds.count("document") == len(files)
    # Every document's mentions and claims follow it, before any finding.
    assert kinds.index("finding") > max(i for i, k in enumerate(kinds) if k in ("claim", "mention"))
    for i, line in enumerate(lines):
        if line["type"] in ("claim", "mention"):
            owner = next(x for x in reversed(lines[:i]) if x["type"] == "document")
            assert line["doc_id"] == owner["id"]
    stdout = runner.invoke(cli, ["diff", files[0], "--format", "jsonl", "--jobs", "1"])
    assert stdout.output == jsonl.render(pipeline.analyze(files[:1]))
