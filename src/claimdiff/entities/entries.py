"""Gazetteer entries: the model, the bundled data files (``entities/data/*.json``), their templates
and outlet-noun aliases expanded, and merging by id (an entry whose id exists adds its aliases)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from claimdiff import data_files
from claimdiff.entities.world import world_entries

log = logging.getLogger(__name__)

ENTITY_TYPES = frozenset({"person", "organization", "outlet", "agency", "place", "group", "other"})
DATA_FILES = (
    "people",
    "organizations",
    "outlets",
    "places",
    "groups",
    "leaders",
    "parties",
    "bodies",
    "countries",
)


class Entry(BaseModel):
    """One referent: a stable id, its type, an English label and every known spelling."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=3, pattern=r"^[^\s:]+:\S+$", description="Stable id, e.g. person:ali-mamlouk.")
    type: str = Field(
        default="other", description="person, organization, outlet, agency, place, group, other."
    )
    label: str = Field(default="", description="Canonical English label.")
    aliases: list[str] = Field(default_factory=list, description="Names matched with or without article.")
    exact_aliases: list[str] = Field(
        default_factory=list,
        description="Names matched only with the article as written (سورية, not السورية).",
    )
    quoted_aliases: list[str] = Field(
        default_factory=list,
        description="Names matched only between quotation marks («الشرق الأوسط»): "
        "the X of each '{cue} X' alias.",
    )
    language: str | None = Field(default=None, description="Language an outlet publishes in (ar, en, fr...).")
    parent: str | None = Field(default=None, description="Id of the body this one belongs to.")
    country: str | None = Field(default=None, description="Id of the country it belongs to.")
    demonym: str | None = Field(default=None, description="English adjective of a country (French).")
    adjectives: list[str] = Field(
        default_factory=list,
        description="Masculine Arabic nisba adjectives of a country or body (فرنسي، أممي).",
    )
    code: str | None = Field(
        default=None,
        description="Party code of a country-level side (ISO 3166 alpha-2 for a country: SY); "
        "entries sharing a code are one party.",
    )
    capitals: list[str] = Field(
        default_factory=list,
        description="Seats that stand for the government (دمشق، الكرملين): party names, not aliases.",
    )
    source: str | None = Field(default=None, description="Plugin that contributed the entry, if any.")
    kind: str | None = Field(
        default=None,
        description="Finer type of a place: country, capital, city, region (see entities.lookup).",
    )
    capital: str | None = Field(default=None, description="Id of a country's capital.")

    @field_validator("type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        if v not in ENTITY_TYPES:
            raise ValueError(f"type must be one of {sorted(ENTITY_TYPES)}")
        return v

    @model_validator(mode="after")
    def _default_label(self) -> Entry:
        if not self.label:
            self.label = self.id.split(":", 1)[1].replace("-", " ")
        return self


def load_data(name: str) -> dict[str, Any]:
    return data_files.load("claimdiff.entities", f"{name}.json")


def _fill(template: Any, values: Mapping[str, str]) -> Any:
    if isinstance(template, str):
        return template.format_map(values)
    if isinstance(template, list):
        return [_fill(t, values) for t in template]
    if isinstance(template, dict):
        return {k: _fill(v, values) for k, v in template.items()}
    return template


def _expand_templates(
    templates: Iterable[Mapping[str, Any]], places: Iterable[Mapping[str, Any]]
) -> list[Any]:
    """Bodies named after a country's adjective (المخابرات الفرنسية), one entry per country."""
    out = []
    for place in places:
        if not place.get("adjectives") or not place.get("demonym"):
            continue
        slug = str(place["id"]).split(":", 1)[1]
        for adj in place["adjectives"]:
            for t in templates:
                values = {"slug": slug, "country": place["id"], "demonym": place["demonym"]}
                values.update({"adj_m": adj, "adj_f": adj + "ة", "name": place.get("label", slug)})
                out.append(_fill(t, values))
    return out


def expand_cues(entry: Mapping[str, Any], cues: Sequence[str]) -> Mapping[str, Any]:
    """``{cue} X`` aliases stand for X after each outlet noun (صحيفة، قناة…), never X alone."""
    aliases = entry.get("aliases") or []
    if not any("{cue}" in a for a in aliases):
        return entry
    expanded: list[str] = []
    quoted = list(entry.get("quoted_aliases") or [])
    for a in aliases:
        expanded.extend([a.replace("{cue}", c) for c in cues] if "{cue}" in a else [a])
        if "{cue}" in a:
            quoted.append(a.replace("{cue}", "").strip())
    return {**entry, "aliases": expanded, "quoted_aliases": quoted}


def build_entries() -> list[Entry]:
    """Every bundled entry, templates and outlet-noun aliases expanded, merged by id."""
    raw: list[Mapping[str, Any]] = []
    files = {name: load_data(name) for name in DATA_FILES}
    cues = files["outlets"].get("cues", [])
    for name in DATA_FILES:
        raw.extend(expand_cues(e, cues) for e in files[name].get("entries", []))
    raw = world_entries(raw)
    countries = [e for e in raw if e.get("kind") == "country"]
    raw.extend(_expand_templates(files["organizations"].get("templates", []), _first_by_id(countries)))
    return merge_entries((), raw)


def _first_by_id(entries: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    seen: dict[str, Mapping[str, Any]] = {}
    for e in entries:
        seen.setdefault(str(e.get("id")), e)
    return list(seen.values())


def merge_entries(base: Iterable[Entry], extra: Iterable[Mapping[str, Any] | Entry]) -> list[Entry]:
    """``base`` then ``extra``; an extra entry whose id exists adds its aliases to that entry."""
    merged: dict[str, Entry] = {e.id: e for e in base}
    for item in extra:
        data = item.model_dump(exclude_unset=True) if isinstance(item, Entry) else dict(item)
        eid = data.get("id")
        old = merged.get(eid) if isinstance(eid, str) else None
        if old is not None:
            aliases = [a for a in data.get("aliases") or [] if isinstance(a, str) and a not in old.aliases]
            exact = [
                a
                for a in data.get("exact_aliases") or []
                if isinstance(a, str) and a not in old.exact_aliases
            ]
            quoted = [
                a
                for a in data.get("quoted_aliases") or []
                if isinstance(a, str) and a not in old.quoted_aliases
            ]
            if aliases or exact or quoted:
                merged[old.id] = old.model_copy(
                    update={
                        "aliases": [*old.aliases, *aliases],
                        "exact_aliases": [*old.exact_aliases, *exact],
                        "quoted_aliases": [*old.quoted_aliases, *quoted],
                    }
                )
            continue
        try:
            entry = Entry.model_validate(data)
        except ValidationError as exc:
            log.warning("gazetteer entry %r skipped: %s", eid, exc.errors()[0].get("msg", exc))
            continue
        merged[entry.id] = entry
    return list(merged.values())
