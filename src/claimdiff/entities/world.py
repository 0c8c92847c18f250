"""The world gazetteer's compact data turned into entries: capitals, cities, regions, nationalities.

``countries.json`` holds every sovereign state (generated from CLDR); ``capitals.json``,
``cities.json`` and ``nationalities.json`` are kept by hand, keyed by ISO code.  Here they become
place entries of kind ``capital``, ``city`` or ``region`` linked to their country, and each
country gains its capital, its nationality adjectives and its English demonym.  An entry that
already exists (``place:cairo`` in ``places.json``) gains only the kind, the link and the spellings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from claimdiff import data_files

PLACE_KINDS = ("country", "capital", "city", "region")


def _data(name: str) -> dict[str, Any]:
    return data_files.load("claimdiff.entities", f"{name}.json")


def slug(name: str) -> str:
    """The ascii id part of an English name: ``Port Said`` -> ``port-said``."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"\(.*?\)", "", plain).lower()).strip("-") or "x"


@cache
def country_ids() -> dict[str, str]:
    """ISO alpha-2 code -> country entry id."""
    return {str(e["code"]): str(e["id"]) for e in _data("countries")["entries"]}


@cache
def nationality_table() -> tuple[tuple[str, ...], dict[str, tuple[str, list[str], list[str]]]]:
    """(derived suffixes, code -> (demonym, masculine adjectives, broken plurals))."""
    data = _data("nationalities")
    table = {
        code: (str(v[0]), [str(a) for a in v[1]], [str(p) for p in v[2]])
        for code, v in data["nationalities"].items()
    }
    return tuple(data["suffixes"]), table


def _place(eid: str, kind: str, label: str, names: list[str], country: str | None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": eid,
        "type": "place",
        "kind": kind,
        "label": label,
        "aliases": [label, *names],
    }
    if country:
        entry["country"] = country
    return entry


def _generated() -> list[dict[str, Any]]:
    ids = country_ids()
    out: list[dict[str, Any]] = []
    for code, names in _data("capitals")["capitals"].items():
        out.append(_place(f"place:{slug(names[0])}", "capital", names[0], names[1:], ids.get(code)))
    cities = _data("cities")
    for kind in ("city", "region"):
        for code, items in cities[kind].items():
            for item in items:
                out.append(_place(f"place:{slug(item[0])}", kind, item[0], item[1:], ids.get(code)))
    return out


def world_entries(raw: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """``raw`` entries enriched (kinds, capitals, adjectives), then the generated places."""
    ids = country_ids()
    by_id = {v: k for k, v in ids.items()}
    capitals = {ids[c]: f"place:{slug(n[0])}" for c, n in _data("capitals")["capitals"].items() if c in ids}
    _, nat = nationality_table()
    generated = _generated()
    gen_by_id = {e["id"]: e for e in generated}
    out: list[Mapping[str, Any]] = []
    for e in raw:
        eid = str(e.get("id"))
        if eid in by_id:
            e = _enrich_country(e, by_id[eid], capitals.get(eid), nat)
        elif eid in gen_by_id:
            g = gen_by_id[eid]
            e = {**e, "kind": e.get("kind") or g["kind"]}
        out.append(e)
    out.extend(generated)
    return out


def _enrich_country(
    e: Mapping[str, Any], code: str, capital: str | None, nat: Mapping[str, tuple[str, list[str], list[str]]]
) -> dict[str, Any]:
    demonym, adjectives, _ = nat.get(code, ("", [], []))
    single = [a for a in adjectives if " " not in a]
    merged = list(dict.fromkeys([*(e.get("adjectives") or []), *single]))
    out = {**e, "kind": e.get("kind") or "country"}
    if merged:
        out["adjectives"] = merged
    if demonym and not e.get("demonym"):
        out["demonym"] = demonym
    if capital and not e.get("capital"):
        out["capital"] = capital
    return out


__all__ = ["PLACE_KINDS", "country_ids", "nationality_table", "slug", "world_entries"]
