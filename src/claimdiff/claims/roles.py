"""Actor, target and place of a clause, from entity mentions and the country-level party table."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimdiff import derived
from claimdiff.claims import lexicon
from claimdiff.claims.phrases import Candidate, object_after, prepositional, subject_after, subject_before
from claimdiff.claims.tokens import Token, find_phrase, phrase_end
from claimdiff.schema import EntityMention, Slot

_PLACE_TYPES = frozenset({"place", "country", "city", "location", "gpe", "region"})
_ACTOR_TYPES = frozenset({"person", "organization", "group", "country", "gpe", "place", "city", "other"})


@derived.table(objects=True)
def _party_index() -> dict[str, list[lexicon.PartyName]]:
    index: dict[str, list[lexicon.PartyName]] = {}
    for name in lexicon.parties():
        index.setdefault(name.words[0], []).append(name)
    return index


@lru_cache(maxsize=65536)
def _first_word_hits(forms: frozenset[str]) -> tuple[lexicon.PartyName, ...]:
    index = _party_index()
    out: list[lexicon.PartyName] = []
    for f in sorted(forms & index.keys()):
        out.extend(index[f])
    # Longest name first; the rest of the key only makes ties independent of set order.
    out.sort(key=lambda e: (-len(e.words), e.words, e.code, e.kind))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class PartyHit:
    start: int  # token indices
    end: int
    code: str
    kind: str


def parties_in(tokens: Sequence[Token]) -> list[PartyHit]:
    """Country-level parties named in ``tokens`` (names, capitals, nisba adjectives)."""
    out: list[PartyHit] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        matched = 0
        if tok.is_word:
            for name in _first_word_hits(tok.forms | tok.light):
                n = len(name.words)
                if i + n <= len(tokens) and all(tokens[i + k].has(name.words[k]) for k in range(1, n)):
                    out.append(PartyHit(i, i + n, name.code, name.kind))
                    matched = n
                    break
        i += matched or 1
    return out


def party_codes(tokens: Sequence[Token]) -> frozenset[str]:
    return frozenset(h.code for h in parties_in(tokens))


_DASHES = frozenset("-–—")
_DATELINE_TOKENS = 6  # a dash this early in a clause closes its dateline (البيضاء (ليبيا) - )


def dateline_tokens(tokens: Sequence[Token]) -> int:
    """How many tokens a clause's dateline takes: up to a dash spaced on both sides among its
    first few tokens (البيضاء (ليبيا) - ), or none."""
    for k, t in enumerate(tokens[:_DATELINE_TOKENS]):
        spaced = k and tokens[k - 1].end < t.start and (k + 1 == len(tokens) or tokens[k + 1].start > t.end)
        if spaced and not t.is_word and t.text in _DASHES:
            return k + 1
    return 0


def after_dateline(text: str, tokens: Sequence[Token]) -> int:
    """Where a clause's arguments may start: after a dateline, whose places say where the story
    was filed, not who acted."""
    k = dateline_tokens(tokens)
    return tokens[k - 1].end if k else tokens[0].start


def _candidates(text: str, tokens: Sequence[Token], entities: Sequence[EntityMention]) -> list[Candidate]:
    if not tokens:
        return []
    lo, hi = after_dateline(text, tokens), tokens[-1].end
    out: list[Candidate] = []
    covered: list[tuple[int, int]] = []
    for m in sorted(entities, key=lambda m: (m.start, -m.end)):
        if m.start < lo or m.end > hi or m.entity_type not in _ACTOR_TYPES | _PLACE_TYPES:
            continue
        if covered and m.start < covered[-1][1]:  # sorted by start: only the last can hold it
            continue
        covered.append((m.start, m.end))
        prep, fi = prepositional(text, tokens, m.start)
        out.append(Candidate(m.start, m.end, m.text, prep, fi, m.entity_type in _PLACE_TYPES, m, None))
    for hit in parties_in(tokens):
        i = hit.start
        s, e = tokens[i].start, tokens[hit.end - 1].end
        if s < lo:
            continue
        k = bisect_left(covered, (e,))  # disjoint and sorted: only the last starting before e may overlap
        if k and covered[k - 1][1] > s:
            continue
        nisba = hit.kind == "nisba"
        if nisba and i > 0 and tokens[i - 1].is_word and tokens[i - 1].norm.startswith("ال"):
            s = tokens[i - 1].start  # المخابرات الفرنسية: the noun the nisba adjective qualifies
        prep, fi = prepositional(text, tokens, s)
        out.append(Candidate(s, e, text[s:e], prep, fi, not nisba, None, hit.code))
    out.sort(key=lambda c: (c.start, c.end))
    return out


@dataclass(frozen=True, slots=True)
class Roles:
    actor: Slot | None
    target: Slot | None
    place: Slot | None


_SUBJECT_REACH = 3  # words after the verb where its subject may start (VSO order)


def roles(
    text: str,
    tokens: Sequence[Token],
    entities: Sequence[EntityMention],
    verb: int | None = None,
    times: Sequence[tuple[int, int]] = (),
    finite: int | None = None,
) -> Roles:
    """Actor, target and place (في X) of a clause whose main verb is token ``verb``.

    The actor is the first argument not behind a preposition that comes before the verb or
    within a few words after it; the target is the next argument; the place follows في.  With
    no named actor, the unnamed subject right after the main verb, when it is a finite verb
    (token ``finite``; not a verbal noun), is the actor, and the next argument not behind a
    preposition the target.
    """
    cands = _candidates(text, tokens, entities)
    place = next((c for c in cands if c.is_place and c.after_fi), None)
    rest = [c for c in cands if c is not place]
    limit = None
    if verb is not None and verb < len(tokens):
        words_after = [t for t in tokens[verb + 1 :] if t.is_word][:_SUBJECT_REACH]
        limit = words_after[-1].end if words_after else tokens[verb].end
    actor = next((c for c in rest if not c.prepositional and (limit is None or c.start < limit)), None)
    target = None
    if actor is not None:
        target = next((c for c in rest if c.start > actor.start and c.key != actor.key), None)
    actor_slot = actor.slot() if actor else None
    if actor is None and finite is not None:
        found = subject_before(text, tokens, finite, cands, times) or subject_after(
            text, tokens, finite, cands, times
        )
        if found is not None:
            actor_slot, end = found
            target = next((c for c in rest if c.start >= end and not c.prepositional), None)
    target_slot = target.slot() if target else None
    agent = _agent(text, tokens, cands, times) if verb is not None or finite is not None else None
    if agent is not None:  # اعتقل الناشط على يد عناصر من المخابرات: the doer, and the one it was done to
        actor_slot, target_slot = agent, actor_slot
        if target_slot is None and finite is not None:  # قتل متظاهر برصاص قوات الأمن
            target_slot = object_after(text, tokens, tokens[finite].end, cands, times)
    elif target_slot is None and actor_slot is not None and finite is not None:
        after = tokens[finite].end
        if actor_slot.text and (at := text.find(actor_slot.text, after)) >= 0:
            after = at + len(actor_slot.text)  # the verb, then its subject, then its object
        target_slot = object_after(text, tokens, after, cands, times)
    return Roles(actor=actor_slot, target=target_slot, place=place.slot() if place else None)


def _agent(
    text: str, tokens: Sequence[Token], cands: Sequence[Candidate], times: Sequence[tuple[int, int]]
) -> Slot | None:
    """Who a passive clause says did it, after على يد or من قبل: a name, or an unnamed body."""
    hit = find_phrase(tokens, lexicon.agent_markers())
    if hit is None:
        return None
    last = phrase_end(tokens, hit[0], hit[1]) - 1
    after = tokens[last].end
    named = next((c for c in cands if c.start >= after), None)
    if named is not None and not text[after : named.start].strip():
        return named.slot()
    found = subject_after(text, tokens, last, cands, times, genitive=True)
    return found[0] if found is not None else None
