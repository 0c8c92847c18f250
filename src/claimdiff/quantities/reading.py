"""Reading a number at a token: digits with the scale words after them, or number words read by
the one number-word grammar (:func:`claimdiff.text.numbers.compose`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimdiff.entities.keys import ARTICLE
from claimdiff.quantities.lexicon import CURRENCY, Lexicon
from claimdiff.quantities.lexing import Item, digit_value
from claimdiff.text import numbers
from claimdiff.text.clitics import off_proclitics
from claimdiff.text.normalize import Folded

QUOTES = frozenset("\"'")
_SCALE_OF = {"scale": 1.0, "pscale": 1.0, "sdual": 0.5}  # a scale word's kind -> its scale per value


@dataclass(frozen=True, slots=True)
class Num:
    value: float
    start: int  # first token
    end: int  # token after the last
    skip: int  # proclitic characters before the first token
    digits: bool


def clitic_readings(word: str) -> tuple[tuple[str, int], ...]:
    """A word and its readings without an attached proclitic (و، ب، ل، ف، ك), two letters or more."""
    return off_proclitics(word, 2)


class Reader:
    """The tokens of one range of a folded text, and the numbers that start at them."""

    def __init__(self, f: Folded, toks: list[Item], lex: Lexicon, comma_decimal: bool = False) -> None:
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
        for form, skip in clitic_readings(tok.text):
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
            elif not (tok.kind == "punct" and (tok.text in glue or tok.text in QUOTES)):
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
            elif not (tok.kind == "punct" and tok.text in QUOTES):
                break
            j += 1
        return out

    def ends_with(self, words: Sequence[str], phrase: tuple[str, ...]) -> bool:
        """The words end with the phrase; its first word may carry a proclitic."""
        m = len(phrase)
        if not m or len(words) < m or tuple(words[len(words) - m + 1 :]) != phrase[1:]:
            return False
        return any(form == phrase[0] for form, _ in clitic_readings(words[-m]))

    # -- reading numbers -----------------------------------------------------------------
    def read(self, k: int) -> Num | None:
        tok = self.toks[k]
        if tok.kind == "num":
            return self.read_digits(k)
        return self.read_words(k)

    def read_digits(self, k: int) -> Num | None:
        value = digit_value(self.toks[k].text, self.comma_decimal)
        if value is None:
            return None
        suffix = self.scale_suffix(k)
        if suffix is not None:
            return Num(value * suffix, k, k + 2, 0, True)
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
                rest = self.remainder(j, entry[1])
                if rest is not None:
                    value, j = value + rest[0], rest[1]
        return Num(value, k, j, 0, True)

    def remainder(self, j: int, scale: float) -> tuple[float, int] | None:
        """«89 ألفا و500»: a number glued to و after a scale word, when smaller than the scale, is
        the rest of the number: (its value, the token after it)."""
        if j + 1 >= len(self.toks) or self.toks[j].text != "و" or not self.plain(j - 1, j):
            return None
        digits = self.toks[j + 1]
        if digits.kind != "num" or digits.start != self.toks[j].end:
            return None
        rest = self.read_digits(j + 1)  # with its own, smaller scale: 5 ملايين و300 ألف
        return (rest.value, rest.end) if rest is not None and 0 < rest.value < scale else None

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
        return start > 0 and self.text[start - 1] in CURRENCY

    def read_words(self, k: int) -> Num | None:
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

        def following(i: int) -> numbers.Entry | None:
            j = k + i
            if j >= len(self.toks) or not self.plain(j - 1, j):
                return None
            entry = self.word_entry(j, proclitic="و") or self.restated_scale(j)
            return None if entry is None else (entry[0], entry[1], entry[2] > 0)

        read = numbers.compose((first[0], first[1]), following)
        if read is None:
            return None
        value, end = read[0], k + read[1]
        last = self.word_entry(end - 1, proclitic="")
        scale = None if last is None else _SCALE_OF.get(last[0], 0.0) * last[1]
        if scale:
            rest = self.remainder(end, scale)  # مليار و200 مليون، ثلاثة ملايين و500 ألف
            if rest is not None:
                value, end = value + rest[0], rest[1]
        return Num(value, k, end, first[2], False)

    def restated_scale(self, j: int) -> tuple[str, float, int] | None:
        """«مليون ونصف المليون»: the scale restated with the article after a half is the half's."""
        tok, prev = self.toks[j], self.word_entry(j - 1, proclitic="و")
        if prev is None or prev[0] != "half" or tok.kind != "word" or not tok.text.startswith(ARTICLE):
            return None
        entry = self.lex.words.get(tok.text[len(ARTICLE) :])
        return (entry[0], entry[1], 0) if entry is not None and entry[0] == "scale" else None

    def fraction_of_scale(self, k: int, first: tuple[str, float, int]) -> Num | None:
        """نصف مليون، ربع مليون: a fraction of the scale word after it."""
        if k + 1 >= len(self.toks) or not self.plain(k, k + 1):
            return None
        scale = self.word_entry(k + 1, proclitic="")
        if scale is None or scale[0] != "scale":
            return None
        return Num(first[1] * scale[1], k, k + 2, first[2], False)

    def after_ordinal(self, k: int) -> bool:
        """عشر/عشرة after a definite word is the second half of an ordinal: التاسعة عشرة، الحادي عشر."""
        if k == 0 or not self.plain(k - 1, k):
            return False
        prev = self.toks[k - 1]
        return prev.kind == "word" and prev.text.startswith(ARTICLE) and len(prev.text) > 3
