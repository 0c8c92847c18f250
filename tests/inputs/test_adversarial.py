"""Every pattern of benchmarks/adversarial.py, small: cost per KB must not grow with the size.

The full benchmark runs 100 KB and 1 MB; here 4 KB and 20 KB keep the suite fast. The fixed
cost of one analyze() (a tiny text) is taken off both sizes so it cannot hide a quadratic step.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "adversarial.py"
SMALL, LARGE = 4_000, 20_000
LIMIT = 2.5
FLOOR = 0.01  # CPU seconds: below this a cost is timer noise, so a ratio of two such costs means nothing


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("adversarial_bench", PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _load()


@cache
def _fixed_cost() -> float:
    bench.warm_up()
    return min(bench.cost("x") for _ in range(3))


def test_the_benchmark_has_the_issue_patterns_and_ten_more() -> None:
    assert len(bench.PATTERNS) >= 14 + 10
    for name, make in bench.PATTERNS.items():
        text = make(SMALL)
        assert SMALL * 0.5 <= len(text.encode()) <= SMALL * 1.5, name


@pytest.mark.parametrize("name", list(bench.PATTERNS))
def test_cost_per_kb_does_not_grow(name: str) -> None:
    base = _fixed_cost()
    make = bench.PATTERNS[name]
    small, large = make(SMALL), make(LARGE)
    t_small = max(min(bench.cost(small) for _ in range(3)) - base, FLOOR)
    t_large = max(bench.cost(large) - base, FLOOR)
    ratio = (t_large / len(large.encode())) / (t_small / len(small.encode()))
    for _ in range(2):  # retries, best kept: a shared machine can stall any single run
        if ratio <= LIMIT:
            break
        t_large = min(t_large, max(bench.cost(large) - base, FLOOR))
        ratio = (t_large / len(large.encode())) / (t_small / len(small.encode()))
    assert ratio <= LIMIT, f"{name}: {t_small:.3f}s at {SMALL} B, {t_large:.3f}s at {LARGE} B ({ratio:.2f}x)"
