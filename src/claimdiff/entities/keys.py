"""Script runs of the shared tokens (:mod:`claimdiff.text.tokens`) and their spelling-tolerant keys.

A key is a folded token with its definite article removed (``المملوك`` and ``مملوك`` share the key
``مملوك``); an *exact* key (prefixed ``=``) keeps the article, for aliases whose article matters
(``سورية`` the country is not ``السورية`` the adjective).  Text tokens also yield keys with their
attached proclitics removed (those of the one clitic table, ``data/clitics.json``, and لل), and
name particles (عبد، أبو، لو…) are joined to the next token, so ``لو موند`` and ``لوموند`` meet.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimdiff.text import clitics, document
from claimdiff.text.normalize import Folded
from claimdiff.text.tokens import Run, runs

_ARABIC = "\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
# A run of letters splits by script; letters of the Arabic block outside it (small waw...) belong to none.
_SCRIPT_RE = re.compile(rf"(?P<a>[{_ARABIC}]+)|(?P<l>[^\W\d_{_ARABIC}\u0600-\u06ff]+)")
_PLAIN_GAP_RE = re.compile(r"[ \-]{0,3}")
_ALIAS_GAP_RE = re.compile(r"[ \-]{0,3}|\.")  # "العربية.نت", "أ.ف.ب": a dot inside one name

ARTICLE = clitics.table().article
EXACT = "="
JOIN_PARTICLES = frozenset({"عبد", "العبد", "ابو", "لو", "دي", "دو", "فان", "فون"})
# Letters that transliterations of one foreign sound swap (g: غ ج ق ك گ; v: ف ڤ; p: ب پ; ch: چ ش).
_REPEAT = re.compile(r"(.)\1+")
_LONG_VOWELS = re.compile(r"[اوي]")
_FINAL_HEH = re.compile(r"ه\b")
_SKELETON = str.maketrans({"غ": "ج", "ق": "ج", "گ": "ج", "ڤ": "ف", "پ": "ب", "چ": "ش", "ء": None})


@dataclass(frozen=True, slots=True)
class ScriptRun:
    """A run of one script (Arabic letters, other letters, or digits) of a shared token."""

    start: int
    end: int
    text: str
    script: str  # "a" Arabic letters, "l" other letters, "d" digits


@dataclass(frozen=True, slots=True)
class Candidate:
    """One way to read the text from a token: the key, tokens consumed, characters to skip."""

    key: str
    ntok: int
    skip: int


_ALL_ARABIC_RE = re.compile(rf"[{_ARABIC}]+")


def tokens(runs: Iterable[Run], text: str) -> list[ScriptRun]:
    """The key tokens of the shared tokens' ``runs`` in a folded ``text``: digit runs, and letter
    runs split by script."""
    out: list[ScriptRun] = []
    for start, end, kind in runs:
        if kind == "digits":
            out.append(ScriptRun(start, end, text[start:end], "d"))
        elif kind == "letters":
            letters = text[start:end]
            if _ALL_ARABIC_RE.fullmatch(letters) is not None:  # most runs
                out.append(ScriptRun(start, end, letters, "a"))
                continue
            for m in _SCRIPT_RE.finditer(letters):
                out.append(ScriptRun(start + m.start(), start + m.end(), m.group(), m.lastgroup or "l"))
    return out


def tokens_in(f: Folded, start: int = 0, end: int | None = None) -> list[ScriptRun]:
    """Tokens of the folded range ``start:end`` of ``f``: a document's from its shared tokens."""
    return tokens(document.runs_of(f, start, end), f.text)


def script_runs(text: str, start: int = 0, end: int | None = None) -> list[ScriptRun]:
    """The script runs of a folded ``text`` (an alias, a name) between ``start`` and ``end``."""
    return tokens(runs(text, start, end), text)


def plain_gap(text: str, a: int, b: int) -> bool:
    """True when the folded characters between two tokens may sit inside one name."""
    return _PLAIN_GAP_RE.fullmatch(text, a, b) is not None


