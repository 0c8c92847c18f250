"""The word lists behind claim extraction, loaded once from ``claimdiff/data`` and folded.

Cue words are compared after light clitic stripping (:func:`claimdiff.text.clitics.variants`);
verbs are recognised by the morphology (:mod:`claimdiff.text.morph`), not by lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from claimdiff import data_files, derived
from claimdiff.entities.gazetteer import bundled_entries
from claimdiff.text import morph
from claimdiff.text.normalize import fold_str

Phrase = tuple[str, ...]


def _load(name: str) -> dict[str, Any]:
    return data_files.load("claimdiff", name)


def _word(text: str) -> str:
    return fold_str(text).strip()


def _phrases(words: list[str]) -> frozenset[Phrase]:
    return frozenset(tuple(fold_str(w).split()) for w in words if w.strip())


@cache
def _words(name: str, key: str) -> frozenset[str]:
    """A word list of data file ``name``, folded."""
    return frozenset(_word(w) for w in _load(name)[key])


@cache
def _lemmas(name: str, key: str) -> frozenset[str]:
    """A verb list of data file ``name``, as verb lemmas."""
    return frozenset(verb_lemma(w) for w in _load(name)[key])


@dataclass(frozen=True, slots=True)
class Predicate:
    key: str
    frame: str
    lemmas: frozenset[str]  # verb lemmas (claimdiff.text.morph): every inflection of the verb
    nominal_lemmas: frozenset[str]  # lemmas of the listed verbal nouns: every inflection of them
    forms: frozenset[str]
    nominal: frozenset[str]
    objects: frozenset[str]
    window: int
    modality: str | None
    object_slot: bool  # the verb says little without its object (give, stop, open)


def verb_lemma(word: str) -> str:
    """The lemma of a verb written as its perfect 3ms: that reading, where the word has several."""
    folded = _word(word)
    readings = morph.analyze(word)
    return next((a.lemma for a in readings if a.pos == "verb" and a.lemma == folded), readings[0].lemma)


def noun_lemma(word: str) -> str | None:
    """The lemma of a listed verbal noun (اجتماع -> اجتمع), or None for a noun of no known verb."""
    a = morph.analyze(word)[0]
    return a.lemma if a.pos == "masdar" and a.root else None


@derived.table(objects=True)  # verb lemmas through the morphology of every listed word
def predicates() -> tuple[Predicate, ...]:
    """Predicates of ``predicates.json``, then those of the say frame from ``say_verbs.json``."""
    out = []
    for p in _load("predicates.json")["predicates"]:
        out.append(
            Predicate(
                key=p["key"],
                frame=p.get("frame", p["key"]),
                lemmas=frozenset(verb_lemma(w) for w in p.get("verbs", [])),
                nominal_lemmas=frozenset(filter(None, (noun_lemma(w) for w in p.get("nominal", [])))),
                forms=frozenset(_word(w) for w in p.get("forms", [])),
                nominal=frozenset(_word(w) for w in p.get("nominal", [])),
                objects=frozenset(_word(w) for w in p.get("objects", [])),
                window=int(p.get("window", 3)),
                modality=p.get("modality"),
                object_slot=bool(p.get("object_slot", False)),
            )
        )
    say: dict[str, set[str]] = {}
    for v in _load("say_verbs.json")["verbs"]:
        if "predicate" in v:
            say.setdefault(v["predicate"], set()).add(verb_lemma(v["verb"]))
    empty: frozenset[str] = frozenset()
    for key, lemmas in say.items():
        out.append(Predicate(key, "say", frozenset(lemmas), empty, empty, empty, empty, 3, None, False))
    return tuple(out)


@derived.table()
def say_lemmas() -> frozenset[str]:
    """Lemmas of the verbs of saying that open an attribution lead-in."""
    verbs = _load("say_verbs.json")["verbs"]
    return frozenset(verb_lemma(v["verb"]) for v in verbs if v.get("lead_in", True))


@derived.table()
def say_modality() -> dict[str, str]:
    """Lemma of a verb of saying -> the modality it gives what it reports (denied, confirmed)."""
    verbs = _load("say_verbs.json")["verbs"]
    return {verb_lemma(v["verb"]): v["modality"] for v in verbs if "modality" in v}


def verb_reading(word: str) -> str | None:
    """The lemma of ``word`` when its best reading is a verb, else None."""
    a = morph.analyze(word)[0]
    return a.lemma if a.pos == "verb" else None


@cache
def frames() -> dict[str, str]:
    """Predicate key -> frame."""
    return {p.key: p.frame for p in predicates()}


@cache
def object_slot_keys() -> frozenset[str]:
    """Predicate keys whose object is compared as a slot of its own."""
    return frozenset(p.key for p in predicates() if p.object_slot)


@cache
def opposite_keys() -> frozenset[tuple[str, str]]:
    """Pairs of predicate keys that take opposite stances on one object (both orders)."""
    pairs = _load("predicates.json")["contradictions"]
    return frozenset((a, b) for x, y in pairs for a, b in ((x, y), (y, x)))


@cache
def symmetric_predicates() -> frozenset[str]:
    """Predicate keys of acts each party does to the other (meet, fight)."""
    return frozenset(_load("predicates.json")["symmetric"])


@cache
def light_verbs() -> frozenset[str]:
    """Lemmas of verbs whose act is named by the verbal noun after them (شن هجوما)."""
    return _lemmas("predicates.json", "light_verbs")


@cache
def generic_frames() -> frozenset[str]:
    """Frames about how something is reported or attempted, not about what happened."""
    return frozenset(_load("predicates.json")["generic_frames"])


@derived.table()
def predicate_modality() -> dict[str, str]:
    """Predicate key -> the modality it gives its clause (demanded, conditional), where it does."""
    return {p.key: p.modality for p in predicates() if p.modality}


@cache
def not_predicates() -> frozenset[str]:
    """Whole tokens that are never a predicate, though a stripped form of them is one."""
    return _words("connectives.json", "not_predicates")


@cache
def verbal_particles() -> frozenset[str]:
    """Particles that only ever go before a verb."""
    return _words("connectives.json", "verbal_particles")


@cache
def not_verbs() -> frozenset[str]:
    return _words("connectives.json", "not_verbs")


@lru_cache(maxsize=65536)
def is_verb(token: str) -> bool:
    """Whether ``token`` is read as a verb by the morphology, and is not a listed look-alike noun."""
    return fold_str(token) not in not_verbs() and morph.is_verb(token)


@cache
def modality_cues(name: str) -> frozenset[Phrase]:
    """A cue list of ``modality.json`` as word tuples."""
    return _phrases(_load("modality.json")[name])


@cache
def modality_lemmas(name: str) -> frozenset[str]:
    """A verb list of ``modality.json`` as verb lemmas."""
    return _lemmas("modality.json", name)


@cache
def declined_split() -> tuple[frozenset[str], frozenset[str]]:
    d = _load("modality.json")["declined_split"]
    return frozenset(_word(w) for w in d["verbs"]), frozenset(_word(w) for w in d["objects"])


@cache
def attribution_words(name: str) -> frozenset[Phrase]:
    return _phrases(_load("attribution.json")[name])


@cache
def agent_markers() -> frozenset[Phrase]:
    """Phrases after which a passive clause names its doer (على يد، من قبل)."""
    return _phrases(_load("agents.json")["markers"])


@cache
def against_words() -> frozenset[str]:
    """Prepositions after which a verbal noun's object names what the act was done to."""
    return _words("agents.json", "against")


