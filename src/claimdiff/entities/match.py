"""Entity mentions of one document: gazetteer names, names found by context, and their repeats.

Three passes over the folded tokens of each range: the gazetteer's alias index (longest alias
first, bounded fuzzy fallback); names introduced by titles and speech verbs on what is left; then
the document's own names again, so a full name found once also resolves where it appears without a
title, and a surname alone (لودريان after جان إيف لودريان) resolves to the same id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from claimdiff import data_files
from claimdiff.entities.bodies import body_type, find_bodies, opening_skip
from claimdiff.entities.gazetteer import AliasIndex, AliasRef, Gazetteer, Hit, hit_span, range_tokens
from claimdiff.entities.keys import (
    ARTICLE,
    EXACT,
    Candidate,
    ScriptRun,
    candidates,
    core,
    plain_gap,
    plain_key,
)
from claimdiff.entities.names import MIN_SURNAME, NameHit, find_names, lexicon, name_id, name_key
from claimdiff.schema import EntityMention, TextRange, make_span
from claimdiff.text import document
from claimdiff.text.clitics import variants
from claimdiff.text.normalize import Folded, fold_str


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    entity_id: str


@dataclass
class _Range:
    tokens: list[ScriptRun]
    cands: list[list[Candidate]]
    hits: list[Hit]
    names: list[NameHit]
    bodies: list[NameHit] = field(default_factory=list)

    def covered(self) -> set[int]:
        out = {k for h in self.hits for k in range(h.i, h.j)}
        out.update(k for n in [*self.names, *self.bodies] for k in range(n.i, n.j))
        return out


def _persons(gazetteer: Gazetteer, ranges: Sequence[_Range]) -> dict[tuple[str, ...], str]:
    """The document's persons by full key: gazetteer persons, then names found by context."""
    full: dict[tuple[str, ...], str] = {}
    for r in ranges:
        for h in r.hits:
            if _kind(gazetteer, h.entity_id) == "person":
                full.setdefault(tuple(plain_key(k) for k in h.key), h.entity_id)
    names = sorted({n.key for r in ranges for n in r.names}, key=len, reverse=True)
    for key in names:
        if len(key) > 1 and key not in full:
            full[key] = gazetteer.resolve_person(key) or name_id(key)
    by_surname = _surnames(full)
    for key in names:
        if len(key) == 1 and key not in full:
            full[key] = by_surname.get(key[0]) or name_id(key)
    return full


def _surnames(full: dict[tuple[str, ...], str]) -> dict[str, str]:
    """Last names of full names, when only one person in the document bears them."""
    stop = lexicon().stop
    owners: dict[str, set[str]] = {}
    for key, eid in full.items():
        last = key[-1]
        if len(key) > 1 and len(last) >= MIN_SURNAME and last not in stop:
            owners.setdefault(last, set()).add(eid)
    return {last: next(iter(eids)) for last, eids in owners.items() if len(eids) == 1}


def _local_index(full: dict[tuple[str, ...], str], definite: dict[str, str]) -> AliasIndex:
    """The document's persons as an alias index: full keys and unambiguous surnames.

    A surname written with the article (حسان العلي) also resolves as written (العلي), however short:
    with its article it is no longer the given name علي."""
    index = AliasIndex()
    for key, eid in full.items():
        index.add(key, AliasRef(eid))
    for last, eid in _surnames(full).items():
        index.add((last,), AliasRef(eid))
    owners: dict[str, set[str]] = {}
    for key, eid in full.items():
        if len(key) > 1 and key[-1] in definite:
            owners.setdefault(key[-1], set()).add(eid)
    for last, eids in owners.items():
        if len(eids) == 1:
            index.add((EXACT + definite[last],), AliasRef(next(iter(eids))))
    return index


def _join_given_names(f: Folded, gazetteer: Gazetteer, r: _Range) -> None:
    """A name read up to a gazetteer person is that person's given name (سيرجي + شويغو)."""
    starts = {h.i: n for n, h in enumerate(r.hits) if _kind(gazetteer, h.entity_id) == "person"}
    kept: list[NameHit] = []
    for name in r.names:
        n = starts.get(name.j)
        if n is not None and plain_gap(f.text, r.tokens[name.j - 1].end, r.tokens[name.j].start):
            h = r.hits[n]
            r.hits[n] = replace(h, i=name.i, skip=0)
        else:
            kept.append(name)
    r.names = kept


def _known_prefix(gazetteer: Gazetteer, tokens: Sequence[ScriptRun], name: NameHit) -> NameHit:
    """A name read past a misspelt known person (ماكرو الجديد) ends where the person does."""
    if name.j - name.i < 3 or gazetteer.resolve_person(name.key) is not None:
        return name
    for j in range(name.j - 1, name.i + 1, -1):
        key = name_key([t.text for t in tokens[name.i : j]])
        if len(key) >= 2 and gazetteer.resolve_person(key) is not None:
            return NameHit(name.i, j, key)
    return name


