"""Entity recognition: a gazetteer of canonical ids and the mentions of its entries in a text."""

from __future__ import annotations

from claimdiff.entities.gazetteer import Entry, Gazetteer, Match
from claimdiff.entities.match import find_entities
from claimdiff.entities.names import name_id

__all__ = ["Entry", "Gazetteer", "Match", "find_entities", "name_id"]
