"""What an entity is: its fine type, its country, and the country a nationality adjective names.

The comparator asks these to tell a same-type substitution (Egyptian for Lebanese, Harem for
Antakya, one minister for another) from a change of referent type::

    entity_kind("place:egypt")         -> "country"
    entity_kind("place:harem")         -> "city"
    entity_kind("name:خالد-حسن")       -> "person"   (a name found by cue)
    entity_kind("name:حزب-امه")         -> "group"    (a body found by its opening word)
    country_of("place:benghazi")       -> "place:libya"
    nationality("المصريين")            -> "place:egypt"
    same_kind("place:syria", "place:lebanon") -> True
"""

from __future__ import annotations

from claimdiff import derived
from claimdiff.entities.bodies import body_type
from claimdiff.entities.gazetteer import Gazetteer
from claimdiff.entities.keys import core, deproclitic
from claimdiff.entities.names import NAME_PREFIX
from claimdiff.entities.world import country_ids, nationality_table
from claimdiff.text.normalize import fold_str

# capital and city are one kind for substitution: a story may name a capital or another city
_SAME = {"capital": "city"}


def _gaz(gazetteer: Gazetteer | None) -> Gazetteer:
    return gazetteer if gazetteer is not None else Gazetteer.default()


def entity_kind(entity_id: str, gazetteer: Gazetteer | None = None) -> str:
    """person, organization, outlet, agency, group, other, or for a place its kind: country,
    capital, city or region.  Names found by cue (``name:``) are persons, or the organization or
    group their opening word says (``name:جمعيه-هلال-ازرق``); unknown ids are other."""
    entry = _gaz(gazetteer).get(entity_id)
    if entry is None:
        if entity_id.startswith(NAME_PREFIX):
            return body_type(entity_id) or "person"
        return "other"
    if entry.type != "place":
        return entry.type
    if entry.kind:
        return entry.kind
    return "city" if entry.country else "region"


def same_kind(a: str, b: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether two entities are of one kind (a capital counts as a city)."""
    ka, kb = entity_kind(a, gazetteer), entity_kind(b, gazetteer)
    return _SAME.get(ka, ka) == _SAME.get(kb, kb)


def country_of(entity_id: str, gazetteer: Gazetteer | None = None) -> str | None:
    """The country an entity belongs to (itself for a country), if known."""
    entry = _gaz(gazetteer).get(entity_id)
    if entry is None:
        return None
    if entry.kind == "country":
        return entry.id
    return entry.country


@derived.table()
def _nationalities() -> dict[str, str]:
    """Folded nationality form (article removed) -> country id, every derived form included."""
    suffixes, table = nationality_table()
    ids = country_ids()
    out: dict[str, str] = {}
    for code, (_, adjectives, plurals) in table.items():
        country = ids.get(code)
        if country is None:
            continue
        for adj in adjectives:
            base = fold_str(adj)
            for suffix in suffixes:
                out.setdefault(base + suffix, country)
        for plural in plurals:
            out.setdefault(fold_str(plural), country)
    for entry in Gazetteer.default().entries:
        if entry.kind == "country":
            for adj in entry.adjectives:
                base = fold_str(adj)
                for suffix in suffixes:
                    out.setdefault(base + suffix, entry.id)
    return out


def nationality(word: str) -> str | None:
    """The country a nationality word names (مصري، المصرية، والمصريين، للبنانيين، أتراك), or None.

    ``word`` is one token as written; attached proclitics and the article are removed."""
    table = _nationalities()
    folded = fold_str(word.strip())
    if " " in folded:
        return table.get(folded)
    for form, _ in deproclitic(folded):
        for candidate in (form, core(form)):
            found = table.get(candidate)
            if found is not None:
                return found
    if folded.startswith("لل"):
        return table.get(folded[2:])
    return None


__all__ = ["country_of", "entity_kind", "nationality", "same_kind"]
