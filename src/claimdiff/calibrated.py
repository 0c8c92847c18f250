"""Models fitted offline and shipped as data: a logistic model (weights, intercept) or a small
ensemble of boosted trees, each with its thresholds.

``benchmarks/ans_fit.py`` writes them into ``data/compare/`` from the ANS train split; at run time
a model is a dot product or a few hundred comparisons and a sigmoid, with nothing to download.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache

from claimdiff import data_files

_Tree = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[float, ...], tuple[float, ...]]


@dataclass(frozen=True)
class Trees:
    """Gradient-boosted regression trees over named features; the sum of leaves is a log-odds."""

    features: tuple[str, ...]
    base: float
    rate: float
    trees: tuple[dict[str, list[float]], ...]
    thresholds: dict[str, float] = field(default_factory=dict)
    # The trees as tuples with integer indices, made once: the walk runs for every claim pair.
    _walk: tuple[_Tree, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        walk = tuple(
            (
                tuple(int(x) for x in t["left"]),
                tuple(int(x) for x in t["right"]),
                tuple(int(x) for x in t["feature"]),
                tuple(t["threshold"]),
                tuple(t["value"]),
            )
            for t in self.trees
        )
        object.__setattr__(self, "_walk", walk)

    def probability(self, values: dict[str, float]) -> float:
        row = [values.get(f, 0.0) for f in self.features]
        z = self.base
        for left, right, feature, threshold, value in self._walk:
            node = 0
            while left[node] >= 0:
                node = left[node] if row[feature[node]] <= threshold[node] else right[node]
            z += self.rate * value[node]
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Logistic:
    features: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    thresholds: dict[str, float] = field(default_factory=dict)

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept + sum(
            w * values.get(f, 0.0) for f, w in zip(self.features, self.weights, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load(name: str) -> Logistic | Trees:
    """The model in ``data/compare/<name>.json``."""
    data = data_files.load("claimdiff", f"compare/{name}.json")
    if data.get("kind") == "trees":
        return Trees(
            features=tuple(data["features"]),
            base=float(data["base"]),
            rate=float(data["rate"]),
            trees=tuple(data["trees"]),
            thresholds={k: float(v) for k, v in data.get("thresholds", {}).items()},
        )
    return Logistic(
        features=tuple(data["features"]),
        weights=tuple(float(w) for w in data["weights"]),
        intercept=float(data["intercept"]),
        thresholds={k: float(v) for k, v in data.get("thresholds", {}).items()},
    )
