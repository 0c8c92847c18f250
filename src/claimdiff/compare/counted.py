"""What a number counts: its class from ``counts.json`` (killed, injured, magnitude, money ...).

A number's unit noun names its class (37 قتيلاً -> killed).  A generic unit (شخص، مدني، عنصر) or a
bare number takes the class of the nearest cue word in its claim (مقتل 37 شخصاً -> killed), and a
cue right before the unit wins over the unit's own class (إصابة 5 أشخاص -> injured).  Classes
marked cumulative (tolls, cases) only grow over time, so a later report may give more.
"""

from __future__ import annotations

from functools import cache

from claimdiff.claims.tokens import Token
from claimdiff.compare import lexicons
from claimdiff.schema import QuantityMention
from claimdiff.text.morphkeys import lemma_keys
from claimdiff.text.normalize import fold_str

_WINDOW = 6  # words either side of the number searched for a cue
CUMULATIVE = frozenset(
    {"killed", "injured", "cases", "missing", "displaced", "evacuated", "arrested", "rescued"}
)


@cache
def _unit_classes() -> dict[str, tuple[str, bool]]:
    """Lemma key of a unit noun -> (class, whether the class is generic)."""
    out: dict[str, tuple[str, bool]] = {}
    for name, cls in lexicons.counts().classes.items():
        for unit in cls.units:
            head = unit.split()[-1]
            out.setdefault(lemma_keys(head)[0], (name, cls.generic))
            out.setdefault(head, (name, cls.generic))
    return out


@cache
def _cue_classes() -> dict[str, str]:
    """Lemma key of a cue's first word -> class (a cue shared by two classes is dropped)."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for name, cls in lexicons.counts().classes.items():
        for cue in cls.cues:
            k = lemma_keys(cue.split()[0])[0]
            if out.setdefault(k, name) != name:
                clash.add(k)
    return {k: v for k, v in out.items() if k not in clash}


def _unit_class(q: QuantityMention) -> tuple[str, bool] | None:
    if not q.unit:
        return None
    table = _unit_classes()
    for word in reversed(fold_str(q.unit).split()):
        if word in table:
            return table[word]
        for k in lemma_keys(word):
            if k in table:
                return table[k]
    return None


def _cue_near(q: QuantityMention, tokens: list[Token]) -> str | None:
    cues = _cue_classes()
    at = next((i for i, t in enumerate(tokens) if t.start >= q.start), len(tokens))
    best: tuple[int, str] | None = None
    for i in range(max(0, at - _WINDOW), min(len(tokens), at + _WINDOW)):
        t = tokens[i]
        if not t.is_word or q.start <= t.start < q.end:
            continue
        for k in lemma_keys(t.text):
            if k in cues:
                d = abs(i - at) + (0 if i < at else 1)  # a cue before the number binds more tightly
                if best is None or d < best[0]:
                    best = (d, cues[k])
                break
    return best[1] if best else None


def count_class(q: QuantityMention, tokens: list[Token]) -> str | None:
    """The class ``q`` counts, given the tokens of its claim; None when nothing says."""
    unit = _unit_class(q)
    if unit is not None and not unit[1]:
        return unit[0]
    cue = _cue_near(q, tokens)
    if cue is not None:
        return cue
    return unit[0] if unit is not None else None
