"""Light morphology of Arabic words: clitics, stem, verb form, root and lemma.

Verbs, verbal nouns and participles come from conjugating the lexemes of ``data/verbs.json``
(:mod:`claimdiff.text.conjugate`); a word no lexeme spells is read by the verb templates alone
(:mod:`claimdiff.text.templates`). The unfolded surface helps: a final ة is never a pronoun.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from claimdiff import data_files
from claimdiff.text import clitics, conjugate, templates
from claimdiff.text.normalize import fold_str

_POS_RANK = {"particle": 0, "verb": 1, "masdar": 2, "participle": 3, "noun": 4, "adj": 4, "name": 4}


@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word. ``lemma`` is shared by every inflection of a verb, its verbal nouns
    and participles (the folded perfect 3ms: ``ارتفع``); for other words it is the bare stem."""

    prefixes: tuple[str, ...]  # proclitics, outermost first
    stem: str  # folded, without clitics and inflection affixes
    suffixes: tuple[str, ...]  # inflection suffix, then the enclitic pronoun
    pos: str  # "verb" | "masdar" | "participle" | "noun" | "particle"
    root: str | None
    form: int | None  # 1-10; 11 and 12 for the quadriliteral forms QI and QII
    lemma: str
    known: bool = True  # from the lexicon rather than from the templates alone


@cache
def _particles() -> frozenset[str]:
    return frozenset(fold_str(w) for w in data_files.load("claimdiff", "clitics.json")["particles"])


@cache
def _names() -> frozenset[str]:
    return frozenset(fold_str(w) for w in data_files.load("claimdiff", "verbs.json")["names"])


def _letters(word: str) -> bool:
    return bool(word) and all("\u0621" <= c <= "\u064a" for c in word)


def _suffixes(*parts: str) -> tuple[str, ...]:
    return tuple(p for p in parts if p)


@cache
def _penalties() -> dict[str, float]:
    pen = data_files.load("claimdiff", "verb_templates.json")["penalties"]
    return {k: float(v) for k, v in pen.items() if isinstance(v, int | float)}


def _hamza_cue(letters: str, word: str, stripped: int) -> str:
    """The written hamza (أ or إ) of the core's first alef, or "" when none is written."""
    if not word[stripped:].startswith("ا"):
        return ""
    return letters[stripped] if stripped < len(letters) and letters[stripped] in "أإ" else ""


def _from_index(original: str, word: str, ta_marbuta: bool) -> list[tuple[float, Analysis]]:
    found: list[tuple[float, Analysis]] = []
    ix = conjugate.index()
    pen = _penalties()
    verbal = clitics.table().verbal
    # A written ه (not ة) at the end is a pronoun or a root letter, not a feminine ending.
    final_ha = word.endswith("ه") and not ta_marbuta
    # The original letters, one for each folded one (marks dropped), for the hamza cue.
    letters = "".join(c for c in original if fold_str(c)) if "أ" in original or "إ" in original else ""
    for sp in clitics.splits(word):
        entries = ix.get(sp.core)
        if entries is None or (ta_marbuta and sp.enclitic):
            continue
        stripped = float(len(sp.prefixes) + bool(sp.enclitic))
        hamza = _hamza_cue(letters, word, sp.start) if letters else ""
        for e in entries:
            verb = e.pos == "verb"
            if verb and (ta_marbuta or not sp.verbal):
                continue
            if not verb and not sp.nominal:
                continue
            if verb and sp.prefixes and sp.prefixes[-1] in verbal and not e.prefix:
                continue  # سـ and لـ go only before an imperfect
            lex = e.lexeme
            score = stripped + e.penalty
            if verb and sp.core == lex.lemma:
                score += pen["exact_lemma"]
            if final_ha and not sp.enclitic and not verb and lex.root[-1] != "ه":
                score += pen["noun_feminine_as_pronoun"]
            if verb and sp.enclitic and e.suffix == "ت":
                score += pen["verb_ta_enclitic"]
            if hamza == "إ" and verb and (e.prefix == "ا" or (lex.form == 4 and not e.prefix)):
                score += pen["hamza_below_verb"]
            if hamza == "أ" and e.pos == "masdar" and lex.form == 4:
                score += pen["hamza_above_noun"]
            a = Analysis(
                sp.prefixes, e.stem, _suffixes(e.suffix, sp.enclitic), e.pos, lex.root, lex.form, lex.lemma
            )
            found.append((score, a))
    return found


def _noun(word: str, ta_marbuta: bool) -> Analysis:
    """The plain reading of a word nothing else explains: the article and conjunction off."""
    best = clitics.Split((), word, "", True, True, 0)
    article = clitics.table().article
    for sp in clitics.splits(word):
        if len(sp.core) >= len(best.core) or len(sp.core) < 3 or not sp.nominal:
            continue
        if sp.enclitic and not sp.core.endswith("ه"):
            continue  # a pronoun only after a ta marbuta (حكومته), where the noun is plain to see
        if sp.enclitic or article in sp.prefixes:
            best = sp
    stem = best.core
    return Analysis(best.prefixes, stem, _suffixes(best.enclitic), "noun", None, None, stem, False)


@lru_cache(maxsize=65536)
def analyze(word: str) -> tuple[Analysis, ...]:
    """Candidate readings of one word (original or folded surface), best first; never empty."""
    ta_marbuta = word.endswith("ة")
    w = fold_str(word)
    if not _letters(w):
        return (Analysis((), w, (), "particle" if not w.isdigit() else "noun", None, None, w, False),)
    if w in _names():
        return (Analysis((), w, (), "name", None, None, w),)
    found = _particle(w)
    if found and not found[0][1].prefixes:
        return (found[0][1],)
    found += _from_index(word, w, ta_marbuta)
    if not any(a.pos != "particle" for _, a in found):
        found += [(g.score, _guessed(g)) for g in templates.guess(w, ta_marbuta)]
    found.append((_penalties()["unknown_noun"], _noun(w, ta_marbuta)))
    found.sort(key=lambda x: (x[0], _POS_RANK[x[1].pos]))
    return tuple(dict.fromkeys(a for _, a in found))


def _particle(w: str) -> list[tuple[float, Analysis]]:
    """A function word, bare or after a conjunction (ولا، فقد): scored like any other reading."""
    if w in _particles():
        return [(0.0, Analysis((), w, (), "particle", None, None, w))]
    bare = w[1:]
    if len(w) > 2 and w[0] in clitics.table().conjunctions and bare in _particles():
        return [(1.0, Analysis((w[0],), bare, (), "particle", None, None, bare))]
    return []


def _guessed(g: templates.Guess) -> Analysis:
    return Analysis(g.prefixes, g.stem, g.suffixes, "verb", g.root, g.form, g.lemma, False)


def best(word: str) -> Analysis:
    return analyze(word)[0]


@lru_cache(maxsize=65536)
def is_verb(word: str) -> bool:
    """Whether the best reading of ``word`` is a verb (perfect, imperfect or passive)."""
    return analyze(word)[0].pos == "verb"


def lemma(word: str) -> str:
    """The best reading's lemma: one key for every inflection of a verb and its verbal nouns."""
    return analyze(word)[0].lemma