def alias_gap(text: str, a: int, b: int) -> bool:
    """Like :func:`plain_gap`, and a lone dot between two tokens of one alias (العربية.نت)."""
    return _ALIAS_GAP_RE.fullmatch(text, a, b) is not None


def core(form: str) -> str:
    """The form without its definite article (kept when too little would remain)."""
    if form.startswith(ARTICLE) and len(form) >= 4:
        return form[2:]
    return form


def is_definite(form: str) -> bool:
    """Whether a token carries the article, possibly behind proclitics (والـ، بالـ، للـ)."""
    return any(f.startswith(ARTICLE) for f, _ in deproclitic(form)) or form.startswith("لل")


@lru_cache(maxsize=65536)
def deproclitic(form: str) -> tuple[tuple[str, int], ...]:
    """The token and its readings without attached proclitics, each with the characters removed."""
    out = [(form, 0)]
    for rest, n in clitics.off_proclitics(form, 3):
        if not n:
            continue
        out.append((rest, n))
        if form[n - 1] == "ل" and rest.startswith("ل") and len(rest) >= 4:
            # لل = ل + ال with the alef elided: read the article back in.
            out.append((ARTICLE + rest[1:], n + 1))
    return tuple(out)


def join_particles(forms: Sequence[str]) -> list[str]:
    """Join each name particle to the following form (عبد الله → عبدالله)."""
    out: list[str] = []
    i = 0
    while i < len(forms):
        f = forms[i]
        if f in JOIN_PARTICLES and i + 1 < len(forms):
            out.append(f + forms[i + 1])
            i += 2
        else:
            out.append(f)
            i += 1
    return out


def phrase_forms(folded: str) -> list[str]:
    """The tokens of a folded alias or name, particles joined."""
    return join_particles([t.text for t in script_runs(folded)])


def phrase_key(folded: str, *, exact: bool = False) -> tuple[str, ...]:
    """The key of a folded alias or name: joined particles, article removed (or kept if exact)."""
    return tuple(EXACT + f if exact else core(f) for f in phrase_forms(folded))


def candidates(tokens: Sequence[ScriptRun], i: int, text: str) -> list[Candidate]:
    """Every key a text token can stand for, joined particles and stripped proclitics included."""
    tok = tokens[i]
    if tok.script != "a":
        return [Candidate(tok.text, 1, 0), Candidate(EXACT + tok.text, 1, 0)]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    joinable = nxt is not None and nxt.script == "a" and plain_gap(text, tok.end, nxt.start)
    if not joinable:
        return list(_word_candidates(tok.text))
    out: list[Candidate] = []
    for form, skip in deproclitic(tok.text):
        out.append(Candidate(core(form), 1, skip))
        out.append(Candidate(EXACT + form, 1, skip))
        if joinable and form in JOIN_PARTICLES and nxt is not None:
            out.append(Candidate(form + nxt.text, 2, skip))
            out.append(Candidate(EXACT + form + nxt.text, 2, skip))
    return out


@lru_cache(maxsize=65536)
def _word_candidates(word: str) -> tuple[Candidate, ...]:
    """The keys of an Arabic word read alone (no particle to join to the next word)."""
    return tuple(
        c
        for form, skip in deproclitic(word)
        for c in (Candidate(core(form), 1, skip), Candidate(EXACT + form, 1, skip))
    )


def plain_key(key: str) -> str:
    """A key without its exact marker, article removed: what names and fuzzy matching compare."""
    return core(key[1:]) if key.startswith(EXACT) else key


@lru_cache(maxsize=65536)
def skeleton(s: str) -> str:
    """A transliteration-tolerant form for fuzzy comparison of foreign names."""
    return _REPEAT.sub(r"\1", s.translate(_SKELETON))


@lru_cache(maxsize=65536)
def consonants(s: str) -> str:
    """The skeleton without long vowels: transliterations of one name agree on it (مستورا، ميستورا)."""
    return _FINAL_HEH.sub("", _LONG_VOWELS.sub("", skeleton(s)))


def folded_range(folded: Folded, start: int, end: int) -> tuple[int, int]:
    """The folded positions covering an original half-open range."""
    return bisect_left(folded.origin, start), bisect_left(folded.origin, end)
