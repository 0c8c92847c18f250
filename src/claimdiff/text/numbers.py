"""Number words: the one table (``data/numbers.json``) and the one grammar that reads them.

Quantities (ثلاثة آلاف نازح، مليونا نازح) and dates (منذ خمسة وعشرين يوما) read a run of number
words with :func:`compose`; each stage decides which words follow one another (adjacency, a glued
و) and what the number may stand for, never how the words add up.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from claimdiff import data_files
from claimdiff.text.normalize import fold_str

# Each word's kind: one (واحد), unit (2-9), teen (أحد، اثنا: only before عشر), ten (عشر),
# tens (20-90), hundred (مئة), hundreds (200-900), scale (ألف), pscale (آلاف: only after a
# number), sdual (ألفان), half (نصف: after a scale or a number), fraction (ربع).
_SECTIONS = {
    "one": "one",
    "units": "unit",
    "teen_units": "teen",
    "ten": "ten",
    "tens": "tens",
    "scales": "scale",
    "plural_scales": "pscale",
    "scale_duals": "sdual",
}
_CLASS = {"one": 0, "unit": 0, "teen": 1, "ten": 1, "tens": 1, "hundred": 2, "hundreds": 2}
_SCALES = ("scale", "pscale", "sdual")

Entry = tuple[str, float, bool]  # kind, value, joined to the word before by و


@cache
def words() -> dict[str, tuple[str, float]]:
    """Every number word, folded: its kind and value."""
    data = data_files.load("claimdiff", "numbers.json")
    out: dict[str, tuple[str, float]] = {}
    for section, kind in _SECTIONS.items():
        for w, v in data[section].items():
            out[fold_str(w)] = (kind, float(v))
    for w, v in data["hundreds"].items():
        out[fold_str(w)] = ("hundred" if v == 100 else "hundreds", float(v))
    for w in data["half"]:
        out[fold_str(w)] = ("half", 0.5)
    for w, v in data.get("fractions", {}).items():
        out.setdefault(fold_str(w), ("fraction", float(v)))
    return out


@cache
def vague() -> frozenset[str]:
    """Words that stand for a number without saying which (بضعة، عدة), folded."""
    return frozenset(fold_str(w) for w in data_files.load("claimdiff", "numbers.json")["vague"])


def compose(first: tuple[str, float], following: Callable[[int], Entry | None]) -> tuple[float, int] | None:
    """The value of the number words opened by ``first`` (kind, value) and how many words it takes.

    ``following(i)`` is the i-th word after the first (from 1) when it is a number word right after
    the one before, else None.  Words follow each other without و when they multiply or make a
    teen (ثلاثة عشر، ثلاث مئة، ثلاثة آلاف) and with و from larger to smaller, units before tens
    (مئة وخمسة وعشرون، مليون ونصف).  None when the words make no number: آلاف alone, أحد without
    عشر, a half that does not follow a number.
    """
    total = group = unit = 0.0
    last_scale, prev_kind, prev_class = 1.0, "", 9
    i = 0
    while True:
        entry = (*first, False) if i == 0 else following(i)
        if entry is None:
            break
        kind, value, conj = entry
        if prev_kind == "half" and kind == "scale" and value == last_scale and not conj:
            i += 1  # مليونين ونصف [مليون]: the scale restated after the half
            continue
        if i and not conj and not _joins(prev_kind, kind):
            break
        if conj and not _adds(prev_kind, prev_class, kind, value, last_scale):
            break
        if kind in ("one", "unit", "teen"):
            group += value
            unit = value
        elif kind in ("ten", "tens", "hundreds"):
            group += value
        elif kind == "hundred":
            group += unit * 99 if prev_kind in ("one", "unit") and not conj else 100
        elif kind in ("scale", "pscale"):
            if kind == "pscale" and group == 0:
                return None  # آلاف alone is vague
            total += (group or 1) * value
            group, last_scale = 0.0, value
        elif kind == "sdual":
            total += value
            last_scale = value / 2
        elif kind == "half":
            if not conj:
                return None
            if group == 0 and last_scale > 1:
                total += 0.5 * last_scale
            else:
                group += 0.5
        prev_class = _magnitude(kind, value, prev_kind, conj, prev_class)
        prev_kind = kind
        i += 1
    if prev_kind == "teen" or first[0] == "half":
        return None  # أحد without عشر, نصف alone
    value = total + group
    return (value, i) if value else None


def _joins(prev: str, kind: str) -> bool:
    """Words that continue a number without و: خمسة عشر، ثلاث مئة، ثلاثة آلاف."""
    if kind in ("scale", "pscale"):
        return prev not in ("scale", "pscale", "sdual", "half")
    return (prev in ("one", "unit", "teen") and kind == "ten") or (
        prev in ("one", "unit") and kind == "hundred"
    )


def _adds(prev: str, prev_class: int, kind: str, value: float, last_scale: float) -> bool:
    """Terms joined by و go from larger to smaller, except units before tens (خمسة وعشرون)."""
    if kind == "half":
        return True
    if kind in _SCALES:
        return value < last_scale
    cls = _CLASS.get(kind, 0)
    return cls < prev_class or (prev in ("one", "unit") and kind == "tens")


def _magnitude(kind: str, value: float, prev: str, conj: bool, prev_class: int) -> int:
    if kind in _SCALES:
        return 3 + len(str(int(value))) // 3
    if kind == "ten" and prev in ("one", "unit", "teen") and not conj:
        return 1
    return _CLASS.get(kind, prev_class)
