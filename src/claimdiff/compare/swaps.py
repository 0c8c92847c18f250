"""Cues of swapped referents: a noun of one closed class, an entity of one kind or a detail
replaced by another in one role, and an actor and a target that trade places.

Detectors registered with :func:`claimdiff.compare.cues.detector`; see that module for cues.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, partial

from claimdiff import data_files
from claimdiff.claims import lexicon
from claimdiff.claims.profile import slots_meet, times_compatible
from claimdiff.claims.roles import after_dateline
from claimdiff.compare import lexicons
from claimdiff.compare.context import ClaimView, DocViews
from claimdiff.compare.cues import Cue, detector
from claimdiff.compare.opposition import substitution_member, written_as
from claimdiff.compare.pairdiff import PairDiff, Word, content_words, same_word
from claimdiff.compare.reactions import shared_act
from claimdiff.entities.lookup import country_of, entity_kind, nationality, same_kind
from claimdiff.schema import Claim
from claimdiff.text import morph
from claimdiff.text.clitics import light
from claimdiff.text.morphkeys import noun_keys
from claimdiff.text.normalize import fold_str

_ROLE_PREFIXES = "بل"  # a preposition glued to the word before a member: بحضور، لصالح

_REPLACED = 2  # most words a side may add for a replacement
_NOT_SWAPPED = frozenset({"outlet", "agency", "other"})  # kinds an entity swap is not read for
_TITLE_REACH = 4  # content words after a title within which the person it names stands


def _span(w: Word) -> tuple[int, int]:
    return (w.token.start, w.token.end)


@detector("substitution")
def substitution(diff: PairDiff) -> Iterator[Cue]:
    """An unmatched noun of one claim and one of the other from one closed class (actor / singer,
    oil / gas, north / west)."""
    cx, cy = _members_of(diff, 0), _members_of(diff, 1)
    for a, ka, sa in cx:
        for b, kb, sb in cy:
            if ka[0] == kb[0] and ka[1] != kb[1]:
                if _titles_of_one_person(diff, a, b):
                    continue  # رئيس المجلس البرهان / قائد الجيش البرهان: two posts of one man
                if _other_roles(diff, a, b):
                    continue  # بحضور رئيس الحكومة / بحسب وزير التجهيز: who attended, who told
                said_x, said_y = diff.x.doc.text[sa[0] : sa[1]], diff.y.doc.text[sb[0] : sb[1]]
                yield Cue(
                    "substitution", f"{said_x} / {said_y}", sa, sb, 1.0, anchored=_sole_members(diff, ka[0])
                )


def _other_roles(diff: PairDiff, a: Word, b: Word) -> bool:
    """Whether the content words right before two members differ, and neither claim has the
    other's: the members fill two roles (بحضور / بحسب), not one role filled two ways."""
    px = next((w for w in reversed(diff.words[0]) if w.index == a.index - 1), None)
    py = next((w for w in reversed(diff.words[1]) if w.index == b.index - 1), None)
    if px is None or py is None or same_word(px, py):
        return False
    if not (_introduces(px.text) and _introduces(py.text)):
        return False  # تفشي حمى الضنك / إصابات بالكوليرا: one outbreak, two diseases
    ux, uy = ({w.token.start for w in diff.unmatched[s]} for s in (0, 1))
    return px.token.start in ux and py.token.start in uy


def _introduces(word: str) -> bool:
    """A particle or a prepositional word (بحضور، بحسب، لدى) that gives what follows it a role."""
    return morph.best(word).pos == "particle" or (len(word) > 3 and word[0] in _ROLE_PREFIXES)


def _members_of(diff: PairDiff, side: int) -> list[tuple[Word, tuple[str, str], tuple[int, int]]]:
    """The unmatched words of one claim that are members of a closed class, one word (الكوليرا)
    or two in a row (حمى الضنك), with the span they cover."""
    unmatched = {w.token.start for w in diff.unmatched[side]}
    view = (diff.x, diff.y)[side]
    # one claim's members, whatever it meets
    members = view.once("_class_members", lambda v: _class_members(v.doc.text, diff.words[side]))
    return [(w, k, span) for w, k, span, starts in members if starts & unmatched]


def _class_members(
    text: str, words: list[Word]
) -> list[tuple[Word, tuple[str, str], tuple[int, int], frozenset[int]]]:
    """Every closed-class member among ``words``: (first word, (class, member), span, the token
    starts it covers); two words in a row are tried before one."""
    out = []
    skip = -1
    for n, w in enumerate(words):
        if n == skip:
            continue
        pair = words[n + 1] if n + 1 < len(words) and words[n + 1].index == w.index + 1 else None
        two = _pair_member(w, pair) if pair is not None else None
        if two is not None and pair is not None:
            out.append(
                (w, two, (w.token.start, pair.token.end), frozenset((w.token.start, pair.token.start)))
            )
            skip = n + 1
        elif (one := _member(text, w)) is not None:
            out.append((w, one, _span(w), frozenset((w.token.start,))))
    return out