def _kind(gazetteer: Gazetteer, entity_id: str) -> str:
    entry = gazetteer.get(entity_id)
    return entry.type if entry is not None else "person"


def _collect(text: str, ranges: Sequence[TextRange], gazetteer: Gazetteer) -> list[_Found]:
    f = document.view(text).folded  # the document's one fold (opened here when called alone)
    rs: list[_Range] = []
    for tokens in range_tokens(f, ranges):
        cands = [candidates(tokens, k, f.text) for k in range(len(tokens))]
        hits = gazetteer.scan(f, tokens, cands)
        rs.append(_Range(tokens, cands, hits, []))
    for r in rs:
        r.bodies = find_bodies(f, r.tokens, r.covered(), gazetteer.nisba)
        bodies = {k for h in r.hits if _kind(gazetteer, h.entity_id) != "person" for k in range(h.i, h.j)}
        bodies.update(k for b in r.bodies for k in range(b.i, b.j))
        names = find_names(f, r.tokens, r.cands, r.covered(), gazetteer.nisba, bodies)
        r.names = [_known_prefix(gazetteer, r.tokens, n) for n in names]
        _join_given_names(f, gazetteer, r)
    name_ids = _persons(gazetteer, rs)
    definite = {
        core(r.tokens[n.j - 1].text): r.tokens[n.j - 1].text
        for r in rs
        for n in r.names
        if n.j - n.i > 1 and r.tokens[n.j - 1].text.startswith(ARTICLE)
    }
    local = _local_index(name_ids, definite)
    found: list[_Found] = []
    for r in rs:
        for h in r.hits:
            found.append(_Found(*hit_span(f, r.tokens, h), h.entity_id))
        for n in r.names:
            s, e = f.to_original(r.tokens[n.i].start, r.tokens[n.j - 1].end)
            found.append(_Found(s, e, name_ids[n.key]))
        for b in r.bodies:
            s, e = f.to_original(r.tokens[b.i].start + opening_skip(r.tokens[b.i]), r.tokens[b.j - 1].end)
            found.append(_Found(s, e, b.entity_id))
        for h in gazetteer.scan(f, r.tokens, r.cands, index=local, skip_tokens=r.covered(), fuzzy=False):
            found.append(_Found(*hit_span(f, r.tokens, h), h.entity_id))
    return sorted(set(found), key=lambda x: (x.start, x.end, x.entity_id))


@cache
def _homographs() -> frozenset[str]:
    """Aliases that are also common words (``data/homographs.json``), folded."""
    return frozenset(fold_str(w) for w in data_files.load("claimdiff.entities", "homographs.json")["words"])


def _named_plainly(text: str, found: list[_Found], gazetteer: Gazetteer) -> list[_Found]:
    """Drop a homograph alias (سيول: Seoul or torrents) unless the document names its entity
    another way or names its country."""
    homographs = _homographs()

    def ambiguous(x: _Found) -> bool:
        words = document.fold_of(text, x.start, x.end).text.split()
        return len(words) == 1 and not variants(words[0]).isdisjoint(homographs)

    plain = {x.entity_id for x in found if not ambiguous(x)}
    countries = plain | {c for e in plain if (entry := gazetteer.get(e)) is not None and (c := entry.country)}

    def kept(x: _Found) -> bool:
        entry = gazetteer.get(x.entity_id)
        country = entry.country if entry is not None else None
        return not ambiguous(x) or x.entity_id in plain or (country is not None and country in countries)

    return [x for x in found if kept(x)]


def find_entities(
    text: str, ranges: Sequence[TextRange], *, doc_id: str, id_prefix: str, gazetteer: Gazetteer
) -> list[EntityMention]:
    """Entity mentions in ``ranges`` of ``text``, ids ``f"{id_prefix}{n}"`` (n from 1) in text order."""
    found = _named_plainly(text, _collect(text, ranges, gazetteer), gazetteer)
    out: list[EntityMention] = []
    for n, x in enumerate(found, start=1):
        entry = gazetteer.get(x.entity_id)
        span = make_span(doc_id, text, x.start, x.end)
        out.append(
            EntityMention(
                **span.model_dump(),
                id=f"{id_prefix}{n}",
                entity_id=x.entity_id,
                entity_type=entry.type if entry is not None else body_type(x.entity_id) or "person",
                label=entry.label if entry is not None else None,
                in_gazetteer=entry is not None,
            )
        )
    return out
