"""Word-level alignment of two claims: which content words they share and which each adds.

Two words match when their lemma keys are equal, or when their stems are close spellings of one
word (الأمريكي / الأميركي, ترمب / ترامب).  What is left on each side is where the claims differ,
and every typed check reads those leftovers.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz, process

from claimdiff.claims import lexicon
from claimdiff.claims.profile import stem
from claimdiff.claims.tokens import Token
from claimdiff.compare.context import ClaimView
from claimdiff.entities.lookup import country_of, nationality
from claimdiff.schema import EntityMention, Mention
from claimdiff.text import morph
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
    return fuzz.ratio(a.stem, b.stem) >= _SPELLING and not other_consonant(a.stem, b.stem)


# Transliteration renders some consonants either way (Erdoğan's g as غ or ج, Yerlikaya's k as ك
# or ق); two words of one length that differ in one other consonant are two words (تعليق
# suspension, تعليم education), while an added or dropped letter is a spelling or an inflection.
_SOUNDS = str.maketrans(
    {"ق": "ك", "غ": "ك", "ج": "ك", "ط": "ت", "ص": "س", "ث": "س", "ض": "د", "ذ": "د", "ظ": "ز", "ح": "ه"}
)
_VOWELS = frozenset("اويهى")


def _spelt_alike(stem: str, others: list[str]) -> bool:
    """Whether one of ``others`` is a spelling of ``stem`` (the closest first; the rest only when
    the closest is another word one consonant apart)."""
    best = process.extractOne(stem, others, scorer=fuzz.ratio, score_cutoff=_SPELLING)
    if best is None or not other_consonant(stem, best[0]):
        return best is not None
    found = process.extract(stem, others, scorer=fuzz.ratio, score_cutoff=_SPELLING, limit=None)
    return any(not other_consonant(stem, f[0]) for f in found)


def other_consonant(a: str, b: str) -> bool:
    """Whether two stems of one length differ in exactly one letter, a consonant of its own."""
    if len(a) != len(b):
        return False
    diff = [(u, v) for u, v in zip(a.translate(_SOUNDS), b.translate(_SOUNDS), strict=True) if u != v]
    return len(diff) == 1 and not (set(diff[0]) & _VOWELS)


@dataclass(frozen=True)
class _Side:
    """What the diff needs of one claim, built once per claim and reused for every pair."""

    words: list[Word]
    entities: list[EntityMention]
    referents: dict[int, frozenset[str]]  # token start -> entity ids (with their countries)
    own: dict[int, frozenset[str]]  # token start -> the entity ids the word itself names
    keys: frozenset[str]
    stems: frozenset[str]
    verbs: frozenset[str]  # verb lemmas of the words read as verbs: أكدت and تؤكد are one verb
    word_verbs: tuple[str | None, ...]  # each word's verb lemma (None: not read as a verb)
    named: frozenset[str]  # every referent of every word
    named_own: frozenset[str]  # what the words name themselves, but a country of a town named
    long_stems: list[str]  # the stems of four letters or more, which close spellings may match
    # All that :func:`_unmatched` reads of the claim, as the side whose words are judged and as
    # the side they are judged against: relays of one wire copy repeat sentences, so a claim
    # meets the same words again in document after document, and the answer is kept.
    judged: tuple[tuple[str, str, str | None, frozenset[str] | None, frozenset[str] | None], ...]
    judging: tuple[frozenset[str], ...]
    # the positions of this claim's unmatched words, by the other side's ``judging`` ...
    unmatched_against: dict[tuple[frozenset[str], ...], tuple[int, ...]] = field(
        default_factory=dict, compare=False
    )
    # ... and those of the other side's, by its ``judged``
    unmatched_of: dict[tuple[object, ...], tuple[int, ...]] = field(default_factory=dict, compare=False)


def _side(view: ClaimView, mentions: dict[str, Mention]) -> _Side:
    cached = view.__dict__.get("_diff_side")
    if isinstance(cached, _Side):
        return cached
    words = content_words(view.tokens)
    found = [m for i in view.claim.mention_ids if isinstance(m := mentions.get(i), EntityMention)]
    ents = sorted(found, key=lambda m: m.start)
    referents: dict[int, frozenset[str]] = {}
    own: dict[int, frozenset[str]] = {}
    covering = _covering(ents, [w.token.start for w in words])
    for w in words:
        ids = set(covering.get(w.token.start, ()))
        if not ids and (country := nationality(w.token.text)):
            ids.add(country)
        if ids:
            own[w.token.start] = frozenset(ids)
            referents[w.token.start] = frozenset(ids | {c for e in ids if (c := country_of(e))})
    keys, stems = frozenset(w.key for w in words), frozenset(w.stem for w in words)
    word_verbs = tuple(_verb(w.text) for w in words)
    verbs = frozenset(v for v in word_verbs if v)
    # One referent: a word naming what the other names, or a place inside a country the other
    # itself names (Beijing / China); two towns of one country are two referents ...
    named = frozenset().union(*referents.values()) if referents else frozenset()
    named_own = frozenset().union(*own.values()) if own else frozenset()
    # ... unless the other names a town of that country too: ميناء الحديدة اليمني and ميناء المخا
    # اليمني both name Yemen, and two of its ports
    named_own -= {c for ids in own.values() for e in ids if (c := country_of(e)) and c != e}
    long_stems = [w.stem for w in words if len(w.stem) >= 4]
    judged = tuple(
        (w.key, w.stem, v, own.get(w.token.start), referents.get(w.token.start))
        for w, v in zip(words, word_verbs, strict=True)
    )
    judging = (keys, stems, verbs, named, named_own, frozenset(long_stems))
    side = _Side(
        words,
        ents,
        referents,
        own,
        keys,
        stems,
        verbs,
        word_verbs,
        named,
        named_own,
        long_stems,
        judged,
        judging,
    )
    view.__dict__["_diff_side"] = side
    return side


def _covering(ents: list[EntityMention], positions: list[int]) -> dict[int, list[str]]:
    """For each position (ascending), the ids of the mentions (sorted by start) that cover it: one
    sweep, so a claim of many words and many mentions costs their sum, not their product."""
    out: dict[int, list[str]] = {}
    active: list[EntityMention] = []
    k = 0
    for pos in positions:
        while k < len(ents) and ents[k].start <= pos:
            active.append(ents[k])
            k += 1
        active = [m for m in active if m.end > pos]
        if active:
            out[pos] = [m.entity_id for m in active]
    return out


def _verb(word: str) -> str | None:
    reading = morph.best(word)
    return reading.lemma if reading.pos == "verb" else None


def _unmatched(a: _Side, b: _Side) -> list[Word]:
    """Words of ``a`` that no word of ``b`` matches: exact keys and stems by set, shared referents
    (what ``b`` names, as :func:`_side` reads it), then close spellings among the longer stems.
    Kept on both sides, by what the other side says."""
    found = a.unmatched_against.get(b.judging)
    if found is None:
        found = b.unmatched_of.get(a.judged)
    if found is None:
        found = a.unmatched_against[b.judging] = b.unmatched_of[a.judged] = _unmatched_at(a, b)
    return [a.words[n] for n in found]


def _unmatched_at(a: _Side, b: _Side) -> tuple[int, ...]:
    keys, stems, verbs, named, named_own = b.keys, b.stems, b.verbs, b.named, b.named_own
    none: frozenset[str] = frozenset()
    out = []
    for n, (w, verb) in enumerate(zip(a.words, a.word_verbs, strict=True)):
        start = w.token.start
        if (
            w.key in keys
            or w.stem in stems
            or (verbs and verb in verbs)
            or a.own.get(start, none) & named
            or a.referents.get(start, none) & named_own
        ):
            continue
        if len(w.stem) >= 4 and _spelt_alike(w.stem, b.long_stems):
            continue
        out.append(n)
    return tuple(out)


@dataclass
class PairDiff:
    """Two claim views, their content words, and the words each has that the other lacks."""

    x: ClaimView
    y: ClaimView
    mentions: dict[str, Mention]

    @cached_property
    def sides(self) -> tuple[_Side, _Side]:
        return _side(self.x, self.mentions), _side(self.y, self.mentions)

    @property
    def words(self) -> tuple[list[Word], list[Word]]:
        sx, sy = self.sides
        return sx.words, sy.words

    @property
    def referents(self) -> tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]]:
        """Per word (by token start): the entity it names, with its country; a nationality
        adjective names its country.  Beijing and China, إيران and إيرانية then match."""
        sx, sy = self.sides
        return sx.referents, sy.referents

    @property
    def own(self) -> tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]]:
        """Per word: the entity it names itself, without the countries of places."""
        sx, sy = self.sides
        return sx.own, sy.own

    @cached_property
    def unmatched(self) -> tuple[list[Word], list[Word]]:
        sx, sy = self.sides
        return _unmatched(sx, sy), _unmatched(sy, sx)

    @property
    def entities(self) -> tuple[list[EntityMention], list[EntityMention]]:
        sx, sy = self.sides
        return sx.entities, sy.entities

    def shared_share(self, outside: tuple[tuple[int, int], tuple[int, int]] | None = None) -> float:
        """Share of the content words matched on the shorter side, in [0, 1]; with ``outside``,
        of the words outside one span in each claim (two dates sharing a month say nothing of
        whether they date one event)."""
        if outside is None:
            (wx, wy), (ux, uy) = self.words, self.unmatched
            if not wx or not wy:
                return 0.0
            return min((len(wx) - len(ux)) / len(wx), (len(wy) - len(uy)) / len(wy))
        shares = []
        for side, (start, end) in enumerate(outside):
            unmatched = {w.token.start for w in self.unmatched[side]}
            words = [w.token.start for w in self.words[side] if not start <= w.token.start < end]
            if not words:
                return 0.0
            shares.append(sum(at not in unmatched for at in words) / len(words))
        return min(shares)

    def local_share(
        self, x: tuple[int, int], y: tuple[int, int], reach: int = 4, *, names: bool = True
    ) -> float:
        """Like :meth:`shared_share`, over the ``reach`` content words before or after a span in
        each claim (whichever side matches better): whether the clauses around two cue words say
        the same thing.  Without ``names``, the words of entity names are not counted: one person
        named near two dates says nothing of whether the dates are of one act."""
        shares = []
        for side, (start, end) in enumerate((x, y)):
            words, unmatched = self.words[side], {w.token.start for w in self.unmatched[side]}
            inside = [n for n, w in enumerate(words) if start <= w.token.start < end]
            if not inside:
                return self.shared_share()
            text = (self.x, self.y)[side].doc.text
            # the clause around the cue: no word past a sentence's end (أجل إننا نتبادل المعلومات.. لقد)
            before = [
                w for w in words[max(0, inside[0] - reach) : inside[0]] if not _ends(text, w.token.end, start)
            ]
            after = [
                w
                for w in words[inside[-1] + 1 : inside[-1] + reach + 1]
                if not _ends(text, end, w.token.start)
            ]
            if not names:
                own = self.own[side]
                before, after = ([w for w in ws if w.token.start not in own] for ws in (before, after))
                if not before and not after:
                    return 0.0
            if not before and not after:
                return self.shared_share()
            # the clause may run on either side of the cue: the better matched side counts
            shares.append(
                max(sum(w.token.start not in unmatched for w in ws) / len(ws) for ws in (before, after) if ws)
            )
        return min(shares)

    def anchored(self, x: tuple[int, int], y: tuple[int, int], reach: int = 3) -> bool:
        """Whether one word of the ``reach`` content words before a span in each claim is the
        same word: what introduces the two cue words (مركزه قرب مدينة حارم / مركز الزلزال في
        منطقة جسر الشغور)."""
        before = [
            [w for w in self.words[s] if w.token.end <= span[0]][-reach:] for s, span in enumerate((x, y))
        ]
        return any(same_word(u, v) for u in before[0] for v in before[1])

    @cached_property
    def _unmatched_starts(self) -> tuple[list[int], list[int]]:
        """Where each side's unmatched words start, in ascending order (as the words stand)."""
        ux, uy = self.unmatched
        return [w.token.start for w in ux], [w.token.start for w in uy]

    def covered(self, side: int, start: int, end: int) -> bool:
        """Whether an unmatched word of ``side`` (0: x, 1: y) lies inside ``[start, end)``."""
        starts = self._unmatched_starts[side]
        n = bisect_left(starts, start)
        return n < len(starts) and starts[n] < end


_ENDS = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?\u061f]")  # not the point of 3.5


def _ends(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between offsets ``start`` and ``end`` (a full stop, .., ! or ?)."""
    return _ENDS.search(text, start, end) is not None