def _document_members(doc: DocViews) -> dict[str, frozenset[str]]:
    """Class -> the members an article names anywhere (the diseases of an outbreak story)."""
    found: dict[str, frozenset[str]] | None = doc.memo.get("class_members")
    if found is None:
        found = doc.memo["class_members"] = _members_named(doc)
    return found


def _members_named(doc: DocViews) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for v in doc.views:
        for _, (cls, member), _, _ in _class_members(v.doc.text, content_words(v.tokens)):
            out.setdefault(cls, set()).add(member)
    return {k: frozenset(v) for k, v in out.items()}


def _sole_members(diff: PairDiff, cls: str) -> bool:
    """Whether each article names one member of the class in all it says, a different one: the
    outbreak is cholera in one and dengue in the other, wherever the sentences differ."""
    if cls not in lexicons.substitution().story_classes or diff.x.doc.id == diff.y.doc.id:
        return False
    sx, sy = diff.x.siblings, diff.y.siblings
    if sx is None or sy is None:
        return False
    a, b = (_document_members(s).get(cls, frozenset()) for s in (sx, sy))
    return len(a) == len(b) == 1 and a != b


def _pair_member(first: Word, second: Word) -> tuple[str, str] | None:
    """The class member two words in a row name, the first with its proclitics off (بحمى الضنك)."""
    return next(
        (found for head in light(first.text) if (found := substitution_member((f"{head} {second.text}",)))),
        None,
    )


def _member(text: str, w: Word) -> tuple[str, str] | None:
    found = substitution_member(noun_keys(w.text))
    return found if found and written_as(found[1], text[w.token.start : w.token.end]) else None


def _titles_of_one_person(diff: PairDiff, a: Word, b: Word) -> bool:
    """Whether the same person is named within a few words after ``a`` and ``b``."""

    def people_after(side: int, w: Word) -> set[str]:
        after = [v for v in diff.words[side] if v.index > w.index][:_TITLE_REACH]
        ids = set().union(*(diff.referents[side].get(v.token.start, frozenset()) for v in after))
        return {e for e in ids if entity_kind(e) == "person"}

    return bool(people_after(0, a) & people_after(1, b))


@dataclass(frozen=True, slots=True)
class _Names:
    """What the entity check reads of one claim whatever it meets, kept on its view."""

    filed: int  # where the claim's roles may start: after a dateline, whose place is no role
    named: frozenset[str]  # every entity it names, with the countries of places and nationalities
    itself: frozenset[str]  # the entities it names itself (no countries of places)
    countries: dict[int, str]  # token start -> the country a nationality word names


def _names(diff: PairDiff, side: int) -> _Names:
    return (diff.x, diff.y)[side].once("_swap_names", lambda view: _names_of(diff, side, view))


def _names_of(diff: PairDiff, side: int, view: ClaimView) -> _Names:
    filed = after_dateline(view.doc.text, view.tokens) if view.tokens and not view.claim.is_headline else 0
    ents, referents = diff.entities[side], diff.referents[side]
    ids = {m.entity_id for m in ents}
    ids |= {c for e in ids if (c := country_of(e))}
    named = frozenset(ids.union(*referents.values()))
    itself = frozenset({m.entity_id for m in ents}.union(*diff.own[side].values()))
    countries = {
        w.token.start: country
        for w in diff.words[side]
        if referents.get(w.token.start) and (country := nationality(w.token.text)) is not None
    }
    return _Names(filed, named, itself, countries)


def _referents(diff: PairDiff, side: int) -> list[tuple[str, int, int, str]]:
    """(entity id, start, end, text) of each entity the claim names on an unmatched word,
    nationality adjectives read as their country (المصريين -> place:egypt)."""
    names = _names(diff, side)
    out = [
        (m.entity_id, m.start, m.end, m.text)
        for m in diff.entities[side]
        if m.start >= names.filed and diff.covered(side, m.start, m.end)  # where it was filed is no role
    ]
    taken = {(s, e) for _, s, e, _ in out}
    for w in diff.unmatched[side]:
        country = names.countries.get(w.token.start)
        if country is None or any(s <= w.token.start < e for s, e in taken):
            continue
        out.append((country, w.token.start, w.token.end, w.token.text))
    return out


