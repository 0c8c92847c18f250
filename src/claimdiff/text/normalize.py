"""A folded view of a text for matching, with a map from every position back to the original.

Matching runs on the folded view; spans found there are mapped back with
:meth:`Folded.to_original`, so a reported span is always ``original[start:end]``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

_DIGITS = "0123456789"
_FOLD: dict[str, str] = {}
for _i, _d in enumerate(_DIGITS):
    _FOLD[chr(0x0660 + _i)] = _d  # Arabic-Indic
    _FOLD[chr(0x06F0 + _i)] = _d  # Extended Arabic-Indic (Persian, Urdu)
_FOLD.update(
    {
        "\u06cc": "\u064a",  # Persian yeh
        "\u06d2": "\u064a",  # yeh barree
        "\u0649": "\u064a",  # alef maqsura
        "\u0626": "\u064a",  # yeh with hamza
        "\u06a9": "\u0643",  # keheh
        "\u06aa": "\u0643",  # swash kaf
        "\u0623": "\u0627",  # alef with hamza above
        "\u0625": "\u0627",  # alef with hamza below
        "\u0622": "\u0627",  # alef with madda
        "\u0671": "\u0627",  # alef wasla
        "\u0672": "\u0627",
        "\u0673": "\u0627",
        "\u0624": "\u0648",  # waw with hamza
        "\u0629": "\u0647",  # ta marbuta
        "\u06c0": "\u0647",  # heh with yeh above
        "\u06c1": "\u0647",  # heh goal
        "\u066b": ".",  # Arabic decimal separator
        "\u066c": ",",  # Arabic thousands separator
        "\u060c": ",",  # Arabic comma
        "\u061b": ";",  # Arabic semicolon
        "\u061f": "?",  # Arabic question mark
        "\u066a": "%",  # Arabic percent
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\t": " ",
    }
)
# Removed outright: tatweel, harakat and Quranic marks, superscript alef, bidi and zero-width marks.
_DROP = frozenset(
    ["\u0640", "\u0670", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u061c"]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The folded form of one character: possibly empty, possibly longer than one."""
    if ch in _DROP:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    if "\ufb50" <= ch <= "\ufeff" or "\uff00" <= ch <= "\uffef":
        # Arabic presentation forms and full-width forms: compatibility decomposition, then fold.
        # Some code points there have no decomposition (U+FBB2, U+FD3E): they stay as they are.
        nfkc = unicodedata.normalize("NFKC", ch)
        if nfkc != ch:
            return "".join(fold_char(c) for c in nfkc)
    if ch.isascii():
        return ch.lower()
    if ch.isupper():
        return ch.lower()
    return ch


@dataclass(frozen=True, slots=True)
class Folded:
    """The folded text and, for each of its characters, the index of the original character."""

    original: str
    text: str
    origin: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded half-open range to the smallest original range that produced it."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"range {start}:{end} outside folded text of {len(self.text)}")
        if start == end:
            pos = self.origin[start] if start < len(self.origin) else len(self.original)
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1

    def original_slice(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]

    def cut(self, start: int, end: int) -> Folded:
        """The fold of ``original[start:end]``, cut from this one: folding works character by
        character, so it is the folded text between the folded positions of ``start`` and ``end``."""
        if start <= 0 and end >= len(self.original):
            return self
        a, b = bisect_left(self.origin, start), bisect_left(self.origin, end)
        origin = self.origin[a:b]
        if start:
            shifted = tuple(range(b - a))  # most pieces: nothing dropped or expanded in them
            origin = shifted if origin == tuple(range(start, end)) else tuple(o - start for o in origin)
        return Folded(self.original[start:end], self.text[a:b], origin)


def join(*parts: Folded) -> Folded:
    """The fold of the parts' originals put end to end (folding works character by character)."""
    origin: list[int] = []
    shift = 0
    for p in parts:
        origin.extend(o + shift for o in p.origin)
        shift += len(p.original)
    return Folded("".join(p.original for p in parts), "".join(p.text for p in parts), tuple(origin))


class _Table(dict[int, str]):
    """``str.translate`` table filled on demand from :func:`fold_char`."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _Table()
_DROP_RUN = re.compile("[" + "".join(re.escape(c) for c in sorted(_DROP)) + "]+")
# Characters whose fold may be longer than one character: presentation and full-width forms, and
# upper-case letters whose lower case is two characters (U+0130).
_EXPANDS = re.compile("[\ufb50-\ufefe\uff00-\uffef\u0130]")
# Blocks news text is written in, folded ahead into a plain dict (translate is faster with one).
_BLOCKS: tuple[tuple[int, int], ...] = (
    (0x0000, 0x012F),
    (0x0131, 0x024F),
    (0x0370, 0x058F),
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0x2000, 0x206F),
)
_PLAIN = {c: fold_char(chr(c)) for lo, hi in _BLOCKS for c in range(lo, hi + 1)}
_OUTSIDE = re.compile(
    "[^" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in _BLOCKS) + "]"
)


def fold(text: str) -> Folded:
    """Fold ``text`` for matching: Arabic letter variants, digits in any script, quotes, spaces."""
    if _OUTSIDE.search(text) is None:
        folded = text.translate(_PLAIN)
    elif _EXPANDS.search(text) is None:
        folded = text.translate(_TABLE)
    else:
        return _fold_slow(text)
    # every character folded to one character, or to none (a dropped mark)
    if len(folded) == len(text):
        return Folded(text, folded, tuple(range(len(text))))
    origin: list[int] = []
    prev = 0
    for m in _DROP_RUN.finditer(text):
        origin.extend(range(prev, m.start()))
        prev = m.end()
    origin.extend(range(prev, len(text)))
    if len(origin) != len(folded):
        return _fold_slow(text)
    return Folded(text, folded, tuple(origin))


def _fold_slow(text: str) -> Folded:
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        f = fold_char(ch)
        if f:
            out.append(f)
            origin.extend([i] * len(f))
    return Folded(text, "".join(out), tuple(origin))


def fold_str(text: str) -> str:
    """Only the folded string, for data (month names, aliases) compared against folded text."""
    return text.translate(_TABLE)
