"""Acts many parties perform at once (``data/compare/shared_acts.json``): reactions and stances.

Two reports that give «أدان» two different actors tell two reactions to one event, not one act
blamed on two parties, so neither an entity swap nor an actor conflict is read in their actors.
"""

from __future__ import annotations

from functools import cache

from claimdiff import data_files
from claimdiff.claims import lexicon as claims_lexicon
from claimdiff.schema import Claim
from claimdiff.text import morph
from claimdiff.text.normalize import fold_str


@cache
def _shared() -> frozenset[str]:
    """The predicates of shared acts: the listed verbs' lemmas and the claim reader's keys whose
    verbs are all listed."""
    verbs = data_files.load("claimdiff", "compare/shared_acts.json")["verbs"]
    lemmas = {morph.lemma(fold_str(v)) for v in verbs}
    keys = {p.key for p in claims_lexicon.predicates() if set(p.lemmas) and set(p.lemmas) <= lemmas}
    return frozenset(lemmas | keys)


def shared_act(claim: Claim) -> bool:
    """Whether the claim's main predicate is an act many parties perform at once."""
    return claim.predicate is not None and claim.predicate in _shared()
