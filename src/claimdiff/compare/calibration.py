"""Whether the cues between two claims make a finding: a logistic model fitted on real pairs.

The weights, the intercept and the decision threshold live in ``data/compare/calibration.json``,
written by ``benchmarks/ans_fit.py`` from the ANS train split (threshold chosen on dev).  At run
time this is a dot product: no model library, nothing to download.
"""

from __future__ import annotations

import math

from rapidfuzz import fuzz

from claimdiff.calibrated import Logistic, Trees, load
from claimdiff.compare.cues import Cue
from claimdiff.compare.pairdiff import PairDiff

CUE_TYPES = (
    "antonym",
    "negation",
    "modality",
    "number",
    "date",
    "substitution",
    "entity",
    "role",
    "replaced",
)

# cue types newer than the fitted model, read as the type the model knows that is closest
_FEATURE = {"actor": "role", "unconfirmed": "modality", "prospect": "modality"}


def model() -> Logistic | Trees:
    return load("calibration")


def features(diff: PairDiff, found: list[Cue], pair_score: float) -> dict[str, float]:
    """The model's inputs: the strongest cue of each type and how much the claims share."""
    values: dict[str, float] = {f"cue_{t}": 0.0 for t in CUE_TYPES}
    for c in found:
        key = f"cue_{_FEATURE.get(c.type, c.type)}"
        values[key] = max(values[key], c.strength)
    (wx, wy), (ux, uy) = diff.words, diff.unmatched
    values["shared"] = diff.shared_share()
    shares = sorted((len(ux) / max(1, len(wx)), len(uy) / max(1, len(wy))))
    values["unmatched_low"], values["unmatched_high"] = shares
    values["unmatched_min"] = min(len(ux), len(uy)) / 4.0
    values["length"] = math.log1p(len(wx) + len(wy))
    values["text"] = fuzz.token_set_ratio(diff.x.profile.folded, diff.y.profile.folded) / 100.0
    values["pair"] = pair_score
    values["cues"] = float(len({c.type for c in found}))
    return values
