"""Word-level alignment of two claims: which content words they share and which each adds.

Two words match when their lemma keys are equal, or when their stems are close spellings of one
word (الأمريكي / الأميركي, ترمب / ترامب).  What is left on each side is where the claims differ,
and every typed check reads those leftovers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz

from claimdiff.claims import lexicon
from claimdiff.claims.profile import stem
from claimdiff.claims.tokens import Token
from claimdiff.compare.context import ClaimView
from claimdiff.entities.lookup import country_of, nationality
from claimdiff.schema import EntityMention, Mention
from claimdiff.text.morphkeys import lemma_key

_SPELLING = 80  # rapidfuzz ratio at which two stems of four letters or more are one word


@dataclass(frozen=True, slots=True)
class Word:
    """A content word of a claim, with its token and matching keys."""

    token: Token
    index: int  # position among the claim's tokens
    stem: str
    key: str

    @property
    def text(self) -> str:
        return self.token.text


def content_words(tokens: Iterable[Token]) -> list[Word]:
    """Content words in order: stopwords, punctuation and bare digits left out."""
    stop = lexicon.stopwords()
    out: list[Word] = []
    for i, tok in enumerate(tokens):
        t = tok.text
        if not tok.is_word or t.isdigit() or len(t) < 2:
            continue
        bare = t[1:] if len(t) > 3 and t[0] in "وف" else t
        if t in stop or bare in stop:
            continue
        out.append(Word(tok, i, stem(t), lemma_key(t)))
    return out


def same_word(a: Word, b: Word) -> bool:
    if a.key == b.key or a.stem == b.stem:
        return True
    if min(len(a.stem), len(b.stem)) < 4:
        return False
    return fuzz.ratio(a.stem, b.stem) >= _SPELLING


@dataclass
class PairDiff:
    """Two claim views, their content words, and the words each has that the other lacks."""

    x: ClaimView
    y: ClaimView
    mentions: dict[str, Mention]

    @cached_property
    def words(self) -> tuple[list[Word], list[Word]]:
        return content_words(self.x.tokens), content_words(self.y.tokens)

    @cached_property
    def referents(self) -> tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]]:
        """Per word (by token start): the entity it names, with its country; a nationality
        adjective names its country.  Beijing and China, إيران and إيرانية then match."""

        def of(side: int) -> dict[int, frozenset[str]]:
            out: dict[int, frozenset[str]] = {}
            ents = self.entities[side]
            for w in self.words[side]:
                ids = {m.entity_id for m in ents if m.start <= w.token.start < m.end}
                if not ids and (country := nationality(w.token.text)):
                    ids.add(country)
                ids |= {c for e in ids if (c := country_of(e))}
                if ids:
                    out[w.token.start] = frozenset(ids)
            return out

        return of(0), of(1)

    @cached_property
    def unmatched(self) -> tuple[list[Word], list[Word]]:
        (wx, wy), (rx, ry) = self.words, self.referents

        def match(a: Word, ra: dict[int, frozenset[str]], b: Word, rb: dict[int, frozenset[str]]) -> bool:
            return same_word(a, b) or bool(
                ra.get(a.token.start, frozenset()) & rb.get(b.token.start, frozenset())
            )

        return [w for w in wx if not any(match(w, rx, v, ry) for v in wy)], [
            w for w in wy if not any(match(w, ry, v, rx) for v in wx)
        ]

    @cached_property
    def entities(self) -> tuple[list[EntityMention], list[EntityMention]]:
        def of(v: ClaimView) -> list[EntityMention]:
            found = [m for i in v.claim.mention_ids if isinstance(m := self.mentions.get(i), EntityMention)]
            return sorted(found, key=lambda m: m.start)

        return of(self.x), of(self.y)

    def shared_share(self) -> float:
        """Share of the content words matched on the shorter side, in [0, 1]."""
        (wx, wy), (ux, uy) = self.words, self.unmatched
        if not wx or not wy:
            return 0.0
        return min((len(wx) - len(ux)) / len(wx), (len(wy) - len(uy)) / len(wy))

    def covered(self, side: int, start: int, end: int) -> bool:
        """Whether an unmatched word of ``side`` (0: x, 1: y) lies inside ``[start, end)``."""
        return any(start <= w.token.start < end for w in self.unmatched[side])
