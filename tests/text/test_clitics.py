"""The clitic table's helpers: a glued conjunction comes off only where enough of the word is left."""

from __future__ import annotations

from claimdiff.text import clitics


def test_a_glued_conjunction_comes_off_a_word_long_enough() -> None:
    for c in clitics.table().conjunctions:
        assert clitics.conjunction_off(c + "أكد") == "أكد"
        assert clitics.conjunction_off(c + "قال", rest=4) == c + "قال"  # too little would be left
    assert clitics.conjunction_off("وزير") == "وزير"[1:]  # a spelling the table cannot tell apart
    assert clitics.conjunction_off("بقي") == "بقي"  # ب is a preposition, not a conjunction
    assert clitics.conjunction_off("فيه") == "فيه"  # three letters: no conjunction read off


def test_the_conjunctions_are_the_tables() -> None:
    assert set(clitics.conjunctions()) == set(clitics.table().conjunctions)
    assert clitics.light("وقال") == {"وقال", "قال"}
