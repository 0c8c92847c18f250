"""What a number counts: its class from ``counts.json`` (killed, injured, magnitude, money ...).

A number's unit noun names its class (37 قتيلاً -> killed).  A generic unit (شخص، مدني، عنصر) or a
bare number takes the class of the nearest cue word in its claim (مقتل 37 شخصاً -> killed), and a
cue right before the unit wins over the unit's own class (إصابة 5 أشخاص -> injured).  Classes
marked cumulative (tolls, cases) only grow over time, so a later report may give more.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from itertools import product

from claimdiff import data_files, derived
from claimdiff.claims import lexicon as claims_lexicon
from claimdiff.claims.tokens import Token
from claimdiff.compare import lexicons
from claimdiff.compare.wordkeys import word_keys
from claimdiff.schema import QuantityMention
from claimdiff.text.morphkeys import lemma_key, lemma_keys
from claimdiff.text.normalize import fold_str

_DEFINITE = re.compile(r"(?<![^\W\d_])[وبفك]?(?:ال|لل)\u0640*$")
_GLUED_ARTICLE = re.compile(r"[وبفك]?(?:ال|لل)\d")
_WINDOW = 6  # words either side of the number searched for a cue
_PEOPLE = "people"  # the generic class of persons in counts.json
Bounds = Callable[[QuantityMention], tuple[float, float]]
CUMULATIVE = frozenset(
    {"killed", "injured", "cases", "missing", "displaced", "evacuated", "arrested", "rescued"}
)


@derived.table()
def _unit_classes() -> dict[str, tuple[str, bool]]:
    """Lemma key of a unit noun -> (class, whether the class is generic)."""
    out: dict[str, tuple[str, bool]] = {}
    classes = lexicons.counts().classes.items()
    # a unit as written first, then the lemma keys: مدن is a city's plural, not مدني's key
    for name, cls in classes:
        for unit in cls.units:
            out.setdefault(unit.split()[-1], (name, cls.generic))
    for name, cls in classes:
        for unit in cls.units:
            out.setdefault(lemma_keys(unit.split()[-1])[0], (name, cls.generic))
    # The quantity layer names its units canonically (ton, dollar, dead): each takes the class
    # of its written forms.
    for canonical, forms in data_files.load("claimdiff", "quantities.json")["units"].items():
        for form in forms:
            word = fold_str(form).split()[-1] if fold_str(form).split() else ""
            found = out.get(word) or next((out[k] for k in lemma_keys(word) if k in out), None)
            if found is not None:
                out.setdefault(canonical, found)
                break
    return out


@derived.table()
def _cue_classes() -> dict[tuple[str, ...], str]:
    """Keys of a cue's words (:func:`word_keys`) -> class; a key sequence shared by two classes
    is dropped.  A cue of several words counts only as a whole (حملة اعتقالات, not every حملة)."""
    out: dict[tuple[str, ...], str] = {}
    clash: set[tuple[str, ...]] = set()
    for name, cls in lexicons.counts().classes.items():
        for cue in cls.cues:
            for k in product(*(word_keys(w, entry=True) for w in fold_str(cue).split())):
                if out.setdefault(k, name) != name:
                    clash.add(k)
    return {k: v for k, v in out.items() if k not in clash}


@cache
def _cue_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(k) for k in _cue_classes()}, reverse=True))


def _unit_class(q: QuantityMention, tokens: list[Token]) -> tuple[str, bool] | None:
    words = noun_words(q, tokens)
    return next((found for w in reversed(words) if (found := _unit_class_of(w))), None)


def _unit_class_of(word: str) -> tuple[str, bool] | None:
    table = _unit_classes()
    # the accusative's alif (مواطنا، فلسطينيا) is no part of the noun
    forms = (word, word[:-1]) if word.endswith("ا") and len(word) > 3 else (word,)
    for w in forms:
        if w in table:
            return table[w]
    found = next((table[k] for w in forms for k in lemma_keys(w) if k in table), None)
    if found is None and nationality(word) is not None:
        return (_PEOPLE, True)  # 12 فلسطينيا: a nationality counts people, like شخص
    return found


@cache
def _nisbas() -> dict[str, str]:
    """The nationality nouns of the gazetteer's countries (plurals too) -> the country's code."""
    return {p.words[0]: p.code for p in claims_lexicon.parties() if p.kind == "nisba" and len(p.words) == 1}


def nationality(word: str) -> str | None:
    """The country code of a folded nationality noun (فلسطينيا، سوريين), else None."""
    forms = (word, word[:-1]) if word.endswith("ا") and len(word) > 3 else (word,)
    return next((_nisbas()[w] for w in forms if w in _nisbas()), None)


def noun_words(q: QuantityMention, tokens: list[Token]) -> list[str]:
    """The folded words of the noun a figure counts: its unit, or the noun after من."""
    return fold_str(q.unit).split() if q.unit else _partitive(q, tokens)


def _partitive(q: QuantityMention, tokens: list[Token]) -> list[str]:
    """The noun a bare figure counts through من: «303 من عسكرييها», «الـ41 من المدنيين»."""
    at = bisect_left(tokens, q.end, key=lambda t: t.start)
    after = tokens[at : at + 2]
    if len(after) == 2 and after[0].is_word and after[1].is_word and fold_str(after[0].text) == "من":
        return [fold_str(after[1].text)]
    return []


def _cue_near(q: QuantityMention, tokens: list[Token]) -> str | None:
    cues = _cue_classes()
    at = bisect_left(tokens, q.start, key=lambda t: t.start)  # the first token at or after it
    end = bisect_left(tokens, q.end, key=lambda t: t.start)  # the first token after it
    best: tuple[int, str] | None = None
    # the window after a figure starts where the figure ends: its unit words are not the window
    words = [
        (i, word_keys(t.text))
        for i in range(max(0, at - _WINDOW), _clause_end(tokens, end, min(len(tokens), end + _WINDOW)))
        if (t := tokens[i]).is_word and not q.start <= t.start < q.end
    ]
    for n, (i, _) in enumerate(words):
        for size in _cue_lengths():
            run = words[n : n + size]
            if len(run) < size:
                continue
            found = next((cues[k] for k in product(*(keys for _, keys in run)) if k in cues), None)
            if found is not None:
                d = at - i if i < at else i - end + 1  # a cue before the number binds more tightly
                if best is None or d < best[0]:
                    best = (d, found)
                break
    return best[1] if best else None


def definite(text: str, q: QuantityMention) -> bool:
    """Whether a figure carries the article (المصابين الـ86): it names a count already given."""
    return _DEFINITE.search(text, max(0, q.start - 8), q.start) is not None


def _noun_before_definite(q: QuantityMention, tokens: list[Token]) -> str | None:
    """The class of the noun a definite figure follows (الضحايا الـ41، المصابين الـ86)."""
    i = bisect_left(tokens, q.start, key=lambda t: t.start) - 1
    if i < 1 or tokens[i].end < q.start or not _GLUED_ARTICLE.match(fold_str(tokens[i].text)):
        return None
    found = _unit_class_of(fold_str(tokens[i - 1].text))
    return found[0] if found is not None and not found[1] else None


def _clause_end(tokens: list[Token], start: int, stop: int) -> int:
    """Where the words after a figure stop: at ``stop`` or at the first punctuation (a comma
    closes what the figure counts: «حالة اشتباه بالكوليرا، محذرة من انهيار ...»)."""
    return next((i for i in range(start, stop) if tokens[i].kind == "punct"), stop)


def count_class(q: QuantityMention, tokens: list[Token]) -> str | None:
    """The class ``q`` counts, given the tokens of its claim; None when nothing says."""
    unit = _unit_class(q, tokens)
    if unit is not None and not unit[1]:
        return unit[0]
    named = _noun_before_definite(q, tokens)
    if named is not None:
        return named
    if unit is None and q.unit and q.unit.isalpha():
        return None  # a counted noun no class lists is its own class (مرشحا), whatever is near
    cue = _cue_near(q, tokens)
    if cue is not None and not (unit is not None and lexicons.counts().classes[cue].kind == "measure"):
        return cue  # a counted noun (شخص، حالة) takes a count's cue, not a measure's (منذ: hours)
    return unit[0] if unit is not None else None


@cache
def _factors() -> dict[tuple[str, str], float]:
    """(class, unit) -> the unit's multiple of its class's base unit, for the folded units of
    ``counts.json`` and for the quantity layer's unit names (year, km, ton), through their forms."""
    out: dict[tuple[str, str], float] = {}
    forms = data_files.load("claimdiff", "quantities.json")["units"]
    for name, cls in lexicons.counts().classes.items():
        out.update(((name, u), f) for u, f in cls.factors.items())
        for canonical, written in forms.items():
            found = [cls.factors[w] for w in map(fold_str, written) if w in cls.factors]
            if found:
                out.setdefault((name, canonical), found[0])
    return out


