"""The language data files agree with each other and with the morphology: one home per concept."""

from __future__ import annotations

import json
from pathlib import Path

import claimdiff
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


def test_the_entity_finder_reads_the_one_say_verb_list() -> None:
    """A name may follow a verb of saying (قال الوزير): those verbs are marked in say_verbs.json,
    not listed again by the entity data."""
    from claimdiff.entities.names import lexicon as name_lexicon

    assert "speech_verbs" not in data_files.load("claimdiff.entities", "titles.json")
    marked = {fold_str(v["verb"]) for v in _load("say_verbs.json")["verbs"] if v.get("speaker_after")}
    assert marked and name_lexicon().speech_verbs == marked


def test_aligner_and_comparator_share_the_generic_frames() -> None:
    """Both read ``predicates.json`` ``generic_frames`` (say, try, intend...), not a copy each."""
    from claimdiff.compare import context

    own = getattr(context, "_GENERIC_FRAMES", None)
    assert own is None or own == lexicon.generic_frames()


def test_particles_and_names_are_not_verbs_of_the_lexicon() -> None:
    for w in _load("clitics.json")["particles"] + _load("verbs.json")["names"]:
        assert analyze(w)[0].pos in ("particle", "name"), w


def test_month_names_live_in_one_file() -> None:
    """Quantities know a number beside a month is a date from ``months.json``, not a copy."""
    from claimdiff.dates.lexicon import month_words
    from claimdiff.entities.keys import core
    from claimdiff.quantities.lexicon import lexicon as _lexicon

    own = [fold_str(w) for w in _load("quantities.json")["date_words"]]
    months = month_words()
    assert len(months) > 100
    assert not [w for w in own if w in months or core(w) in months]
    assert months <= _lexicon().date_words


def test_number_words_read_alike_by_dates_and_quantities() -> None:
    """One number-word file, and the two readers of it give every Arabic word the same value."""
    from claimdiff.dates.lexicon import lexicon as date_lexicon
    from claimdiff.quantities.lexicon import lexicon as _lexicon

    numbers = _load("numbers.json")
    dates, quantities = date_lexicon().senses, _lexicon().words
    checked = 0
    for group in ("units", "teen_units", "tens", "hundreds"):
        for word, value in numbers[group].items():
            if word.isascii():
                continue
            key = fold_str(word)
            assert quantities[key][1] == value, word
            assert any(s.cat == "num" and s.val == value for s in dates[key]), word
            checked += 1
    assert checked > 50
    words = {fold_str(w) for g in ("units", "tens", "hundreds", "scales") for w in numbers[g]}
    for path in sorted(Path(claimdiff.__file__).parent.rglob("*.json")):
        if path.name != "numbers.json":
            valued = _valued_words(json.loads(path.read_text(encoding="utf-8")))
            assert not {w for w in valued if fold_str(w) in words}, path.name


def _valued_words(value: object) -> list[str]:
    """Keys of every mapping from a word to a number, anywhere in a data file."""
    if isinstance(value, list):
        return [w for v in value for w in _valued_words(v)]
    if not isinstance(value, dict):
        return []
    own = [k for k, v in value.items() if isinstance(v, int | float) and not isinstance(v, bool)]
    return own + [w for v in value.values() for w in _valued_words(v)]


def test_frames_and_contradictions_name_known_predicates() -> None:
    keys = {p.key for p in lexicon.predicates()}
    frames = set(lexicon.frames().values())
    assert lexicon.generic_frames() <= frames | keys  # express: a say predicate of its own
    assert "say" in lexicon.generic_frames()
    pairs = _load("predicates.json")["contradictions"]
    assert not [k for pair in pairs for k in pair if k not in keys]
    assert lexicon.object_slot_keys() <= keys
