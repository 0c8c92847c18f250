"""The installed outlet plugins over the seed articles, held against the gold analysis."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimdiff.extractors.base import Extractor, Layout
from claimdiff.plugins import Plugins, load

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLD = ROOT.parent / "shared" / "eval" / "gold" / "seeds.json"
OUTLET_PLUGINS = {"shamtimes", "zaitun", "france24", "defapress"}


@pytest.fixture(scope="module")
def plugins() -> Plugins:
    loaded = load()
    missing = OUTLET_PLUGINS - set(loaded.extractors)
    if missing:
        pytest.fail(f"outlet plugins not installed (pip install -e plugins/claimdiff-*): {sorted(missing)}")
    return loaded


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    if not GOLD.exists():
        pytest.skip("gold analysis (shared/eval) not beside this checkout")
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


def choose(plugins: Plugins, text: str) -> Extractor:
    """The pipeline's choice: the surest extractor above 0.5, else the generic one."""
    scores = {n: e.detect(text) for n, e in plugins.extractors.items() if n != "generic"}
    best = max(scores, key=lambda n: scores[n])
    return plugins.extractors[best if scores[best] > 0.5 else "generic"]


def seed(prefix: str) -> str:
    return next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def content(text: str, layout: Layout) -> list[tuple[int, int]]:
    ranges = [*([layout.headline] if layout.headline else []), *layout.body]
    return [(r.start, r.end) for r in ranges]


def test_each_seed_gets_its_outlet_and_relays(plugins: Plugins, gold: dict[str, Any]) -> None:
    for doc in gold["documents"]:
        text = seed(doc["file"][:3])
        layout = choose(plugins, text).layout(text)
        assert layout.outlet == doc["outlet"], doc["file"]
        assert sorted(layout.relayed_from) == sorted(doc["relayed_from"]), doc["file"]


def test_the_no_masthead_seed_falls_to_the_generic_extractor(plugins: Plugins) -> None:
    assert choose(plugins, seed("000")).name == "generic"


def test_gold_must_not_quotes_lie_outside_headline_and_body(plugins: Plugins, gold: dict[str, Any]) -> None:
    checked = 0
    for item in gold["must_not"]:
        if item["what"] != "any":
            continue
        for prefix, quote in item["evidence"]:
            text = seed(prefix)
            layout = choose(plugins, text).layout(text)
            start = 0
            while (at := text.find(quote, start)) >= 0:
                for s, e in content(text, layout):
                    assert not (s < at + len(quote) and at < e), (
                        f"{item['id']}: {quote!r} is in headline/body"
                    )
                start, checked = at + 1, checked + 1
    assert checked >= 3


def test_every_extractor_stays_low_on_other_outlets_seeds(plugins: Plugins, gold: dict[str, Any]) -> None:
    for doc in gold["documents"]:
        text = seed(doc["file"][:3])
        for name in OUTLET_PLUGINS:
            ex = plugins.extractors[name]
            if doc["outlet"] in ex.outlets:
                assert ex.detect(text) > 0.5, (name, doc["file"])
            else:
                assert ex.detect(text) < 0.2, (name, doc["file"])
