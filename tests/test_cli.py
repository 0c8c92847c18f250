from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimdiff.cli.main import cli

CALM_A = "الوزير يزور موسكو\n\nقال الوزير إن الزيارة كانت مفيدة.\n"
CALM_B = "زيارة الوزير\n\nوصل الوزير إلى موسكو في زيارة رسمية.\n"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), terminal_width=100)


@pytest.fixture
def calm(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in (("a.txt", CALM_A), ("b.txt", CALM_B)):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    return paths


def test_exit_0_when_nothing_reaches_fail_on(calm: list[str]) -> None:
    result = invoke("diff", *calm, "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [d["source"] for d in report["documents"]] == calm
    assert report["findings"] == []


def test_exit_1_on_findings_and_fail_on_raises_the_bar(examples: list[Path]) -> None:
    files = [str(p) for p in examples]
    result = invoke("diff", *files, "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert report["findings"]
    worst = max(["info", "low", "medium", "high"].index(f["severity"]) for f in report["findings"])
    above = ["info", "low", "medium", "high"][worst]
    assert invoke("diff", *files, "--fail-on", above).exit_code == 1
    if worst < 3:
        assert invoke("diff", *files, "--fail-on", "high").exit_code == 0


def test_exit_2_on_an_unreadable_file_which_still_appears_in_the_report(
    calm: list[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\x03" * 100)
    out = tmp_path / "report.json"
    result = invoke("diff", calm[0], str(bad), calm[1], "--format", "json", "--output", str(out))
    assert result.exit_code == 2
    assert "bad.txt: binary data" in result.output
    docs = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert [Path(d["source"]).name for d in docs] == ["a.txt", "bad.txt", "b.txt"]
    assert docs[1]["errors"] and not docs[0]["errors"] and not docs[2]["errors"]


@pytest.mark.parametrize("option", [["--format", "yaml"], ["--extractor", "nobody"]])
def test_exit_2_on_unknown_format_or_extractor(calm: list[str], option: list[str]) -> None:
    result = invoke("diff", *calm, *option)
    assert result.exit_code == 2
    assert option[1] in result.output


def test_usage_error_is_exit_2() -> None:
    assert invoke("diff").exit_code == 2


def test_json_report_is_byte_identical_across_processes(examples: list[Path], tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "5"):  # 5 once exposed a set-order tie in party matching
        out = tmp_path / f"r{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        args = [
            sys.executable,
            "-m",
            "claimdiff.cli",
            "diff",
            *map(str, examples),
            "--format",
            "json",
            "-o",
            str(out),
        ]
        subprocess.run(args, env=env, capture_output=True, check=False)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 1000


def test_every_span_in_the_report_is_exact(examples: list[Path]) -> None:
    report = json.loads(invoke("diff", *map(str, examples), "--format", "json").output)
    texts = {d["id"]: d["text"] for d in report["documents"]}
    spans = report["mentions"] + report["claims"] + [e for f in report["findings"] for e in f["evidence"]]
    assert spans
    for s in spans:
        assert texts[s["doc_id"]][s["start"] : s["end"]] == s["text"]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_human_formats_show_findings_and_documents(examples: list[Path], fmt: str) -> None:
    result = invoke("diff", *map(str, examples), "--format", fmt)
    assert result.exit_code == 1
    for p in examples:
        assert p.stem in result.output
    assert "date_issue" in result.output


def test_schema_command_prints_the_json_schema() -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    assert json.loads(result.output)["title"] == "Report"


def test_extract_shows_claims_with_attribution(examples: list[Path]) -> None:
    result = invoke("extract", str(examples[1]))
    assert result.exit_code == 0, result.output
    assert "attribution:" in result.output and "modality:" in result.output


def test_extract_unreadable_is_exit_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = invoke("extract", str(empty))
    assert result.exit_code == 2
    assert "empty.txt: empty file" in result.output


@pytest.mark.parametrize("bad", ["just one text", b"bytes", [None], [3.5]])
def test_analyze_refuses_what_is_not_a_list_of_sources(bad: object) -> None:
    from claimdiff import UsageError, analyze

    with pytest.raises(UsageError):
        analyze(bad)  # type: ignore[arg-type]


def test_analyze_takes_text_and_documents_and_keeps_given_dates() -> None:
    from claimdiff import Text, analyze
    from claimdiff.schema import Document

    given = Document(id="mine", source="feed", text=CALM_A, published="2020-05-04")
    report = analyze([Text(CALM_B), given])
    assert [d.id for d in report.documents] == ["doc1", "mine"]
    assert report.documents[1].published == "2020-05-04"
