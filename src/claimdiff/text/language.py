"""Which language a document is in: Arabic (also when written with Persian letters), Persian,
English or French, from its script and its function words.

Letters decide the script: Arabic script or Latin.  Within the Arabic script, Persian and Arabic
share most letters, and Arabic from Iranian outlets often writes ی and ک; what tells them apart is
the function words (است، را، که against في، من، التي) and, as a tie-break, the four letters Arabic
never uses (پ چ ژ گ) and the zero-width non-joiner Persian writes inside words (می‌کند).
Within Latin script, English and French function words decide.  The word
lists are data (``data/languages.json``).  ``benchmarks/language_bench.py`` measures this against
py3langid and lingua; see ``docs/performance.md``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from claimdiff import data_files
from claimdiff.text.normalize import fold_str

ARABIC = "ar"
UNDETERMINED = "und"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]+")  # ZWNJ splits: نمی‌کند
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_SAMPLE = 20_000  # characters read: the language of a news article shows in its first pages


@dataclass(frozen=True)
class _Lexicon:
    arabic_script: dict[str, frozenset[str]]
    latin_script: dict[str, frozenset[str]]
    persian_letters: frozenset[str]
    latin_fallback: dict[str, str]
    min_hits: int
    min_letters: int


@cache
def _lexicon() -> _Lexicon:
    data = data_files.load("claimdiff", "languages.json")
    return _Lexicon(
        arabic_script={k: frozenset(_arabic_key(w) for w in v) for k, v in data["arabic_script"].items()},
        latin_script={k: frozenset(w.lower() for w in v) for k, v in data["latin_script"].items()},
        persian_letters=frozenset(data["persian_letters"]),
        latin_fallback={str(k): str(v) for k, v in data["latin_fallback"].items()},
        min_hits=int(data["min_hits"]),
        min_letters=int(data["min_letters"]),
    )


@lru_cache(maxsize=65536)
def _arabic_key(word: str) -> str:
    """Arabic and Persian spellings of one word meet: ی/ي، ک/ك، أ/ا (``fold_str``)."""
    return fold_str(word.replace("\u200c", ""))


def _best(counts: Counter[str], order: list[str], min_hits: int) -> str | None:
    ranked = sorted(order, key=lambda k: (-counts[k], order.index(k)))
    top = ranked[0]
    if counts[top] < min_hits or (len(ranked) > 1 and counts[top] == counts[ranked[1]]):
        return None
    return top


_NAMES = {"ar": "Arabic", "fa": "Persian", "en": "English", "fr": "French"}


def language_name(code: str) -> str:
    """The English name of a language code (the code itself when unknown)."""
    return _NAMES.get(code, code)


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language (ar, fa, en, fr), or ``und`` when it cannot tell."""
    lex = _lexicon()
    sample = text[:_SAMPLE]
    arabic = len(_ARABIC_LETTER.findall(sample))
    latin = len(_LATIN_LETTER.findall(sample))
    if max(arabic, latin) < lex.min_letters:
        return UNDETERMINED
    if arabic >= latin:
        words = [_arabic_key(w) for w in _ARABIC_WORD.findall(sample)]
        counts = Counter({lang: sum(w in vocab for w in words) for lang, vocab in lex.arabic_script.items()})
        found = _best(counts, list(lex.arabic_script), lex.min_hits)
        if found is not None:
            return found
        persian = sum(sample.count(c) for c in lex.persian_letters) + sample.count("\u200c")
        return "fa" if persian and "fa" in lex.arabic_script else ARABIC
    words = [w.lower() for w in _LATIN_WORD.findall(sample)]
    counts = Counter({lang: sum(w in vocab for w in words) for lang, vocab in lex.latin_script.items()})
    found = _best(counts, list(lex.latin_script), lex.min_hits)
    if found is not None:
        return found
    lowered = sample.lower()
    # no function word (a headline): letters only French uses, else the last language listed
    for lang, letters in lex.latin_fallback.items():
        if not letters or any(c in lowered for c in letters):
            return lang
    return UNDETERMINED


__all__ = ["ARABIC", "UNDETERMINED", "detect_language", "language_name"]
