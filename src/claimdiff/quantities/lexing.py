"""The scanner's tokens: the shared tokens' runs of a range, digits joined across a dot or comma,
and how digits are grouped (50.000 and 8,8 in French-style text)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimdiff.text.document import runs_of
from claimdiff.text.normalize import Folded

_COMMA_DECIMAL_LANGUAGES = frozenset({"fr", "es", "it", "de", "pt", "tr", "ru"})
_DOT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,])")
_COMMA_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,])")


@dataclass(frozen=True, slots=True)
class Item:
    """One item of the scanner's stream: a run of the shared tokens, digits joined across a dot or
    comma into one number, or a line break."""

    kind: str  # num, word, nl, punct, us
    start: int
    end: int
    text: str


_KIND = {"letters": "word", "underscore": "us", "punct": "punct"}
_DIGIT_GLUE = (".", ",")  # 50.000, 8,8: one number across the punctuation token


def lex_range(f: Folded, start: int, end: int) -> list[Item]:
    """The scanner's tokens of ``f.text[start:end]``, from the shared tokens' runs: digit runs
    joined across a dot or comma between them, one token per line break."""
    text = f.text
    rs = runs_of(f, start, end)
    out: list[Item] = []
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
            out.append(Item("num", a, b, text[a:b]))
        else:
            out.append(Item(_KIND[kind], a, b, text[a:b]))
        pos = b
    _breaks(text, pos, end, out)
    return out


def _breaks(text: str, a: int, b: int, out: list[Item]) -> None:
    k = text.find("\n", a, b)
    while k >= 0:
        out.append(Item("nl", k, k + 1, "\n"))
        k = text.find("\n", k + 1, b)


def digit_value(s: str, comma_decimal: bool = False) -> float | None:
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
