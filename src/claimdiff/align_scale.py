"""The scale alignment scores pairs of claims on.

Article sentences are scored by a weighted sum of what two claims share, damped by each warning
sign (``data/compare/alignment_articles.json``, which also holds the thresholds); two headlines by
the model fitted on ANS headline pairs, whose probability is mapped onto the article scale so
that every later step reads one scale.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from claimdiff import data_files
from claimdiff.calibrated import Logistic, Trees, load


def headline_model() -> Logistic | Trees:
    """The same-event model of two headlines, fitted on ANS by ``benchmarks/ans_fit.py``; its own
    ``link`` and ``related`` thresholds are mapped onto the article scale by :func:`rescale`."""
    return load("alignment")


@cache
def _article() -> dict[str, Any]:
    data: dict[str, Any] = data_files.load("claimdiff", "compare/alignment_articles.json")
    return data


@cache
def thresholds() -> dict[str, float]:
    """``link`` (two claims align), ``group`` (how well two groups must link to merge), ``related``
    and ``within`` (scores at which unaligned claims, across documents or inside one, are still
    compared), on the article scale.  Shared between callers: never mutate it outside fitting."""
    return {k: float(v) for k, v in _article()["thresholds"].items()}


@cache
def _weights() -> tuple[dict[str, float], tuple[tuple[str, float], ...]]:
    """The article weights, and the damping factor of each warning sign, in the data's order."""
    data = _article()
    w = {k: float(v) for k, v in data["weights"].items()}
    return w, tuple((flag, float(factor)) for flag, factor in data["damping"].items())


def article_score(f: dict[str, float]) -> float:
    """The article weights: a weighted sum of overlaps, damped by each warning sign."""
    w, damping = _weights()
    if f["has_entities"]:
        score = w["content_with_entities"] * f["content"] + w["entities"] * f["entities"]
    else:
        score = w["content_alone"] * f["content"]
    score += sum(w[k] * f[k] for k in ("predicate", "text", "roles", "parties"))
    for flag, factor in damping:
        if f[flag]:
            score *= factor
    return min(1.0, score)


def rescale(p: float, own: dict[str, float]) -> float:
    """Map a headline probability onto the article scale, piecewise linearly, so that the model's
    ``related`` and ``link`` fall on the article ``related`` and ``link``."""
    art = thresholds()
    xs, ys = (0.0, own["related"], own["link"], 1.0), (0.0, art["related"], art["link"], 1.0)
    for k in range(3):
        if p <= xs[k + 1]:
            span = xs[k + 1] - xs[k]
            return ys[k] + (p - xs[k]) * (ys[k + 1] - ys[k]) / span if span else ys[k + 1]
    return 1.0
