"""Acceptance: verbs of common news verbs are verbs, nouns are not, a lexeme has one key."""

from __future__ import annotations

from morph_tables import lexeme_lines, words

from claimdiff.text.morph import analyze, is_verb, lemma
from claimdiff.text.normalize import fold_str


def test_tables_are_large_enough() -> None:
    assert sum(len(f) for _, f in lexeme_lines("verb_forms.txt")) >= 500
    assert len(words("not_verbs.txt")) >= 300


def test_verb_forms_are_verbs() -> None:
    forms = [f for _, fs in lexeme_lines("verb_forms.txt") for f in fs]
    missed = [f for f in forms if not is_verb(f)]
    assert len(missed) <= 0.05 * len(forms), missed


def test_nouns_adjectives_and_names_are_not_verbs() -> None:
    ws = words("not_verbs.txt")
    taken = [w for w in ws if is_verb(w)]
    assert len(taken) <= 0.05 * len(ws), taken


def test_every_form_can_be_read_as_its_lexeme() -> None:
    """The line's lexeme is among each form's readings; ambiguous spellings (يعد) may rank it lower."""
    missing = []
    for head, forms in lexeme_lines("verb_forms.txt") + lexeme_lines("verbal_nouns.txt"):
        key = fold_str(head)
        missing += [(head, f) for f in forms if key not in {a.lemma for a in analyze(f)}]
    assert not missing


def test_best_reading_gives_the_lexeme() -> None:
    pairs = [(fold_str(h), f) for h, fs in lexeme_lines("verb_forms.txt") for f in fs]
    wrong = [(k, f, lemma(f)) for k, f in pairs if lemma(f) != k]
    assert len(wrong) <= 0.03 * len(pairs), wrong


def test_verbal_nouns_share_the_verb_lemma_and_are_not_verbs() -> None:
    pairs = [(fold_str(h), f) for h, fs in lexeme_lines("verbal_nouns.txt") for f in fs]
    assert not [f for _, f in pairs if is_verb(f)]
    wrong = [(k, f, lemma(f)) for k, f in pairs if lemma(f) != k]
    assert len(wrong) <= 0.05 * len(pairs), wrong


def test_verbs_outside_the_lexicon_are_read_by_their_templates() -> None:
    """Verbs no lexeme holds, in shapes no noun takes, get the right root and form anyway."""
    rows = [(h.split(), fs) for h, fs in lexeme_lines("unknown_verbs.txt")]
    forms = [(root, int(form), f) for (root, form), fs in rows for f in fs]
    assert len(forms) >= 60
    assert not [f for _, _, f in forms if analyze(f)[0].known], "a lexeme of the table is in verbs.json"
    wrong = [(f, analyze(f)[0]) for r, n, f in forms if (analyze(f)[0].root, analyze(f)[0].form) != (r, n)]
    assert len(wrong) <= 0.1 * len(forms), wrong
