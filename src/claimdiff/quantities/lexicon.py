"""The quantity lexicon: number words (the one table, ``text/numbers.py``), units, qualifiers and
cue words from ``data/quantities.json``, folded once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimdiff import data_files, derived
from claimdiff.dates.lexicon import month_words
from claimdiff.schema import Qualifier
from claimdiff.text import numbers
from claimdiff.text.normalize import fold_str
from claimdiff.text.tokens import tokenize

CURRENCY = frozenset("$€£")


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, tuple[str, float]]
    units: dict[tuple[str, ...], str]
    duals: dict[str, str]
    before: list[tuple[tuple[str, ...], Qualifier]]
    after: list[tuple[tuple[str, ...], Qualifier]]
    id_cues: frozenset[tuple[str, ...]]
    clause_id_cues: frozenset[str]
    far_id_cues: frozenset[tuple[str, ...]]
    year_cues: frozenset[str]
    date_words: frozenset[str]
    not_units: frozenset[str]
    negations: frozenset[str]
    suffix_scales: dict[str, float]
    verb_qualifiers: dict[str, Qualifier]
    change_verbs: frozenset[str]
    construct_duals: dict[str, float]


def _phrase(s: str) -> tuple[str, ...]:
    """The words of a data phrase (and the signs %, $, €, £), folded, as the text layer reads them."""
    return tuple(t.norm for t in tokenize(s) if (t.kind == "word" or t.norm in CURRENCY or t.norm == "%"))


def _data(name: str) -> dict[str, Any]:
    return data_files.load("claimdiff", f"{name}.json")


@derived.table(objects=True)
def lexicon() -> Lexicon:
    """The lexicon, built once."""
    nums, cues = _data("numbers"), _data("quantities")
    # واحد alone is the article's "one" (شخص واحد), not a count worth a quantity
    words = {w: entry for w, entry in numbers.words().items() if entry[0] != "one"}

    def qualifier_phrases(table: dict[str, list[str]]) -> list[tuple[tuple[str, ...], Qualifier]]:
        out = [(_phrase(p), Qualifier(q)) for q, ps in table.items() for p in ps]
        return sorted(out, key=lambda x: -len(x[0]))

    def phrases(name: str) -> frozenset[tuple[str, ...]]:
        return frozenset(_phrase(p) for p in cues[name])

    units = {_phrase(form): unit for unit, forms in cues["units"].items() for form in forms}
    for cls in data_files.load("claimdiff", "compare/counts.json")["classes"].values():
        for noun in cls["units"]:  # a counted noun of the comparator's count classes is a unit too
            units.setdefault(_phrase(noun), " ".join(_phrase(noun)))
    return Lexicon(
        words=words,
        units=units,
        duals={fold_str(form): unit for unit, forms in cues["duals"].items() for form in forms},
        before=qualifier_phrases(cues["qualifiers"]),
        after=qualifier_phrases(cues["after"]),
        id_cues=phrases("id_cues"),
        clause_id_cues=frozenset(fold_str(w) for w in cues["clause_id_cues"]),
        far_id_cues=phrases("far_id_cues"),
        year_cues=frozenset(fold_str(w) for w in cues["year_cues"]),
        date_words=frozenset(fold_str(w) for w in cues["date_words"]) | month_words(),
        not_units=frozenset(fold_str(w) for w in cues["not_units"]),
        negations=frozenset(fold_str(w) for w in cues["negations"]),
        suffix_scales={fold_str(w): float(v) for w, v in nums.get("suffix_scales", {}).items()},
        verb_qualifiers={fold_str(w): Qualifier(q) for q, ws in cues["verb_qualifiers"].items() for w in ws},
        change_verbs=frozenset(fold_str(w) for w in cues["change_verbs"]),
        construct_duals={fold_str(w): float(v) for w, v in nums.get("construct_duals", {}).items()},
    )
