"""A claim reduced to what matching needs: folded text, content stems, entities, predicates, times.

Built once per claim for alignment and comparison; everything here is cheap enough to run on
hundreds of thousands of claims.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimdiff.claims import lexicon
from claimdiff.claims.features import predicate_hits
from claimdiff.claims.roles import party_codes
from claimdiff.claims.tokens import Token
from claimdiff.schema import Claim, EntityMention, Mention, Slot, TimeMention
from claimdiff.text.normalize import fold_str

_WORD = re.compile(r"\w+|[^\w\s]")
_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال")
_SUFFIXES = ("هما", "ات", "ون", "ين", "ان", "ها", "هم", "يه", "ه", "ي")
_TIMEX = re.compile(r"^(\d{4}|X{4})(?:-(\d{2}|XX|Q[1-4]|W\d{2}))?(?:-(\d{2}|XX))?")


@lru_cache(maxsize=262144)
def stem(word: str) -> str:
    """A light stem of a folded word: clitics, article and common endings off.

    Leading و/ف are always taken off (when four letters or more remain), also from words
    where they belong to the root: crude, but the same word gets the same stem wherever it
    appears, with or without the article or a conjunction (وزير, الوزير, والوزير → زير).
    """
    w = word
    for _ in range(4):
        art = next((p for p in _PREFIXES if w.startswith(p) and len(w) - len(p) >= 3), None)
        if art is not None:
            w = w[len(art) :]
        elif (len(w) >= 4 and w[0] in "وف") or (len(w) >= 5 and w[0] in "بلك"):
            w = w[1:]
        else:
            break
    if len(w) > 4 and w[0] == "ت" and w[1] == "ت":
        w = w[1:]  # تتوقف -> توقف, as the verbal noun التوقف
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[: -len(s)]
            if s in ("ها", "هم", "هما") and w.endswith("ت") and len(w) >= 4:
                w = w[:-1]  # سفارتها -> سفار, as السفارة
            break
    return w


@lru_cache(maxsize=262144)
def _content(word: str) -> str | None:
    if not word[0].isalpha() or len(word) < 3:
        return None
    if word in lexicon.stopwords():
        return None
    bare = word[1:] if len(word) > 3 and word[0] in "وف" else word
    if bare in lexicon.stopwords():
        return None
    return stem(word)


def content_stems(folded: str) -> list[str]:
    """Content-word stems of folded text, in order, stopwords left out."""
    out: list[str] = []
    for m in _WORD.finditer(folded):
        s = _content(m.group())
        if s is not None:
            out.append(s)
    return out


@dataclass(frozen=True, slots=True)
class Profile:
    index: int
    claim: Claim
    folded: str
    stems: frozenset[str]
    entities: frozenset[str]
    persons: frozenset[str]
    parties: frozenset[str]
    keys: frozenset[str]
    frames: frozenset[str]
    times: tuple[str, ...]
    actor: frozenset[str]
    target: frozenset[str]
    place: frozenset[str]

    @property
    def doc(self) -> str:
        return self.claim.doc_id


def _slot_keys(slot: Slot | None, tokens: Sequence[Token] | None = None) -> frozenset[str]:
    if slot is None:
        return frozenset()
    keys = {slot.entity_id} if slot.entity_id else set()
    folded = fold_str(slot.text)
    keys |= {f"party:{c}" for c in party_codes([Token(w, 0, 0) for w in folded.split()])}
    if not keys:
        keys = {" ".join(stem(w) for w in folded.split() if w)}
    return frozenset(keys)


def build(claims: Sequence[Claim], mentions: Mapping[str, Mention] | Sequence[Mention]) -> list[Profile]:
    """Profiles of ``claims`` (same order)."""
    by_id = mentions if isinstance(mentions, Mapping) else {m.id: m for m in mentions}
    out: list[Profile] = []
    frames = lexicon.frames()
    for n, c in enumerate(claims):
        folded = fold_str(c.text)
        tokens = [Token(m.group(), 0, 0) for m in _WORD.finditer(folded)]
        keys = {h.key for h in predicate_hits(tokens)}
        if c.predicate:
            keys.add(c.predicate)
        ents, persons = set(), set()
        for mid in c.mention_ids:
            m = by_id.get(mid)
            if isinstance(m, EntityMention):
                ents.add(m.entity_id)
                if m.entity_type == "person":
                    persons.add(m.entity_id)
        times = []
        for tid in c.time_ids:
            t = by_id.get(tid)
            if isinstance(t, TimeMention):
                times.append(t.value)
        out.append(
            Profile(
                index=n,
                claim=c,
                folded=folded,
                stems=frozenset(content_stems(folded)),
                entities=frozenset(ents),
                persons=frozenset(persons),
                parties=party_codes(tokens),
                keys=frozenset(keys),
                frames=frozenset(frames.get(k, k) for k in keys),
                times=tuple(times),
                actor=_slot_keys(c.actor),
                target=_slot_keys(c.target),
                place=_slot_keys(c.place),
            )
        )
    return out


def _timex(value: str) -> tuple[str | None, str | None, str | None] | None:
    m = _TIMEX.match(value)
    if m is None:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    return (
        None if y is None or "X" in y else y,
        None if mo is None or "X" in mo or mo.startswith("W") else mo,
        None if d is None or "X" in d else d,
    )


def time_compatible(a: str, b: str) -> bool:
    """Whether two TIMEX3 values can name the same time (X parts and quarters are open)."""
    pa, pb = _timex(a), _timex(b)
    if pa is None or pb is None:
        return True
    (ya, ma, da), (yb, mb, db) = pa, pb
    if ya and yb and ya != yb:
        return False
    if ma and mb and ma != mb:
        qa = ma if ma.startswith("Q") else f"Q{(int(ma) - 1) // 3 + 1}"
        qb = mb if mb.startswith("Q") else f"Q{(int(mb) - 1) // 3 + 1}"
        if qa != qb or not (ma.startswith("Q") or mb.startswith("Q")):
            return False
    return not (da and db and da != db and ma == mb)


def times_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """Claims are compatible in time unless both are dated and no pair of dates can agree."""
    if not a or not b:
        return True
    return any(time_compatible(x, y) for x in a for y in b)


def times_far_apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Both claims are dated and every pair of their dates falls in different years."""
    if not a or not b:
        return False
    for x in a:
        for y in b:
            px, py = _timex(x), _timex(y)
            if px is None or py is None or px[0] is None or py[0] is None or px[0] == py[0]:
                return False
    return True
