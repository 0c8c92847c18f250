"""The retrieval keys of one analysed document: what a new article must share to be compared with it.

- ``e:<entity id>``: a canonical entity named in a claim;
- ``t:<YYYY-MM-DD>``: a fully known date in a claim;
- ``p:<predicate>``: a claim's predicate class;
- ``n:<unit>``: a number in a claim, by what it counts;
- ``m:<band>:<hash>``: a MinHash band of a claim's content stems (:mod:`claimdiff.store.sketch`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from claimdiff.schema import Claim, Mention
from claimdiff.store.sketch import band_keys

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def claim_keys(claim: Claim, mentions: dict[str, Mention]) -> set[str]:
    from claimdiff.claims.profile import content_stems
    from claimdiff.text.normalize import fold_str

    keys: set[str] = set()
    if claim.predicate:
        keys.add(f"p:{claim.predicate}")
    for slot in (claim.actor, claim.target, claim.place):
        if slot is not None and slot.entity_id:
            keys.add(f"e:{slot.entity_id}")
    for mid in (*claim.mention_ids, *claim.time_ids, *claim.quantity_ids):
        m = mentions.get(mid)
        if m is None:
            continue
        if m.kind == "entity":
            keys.add(f"e:{m.entity_id}")
        elif m.kind == "time":
            if _FULL_DATE.match(m.value):
                keys.add(f"t:{m.value[:10]}")
        elif m.unit:
            keys.add(f"n:{m.unit}")
    keys.update(band_keys(content_stems(fold_str(claim.text))))
    return keys


def document_keys(claims: Iterable[Claim], mentions: Sequence[Mention]) -> set[str]:
    """Every key of every claim of one document."""
    by_id = {m.id: m for m in mentions}
    keys: set[str] = set()
    for claim in claims:
        keys |= claim_keys(claim, by_id)
    return keys
