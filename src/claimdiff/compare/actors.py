"""One act with two actors: the same predicate on the same target, done by different parties.

«قوات الدعم السريع قصفت مخيم أبو شوك» and «الجيش السوداني قصف مخيم أبو شوك» blame two actors for one
shelling: the actor contradiction of de Marneffe, Rafferty and Manning (2008).  The claim reader's
slots say who acted and on what; the actors must share nothing, whatever their kinds (an army
and a militia are not one kind in the gazetteer), and one at least must be more than a country
code (a named entity, or an unnamed subject: مسلحون مجهولون).
"""

from __future__ import annotations

from collections.abc import Iterator

from claimdiff.claims.profile import times_compatible
from claimdiff.compare.context import ClaimView
from claimdiff.compare.cues import Cue, detector
from claimdiff.compare.pairdiff import PairDiff
from claimdiff.compare.reactions import shared_act
from claimdiff.entities.lookup import entity_kind
from claimdiff.schema import Slot

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
    ax, ay = _named(x.profile.actor), _named(y.profile.actor)
    if not (ax or ay) or not x.profile.actor or not y.profile.actor or x.profile.actor & y.profile.actor:
        return  # two country codes alone say too little: the army and the government are both SY
    if not times_compatible(x.profile.times, y.profile.times):
        return
    if _a_town(x.claim.actor) and _a_town(y.claim.actor):
        return  # «مركز الهزة كان قرب مدينة حارم»: a town read as the actor is where, for the place checks
    if _a_country(x.claim.target) and _a_country(y.claim.target):
        return  # aid sent to Somalia by the Emirates and by Saudi Arabia: a country takes from many
    sx, sy = _span(x, x.claim.actor, diff), _span(y, y.claim.actor, diff)
    if sx is None or sy is None:
        return
    # one target: a shared named one, or the same words besides the actors (عقوبة الإيقاف على العداءة)
    sentences = not (x.claim.is_headline or y.claim.is_headline)  # headlines share their frames
    if x.profile.target & y.profile.target or (sentences and diff.shared_share((sx, sy)) >= SAME_ACT):
        yield Cue("actor", f"{x.claim.actor.text} / {y.claim.actor.text}", sx, sy, 1.0)
