"""One act with two actors: the same predicate on the same target, done by different parties.

«قوات الدعم السريع قصفت مخيم أبو شوك» and «الجيش السوداني قصف مخيم أبو شوك» blame two actors for one
shelling: the actor contradiction of de Marneffe, Rafferty and Manning (2008).  The claim reader's
slots say who acted and on what; the actors must share nothing, whatever their kinds (an army
and a militia are not one kind in the gazetteer), and one at least must be more than a country
code (a named entity, or an unnamed subject: مسلحون مجهولون).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from claimdiff import data_files
from claimdiff.claims import lexicon
from claimdiff.claims.profile import slots_meet, stem, times_compatible
from claimdiff.compare.context import ClaimView
from claimdiff.compare.cues import SAME_EVENT, Cue, detector
from claimdiff.compare.pairdiff import PairDiff
from claimdiff.compare.reactions import shared_act
from claimdiff.entities.lookup import entity_kind, nationality
from claimdiff.schema import QuantityMention, Slot
from claimdiff.text import morph
from claimdiff.text.normalize import fold_str

SAME_ACT = 0.75  # share of the words besides the actors two claims need to tell one act


def _named(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if not k.startswith("party:"))


def _a_country(slot: Slot | None) -> bool:
    return slot is not None and slot.entity_id is not None and entity_kind(slot.entity_id) == "country"


def _a_town(slot: Slot | None) -> bool:
    return (
        slot is not None
        and slot.entity_id is not None
        and slot.entity_id.startswith("place:")
        and entity_kind(slot.entity_id) != "country"
    )


def _other_amounts(diff: PairDiff) -> bool:
    """Both claims give figures and none of one is a figure of the other: two doers of one kind
    of act, each with its own amount, did two acts."""
    values = [
        {m.value for i in v.claim.quantity_ids if isinstance(m := diff.mentions.get(i), QuantityMention)}
        for v in (diff.x, diff.y)
    ]
    return bool(values[0] and values[1] and not values[0] & values[1])


@cache
def _ruler_heads() -> frozenset[str]:
    heads = data_files.load("claimdiff", "compare/authorities.json")["heads"]
    return frozenset(stem(fold_str(w)) for w in heads)


def _ruler(slot: Slot | None) -> bool:
    """An unnamed actor whose head names whoever rules (السلطات، الحكومة، المجلس العسكري)."""
    if slot is None or slot.entity_id is not None or not slot.text.split():
        return False
    return stem(fold_str(slot.text.split()[0])) in _ruler_heads()


def _span(v: ClaimView, slot: Slot, diff: PairDiff) -> tuple[int, int] | None:
    m = diff.mentions.get(slot.mention_id) if slot.mention_id else None
    if m is not None and m.doc_id == v.doc.id:
        return (m.start, m.end)
    at = v.doc.text.find(slot.text, v.claim.start, v.claim.end)
    return (at, at + len(slot.text)) if at >= 0 else None


@detector("actor")
def actors(diff: PairDiff) -> Iterator[Cue]:
    """One predicate on one target, with actors that share no entity."""
    x, y = diff.x, diff.y
    if x.claim.predicate is None or x.claim.predicate != y.claim.predicate:
        return
    if x.claim.actor is None or y.claim.actor is None or shared_act(x.claim):
        return
    if x.claim.predicate in lexicon.symmetric_predicates():
        return  # «البلدان يتبادلان المعلومات»: each party does it with the other
    ax, ay = _named(x.profile.actor), _named(y.profile.actor)
    if not (ax or ay) or not x.profile.actor or not y.profile.actor or x.profile.actor & y.profile.actor:
        return  # two country codes alone say too little: the army and the government are both SY
    if not times_compatible(x.profile.times, y.profile.times):
        return
    if _a_town(x.claim.actor) and _a_town(y.claim.actor):
        return  # «مركز الهزة كان قرب مدينة حارم»: a town read as the actor is where, for the place checks
    if _a_country(x.claim.target) and _a_country(y.claim.target):
        return  # aid sent to Somalia by the Emirates and by Saudi Arabia: a country takes from many
    if _other_amounts(diff):
        return  # «حصل مرشح الحزب الحاكم على 56%» / «حصل مرشح المعارضة على 22%»: each its own share
    if _ruler(x.claim.actor) and _ruler(y.claim.actor):
        return  # المجلس العسكري الحاكم / السلطات الانتقالية: one ruler named two ways
    sx, sy = _span(x, x.claim.actor, diff), _span(y, y.claim.actor, diff)
    if sx is None or sy is None:
        return
    sx, sy = _phrase(x, sx), _phrase(y, sy)
    # one target: a shared named one, or the same words besides the actors (عقوبة الإيقاف على العداءة)
    sentences = not (x.claim.is_headline or y.claim.is_headline)  # headlines share their frames
    # a nationality is no doer of its own: «مقاتل أوروبي / مقاتل روسي» count two populations
    described = not any(nationality(fold_str(a.text)) for a in (x.claim.actor, y.claim.actor))
    if slots_meet(x.profile.target, y.profile.target) or (sentences and _one_act(diff, (sx, sy), described)):
        yield Cue("actor", f"{x.claim.actor.text} / {y.claim.actor.text}", sx, sy, 1.0)


def _phrase(v: ClaimView, span: tuple[int, int]) -> tuple[int, int]:
    """An actor's span with the rest of its phrase: the noun it is the genitive of (مرشح حزب
    الإصلاح) and a definite word joined to it by و (حزب الإصلاح والتجديد)."""
    start, end = span
    words = [t for t in v.tokens if t.is_word]
    before = [t for t in words if t.end <= start]
    if (
        before
        and not before[-1].norm.startswith("ال")
        and morph.best(before[-1].text).pos in ("noun", "participle")
    ) and not v.doc.text[before[-1].end : start].strip():
        start = before[-1].start
    after = [t for t in words if t.start >= end]
    glued = after and not v.doc.text[end : after[0].start].strip()
    if glued and morph.best(after[0].text).prefixes[:2] == ("و", "ال"):
        end = after[0].end
    return start, end


_CONTAINED = 3  # words besides its actor a claim must have, all told by the other, to be inside it


def _one_act(diff: PairDiff, actors: tuple[tuple[int, int], tuple[int, int]], contained: bool) -> bool:
    """The same words besides the actors, or all of one claim's (three or more) in the other,
    which shares half of its own: «انسحبت إدارة الميناء من جلسة التفاوض مساء الأربعاء» inside
    «أفادت مصادر بأن ممثلي النقابة انسحبوا من جلسة التفاوض مساء الأربعاء بعد رفض مقترح»."""
    if diff.shared_share(actors) >= SAME_ACT:
        return True
    if not contained:
        return False
    shares = []
    for side, (start, end) in enumerate(actors):
        words = [w for w in diff.words[side] if not start <= w.token.start < end]
        unmatched = {w.token.start for w in diff.unmatched[side]}
        shares.append((sum(w.token.start not in unmatched for w in words), len(words)))
    whole = [held == n >= _CONTAINED for held, n in shares]
    return any(whole) and all(n and held / n >= SAME_EVENT for held, n in shares)
