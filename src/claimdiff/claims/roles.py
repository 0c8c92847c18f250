"""Actor, target and place of a clause, from entity mentions and the country-level party table."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimdiff import derived
from claimdiff.claims import lexicon
from claimdiff.claims.tokens import Token, find_phrase, phrase_end
from claimdiff.schema import EntityMention, Slot
from claimdiff.text import morph
from claimdiff.text.clitics import conjunctions

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


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    text: str
    prepositional: bool
    after_fi: bool
    is_place: bool
    mention: EntityMention | None
    party: str | None

    def slot(self) -> Slot:
        if self.mention is not None:
            return Slot(text=self.text, mention_id=self.mention.id, entity_id=self.mention.entity_id)
        return Slot(text=self.text)

    @property
    def key(self) -> str:
        if self.mention is not None:
            return self.mention.entity_id
        return f"party:{self.party}"


def _token_before(tokens: Sequence[Token], start: int) -> tuple[Token | None, Token | None]:
    """The token holding offset ``start`` and the word token before it."""
    k = bisect_right(tokens, start, key=lambda t: t.end)  # the first token ending after ``start``
    holder = tokens[k] if k < len(tokens) and tokens[k].start <= start else None
    prev: Token | None = None
    while k > 0 and prev is None:
        k -= 1
        prev = tokens[k] if tokens[k].is_word else None
    return holder, prev


def _prepositional(text: str, tokens: Sequence[Token], start: int) -> tuple[bool, bool]:
    holder, prev = _token_before(tokens, start)
    glued = ""
    if holder is not None and holder.start < start:
        glued = text[holder.start : start]
    glued = glued.lstrip(conjunctions())  # the prepositions glued behind a conjunction
    after_fi = (prev is not None and prev.norm == "في" and not glued) or glued.startswith("ب")
    prepositional = bool(glued and glued[0] in "لب") or (
        not glued and prev is not None and prev.norm in lexicon.prepositions()
    )
    return prepositional, after_fi


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


def _candidates(text: str, tokens: Sequence[Token], entities: Sequence[EntityMention]) -> list[_Candidate]:
    if not tokens:
        return []
    lo, hi = after_dateline(text, tokens), tokens[-1].end
    out: list[_Candidate] = []
    covered: list[tuple[int, int]] = []
    for m in sorted(entities, key=lambda m: (m.start, -m.end)):
        if m.start < lo or m.end > hi or m.entity_type not in _ACTOR_TYPES | _PLACE_TYPES:
            continue
        if covered and m.start < covered[-1][1]:  # sorted by start: only the last can hold it
            continue
        covered.append((m.start, m.end))
        prep, fi = _prepositional(text, tokens, m.start)
        out.append(_Candidate(m.start, m.end, m.text, prep, fi, m.entity_type in _PLACE_TYPES, m, None))
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
        prep, fi = _prepositional(text, tokens, s)
        out.append(_Candidate(s, e, text[s:e], prep, fi, not nisba, None, hit.code))
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
        found = _subject_before(text, tokens, finite, cands, times) or _subject_after(
            text, tokens, finite, cands, times
        )
        if found is not None:
            actor_slot, end = found
            target = next((c for c in rest if c.start >= end and not c.prepositional), None)
    target_slot = target.slot() if target else None
    agent = _agent(text, tokens, cands, times) if verb is not None or finite is not None else None
    if agent is not None:  # اعتقل الناشط على يد عناصر من المخابرات: the doer, and the one it was done to
        actor_slot, target_slot = agent, actor_slot
    return Roles(actor=actor_slot, target=target_slot, place=place.slot() if place else None)


def _agent(
    text: str, tokens: Sequence[Token], cands: Sequence[_Candidate], times: Sequence[tuple[int, int]]
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
    found = _subject_after(text, tokens, last, cands, times, genitive=True)
    return found[0] if found is not None else None


_SUBJECT_WORDS = 3  # an unnamed subject: a noun and up to two adjectives (مسلحون مجهولون)
_NOMINAL = frozenset({"noun", "participle", "masdar"})


def _subject_after(
    text: str,
    tokens: Sequence[Token],
    verb: int,
    cands: Sequence[_Candidate],
    times: Sequence[tuple[int, int]],
    genitive: bool = False,
) -> tuple[Slot, int] | None:
    """An unnamed subject right after its verb (قتل مسلحون مجهولون القيادي ...), and where it
    ends: Arabic puts the subject first after a verb whose own ending names none.  A definite
    noun, a plural in its subject case (-ون) or a noun before a definite one (قوات الأمن), with
    the adjectives that follow; nothing behind a preposition, no name, time, number or adverb
    (an accusative ending); a name right after it behind ل says whose it is (طائرة تابعة للجيش)."""
    if morph.best(tokens[verb].text).suffixes[:1] in _SUBJECT_SUFFIXES:
        return None  # قتلوا: the verb names its subject; what follows is its object
    starts = {c.start for c in cands}
    words: list[Token] = []
    for t in tokens[verb + 1 :]:
        if len(words) == _SUBJECT_WORDS or not t.is_word or not _nominal(text, tokens, t, starts, times):
            break
        words.append(t)
    if not words:
        return None
    definite = [w.norm.startswith("ال") for w in words]
    if morph.best(words[0].text).pos == "masdar" and not (len(words) > 1 and definite[0] and definite[1]):
        return None  # a verbal noun after a verb is its object (أعلن الانسحاب) unless an adjective names it
    first = words[0].norm
    # a plural in its subject case, or in the genitive after an agent's marker (برصاص مسلحين مجهولين)
    ending = "ين" if genitive else "ون"
    plural = morph.best(words[0].text).suffixes[:1] == (ending,) or (
        len(first) >= 5 and first.endswith(ending)
    )
    idafa = not definite[0] and len(words) > 1 and definite[1]
    # the phrase goes on while its words keep the definiteness of its head (of a construct's second)
    head = definite[1] if idafa else definite[0]
    size = 1 + next((n for n, d in enumerate(definite[1:]) if d != head), len(words) - 1)
    if plural:  # مسلحون مجهولون: a plural's adjectives take its ending too
        size = 1 + next((n for n, w in enumerate(words[1:size]) if not w.norm.endswith(ending)), size - 1)
    words = words[:size]
    start, end = words[0].start, words[-1].end
    owner = next((c for c in cands if c.start >= end), None)
    if owner is not None and owner.mention is not None and text[end : owner.start].strip() in _OF:
        slot = Slot(
            text=text[start : owner.end], mention_id=owner.mention.id, entity_id=owner.mention.entity_id
        )
        return slot, owner.end
    part = _partitive(tokens, words[-1])
    if part is not None:  # قوة من الحشد الشعبي: a body named by the group it is part of
        return Slot(text=text[start : part.end]), part.end
    if not (definite[0] or plural or idafa):
        return None
    return Slot(text=text[start:end]), end


def _subject_before(
    text: str,
    tokens: Sequence[Token],
    verb: int,
    cands: Sequence[_Candidate],
    times: Sequence[tuple[int, int]],
) -> tuple[Slot, int] | None:
    """An unnamed subject put before its verb, opening the clause or right after أن or إن (أفادت
    بأن ممثلي النقابة انسحبوا؛ المصارف التجارية ستتحمل الكلفة), and where the verb starts: a
    definite noun or a noun before a definite one, with its adjectives, filling the gap."""
    starts = {c.start for c in cands}
    words: list[Token] = []
    for t in reversed(tokens[:verb]):
        if not t.is_word or t.norm in _THAT:
            break
        if len(words) == _SUBJECT_WORDS or not _nominal(text, tokens, t, starts, times):
            return None
        words.insert(0, t)
    k = verb - len(words) - 1
    if not words or (k >= 0 and tokens[k].norm not in _THAT):
        return None  # the subject opens the clause, or follows أن
    definite = [w.norm.startswith("ال") for w in words]
    if not (definite[0] or (len(words) > 1 and definite[1])):
        return None
    return Slot(text=text[words[0].start : words[-1].end]), tokens[verb].start


def _partitive(tokens: Sequence[Token], last: Token) -> Token | None:
    """The last word of «من» and the definite words after a phrase (عناصر من الأمن العام), if any."""
    k = next((n for n, t in enumerate(tokens) if t.start == last.start), len(tokens)) + 1
    if k >= len(tokens) or tokens[k].norm != "من":
        return None
    found = None
    for t in tokens[k + 1 : k + 1 + _SUBJECT_WORDS]:
        if not (t.is_word and t.norm.startswith("ال")):
            break
        found = t
    return found


_TANWIN = frozenset("\u064b\u064c\u064d")  # an indefinite ending written out: an adverb or object
_OF = frozenset({"ل", "لل", "لـ"})  # "of", glued to the owner's name
_THAT = frozenset({"ان", "بان", "لان", "وان"})  # أن / إن (folded) that open a clause with its subject first
_SUBJECT_SUFFIXES = frozenset({("وا",), ("ا",), ("ن",), ("تا",), ("ون",), ("ان",)})


def _nominal(
    text: str, tokens: Sequence[Token], t: Token, starts: set[int], times: Sequence[tuple[int, int]]
) -> bool:
    if (
        t.text.isdigit()
        or t.start in starts
        or t.norm in lexicon.stopwords()
        or t.norm in lexicon.prepositions()
    ):
        return False
    if any(s <= t.start < e for s, e in times) or _prepositional(text, tokens, t.start)[0]:
        return False
    if not _TANWIN.isdisjoint(text[t.start : t.end]):
        return False
    return morph.best(t.text).pos in _NOMINAL