def factor(cls: str, q: QuantityMention) -> float | None:
    """How many of ``cls``'s base unit one of ``q``'s unit is (a year is 12 months); None when
    its unit has no factor."""
    if not q.unit:
        return None
    unit, table = fold_str(q.unit), _factors()
    found = table.get((cls, q.unit)) or table.get((cls, unit))
    if found is None and unit.split():
        found = next((table[(cls, k)] for k in lemma_keys(unit.split()[-1]) if (cls, k) in table), None)
    return found


def one_amount(cls: str, a: QuantityMention, b: QuantityMention, bounds: Bounds) -> bool:
    """Whether two figures in two units of one measure name one amount (3 سنوات / 36 شهرا, 2 كلم
    / 2000 متر); ``bounds`` gives the values a figure allows once its qualifier is read."""
    fa, fb = factor(cls, a), factor(cls, b)
    if fa is None or fb is None or fa == fb:
        return False
    (lo_a, hi_a), (lo_b, hi_b) = bounds(a), bounds(b)
    slack = 1 + 1e-9  # 0.1 of a km is 100.00000000000001 m
    return lo_a * fa <= hi_b * fb * slack and lo_b * fb <= hi_a * fa * slack


def counted_unit(q: QuantityMention) -> str | None:
    """A count class named by the number's own unit word, for a unit no class lists."""
    words = fold_str(q.unit).split() if q.unit else []
    return f"unit:{lemma_key(words[-1])}" if words else None
