"""A user's gazetteer file (--gazetteer, analyze(gazetteer=...)) adds a story's actors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimdiff.cli.main import cli
from claimdiff.entities.user import load_gazetteer_file
from claimdiff.errors import InputError
from claimdiff.pipeline import analyze
from claimdiff.sources import Text

TEXT = "قال رئيس بلدية القرية زهير قنطار إن الطريق إلى بلدة عين الزيتون مقطوع منذ يومين.\n"


def _ids(report: object) -> dict[str, str]:
    return {r.text: r.entity_id for r in report.mentions if r.kind == "entity"}  # type: ignore[attr-defined]


@pytest.fixture
def json_file(tmp_path: Path) -> Path:
    p = tmp_path / "story.json"
    entries = [
        {"id": "person:zuhair-qantar", "type": "person", "aliases": ["زهير قنطار"]},
        {"id": "place:ain-al-zaytoun", "type": "place", "kind": "city", "aliases": ["عين الزيتون"]},
    ]
    p.write_text(json.dumps({"entries": entries}, ensure_ascii=False), encoding="utf-8")
    return p


def test_json_file_adds_entries(json_file: Path) -> None:
    before = _ids(analyze([Text(TEXT)]))
    assert "person:zuhair-qantar" not in before.values()
    after = _ids(analyze([Text(TEXT)], gazetteer=json_file))
    assert after.get("زهير قنطار") == "person:zuhair-qantar"
    assert after.get("عين الزيتون") == "place:ain-al-zaytoun"


def test_csv_file_adds_entries(tmp_path: Path) -> None:
    p = tmp_path / "story.csv"
    p.write_text(
        "id,type,names,label\nplace:ain-al-zaytoun,place,عين الزيتون|عين زيتون,Ain al-Zaytoun\n", "utf-8"
    )
    entries = load_gazetteer_file(p)
    assert entries[0]["aliases"] == ["عين الزيتون", "عين زيتون"]
    assert _ids(analyze([Text(TEXT)], gazetteer=p)).get("عين الزيتون") == "place:ain-al-zaytoun"


def test_mappings_are_accepted_too() -> None:
    extra = [{"id": "place:ain-al-zaytoun", "type": "place", "aliases": ["عين الزيتون"]}]
    assert _ids(analyze([Text(TEXT)], gazetteer=extra)).get("عين الزيتون") == "place:ain-al-zaytoun"


@pytest.mark.parametrize(
    ("name", "content", "cause"),
    [
        ("bad.json", "{not json", "not valid JSON"),
        ("bad.json", '{"entries": 3}', "expected a list"),
        ("bad.json", '[{"id": "nocolon", "type": "person"}]', "entry 1"),
        ("bad.json", '[{"id": "person:x", "type": "robot"}]', "type"),
        ("bad.csv", "id,names\nperson:x,X\n", "lacks type"),
    ],
)
def test_bad_files_name_the_file_and_cause(tmp_path: Path, name: str, content: str, cause: str) -> None:
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gazetteer_file(p)
    assert name in str(info.value) and cause in str(info.value)


def test_cli_diff_and_extract_take_the_option(tmp_path: Path, json_file: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(cli, ["extract", str(article), "--format", "json", "--gazetteer", str(json_file)])
    assert out.exit_code == 0, out.output
    assert "person:zuhair-qantar" in out.output
    out = runner.invoke(cli, ["diff", str(article), "--format", "json", "--gazetteer", str(json_file)])
    assert out.exit_code in (0, 1) and "place:ain-al-zaytoun" in out.output
    bad = tmp_path / "bad.json"
    bad.write_text("[", encoding="utf-8")
    out = runner.invoke(cli, ["diff", str(article), "--gazetteer", str(bad)])
    assert out.exit_code == 2 and "bad.json" in out.output
