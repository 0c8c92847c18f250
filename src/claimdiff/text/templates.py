"""Verbs no lexeme spells, read from the templates alone (filled in by the next commit)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Guess:
    prefixes: tuple[str, ...]
    stem: str
    suffixes: tuple[str, ...]
    root: str
    form: int
    lemma: str


def guess(word: str, ta_marbuta: bool) -> list[Guess]:
    """Verb readings of a folded word by template shape alone."""
    return []
