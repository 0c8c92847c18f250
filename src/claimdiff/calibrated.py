"""Logistic models fitted offline and shipped as data: weights, intercept and thresholds.

``benchmarks/ans_fit.py`` writes them into ``data/compare/`` from the ANS train split; at run time
a model is a dot product and a sigmoid, with nothing to download.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache

from claimdiff import data_files


@dataclass(frozen=True)
class Logistic:
    features: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    thresholds: dict[str, float] = field(default_factory=dict)

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept + sum(w * values.get(f, 0.0) for f, w in zip(self.features, self.weights, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load(name: str) -> Logistic:
    """The model in ``data/compare/<name>.json``."""
    data = data_files.load("claimdiff", f"compare/{name}.json")
    return Logistic(
        features=tuple(data["features"]),
        weights=tuple(float(w) for w in data["weights"]),
        intercept=float(data["intercept"]),
        thresholds={k: float(v) for k, v in data.get("thresholds", {}).items()},
    )
