"""Quantities: numbers in any script or in Arabic words, with their unit, qualifier and range.

One pass over the folded text of each range: a number (digits, or number words such as ``ثلاثة``,
``مائتين وخمسين ألف``, the dual ``سنتين``) is read with the scale words after it (``200 ألف``), the
counted noun after it (the unit), a qualifier before or after it (``نحو``, ``على الأقل``) and a second
bound (``بين 1000 و2000``).  Numbers that are identifiers, dates, clock times, parts of URLs or file
names, or alone on their line are not quantities.  Cue words live in ``data/numbers.json`` and
``data/quantities.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

from claimdiff import data_files, derived
from claimdiff.dates.lexicon import month_words
from claimdiff.entities.gazetteer import folded
from claimdiff.entities.keys import ARTICLE, core, folded_range
from claimdiff.schema import Qualifier, QuantityMention, TextRange, make_span
from claimdiff.text.clitics import noun_proclitics
from claimdiff.text.document import runs_of
from claimdiff.text.normalize import Folded, fold_str
from claimdiff.text.tokens import tokenize

_MACHINE_RE = re.compile(r"[_@=#\\/]|://|www\.|\.[a-z]{2,4}\b|\d:\d|\d[-.]\d{1,2}[-.]\d")
_LETTER_RE = re.compile(r"[^\W\d_]")
_PROCLITICS = ("", *noun_proclitics())
_QUOTES = frozenset("\"'")
_CURRENCY = frozenset("$€£")
_ID_GLUE = frozenset(":#.-(/")
_DATE_GLUE = frozenset("/()-,.")
_MAX_DIGITS = 7
_VERB_REACH = 3  # words between a qualifying verb and its number: تجاوز [إنتاج الموسم الماضي] 900
_CHANGE_REACH = 4  # words between a verb of change and its from-to: ارتفع [سعر ربطة الخبز] من 400 إلى 4000
_FLIP = {Qualifier.at_least: Qualifier.at_most, Qualifier.at_most: Qualifier.at_least}
_QUOTED_NAME = re.compile(r'"[^\W\d_]+(?: [^\W\d_]+){0,2} $')  # "صماد 3": a model, not a count
_YEARS = range(1900, 2101)
_COMMA_DECIMAL_LANGUAGES = frozenset({"fr", "es", "it", "de", "pt", "tr", "ru"})
_DOT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,])")
_COMMA_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,])")
_CLASS = {"unit": 0, "teen": 1, "ten": 1, "tens": 1, "hundred": 2, "hundreds": 2}


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # num, word, nl, punct, us
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Num:
    value: float
    start: int  # first token
    end: int  # token after the last
    skip: int  # proclitic characters before the first token
    digits: bool


@dataclass(frozen=True, slots=True)
class _Found:
    """A quantity in folded offsets."""

    start: int
    end: int
    value: float
    upper: float | None
    unit: str | None
    qualifier: Qualifier


@dataclass(frozen=True, slots=True)
class _Lexicon:
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
    return tuple(t.norm for t in tokenize(s) if (t.kind == "word" or t.norm in _CURRENCY or t.norm == "%"))


def _data(name: str) -> dict[str, Any]:
    return data_files.load("claimdiff", f"{name}.json")


@derived.table(objects=True)
def _lexicon() -> _Lexicon:
    nums, cues = _data("numbers"), _data("quantities")
    words: dict[str, tuple[str, float]] = {}
    kinds = {
        "units": "unit",
        "teen_units": "teen",
        "ten": "ten",
        "tens": "tens",
        "scales": "scale",
        "plural_scales": "pscale",
        "scale_duals": "sdual",
    }
    for section, kind in kinds.items():
        for w, v in nums[section].items():
            words[fold_str(w)] = (kind, float(v))
    for w, v in nums["hundreds"].items():
        words[fold_str(w)] = ("hundred" if v == 100 else "hundreds", float(v))
    for w in nums["half"]:
        words[fold_str(w)] = ("half", 0.5)
    for w, v in nums.get("fractions", {}).items():
        words.setdefault(fold_str(w), ("fraction", float(v)))

    def qualifier_phrases(table: dict[str, list[str]]) -> list[tuple[tuple[str, ...], Qualifier]]:
        out = [(_phrase(p), Qualifier(q)) for q, ps in table.items() for p in ps]
        return sorted(out, key=lambda x: -len(x[0]))

    def phrases(name: str) -> frozenset[tuple[str, ...]]:
        return frozenset(_phrase(p) for p in cues[name])

    units = {_phrase(form): unit for unit, forms in cues["units"].items() for form in forms}
    for cls in data_files.load("claimdiff", "compare/counts.json")["classes"].values():
        for noun in cls["units"]:  # a counted noun of the comparator's count classes is a unit too
            units.setdefault(_phrase(noun), " ".join(_phrase(noun)))
    return _Lexicon(
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


_KIND = {"letters": "word", "underscore": "us", "punct": "punct"}
_DIGIT_GLUE = (".", ",")  # 50.000, 8,8: one number across the punctuation token


def _lex(f: Folded, start: int, end: int) -> list[_Tok]:
    """The scanner's tokens of ``f.text[start:end]``, from the shared tokens' runs: digit runs
    joined across a dot or comma between them, one token per line break."""
    text = f.text
    rs = runs_of(f, start, end)
    out: list[_Tok] = []
    pos = start
    i, n = 0, len(rs)
    while i < n:
        a, b, kind = rs[i]
        if a > pos + 1 or (a > pos and text[pos] == "\n"):  # most gaps are one space
            _breaks(text, pos, a, out)
        i += 1
        if kind == "digits":
            while (
                i + 1 < n
                and rs[i][0] == b
                and text[b] in _DIGIT_GLUE
                and rs[i][2] == "punct"
                and rs[i + 1][0] == b + 1
                and rs[i + 1][2] == "digits"
            ):
                b = rs[i + 1][1]
                i += 2
            out.append(_Tok("num", a, b, text[a:b]))
        else:
            out.append(_Tok(_KIND[kind], a, b, text[a:b]))
        pos = b
    _breaks(text, pos, end, out)
    return out


def _breaks(text: str, a: int, b: int, out: list[_Tok]) -> None:
    k = text.find("\n", a, b)
    while k >= 0:
        out.append(_Tok("nl", k, k + 1, "\n"))
        k = text.find("\n", k + 1, b)


def _digit_value(s: str, comma_decimal: bool = False) -> float | None:
    """The value of a digit string with thousands separators or a decimal point, if well formed;
    ``comma_decimal``: the text writes 50.000 for fifty thousand and 8,8 for eight point eight."""
    if comma_decimal:
        return _comma_decimal_value(s)
    if "," in s and "." in s:
        return None
    sep = "," if "," in s else "." if "." in s else ""
    if not sep:
        return float(int(s))
    parts = s.split(sep)
    # 50.000: nobody writes three zero decimals, so the dot groups thousands whatever the style
    if len(parts) > 2 or (len(parts[1]) == 3 and (sep == "," or parts[1] == "000")):
        if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
            return float(int("".join(parts)))
        return None
    return float(f"{int(parts[0])}.{parts[1]}")


def _comma_decimal_value(s: str) -> float | None:
    whole, _, frac = s.partition(",")
    if "," in frac or "." in frac:
        return None
    groups = whole.split(".")
    if len(groups) > 1 and not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        return None
    value = float(int("".join(groups)))
    return value + float(f"0.{frac}") if frac else value


def comma_decimal(text: str, language: str | None) -> bool:
    """Whether numbers are written French-style (50.000 and 8,8): by the document's language, or
    by local evidence in any language (a dotted thousands group and a decimal comma, and no comma
    thousands)."""
    if language in _COMMA_DECIMAL_LANGUAGES:
        return True
    return bool(
        _DOT_THOUSANDS.search(text) and _DECIMAL_COMMA.search(text) and not _COMMA_THOUSANDS.search(text)
    )


@lru_cache(maxsize=65536)
def _variants(word: str) -> tuple[tuple[str, int], ...]:
    """A word and its readings without an attached proclitic (و، ب، ل، ف، ك)."""
    return tuple(
        (word[len(p) :], len(p)) for p in _PROCLITICS if word.startswith(p) and len(word) > len(p) + 1
    )


class _Scanner:
    """Quantities in the tokens of one range of a folded text."""

    def __init__(self, f: Folded, toks: list[_Tok], lex: _Lexicon, comma_decimal: bool = False) -> None:
        self.f, self.text, self.toks, self.lex = f, f.text, toks, lex
        self.comma_decimal = comma_decimal

    # -- token helpers ------------------------------------------------------------------
    def gap(self, a: int, b: int) -> str:
        return self.text[self.toks[a].end : self.toks[b].start]

    def plain(self, a: int, b: int) -> bool:
        """Tokens a and b are neighbours separated by spaces only (no newline)."""
        return b == a + 1 and b < len(self.toks) and self.gap(a, b).strip(" ") == ""

    def word_entry(self, k: int, *, proclitic: str | None = None) -> tuple[str, float, int] | None:
        """The number-word reading of token k: (kind, value, proclitic length)."""
        tok = self.toks[k]
        if tok.kind != "word":
            return None
        for form, skip in _variants(tok.text):
            if proclitic is not None and tok.text[:skip] not in ("", proclitic):
                continue
            if form in self.lex.words:
                kind, value = self.lex.words[form]
                return kind, value, skip
        return None

    def tokens_text(self, k: int, skip: int) -> str:
        """Token k without its proclitic."""
        return self.toks[k].text[skip:]

    def words_before(self, k: int, n: int, glue: frozenset[str] = frozenset()) -> list[str]:
        """Up to n word tokens right before token k, across punctuation in ``glue`` only."""
        out: list[str] = []
        j = k - 1
        while j >= 0 and len(out) < n:
            tok = self.toks[j]
            if tok.kind == "word":
                out.append(tok.text)
            elif not (tok.kind == "punct" and (tok.text in glue or tok.text in _QUOTES)):
                break
            if "\n" in self.text[tok.end : self.toks[j + 1].start]:
                break
            j -= 1
        out.reverse()
        return out

    def words_after(self, k: int, n: int) -> list[tuple[int, str]]:
        """Up to n word tokens from token k on, in one clause (quotes allowed between)."""
        out: list[tuple[int, str]] = []
        j = k
        while j < len(self.toks) and len(out) < n:
            tok = self.toks[j]
            if j > k and "\n" in self.gap(j - 1, j):
                break
            if tok.kind == "word":
                out.append((j, tok.text))
            elif not (tok.kind == "punct" and tok.text in _QUOTES):
                break
            j += 1
        return out

    def ends_with(self, words: Sequence[str], phrase: tuple[str, ...]) -> bool:
        """The words end with the phrase; its first word may carry a proclitic."""
        m = len(phrase)
        if not m or len(words) < m or tuple(words[len(words) - m + 1 :]) != phrase[1:]:
            return False
        return any(form == phrase[0] for form, _ in _variants(words[-m]))

    # -- reading numbers -----------------------------------------------------------------
    def read(self, k: int) -> _Num | None:
        tok = self.toks[k]
        if tok.kind == "num":
            return self.read_digits(k)
        return self.read_words(k)

    def read_digits(self, k: int) -> _Num | None:
        value = _digit_value(self.toks[k].text, self.comma_decimal)
        if value is None:
            return None
        suffix = self.scale_suffix(k)
        if suffix is not None:
            return _Num(value * suffix, k, k + 2, 0, True)
        j = k + 1
        if j < len(self.toks) and self.plain(k, j):
            entry = self.word_entry(j, proclitic="")
            if entry is not None and entry[0] in ("scale", "pscale"):
                value *= entry[1]
                j += 1
                if j < len(self.toks) and self.plain(j - 1, j):
                    half = self.word_entry(j, proclitic="و")
                    if half is not None and half[0] == "half" and half[2]:
                        value += 0.5 * entry[1]
                        j += 1
        return _Num(value, k, j, 0, True)

    def scale_suffix(self, k: int) -> float | None:
        """A scale glued to the digits: $3bn, 250mn, $40m (a bare m or k only after a currency sign)."""
        if k + 1 >= len(self.toks) or self.toks[k + 1].start != self.toks[k].end:
            return None
        word = self.toks[k + 1]
        scale = self.lex.suffix_scales.get(word.text)
        if word.kind != "word" or scale is None:
            return None
        if word.end < len(self.text) and (self.text[word.end].isalnum() or self.text[word.end] == "_"):
            return None
        if len(word.text) == 1 and not self.after_currency(k):
            return None
        return scale

    def after_currency(self, k: int) -> bool:
        start = self.toks[k].start
        return start > 0 and self.text[start - 1] in _CURRENCY

    def read_words(self, k: int) -> _Num | None:
        first = self.word_entry(k)
        if first is None:
            return None
        if first[0] == "scale" and self.tokens_text(k, first[2]) in self.lex.construct_duals:
            # a number opened by مليونا/ألفا is the construct dual: مليونا نازح, two million displaced
            first = ("sdual", self.lex.construct_duals[self.tokens_text(k, first[2])], first[2])
        if first[0] == "ten" and self.after_ordinal(k):
            return None
        if first[0] in ("half", "fraction"):
            return self.fraction_of_scale(k, first)
        total = group = 0.0
        last_scale, prev_kind, prev_class, unit = 1.0, "", 9, 0.0
        j, skip = k, first[2]
        while j < len(self.toks):
            if j > k and not self.plain(j - 1, j):
                break
            entry = first if j == k else self.word_entry(j, proclitic="و")
            if entry is None:
                break
            kind, value, pskip = entry
            conj = j > k and pskip > 0
            if prev_kind == "half" and kind == "scale" and value == last_scale and not conj:
                j += 1  # مليونين ونصف [مليون]: the scale restated after the half
                continue
            if j > k and not conj and not self.joins(prev_kind, kind):
                break
            if conj and not self.adds(prev_kind, prev_class, kind, value, last_scale):
                break
            if kind in ("unit", "teen"):
                group += value
                unit = value
            elif kind in ("ten", "tens", "hundreds"):
                group += value
            elif kind == "hundred":
                group += unit * 99 if prev_kind == "unit" and not conj else 100
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
            prev_class = self.magnitude(kind, value, prev_kind, conj, prev_class)
            prev_kind = kind
            j += 1
        if prev_kind == "teen" or first[0] == "half":
            return None  # أحد without عشر, نصف alone
        value = total + group
        return _Num(value, k, j, skip, False) if value else None

    def fraction_of_scale(self, k: int, first: tuple[str, float, int]) -> _Num | None:
        """نصف مليون، ربع مليون: a fraction of the scale word after it."""
        if k + 1 >= len(self.toks) or not self.plain(k, k + 1):
            return None
        scale = self.word_entry(k + 1, proclitic="")
        if scale is None or scale[0] != "scale":
            return None
        return _Num(first[1] * scale[1], k, k + 2, first[2], False)

    def after_ordinal(self, k: int) -> bool:
        """عشر/عشرة after a definite word is the second half of an ordinal: التاسعة عشرة، الحادي عشر."""
        if k == 0 or not self.plain(k - 1, k):
            return False
        prev = self.toks[k - 1]
        return prev.kind == "word" and prev.text.startswith(ARTICLE) and len(prev.text) > 3

    @staticmethod
    def joins(prev: str, kind: str) -> bool:
        """Words that continue a number without و: خمسة عشر، ثلاث مئة، ثلاثة آلاف."""
        if kind in ("scale", "pscale"):
            return prev not in ("scale", "pscale", "sdual", "half")
        return (prev in ("unit", "teen") and kind == "ten") or (prev == "unit" and kind == "hundred")

    @staticmethod
    def adds(prev: str, prev_class: int, kind: str, value: float, last_scale: float) -> bool:
        """Terms joined by و go from larger to smaller, except units before tens (خمسة وعشرون)."""
        if kind == "half":
            return True
        if kind in ("scale", "pscale", "sdual"):
            return value < last_scale
        cls = _CLASS.get(kind, 0)
        return cls < prev_class or (prev == "unit" and kind == "tens")

    @staticmethod
    def magnitude(kind: str, value: float, prev: str, conj: bool, prev_class: int) -> int:
        if kind in ("scale", "pscale", "sdual"):
            return 3 + len(str(int(value))) // 3
        if kind == "ten" and prev in ("unit", "teen") and not conj:
            return 1
        return _CLASS.get(kind, prev_class)

    # -- what a number is not ------------------------------------------------------------
    def machine_like(self, k: int) -> bool:
        """Digits glued to letters, in URLs or file names, clock times, dates, phone numbers."""
        tok = self.toks[k]
        text = self.text
        before = text[tok.start - 1] if tok.start else " "
        after = text[tok.end] if tok.end < len(text) else " "
        if (
            (after.isalnum() and self.scale_suffix(k) is None)
            or after == "_"
            or before.isdigit()
            or before == "_"
        ):
            return True
        if before == "-" and tok.start >= 2 and text[tok.start - 2].isalpha():
            return True  # a model or code: MQ-9, F-16, S-400
        if before.isalpha():
            prev = self.toks[k - 1] if k else None
            lone_letter = prev is not None and prev.kind == "word" and len(prev.text) == 1
            if not (lone_letter and prev is not None and prev.text in "وبلفك"):
                return True
            if prev.start and text[prev.start - 1].isalnum():
                return True
        a, b = tok.start, tok.end
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        while b < len(text) and not text[b].isspace():
            b += 1
        if _MACHINE_RE.search(text, a, b):
            return True
        digits = tok.text.replace(",", "").replace(".", "")
        if len(digits) >= _MAX_DIGITS + 1 or (
            tok.text[0] == "0" and len(tok.text) > 1 and tok.text[1] != "."
        ):
            return True
        return self.digit_run(k) >= 3

    def digit_run(self, k: int) -> int:
        """How many numbers stand in a row separated by spaces or dashes (phone numbers)."""
        n, j = 1, k
        while j > 0 and self.toks[j - 1].kind == "num" and re.fullmatch(r"[ \-]+", self.gap(j - 1, j)):
            n, j = n + 1, j - 1
        j = k
        while (
            j + 1 < len(self.toks)
            and self.toks[j + 1].kind == "num"
            and re.fullmatch(r"[ \-]+", self.gap(j, j + 1))
        ):
            n, j = n + 1, j + 1
        return n

    def alone_on_line(self, k: int) -> bool:
        """A number on a line without letters (a share counter, a page number)."""
        tok = self.toks[k]
        a = self.text.rfind("\n", 0, tok.start) + 1
        b = self.text.find("\n", tok.end)
        return _LETTER_RE.search(self.text, a, len(self.text) if b < 0 else b) is None

    def identifier(self, k: int) -> bool:
        """Right after an identifier cue: رمز الخبر: ۶۰۴۱۶، القرار 2254، رقم 5."""
        words = self.words_before(k, 4, _ID_GLUE)
        for cue in self.lex.id_cues:
            if self.ends_with(words, cue) or (
                words and words[-1] == "رقم" and self.ends_with(words[:-1], cue)
            ):
                return True
        if self.clause_cue(k):
            return True
        far = self.words_before(k, 5)
        for i in range(len(far) - 1, 0, -1):
            if not (far[i].startswith(ARTICLE) or far[i] == "رقم"):
                break
            if any(self.ends_with(far[:i], cue) for cue in self.lex.far_id_cues):
                return True
        return False

    def clause_cue(self, k: int) -> bool:
        """An issue-number cue opening its clause: ``| العدد 4521``."""
        j = k - 1
        if j < 0 or self.toks[j].kind != "word" or self.toks[j].text not in self.lex.clause_id_cues:
            return False
        return j == 0 or self.toks[j - 1].kind in ("punct", "nl") or "\n" in self.gap(j - 1, j)

    def is_date_word(self, word: str) -> bool:
        return any(f in self.lex.date_words or core(f) in self.lex.date_words for f, _ in _variants(word))

    def date_context(self, start: int, end: int) -> bool:
        """A month name right before or after the number (23 تشرين، أكتوبر 2014، مارس(آذار)2012)."""
        before = self.words_before(start, 2, _DATE_GLUE)
        if before and self.is_date_word(before[-1]):
            return True
        if len(before) == 2 and before[-1].startswith(ARTICLE) and self.is_date_word(before[0]):
            return True  # ربيع الثاني 1436، تشرين الأول 2014
        after = self.words_after_glue(end)
        return after is not None and self.is_date_word(after)

    def words_after_glue(self, j: int) -> str | None:
        while j < len(self.toks) and self.toks[j].kind == "punct" and self.toks[j].text in _DATE_GLUE:
            j += 1
        if j < len(self.toks) and self.toks[j].kind == "word" and "\n" not in self.gap(j - 1, j):
            return self.toks[j].text
        return None

    def in_brackets(self, k: int) -> bool:
        tok = self.toks[k]
        line_a = self.text.rfind("\n", 0, tok.start) + 1
        open_ = self.text.rfind("(", line_a, tok.start)
        if open_ < 0 or ")" in self.text[open_ : tok.start]:
            return False
        close = self.text.find(")", tok.end)
        return close >= 0 and close - open_ <= 40 and "\n" not in self.text[tok.end : close]

    def quoted_name(self, num: _Num) -> bool:
        """A number closing a short quoted name is part of it: «صماد 3»، "Falcon 9"."""
        end = self.toks[num.end - 1].end
        if not self.text.startswith('"', end):
            return False
        start = self.toks[num.start].start
        head = self.text[max(0, start - 40) : start]
        return _QUOTED_NAME.search(head) is not None

    def year_like(self, num: _Num) -> bool:
        tok = self.toks[num.start]
        return num.digits and num.end == num.start + 1 and tok.text.isdigit() and int(tok.text) in _YEARS

    def after_year_cue(self, k: int) -> bool:
        return any(form in self.lex.year_cues for w in self.words_before(k, 2) for form, _ in _variants(w))

    # -- around the number ----------------------------------------------------------------
    def unit_after(self, j: int) -> tuple[str | None, int, bool]:
        """The counted noun after token j: (unit, token after it, whether the unit is a known one)."""
        if j < len(self.toks) and self.toks[j].kind == "punct" and self.toks[j].text == "%":
            return "percent", j + 1, True
        after = self.words_after(j, 3)
        if not after:
            return None, j, False
        for n in (2, 1):
            if len(after) >= n:
                phrase = tuple(w for _, w in after[:n])
                for form, _ in _variants(phrase[0]):
                    key = (form, *phrase[1:])
                    unit = self.lex.units.get(key) or self.lex.units.get((core(form), *phrase[1:]))
                    if unit:
                        return unit, after[n - 1][0] + 1, True
        k, word = after[0]
        if word == "من" and len(after) > 1 and after[1][1].startswith(ARTICLE):
            k, word = after[1]  # partitive: 2900 من المقاتلين
            unit = self.lex.units.get((core(word),))
            return unit or core(word), k + 1, unit is not None
        if (
            self.toks[k].kind == "word"
            and not word.startswith("و")
            and word not in self.lex.not_units
            and not self.is_date_word(word)
            and self.word_entry(k) is None
            and len(word) > 1
            and not word.isascii()
        ):
            return core(word), k + 1, False
        return None, j, False

    def qualifier_before(self, k: int) -> Qualifier | None:
        words = self.words_before(k, 7, _CURRENCY)  # up to $20,000
        for phrase, q in self.lex.before:
            if self.ends_with(words, phrase):
                return self.negated(words[: len(words) - len(phrase)], q)
        # a verb of exceeding with its subject between: لم يتجاوز إنتاج الموسم الماضي 900 ألف طن
        for i in range(len(words) - 2, max(-1, len(words) - 2 - _VERB_REACH), -1):
            verb = next(
                (
                    self.lex.verb_qualifiers[f]
                    for f, _ in _variants(words[i])
                    if f in self.lex.verb_qualifiers
                ),
                None,
            )
            if verb is not None:
                between = words[i + 1 :]
                if any(self.word_entry_text(w) for w in between):
                    return None
                return self.negated(words[:i], verb)
        return None

    def negated(self, before: Sequence[str], q: Qualifier) -> Qualifier:
        """'لا تكفي أكثر من ساعتين', 'لم يتجاوز 250': a negation just before turns a bound around."""
        if any(any(f in self.lex.negations for f, _ in _variants(w)) for w in before[-2:]):
            return _FLIP.get(q, q)
        return q

    def word_entry_text(self, word: str) -> bool:
        return any(form in self.lex.words for form, _ in _variants(word))

    def qualifier_after(self, j: int) -> Qualifier | None:
        words = [w for _, w in self.words_after(j, 5)]
        for i in range(len(words)):
            for phrase, q in self.lex.after:
                n = len(phrase)
                hit = tuple(words[i : i + n]) == phrase or (
                    n == 1 and any(f == phrase[0] for f, _ in _variants(words[i]))
                )
                if hit and words[i + n : i + n + 1] != ["من"]:  # وأكثر من 2000: about the next number
                    return q
        return None

    def range_end(self, num: _Num) -> _Num | None:
        """The upper bound of بين A وB، من A إلى B، A-B."""
        j = num.end
        if j >= len(self.toks):
            return None
        before = self.words_before(num.start, _CHANGE_REACH + 1, _CURRENCY)
        opener = next((f for w in before[-1:] for f, _ in _variants(w) if f in ("بين", "من")), None)
        if before[-1:] in (["between"], ["from"]):
            return self.english_range_end(num, before[-1])
        if opener == "من" and any(f in self.lex.change_verbs for w in before[:-1] for f, _ in _variants(w)):
            return None  # ارتفع من 400 إلى 4000: a before and an after, not a range
        tok = self.toks[j]
        nxt: int | None = None
        if opener == "بين" and tok.kind == "word" and tok.text == "و" and j + 1 < len(self.toks):
            nxt = j + 1 if self.gap(j, j + 1).strip() == "" else None
        elif opener == "بين" and tok.kind == "word" and self.word_entry(j, proclitic="و") is not None:
            other = self.read_words(j)
            return other if other is not None and other.skip == 1 else None
        else:
            to_word = (
                opener == "من" and tok.kind == "word" and tok.text in ("الي", "حتي") and self.plain(j, j + 1)
            )
            dash = (
                tok.kind == "punct"
                and tok.text == "-"
                and j + 1 < len(self.toks)
                and self.toks[j + 1].kind == "num"
            )
            nxt = j + 1 if to_word or dash else None
        if nxt is None or nxt >= len(self.toks):
            return None
        if self.toks[nxt].kind == "num" and self.machine_like(nxt):
            return None
        return self.read(nxt)

    def english_range_end(self, num: _Num, opener: str) -> _Num | None:
        """between A and B, from A to B ($250bn and $400bn)."""
        j = num.end
        link = "and" if opener == "between" else "to"
        if j >= len(self.toks) or self.toks[j].text != link:
            return None
        nxt = j + 1
        if nxt < len(self.toks) and self.toks[nxt].kind == "punct" and self.toks[nxt].text in _CURRENCY:
            nxt += 1
        if nxt >= len(self.toks) or self.toks[nxt].kind != "num" or self.machine_like(nxt):
            return None
        if opener == "from" and any(w in self.lex.change_verbs for w in self.words_before(num.start, 3)):
            return None
        return self.read_digits(nxt)

    # -- the pass ---------------------------------------------------------------------------
    def scan(self) -> list[_Found]:
        """Every quantity of the range, left to right."""
        out: list[_Found] = []
        k = 0
        toks = self.toks
        while k < len(toks):
            tok = toks[k]
            num: _Num | None = None
            if tok.kind == "num":
                num = None if self.machine_like(k) else self.read_digits(k)
            elif tok.kind == "word":
                num = self.read_words(k)
                dual = self.dual(k) if num is None else None
                if dual is not None:
                    out.append(dual)
            if num is None:
                k += 1
                continue
            result = self.quantity(num)
            if result is not None:
                out.append(result[0])
            k = max(result[1], num.end) if result is not None else num.end
        return out

    def quantity(self, num: _Num) -> tuple[_Found, int] | None:
        if num.digits and (self.alone_on_line(num.start) or self.identifier(num.start)):
            return None
        if self.date_context(num.start, num.end):
            return None
        upper_num = self.range_end(num)
        last = upper_num or num
        value, upper = num.value, None
        if upper_num is not None:
            upper = upper_num.value
            if upper > value and upper_num.value != value and num.end - num.start == 1 and num.digits:
                scale = self.scale_of(upper_num)
                if scale > 1 and value * scale <= upper:
                    value *= scale
        unit, end, known = self.unit_after(last.end)
        if upper_num is not None and self.year_like(num) and self.year_like(upper_num) and not known:
            return None  # بين 2011 و2015: a span of years, not a count
        qualifier = self.qualifier_before(num.start)
        if qualifier is None and upper_num is None:
            qualifier = self.qualifier_after(end)
        if (
            self.year_like(num)
            and upper_num is None
            and (self.after_year_cue(num.start) or not (known or qualifier is not None))
        ):
            return None  # a year: only a known unit or a qualifier makes it a count
        if num.digits and unit is None and (self.in_brackets(num.start) or self.quoted_name(num)):
            return None
        start = self.toks[num.start].start + num.skip
        stop = self.toks[last.end - 1].end
        if unit is not None and all(t.kind == "word" or t.text == "%" for t in self.toks[last.end : end]):
            stop = self.toks[end - 1].end  # the counted noun, unless punctuation stands between
        return _Found(start, stop, value, upper, unit, qualifier or Qualifier.exact), end

    def scale_of(self, num: _Num) -> float:
        if num.end - num.start < 2:
            return 1.0
        entry = self.word_entry(num.end - 1, proclitic="")
        return entry[1] if entry is not None and entry[0] in ("scale", "pscale") else 1.0

    def dual(self, k: int) -> _Found | None:
        tok = self.toks[k]
        for form, skip in _variants(tok.text):
            unit = self.lex.duals.get(form)
            if unit is not None:
                qualifier = self.qualifier_before(k) or self.qualifier_after(k + 1) or Qualifier.exact
                return _Found(tok.start + skip, tok.end, 2.0, None, unit, qualifier)
        return None


class _Ranges:
    """Ranges sorted by start with the running furthest end: an overlap test by bisection."""

    def __init__(self, ranges: Sequence[TextRange]) -> None:
        ordered = sorted((r.start, r.end) for r in ranges)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # the ranges that start before ``end``
        return k > 0 and self.reach[k - 1] > start


def find_quantities(
    text: str,
    ranges: Sequence[TextRange],
    *,
    doc_id: str,
    id_prefix: str,
    exclude: Sequence[TextRange] = (),
    language: str | None = None,
) -> list[QuantityMention]:
    """Quantities in ``ranges`` of ``text``; nothing overlapping ``exclude`` (e.g. time expressions).
    ``language`` (ISO 639-1) says how digits are grouped (:func:`comma_decimal`).

    Ids are ``f"{id_prefix}{n}"`` (n from 1) in text order.
    """
    f = folded(text)
    lex = _lexicon()
    found: list[_Found] = []
    commas = comma_decimal(f.text, language)
    for r in ranges:
        s, e = folded_range(f, max(0, r.start), min(r.end, len(text)))
        if s < e:
            found.extend(_Scanner(f, _lex(f, s, e), lex, commas).scan())
    out: list[QuantityMention] = []
    seen: set[tuple[int, int]] = set()
    excluded = _Ranges(exclude)
    for q in sorted(found, key=lambda x: (x.start, x.end)):
        start, end = f.to_original(q.start, q.end)
        if (start, end) in seen or excluded.overlaps(start, end):
            continue
        seen.add((start, end))
        span = make_span(doc_id, text, start, end)
        out.append(
            QuantityMention(
                **span.model_dump(),
                id=f"{id_prefix}{len(out) + 1}",
                value=q.value,
                upper=q.upper,
                unit=q.unit,
                qualifier=q.qualifier,
            )
        )
    return out
