"""Noun phrases a verb may take as its arguments: named candidates, and unnamed subjects and
objects read from the words around the verb (definiteness, case endings, construct phrases)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from claimdiff.claims import lexicon
from claimdiff.claims.tokens import Token, find_phrase
from claimdiff.schema import EntityMention, Slot
from claimdiff.text import morph
from claimdiff.text.clitics import conjunctions


@dataclass(frozen=True, slots=True)
class Candidate:
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


def token_before(tokens: Sequence[Token], start: int) -> tuple[Token | None, Token | None]:
    """The token holding offset ``start`` and the word token before it."""
    k = bisect_right(tokens, start, key=lambda t: t.end)  # the first token ending after ``start``
    holder = tokens[k] if k < len(tokens) and tokens[k].start <= start else None
    prev: Token | None = None
    while k > 0 and prev is None:
        k -= 1
        prev = tokens[k] if tokens[k].is_word else None
    return holder, prev


def prepositional(text: str, tokens: Sequence[Token], start: int) -> tuple[bool, bool]:
    holder, prev = token_before(tokens, start)
    glued = ""
    if holder is not None and holder.start < start:
        glued = text[holder.start : start]
    glued = glued.lstrip(conjunctions())  # the prepositions glued behind a conjunction
    after_fi = (prev is not None and prev.norm == "في" and not glued) or glued.startswith("ب")
    prepositional = bool(glued and glued[0] in "لب") or (
        not glued and prev is not None and prev.norm in lexicon.prepositions()
    )
    return prepositional, after_fi


_SUBJECT_WORDS = 3  # an unnamed subject: a noun and up to two adjectives (مسلحون مجهولون)
_NOMINAL = frozenset({"noun", "participle", "masdar"})


def subject_after(
    text: str,
    tokens: Sequence[Token],
    verb: int,
    cands: Sequence[Candidate],
    times: Sequence[tuple[int, int]],
    genitive: bool = False,
) -> tuple[Slot, int] | None:
    """An unnamed subject right after its verb (قتل مسلحون مجهولون القيادي ...), and where it
    ends: Arabic puts the subject first after a verb whose own ending names none.  A definite
    noun, a plural in its subject case (-ون) or a noun before a definite one (قوات الأمن), with
    the adjectives that follow; nothing behind a preposition, no name, time, number or adverb
    (an accusative ending); a name right after it behind ل says whose it is (طائرة تابعة للجيش)."""
    reading = morph.best(tokens[verb].text)
    if reading.suffixes[:1] in _SUBJECT_SUFFIXES or tokens[verb].norm == "ن" + reading.lemma:
        return None  # قتلوا، نتبادل: the verb names its subject; what follows is its object
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


def subject_before(
    text: str,
    tokens: Sequence[Token],
    verb: int,
    cands: Sequence[Candidate],
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
    text: str,
    tokens: Sequence[Token],
    t: Token,
    starts: set[int],
    times: Sequence[tuple[int, int]],
    governed: bool = False,
    ending: bool = False,
) -> bool:
    """A noun of a phrase: no name, number, time, adverb or particle, nor behind a preposition
    (unless ``governed``: the phrase is the one a preposition was looked for to introduce), nor
    with an indefinite accusative ending written out (unless ``ending``: an object has one)."""
    if (
        t.text.isdigit()
        or t.start in starts
        or t.norm in lexicon.stopwords()
        or t.norm in lexicon.prepositions()
    ):
        return False
    if any(s <= t.start < e for s, e in times) or (not governed and prepositional(text, tokens, t.start)[0]):
        return False
    if not ending and not _TANWIN.isdisjoint(text[t.start : t.end]):
        return False
    return morph.best(t.text).pos in _NOMINAL


_GLUED_PREPOSITIONS = frozenset({("ب",), ("ل",), ("ك",), ("لل",)})
_OBJECT_WORDS = 3  # an unnamed object: a noun and up to two words of its phrase


def object_after(
    text: str,
    tokens: Sequence[Token],
    start: int,
    cands: Sequence[Candidate],
    times: Sequence[tuple[int, int]],
) -> Slot | None:
    """What a verb was done to, read after offset ``start`` (its end, or its subject's): the first
    noun phrase not behind a preposition, past times and numbers, or the phrase after على or ضد
    (سيطر المسلحون على الميناء), also past a verbal noun in the accusative and its adjectives (شن
    هجوما واسعا على مواقع المتمردين).  A name right after it behind ل says whose it is (قاعدة
    عسكرية للجيش)."""
    starts = {c.start for c in cands}
    k = bisect_right(tokens, start - 1, key=lambda t: t.start)
    act = against = False  # an act's verbal noun was passed; then the preposition of its object
    while k < len(tokens):
        t = tokens[k]
        if not t.is_word and t.text not in "،,":
            break
        passed = not t.is_word or t.text.isdigit() or t.norm in lexicon.emphatic_words()
        if passed or any(s <= t.start < e for s, e in times):
            k += 1  # فجر الخميس، 20، أنفسهم: when, how many, whose stress: not what
        elif _verbal_accusative(t) or (
            act and not against and (_accusative(text, t) or t.norm.endswith("ا"))
        ):
            act = True
            k += 1
        elif not against and t.norm in lexicon.against_words():
            against = True
            k += 1
        else:
            break
    if act and not against:
        return None
    agent = find_phrase(tokens[k:], lexicon.agent_markers())
    stop = k + agent[0] if agent is not None else len(tokens)
    words: list[Token] = []
    for t in tokens[k:stop]:
        if len(words) == _OBJECT_WORDS or not t.is_word:
            break
        if words and _accusative(text, t) != _accusative(text, words[0]):
            break  # an object's adjectives share its ending
        if not _nominal(text, tokens, t, starts, times, governed=against and not words, ending=True):
            break
        if any(t.start < c.start < t.end for c in cands):
            break  # للجيش: a name glued behind ل owns the phrase
        glued = morph.best(t.text).prefixes[:1]
        if not words and (glued == ("و",) or (glued in _GLUED_PREPOSITIONS and not against)):
            break  # حزب الإصلاح والتجديد: a word behind و goes on the phrase before it; باستمرار
        words.append(t)
    if not words:
        return None
    definite = [w.norm.startswith("ال") for w in words]
    idafa = not definite[0] and len(words) > 1 and definite[1]
    head = definite[1] if idafa else definite[0]
    size = 1 + next((n for n, d in enumerate(definite[1:]) if d != head), len(words) - 1)
    words = words[:size]
    first, end = words[0].start, words[-1].end
    owner = next((c for c in cands if c.start >= end), None)
    if owner is not None and text[end : owner.start].strip() in _OF:
        if owner.mention is None:  # a country's party: its code is read from the slot's words
            return Slot(text=text[first : owner.end])
        return Slot(
            text=text[first : owner.end], mention_id=owner.mention.id, entity_id=owner.mention.entity_id
        )
    return Slot(text=text[first:end])


def _verbal_accusative(t: Token) -> bool:
    """A verbal noun with the alef of the indefinite accusative (هجوما): an act named as an object."""
    return len(t.norm) > 3 and t.norm.endswith("ا") and morph.best(t.norm[:-1]).pos == "masdar"


def _accusative(text: str, t: Token) -> bool:
    """An indefinite accusative: its ending written out (a token's span ends before its last mark)."""
    return not _TANWIN.isdisjoint(text[t.start : t.end + 1])
