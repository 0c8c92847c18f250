"""The process pool gives the very report a serial run gives, byte for byte."""

from __future__ import annotations

import json
import threading
from pathlib import Path

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


_FORKED_PAIRS = """
import json, sys
from claimdiff import pipeline
from claimdiff.scale import forked

forked.MIN_JOBS = 1  # the small corpus has too few pairs to fork for
checked = []
real = forked._forked
forked._forked = lambda jobs, workers: checked.append(len(jobs)) or real(jobs, workers)
report = pipeline.analyze(json.loads(sys.argv[1]), jobs=2).model_dump_json(indent=2)
print(json.dumps({"checked": checked, "report": report}))
"""


def test_pairs_of_claims_checked_in_forked_workers_give_byte_identical_json(
    files: list[str], serial: str
) -> None:
    # A fresh interpreter: another test may have left a thread running here, and then nothing forks.
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _FORKED_PAIRS, json.dumps(files)], capture_output=True, text=True, check=True
    )
    out = json.loads(done.stdout)
    assert out["checked"] and out["checked"][0] > 1
    assert out["report"] == serial


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
