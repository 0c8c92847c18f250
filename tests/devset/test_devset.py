"""The multi-topic development set: its gold is sound, and the comparator does not regress on it.

The sealed sets in ``benchmarks/heldout_stories`` and ``benchmarks/heldout_stories2`` are checked for
soundness only (by item id, never quoting them); their scores are read from ``score.py --set`` and are
not tests.  The development sets ``tests/devset2`` and ``tests/devset3`` hold a recall floor and a
false-alarm ceiling of their own.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from claimdiff import analyze
from claimdiff.schema import Finding, Severity, make_span

HERE = Path(__file__).resolve().parent
HELDOUT = HERE.parent.parent / "benchmarks" / "heldout_stories"
HELDOUT2 = HERE.parent.parent / "benchmarks" / "heldout_stories2"
DEV2 = HERE.parent / "devset2"
DEV3 = HERE.parent / "devset3"
DEV4 = HERE.parent / "devset4"
_STOP = re.compile(r"[.!?؟](?=\s)|\n")  # a decimal point is no sentence end


def _load_score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("claimdiff_devset_score", HERE / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


score = _load_score()

# set folder, minimum stories, minimum planted contradictions, minimum traps
SETS = [
    pytest.param(HERE, 8, 30, 30, id="dev"),
    pytest.param(HELDOUT, 4, 15, 15, id="heldout"),
    pytest.param(HELDOUT2, 6, 40, 40, id="heldout2"),
    pytest.param(DEV2, 8, 50, 50, id="dev2"),
    pytest.param(DEV3, 10, 50, 45, id="dev3"),
    pytest.param(DEV4, 8, 40, 40, id="dev4"),
]


@pytest.mark.parametrize(("folder", "stories", "planted", "traps"), SETS)
def test_gold_is_sound(folder: Path, stories: int, planted: int, traps: int) -> None:
    items = score.load_gold(folder)
    assert score.quote_problems(folder, items) == []
    articles = score.stories(folder)
    assert len(articles) >= stories
    assert all(2 <= len(paths) <= 4 for paths in articles.values()), {s: len(p) for s, p in articles.items()}
    assert {i.story for i in items} == set(articles)
    kinds = Counter(i.type for i in items)
    assert set(kinds) == set(score.TYPES), f"types without an item: {set(score.TYPES) - set(kinds)}"
    assert sum(1 for i in items if i.expect == "contradiction") >= planted
    assert sum(1 for i in items if i.expect != "contradiction") >= traps


def _sentence(folder: Path, doc: str, quote: str) -> tuple[str, int]:
    """The article and the start of the sentence (or line) holding ``quote``."""
    text = (folder / doc).read_text(encoding="utf-8")
    start = score.locate(text, quote)[0]
    stops = [m.end() for m in _STOP.finditer(text, 0, start)]
    return doc, stops[-1] if stops else 0


@pytest.mark.parametrize(
    "folder",
    [HERE, HELDOUT, HELDOUT2, DEV2, DEV3, DEV4],
    ids=["dev", "heldout", "heldout2", "dev2", "dev3", "dev4"],
)
def test_no_trap_shares_its_sentences_with_a_planted_contradiction(folder: Path) -> None:
    """So a comparator whose evidence is a whole sentence is not charged for a trap it did not raise."""
    items = score.load_gold(folder)
    where = {i.id: {_sentence(folder, q.doc, q.quote) for q in (i.a, i.b)} for i in items}
    planted = [i for i in items if i.expect == "contradiction"]
    shared = [
        (trap.id, c.id)
        for trap in items
        if trap.expect != "contradiction"
        for c in planted
        if c.story == trap.story and where[trap.id] <= where[c.id]
    ]
    assert shared == []


def test_dev2_plants_each_weak_kind_with_as_many_traps() -> None:
    """The second set measures the five kinds the comparator handles worst: enough of each, traps to match."""
    items = score.load_gold(DEV2)
    planted = Counter(i.type for i in items if i.expect == "contradiction")
    weak = ("modality", "actor", "antonym", "negation", "substitution")
    assert min(planted[kind] for kind in weak) >= 8, planted
    assert sum(1 for i in items if i.expect != "contradiction") >= sum(planted.values())


def test_dev_set_plants_contradictions_inside_one_article() -> None:
    inside = [i for i in score.load_gold(HERE) if i.expect == "contradiction" and i.same_doc]
    assert len(inside) >= 3


def test_gold_rejects_an_item_whose_expectation_does_not_fit_its_type(tmp_path: Path) -> None:
    item = {
        "id": "x",
        "story": "s",
        "type": "number",
        "expect": "none",
        "note": "",
        "a": {"doc": "s/a.txt", "quote": "1"},
        "b": {"doc": "s/b.txt", "quote": "2"},
    }
    (tmp_path / "gold.json").write_text(json.dumps([item]), encoding="utf-8")
    with pytest.raises(score.GoldError, match="expects"):
        score.load_gold(tmp_path)


def test_a_quote_must_be_unique() -> None:
    with pytest.raises(score.GoldError, match="2 times"):
        score.locate("سبعة وسبعة", "سبعة")
    assert score.locate("قتيل واحد", "واحد") == (5, 9)


def test_judge_needs_one_finding_over_both_quotes() -> None:
    """A finding counts when its evidence covers both quotes; two spans are needed inside one article."""
    items = {i.id: i for i in score.load_gold(HERE)}
    across = next(i for i in items.values() if i.expect == "contradiction" and not i.same_doc)
    inside = next(i for i in items.values() if i.expect == "contradiction" and i.same_doc)
    for item in (across, inside):
        report = analyze(score.stories(HERE)[item.story])
        docs = {Path(d.source).resolve(): d for d in report.documents}
        spans = []
        for q in (item.a, item.b):
            doc = docs[(HERE / q.doc).resolve()]
            start, end = score.locate(doc.text, q.quote)
            spans.append(make_span(doc.id, doc.text, start, end))
        good = Finding(
            id="t", kind="divergence", code="t", severity=Severity.low, message="m", evidence=spans
        )
        wrong_kind = good.model_copy(update={"kind": "date_issue"})
        half = good.model_copy(update={"evidence": spans[:1]})
        assert not score.judge(item, report.model_copy(update={"findings": [wrong_kind, half]}), HERE).flagged
        assert score.judge(item, report.model_copy(update={"findings": [half, good]}), HERE).flagged


@pytest.mark.parametrize(
    ("folder", "key"),
    [(HERE, ""), (DEV2, "dev2_"), (DEV3, "dev3_"), (DEV4, "dev4_")],
    ids=["dev", "dev2", "dev3", "dev4"],
)
def test_dev_set_recall_and_false_alarms_hold(folder: Path, key: str) -> None:
    limits = json.loads((HERE / "thresholds.json").read_text(encoding="utf-8"))
    limits = {name: limits[key + name] for name in ("recall_floor", "false_alarm_ceiling")}
    result = score.run(folder)
    summary = score.render(result, verbose=True)
    assert result.planted == sum(found_planted[1] for found_planted in result.by_type.values())
    assert result.recall >= limits["recall_floor"], summary
    assert len(result.false_alarms) <= limits["false_alarm_ceiling"], summary


def test_score_script_runs_on_any_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One story copied to a new folder is a set of its own; the script prints its totals."""
    story = "tunisia_election"
    shutil.copytree(HERE / story, tmp_path / story)
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    mine = [item for item in gold if item["story"] == story]
    (tmp_path / "gold.json").write_text(json.dumps(mine, ensure_ascii=False), encoding="utf-8")
    assert score.main(["--set", str(tmp_path), "--verbose"]) == 0
    out = capsys.readouterr().out
    planted = sum(1 for item in mine if item["expect"] == "contradiction")
    assert "recall of planted contradictions by type:" in out
    assert f"/{planted} (" in out.rstrip().splitlines()[-1]