@cache
def emphatic_words() -> frozenset[str]:
    """Words that stress a subject (أنفسهم، نفسه) and stand between it and its object."""
    return _words("agents.json", "emphatic")


@cache
def connective(name: str) -> frozenset[Phrase]:
    return _phrases(_load("connectives.json")[name])


@cache
def min_clause_tokens() -> int:
    return int(_load("connectives.json").get("min_tokens", 3))


@cache
def prepositions() -> frozenset[str]:
    return frozenset(_word(w) for w in _load("connectives.json")["prepositions"])


@cache
def stopwords() -> frozenset[str]:
    return frozenset(_word(w) for w in _load("stopwords.json")["words"])


@dataclass(frozen=True, slots=True)
class PartyName:
    """Folded words naming a country-level party; ``kind`` is name, capital or nisba."""

    words: Phrase
    code: str
    kind: str


def _latin(text: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in text)


@cache
def parties() -> tuple[PartyName, ...]:
    """The party table from the gazetteer entries with a party code, longest names first."""
    entries: list[PartyName] = []
    for e in bundled_entries():
        if e.code is None:
            continue
        for kind, words in (("name", e.aliases + e.exact_aliases), ("capital", e.capitals)):
            entries.extend(
                PartyName(tuple(fold_str(w).split()), e.code, kind) for w in words if not _latin(w)
            )
        for stem in e.adjectives:
            base = fold_str(stem)
            for form in (base, base + "ه", base + "ين", base + "ون", base + "ان", base + "تان"):
                entries.append(PartyName((form,), e.code, "nisba"))
    entries.sort(key=lambda e: -len(e.words))
    return tuple(entries)
