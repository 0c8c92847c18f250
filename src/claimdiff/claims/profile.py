"""A claim reduced to what matching needs: folded text, content stems, entities, predicates, times.

Built once per claim for alignment and comparison; everything here is cheap enough to run on
hundreds of thousands of claims.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimdiff.claims import lexicon
from claimdiff.claims.features import PredicateHit, predicate_hits
from claimdiff.claims.roles import party_codes
from claimdiff.claims.tokens import Token
from claimdiff.schema import Claim, EntityMention, Mention, Slot, TimeMention
from claimdiff.text import document
from claimdiff.text.clitics import article_clusters, conjunction_off, table
from claimdiff.text.document import fold_of, fold_piece, tokens_of
from claimdiff.text.normalize import Folded, fold
from claimdiff.text.tokens import norms, tokenize_folded

_OBJECT_WORDS = 3
_SPECIFIC_TYPES = frozenset({"person", "organization", "group"})
_TIMEX = re.compile(r"^(\d{4}|X{4})(?:-(\d{2}|XX|Q[1-4]|W\d{2}))?(?:-(\d{2}|XX))?")


@lru_cache(maxsize=262144)
def stem(word: str) -> str:
    """A light stem of a folded word: one proclitic cluster, and a common ending, off.

    Proclitics go once: an article with what precedes it (وبال, لل, ال), or else a conjunction و,
    and only when three letters or more remain.  ف, ب, ل and ك alone are kept, since they begin
    so many roots and names (فلسطين, بيروت, لبنان).  A word-initial و left after the article
    goes too, so that the same word gets one stem with or without it (وزير, الوزير → زير).
    """
    w = word
    # An article with the conjunction and preposition before it goes as one clitic.
    art = next((p for p in article_clusters() if w.startswith(p) and len(w) - len(p) >= 3), None)
    if art is not None:
        w = w[len(art) :]
    if w.startswith("و") and len(w) >= 4:
        w = w[1:]
    if len(w) > 4 and w[0] in "يت" and w[1] == "ت":
        w = w[1:]  # imperfect of a تفعّل/تفاعل verb, as its verbal noun: يتعاون, تتعاون -> تعاون
    if len(w) >= 4 and w[-1] == "ا" and w[-2] not in "او":
        w = w[:-1]  # the alef of an indefinite accusative: شخصا، جنديا -> شخص، جندي
    t = table()
    for s in t.stem_suffixes:
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[: -len(s)]
            if s in t.stem_possessives and w.endswith("ت") and len(w) >= 4:
                w = w[:-1]  # ta marbuta before a pronoun: حكومتها, الحكومة -> حكوم
            break
    return w


@lru_cache(maxsize=262144)
def _content(word: str) -> str | None:
    if not word[0].isalpha() or len(word) < 3:
        return None
    if word in lexicon.stopwords():
        return None
    bare = conjunction_off(word)
    if bare in lexicon.stopwords():
        return None
    return stem(word)


def content_stems(folded: str) -> list[str]:
    """Content-word stems of folded text, in order, stopwords left out."""
    out: list[str] = []
    for w in norms(folded):
        s = _content(w)
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
    specific: frozenset[str]  # people, organisations and groups: who, not where
    parties: frozenset[str]
    keys: frozenset[str]
    objects: frozenset[str]  # "key>stem": the object of a verb that says little without one
    frames: frozenset[str]
    times: tuple[str, ...]
    actor: frozenset[str]
    target: frozenset[str]
    place: frozenset[str]

    @property
    def doc(self) -> str:
        return self.claim.doc_id


@dataclass(frozen=True, slots=True)
class _Read:
    """What a claim's own text gives, whatever its slots: read once though profiles are built
    for alignment and again for comparison."""

    folded: str
    tokens: tuple[Token, ...]
    hits: tuple[PredicateHit, ...]
    stems: frozenset[str]
    parties: frozenset[str]


_KEPT = 4096  # claim texts remembered; slot texts are a few per claim
_BEFORE = 4000  # characters before a claim where its slots' phrases are looked for
_reads: OrderedDict[str, _Read] = OrderedDict()
_slot_keys_of: OrderedDict[tuple[str | None, str], frozenset[str]] = OrderedDict()


def _remember(cache: OrderedDict[Any, Any], key: Any, value: Any, kept: int) -> None:
    cache[key] = value
    if len(cache) > kept:
        cache.popitem(last=False)


def _piece(doc: str | None, c: Claim, slot: Slot, by_id: Mapping[str, Mention]) -> Folded:
    """The fold of a slot's text: cut from the document's view when the claim's document ``doc``
    is given (where its mention or the claim holds it: any occurrence folds alike), else folded now."""
    if doc is None:
        return fold(slot.text)
    m = by_id.get(slot.mention_id) if slot.mention_id else None
    if m is not None and m.text == slot.text and document.opened(doc) is not None:
        return fold_of(doc, m.start, m.end)
    # a slot without a mention is a phrase of the claim or of the sentences before it
    return fold_piece(doc, slot.text, max(0, c.start - _BEFORE), c.end)


def _slot_keys(slot: Slot | None, c: Claim, doc: str | None, by_id: Mapping[str, Mention]) -> frozenset[str]:
    if slot is None:
        return frozenset()
    key = (slot.entity_id, slot.text)
    keys = _slot_keys_of.get(key)
    if keys is None:
        keys = _slot_text_keys(slot.entity_id, _piece(doc, c, slot, by_id))
        _remember(_slot_keys_of, key, keys, 16 * _KEPT)
    return keys


def _slot_text_keys(entity_id: str | None, f: Folded) -> frozenset[str]:
    keys = {entity_id} if entity_id else set()
    keys |= {f"party:{c}" for c in party_codes(tokenize_folded(f.original, f))}
    if not keys:
        keys = {" ".join(stem(w) for w in f.text.split() if w)}
    return frozenset(keys)


def _read(c: Claim, doc: str | None) -> _Read:
    read = _reads.get(c.text)
    if read is None:
        if doc is not None and document.opened(doc) is not None:
            folded, tokens = fold_of(doc, c.start, c.end).text, tokens_of(doc, c.start, c.end)
        else:
            f = fold(c.text)
            folded, tokens = f.text, tokenize_folded(c.text, f)
        read = _Read(
            folded,
            tuple(tokens),
            tuple(predicate_hits(tokens)),
            frozenset(content_stems(folded)),
            party_codes(tokens),
        )
        _remember(_reads, c.text, read, _KEPT)
    return read


def _objects(
    tokens: Sequence[Token],
    hits: Sequence[PredicateHit],
    c: Claim,
    doc: str | None,
    by_id: Mapping[str, Mention],
) -> frozenset[str]:
    """Content stems of the few words after each object-slot verb, up to punctuation or a
    preposition; a verbal
    noun in between (إعادة فتح) is passed over, so the object is that of the whole chain, and so
    are the words of the subject (Arabic puts it between the verb and its object)."""
    slot = lexicon.object_slot_keys()
    chained = {h.index for h in hits if h.key in slot}
    preps = lexicon.prepositions()
    subject = set(content_stems(_piece(doc, c, c.actor, by_id).text)) if c.actor is not None else set()
    out: set[str] = set()
    for h in hits:
        if h.key not in slot:
            continue
        seen = 0
        for k in range(h.index + 1, len(tokens)):
            tok = tokens[k]
            if not tok.is_word or seen >= _OBJECT_WORDS:
                break
            if tok.norm in preps:
                if seen:
                    break  # the object ends where a prepositional phrase begins
                continue  # توقف عن دعم: the preposition introduces the object
            if tok.norm.isdigit() or k in chained:
                continue  # إعادة فتح السفارة: what is resumed is the opening of the embassy
            stems = [s for s in content_stems(tok.norm) if s not in subject]
            out.update(f"{h.key}>{s}" for s in stems)
            seen += 1 if stems else 0
    return frozenset(out)


def build(
    claims: Sequence[Claim], mentions: Mapping[str, Mention] | Sequence[Mention], text: str | None = None
) -> list[Profile]:
    """Profiles of ``claims`` (same order).  ``text``: the document of every claim, whose view's
    fold and tokens they are then read from (the pipeline's analysis); else each claim's text is
    folded and tokenized on its own (claims loaded from a store, or from several documents)."""
    by_id = mentions if isinstance(mentions, Mapping) else {m.id: m for m in mentions}
    out: list[Profile] = []
    frames = lexicon.frames()
    for n, c in enumerate(claims):
        read = _read(c, text)
        tokens, hits = read.tokens, read.hits
        keys = {h.key for h in hits}
        if c.predicate:
            keys.add(c.predicate)
        ents, persons, specific = set(), set(), set()
        for mid in c.mention_ids:
            m = by_id.get(mid)
            if isinstance(m, EntityMention):
                ents.add(m.entity_id)
                if m.entity_type == "person":
                    persons.add(m.entity_id)
                if m.entity_type in _SPECIFIC_TYPES:
                    specific.add(m.entity_id)
        times = []
        for tid in c.time_ids:
            t = by_id.get(tid)
            if isinstance(t, TimeMention):
                times.append(t.value)
        out.append(
            Profile(
                index=n,
                claim=c,
                folded=read.folded,
                stems=read.stems,
                entities=frozenset(ents),
                persons=frozenset(persons),
                specific=frozenset(specific),
                parties=read.parties,
                keys=frozenset(keys),
                objects=_objects(tokens, hits, c, text, by_id),
                frames=frozenset(frames.get(k, k) for k in keys),
                times=tuple(times),
                actor=_slot_keys(c.actor, c, text, by_id),
                target=_slot_keys(c.target, c, text, by_id),
                place=_slot_keys(c.place, c, text, by_id),
            )
        )
    return out


def slots_meet(a: frozenset[str], b: frozenset[str], *, heads: bool = False) -> bool:
    """Whether two slots' keys name one party: a shared key, or an unnamed phrase of one whose
    words all stand in a phrase of the other (الجثث / جثث الضحايا); with ``heads``, whose head
    noun does (المتمردون / مواقع المتمردين; الجيش المالي / ثكنة للجيش: a party and what is its own),
    but not two phrases of one head (توقيع المحافظ / توقيع الوزير)."""
    if a & b:
        return True
    pa, pb = ([k.split() for k in keys if ":" not in k] for keys in (a, b))
    for p in pa:
        for q in pb:
            if set(p) <= set(q) or set(q) <= set(p):
                return True
            if heads and p and q and p[0] != q[0] and (p[0] in q or q[0] in p):
                return True
    return False


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
