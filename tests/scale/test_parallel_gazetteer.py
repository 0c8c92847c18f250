"""A user's gazetteer reaches the worker processes, forked or started from a fork server."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimdiff import pipeline
from claimdiff.cli.main import cli
from claimdiff.schema import Report

TEXTS = [
    "قال رئيس بلدية القرية زهير قنطار إن الطريق إلى بلدة عين الزيتون مقطوع منذ يومين.\n",
    "أكد زهير قنطار أن بلدة عين الزيتون بلا كهرباء منذ ثلاثة أيام.\n",
    "نفى مسؤول محلي أن تكون عين الزيتون قد تضررت، بحسب ما قال زهير قنطار.\n",
]
ENTRIES = [
    {"id": "person:zuhair-qantar", "type": "person", "aliases": ["زهير قنطار"]},
    {"id": "place:ain-al-zaytoun", "type": "place", "kind": "city", "aliases": ["عين الزيتون"]},
]


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    files = []
    for n, text in enumerate(TEXTS):
        f = tmp_path / f"a{n}.txt"
        f.write_text(text, encoding="utf-8")
        files.append(str(f))
    return files


@pytest.fixture
def story(tmp_path: Path) -> Path:
    p = tmp_path / "story.json"
    p.write_text(json.dumps(ENTRIES, ensure_ascii=False), encoding="utf-8")
    return p


def _linked(report: Report) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {d.id: set() for d in report.documents}
    for m in report.mentions:
        if m.kind == "entity" and m.entity_id:
            found[m.doc_id].add(m.entity_id)
    return found


@pytest.mark.parametrize("threads", [1, 2], ids=["forked", "forkserver"])
def test_workers_use_the_user_gazetteer(
    articles: list[str], story: Path, threads: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    serial = pipeline.analyze(articles, gazetteer=story, jobs=1)
    assert all("person:zuhair-qantar" in ids for ids in _linked(serial).values())
    monkeypatch.setattr(threading, "active_count", lambda: threads)
    pooled = pipeline.analyze(articles, gazetteer=story, jobs=2)
    assert pooled.model_dump_json() == serial.model_dump_json()


def test_cli_diff_takes_gazetteer_and_jobs_together(articles: list[str], story: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.jsonl"
    args = ["diff", *articles, "--gazetteer", str(story), "--jobs", "2", "--format", "jsonl", "-o", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (0, 1), result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    linked = {line["doc_id"] for line in lines if line.get("entity_id") == "person:zuhair-qantar"}
    assert linked == {line["id"] for line in lines if line["type"] == "document"}
