"""The language data files agree with each other and with the morphology: one home per concept."""

from __future__ import annotations

from claimdiff import data_files
from claimdiff.claims import lexicon
from claimdiff.text.morph import analyze
from claimdiff.text.normalize import fold_str


def _load(name: str) -> dict:  # type: ignore[type-arg]
    return data_files.load("claimdiff", name)


def _is_lemma(word: str) -> bool:
    """``word`` is written as a verb's perfect 3ms, and the morphology knows that verb."""
    return any(a.pos == "verb" and a.known and a.lemma == fold_str(word) for a in analyze(word))


def test_predicate_and_say_verbs_are_lemmas_the_morphology_knows() -> None:
    verbs = [w for p in _load("predicates.json")["predicates"] for w in p.get("verbs", [])]
    verbs += [v["verb"] for v in _load("say_verbs.json")["verbs"]]
    assert not [w for w in verbs if not _is_lemma(w)]


def test_no_predicate_lists_one_lexeme_twice() -> None:
    for p in _load("predicates.json")["predicates"]:
        lemmas = [lexicon.verb_lemma(w) for w in p.get("verbs", [])]
        assert len(lemmas) == len(set(lemmas)), p["key"]
        nouns = [lexicon.noun_lemma(w) for w in p.get("nominal", [])]
        nouns = [n for n in nouns if n]
        assert len(nouns) == len(set(nouns)), p["key"]


def test_say_verbs_live_in_one_file() -> None:
    assert "say_verbs" not in _load("attribution.json")
    assert "other_verbs" not in _load("connectives.json")
    assert not [p for p in _load("predicates.json")["predicates"] if p.get("frame") == "say"]
    said = set(lexicon.say_modality())
    for cue in ("denied", "confirmed"):
        single = [w for w in _load("modality.json")[cue] if " " not in w]
        assert not [w for w in single if lexicon.verb_reading(w) in said], cue


def test_particles_and_names_are_not_verbs_of_the_lexicon() -> None:
    for w in _load("clitics.json")["particles"] + _load("verbs.json")["names"]:
        assert analyze(w)[0].pos in ("particle", "name"), w