@detector("entity")
def entities(diff: PairDiff) -> Iterator[Cue]:
    """An entity only one claim names and another of the same kind only the other names, on
    words that differ (Syria / Yemen, an Egyptian / a Lebanese, Harem / Jisr al-Shughur).  A
    place inside a country the other names itself is not a swap (Beijing / China); two towns of
    one country are."""
    named = (_names(diff, 0).named, _names(diff, 1).named)
    itself = (_names(diff, 0).itself, _names(diff, 1).itself)
    only_x = [r for r in _referents(diff, 0) if r[0] not in named[1] and country_of(r[0]) not in itself[1]]
    only_y = [r for r in _referents(diff, 1) if r[0] not in named[0] and country_of(r[0]) not in itself[0]]
    reacting = shared_act(diff.x.claim) and shared_act(diff.y.claim)
    for a in only_x:
        for b in only_y:
            if reacting and _acting(diff.x.claim, a) and _acting(diff.y.claim, b):
                continue  # the government condemned the attack / the Union condemned it: two reactions
            if (
                a[0] != b[0]
                and entity_kind(a[0]) not in _NOT_SWAPPED
                and entity_kind(b[0]) not in _NOT_SWAPPED
                and same_kind(a[0], b[0])
            ):
                sole = _sole(diff.x, a[2]) and _sole(diff.y, b[2])  # وحدها / الوحيدة: two sole members
                yield Cue("entity", f"{a[3]} / {b[3]}", (a[1], a[2]), (b[1], b[2]), 1.0, anchored=sole)


def _acting(claim: Claim, ref: tuple[str, int, int, str]) -> bool:
    """Whether the entity at ``ref`` is (part of) the claim's actor."""
    actor = claim.actor
    return actor is not None and (actor.entity_id == ref[0] or ref[3] in actor.text or actor.text in ref[3])


def _neighbours_match(diff: PairDiff, a: Word, b: Word) -> bool:
    """The content words right before (or right after) ``a`` and ``b`` match each other."""
    (wx, wy) = diff.words
    ia, ib = wx.index(a), wy.index(b)
    before = ia > 0 and ib > 0 and same_word(wx[ia - 1], wy[ib - 1])
    after = ia + 1 < len(wx) and ib + 1 < len(wy) and same_word(wx[ia + 1], wy[ib + 1])
    return before or after


@detector("replaced")
def replaced(diff: PairDiff) -> Iterator[Cue]:
    """A word of one claim stands where the other has another word, in an otherwise matched frame
    (جائزة سوني العالمية / جائزة آبل العالمية): a detail to compare.  Only between headlines, and
    when each side adds at most ``_REPLACED`` words, so that a rewrite does not count."""
    ux, uy = diff.unmatched
    if not (diff.x.claim.is_headline and diff.y.claim.is_headline):
        return  # in article sentences a swapped word more often names another referent
    if not ux or not uy or len(ux) > _REPLACED or len(uy) > _REPLACED:
        return
    for a in ux:
        for b in uy:
            if _neighbours_match(diff, a, b):
                yield Cue("replaced", f"{a.token.text} / {b.token.text}", _span(a), _span(b), 1.0)
                return


def _coordinated(claim: Claim) -> bool:
    """Whether the claim's actor and target are joined by و (one then the other)."""
    if claim.actor is None or claim.target is None:
        return False
    a, t = fold_str(claim.actor.text), fold_str(claim.target.text)
    text = " ".join(fold_str(claim.text).split())
    return f"{a} و{t}" in text or f"{t} و{a}" in text


@detector("role")
def roles(diff: PairDiff) -> Iterator[Cue]:
    """The actor of one claim is the target of the other and the other way round."""
    ax, tx = diff.x.profile.actor, diff.x.profile.target
    ay, ty = diff.y.profile.actor, diff.y.profile.target
    meet = partial(slots_meet, heads=True)
    if ax and tx and ay and ty and meet(ax, ty) and meet(tx, ay) and not meet(ax, ay):
        cx, cy = diff.x.claim, diff.y.claim
        if _coordinated(cx) or _coordinated(cy):
            return  # «باريس وموسكو اتفقتا»: two actors joined by و, not an actor and a target
        # one act (one predicate, not one each party does to the other, at times that agree):
        # the reversal stands on its own; otherwise the calibrated model weighs it
        one = cx.predicate is not None and cx.predicate == cy.predicate
        one = one and cx.predicate not in lexicon.symmetric_predicates()
        one = one and times_compatible(diff.x.profile.times, diff.y.profile.times)
        named = ax & ty and tx & ay  # by names, not by words of unnamed phrases: the model knows these
        if named or one:
            yield Cue("role", "actor and target swapped", (cx.start, cx.end), (cy.start, cy.end), 1.0, one)


_SOLE_REACH = 3  # words after a name within which a word of exclusivity qualifies it


@cache
def _exclusive() -> frozenset[str]:
    words = data_files.load("claimdiff", "modality.json")["exclusive"]
    return frozenset(fold_str(w) for w in words if " " not in w)


def _sole(view: ClaimView, end: int) -> bool:
    """Whether a word of exclusivity (وحدها، الوحيدة) follows a name ending at offset ``end``."""
    after = [t for t in view.tokens if t.start >= end and t.is_word][:_SOLE_REACH]
    return any(not light(t.text).isdisjoint(_exclusive()) for t in after)
