"""The gazetteer: entries by canonical id (:mod:`claimdiff.entities.entries`) and the alias index.

Entries live in ``entities/data/*.json``; plugins add more through ``claimdiff_register_gazetteer``
(an entry whose id already exists contributes its aliases).  Aliases are folded and keyed once
(:mod:`claimdiff.entities.keys`) into a token trie; matching walks the trie over the folded text,
longest alias first, and falls back to a bounded fuzzy comparison (rapidfuzz) only for multi-word
aliases whose first word matched exactly.  A word spelt like a name that reads as an adjective is
left out by :mod:`claimdiff.entities.adjectives`; the bundled entries come back from the
derived-data cache as :class:`claimdiff.entities.stored.StoredEntries`.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Collection, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimdiff import derived
from claimdiff.entities.adjectives import adjective_after_indefinite, adjective_after_noun, after_title
from claimdiff.entities.aliases import AliasIndex, AliasRef, Hit
from claimdiff.entities.entries import Entry, build_entries, expand_cues, load_data, merge_entries
from claimdiff.entities.keys import (
    ARTICLE,
    EXACT,
    Candidate,
    ScriptRun,
    candidates,
    consonants,
    core,
    folded_range,
    phrase_forms,
    plain_key,
    skeleton,
    tokens_in,
)
from claimdiff.entities.stored import StoredEntries
from claimdiff.schema import TextRange
from claimdiff.text import document
from claimdiff.text.normalize import Folded, fold_str

FUZZY_NAME_CUTOFF = 90.0
_MIN_LOOSE_CONSONANTS = 6  # long names may differ by one consonant (ماكرو for ماكرون)
_QUOTE_BEFORE = re.compile(r'"\s?$')  # on the folded text, where every quotation mark is "
_QUOTE_AFTER = re.compile(r'\s?"')


@dataclass(frozen=True, slots=True)
class Match:
    """An alias of ``entry`` found at ``text[start:end]`` (original offsets)."""

    start: int
    end: int
    entry: Entry
    score: float = 1.0


@cache
def bundled_entries() -> tuple[Entry, ...]:
    """The entries shipped with claimdiff, templates expanded (loaded once)."""
    return tuple(_bundled()._entries.values())


def _latin_case(alias: str) -> tuple[str, ...] | None:
    words = re.findall(r"[^\W\d_]+", alias)
    if not words or not all(w.isascii() for w in words) or not any(w[0].isupper() for w in words):
        return None
    return tuple(words)


def case_agrees(case: tuple[str, ...] | None, original_tokens: Sequence[str]) -> bool:
    """Latin aliases match only with their capitals (AP, not ap in a URL; Le Monde, not le monde)."""
    if case is None:
        return True
    if len(case) != len(original_tokens):
        return False
    for want, got in zip(case, original_tokens, strict=True):
        if len(want) >= 2 and want.isupper():
            if not got.isupper():
                return False
        elif want[0].isupper() and not got[:1].isupper():
            return False
    return True


def _article_kept(token: str, skip: int) -> bool:
    """After ``skip`` proclitic characters the token still has its article (بالرقة، للرقة)."""
    return token[skip:].startswith(ARTICLE) or token[:skip].endswith("لل")


@cache
def outlet_cues() -> tuple[str, ...]:
    """The outlet nouns (صحيفة، قناة…) that ``{cue} X`` aliases stand after, as written."""
    return tuple(str(c) for c in load_data("outlets").get("cues", []))


class Gazetteer:
    """Entries by id plus an alias index over their folded names."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._entries: MutableMapping[str, Entry] = {}
        self.index = AliasIndex()
        self.quoted = AliasIndex()
        self.nisba: set[str] = set()
        person_names: dict[str, str] = {}
        for entry in entries:
            self._entries[entry.id] = entry
            self._add(entry, person_names)
        self._person_names = list(person_names)
        self._person_ids = [person_names[n] for n in self._person_names]

    def _add(self, entry: Entry, person_names: dict[str, str]) -> None:
        for alias, exact in [(a, False) for a in [entry.label, *entry.aliases]] + [
            (a, True) for a in entry.exact_aliases
        ]:
            forms = phrase_forms(fold_str(alias))
            key = tuple(EXACT + f if exact else core(f) for f in forms)
            if not key:
                continue
            definite = [f.startswith(ARTICLE) for f in forms]
            ref = AliasRef(entry.id, _latin_case(alias), bool(definite) and definite[0] and not exact)
            self.index.add(key, ref, definite)
            if entry.type == "person" and len(key) > 1:
                person_names.setdefault(skeleton(" ".join(plain_key(k) for k in key)), entry.id)
        for alias in entry.quoted_aliases:
            key = tuple(core(f) for f in phrase_forms(fold_str(alias)))
            if key:
                self.quoted.add(key, AliasRef(entry.id))
        for adj in entry.adjectives:
            f = fold_str(adj)
            self.nisba.update({f, f + "ه", f + "ين", f + "ون"})

    def to_data(self, packed: bool = False) -> tuple[Any, ...]:
        """Everything but the entries as plain data, for the derived-data cache (``packed``: see
        :meth:`AliasIndex.to_data`)."""
        return (
            self.index.to_data(packed),
            self.quoted.to_data(packed),
            sorted(self.nisba),
            self._person_names,
            self._person_ids,
        )

    @classmethod
    def from_data(cls, entries: Iterable[Entry] | StoredEntries, data: Sequence[Any]) -> Gazetteer:
        """The gazetteer of ``entries`` whose :meth:`to_data` gave ``data``, without building it
        (:class:`StoredEntries` are kept as they are, each validated when looked up)."""
        index, quoted, nisba, names, ids = data
        gaz = cls.__new__(cls)
        gaz._entries = entries if isinstance(entries, StoredEntries) else {e.id: e for e in entries}
        gaz.index, gaz.quoted = AliasIndex.from_data(index), AliasIndex.from_data(quoted)
        gaz.nisba = set(nisba)
        gaz._person_names, gaz._person_ids = list(names), list(ids)
        return gaz

    @classmethod
    def default(cls, extra: Iterable[Mapping[str, Any] | Entry] = ()) -> Gazetteer:
        """The bundled gazetteer, plus ``extra`` entries (e.g. from plugins) merged by id."""
        more = list(extra)
        if not more:
            return _bundled_gazetteer()
        cues = load_data("outlets").get("cues", [])
        more = [e if isinstance(e, Entry) else expand_cues(e, cues) for e in more]
        base = bundled_entries()
        merged = merge_entries(base, more)
        if all(a is b for a, b in zip(base, merged, strict=False)):
            return _bundled_gazetteer().extended(merged[len(base) :])
        return cls(merged)  # a bundled entry gained aliases: its place in the index order matters

    def extended(self, entries: Iterable[Entry]) -> Gazetteer:
        """A copy with new ``entries`` (ids not in this one) indexed after the others, as
        building the gazetteer of all of them would, without building it again."""
        with derived.paused_gc():
            gaz = Gazetteer.from_data(self._entries.values(), marshal.loads(marshal.dumps(self.to_data())))
        person_names = dict(zip(gaz._person_names, gaz._person_ids, strict=True))
        for entry in entries:
            if entry.id in gaz._entries:
                raise ValueError(f"entry {entry.id!r} is already in the gazetteer")
            gaz._entries[entry.id] = entry
            gaz._add(entry, person_names)
        gaz._person_names = list(person_names)
        gaz._person_ids = [person_names[n] for n in gaz._person_names]
        return gaz

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entries

    @property
    def entries(self) -> list[Entry]:
        return list(self._entries.values())

    def get(self, entity_id: str) -> Entry | None:
        return self._entries.get(entity_id)

    def find(
        self, text: str, ranges: Sequence[TextRange] | None = None, types: Collection[str] | None = None
    ) -> list[Match]:
        """Every gazetteer name in ``text`` (within ``ranges``), longest first, in text order."""
        f = document.folded(text)  # a document's one fold; a name or an alias folded now
        out: list[Match] = []
        for tokens in range_tokens(f, ranges):
            cands = [candidates(tokens, k, f.text) for k in range(len(tokens))]
            for hit in self.scan(f, tokens, cands, types=types):
                s, e = hit_span(f, tokens, hit)
                out.append(Match(s, e, self._entries[hit.entity_id], hit.score))
        out.sort(key=lambda m: (m.start, m.end))
        return out

    def scan(
        self,
        f: Folded,
        tokens: Sequence[ScriptRun],
        cands: Sequence[Sequence[Candidate]],
        *,
        types: Collection[str] | None = None,
        index: AliasIndex | None = None,
        skip_tokens: Collection[int] = (),
        fuzzy: bool = True,
    ) -> list[Hit]:
        """Non-overlapping hits over one range's tokens, left to right, longest alias first."""
        idx = self.index if index is None else index
        hits: list[Hit] = []
        i = 0
        while i < len(tokens):
            if i in skip_tokens:
                i += 1
                continue
            hit = self._best_at(f, tokens, cands, i, idx, types, skip_tokens, fuzzy)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.j
        return hits

    def _best_at(
        self,
        f: Folded,
        tokens: Sequence[ScriptRun],
        cands: Sequence[Sequence[Candidate]],
        i: int,
        idx: AliasIndex,
        types: Collection[str] | None,
        skip_tokens: Collection[int],
        fuzzy: bool,
    ) -> Hit | None:
        if idx is self.index:
            hit = self._quoted_at(f, tokens, cands, i, types, skip_tokens)
            if hit is not None:
                return hit
        options = [
            (j, skip, key, refs, 1.0) for j, skip, key, refs in idx.matches_at(tokens, cands, i, f.text)
        ]
        if not options and fuzzy and not after_title(f.text, tokens, i):
            options = idx.fuzzy_at(tokens, cands, i, f.text)
        for j, skip, key, refs, score in options:
            if any(k in skip_tokens for k in range(i, j)):
                continue
            if len(key) == 1 and adjective_after_noun(f.text, tokens, i, skip):
                continue
            if len(key) == 1 and adjective_after_indefinite(f.text, tokens, i, key[0]):
                continue
            originals = [f.original_slice(t.start, t.end) for t in tokens[i:j]]
            bare = skip > 0 and not _article_kept(tokens[i].text, skip)
            for ref in refs:
                entry = self._entries.get(ref.entity_id)
                if entry is not None and types is not None and entry.type not in types:
                    continue
                if bare and ref.article:
                    continue  # فرقه is ف + رقه "his teams", not ف + الرقة
                if case_agrees(ref.case, originals):
                    return Hit(i, j, skip, ref.entity_id, key, score)
        return None

    def _quoted_at(
        self,
        f: Folded,
        tokens: Sequence[ScriptRun],
        cands: Sequence[Sequence[Candidate]],
        i: int,
        types: Collection[str] | None,
        skip_tokens: Collection[int],
    ) -> Hit | None:
        """A name alone between quotation marks that is an outlet's bare name: «الشرق الأوسط»."""
        start = tokens[i].start  # the pattern spans at most 3 characters: never search from 0
        if not _QUOTE_BEFORE.search(f.text, max(0, start - 3), start):
            return None
        for j, skip, key, refs in self.quoted.matches_at(tokens, cands, i, f.text):
            if (
                skip
                or any(k in skip_tokens for k in range(i, j))
                or not _QUOTE_AFTER.match(f.text, tokens[j - 1].end)
            ):
                continue
            for ref in refs:
                entry = self._entries.get(ref.entity_id)
                if entry is not None and (types is None or entry.type in types):
                    return Hit(i, j, 0, ref.entity_id, key)
        return None

    def resolve_person(self, key: Sequence[str]) -> str | None:
        """The gazetteer person a full name found by pattern most likely is (fuzzy, bounded)."""
        name = skeleton(" ".join(plain_key(k) for k in key))
        if len(key) < 2 or len(name) < 6 or not self._person_names:
            return None
        from rapidfuzz import fuzz, process  # imported here: one rare path, and slow to import

        shape = consonants(name)
        found = process.extract(
            name, self._person_names, scorer=fuzz.ratio, score_cutoff=FUZZY_NAME_CUTOFF, limit=3
        )
        for choice, _score, idx in found:
            theirs = consonants(choice)
            if theirs == shape or (
                min(len(shape), len(theirs)) >= _MIN_LOOSE_CONSONANTS
                and fuzz.ratio(shape, theirs) >= FUZZY_NAME_CUTOFF
            ):
                return self._person_ids[idx]
        return None


@cache
def _bundled() -> Gazetteer:
    """The bundled gazetteer, from the derived-data cache when it holds it."""
    if not derived.enabled():
        return Gazetteer(build_entries())
    built: list[Gazetteer] = []

    def build() -> tuple[Any, ...]:
        gaz = Gazetteer(build_entries())
        built.append(gaz)
        return (StoredEntries.pack(gaz.entries), gaz.to_data(packed=True))

    packed, data = derived.load_or_build("gazetteer", build)
    if built:
        return built[0]
    with derived.paused_gc():
        return Gazetteer.from_data(StoredEntries(packed), data)


def _bundled_gazetteer() -> Gazetteer:
    return _bundled()


def range_tokens(f: Folded, ranges: Sequence[TextRange] | None) -> list[list[ScriptRun]]:
    """Tokens of the folded text, one list per range (the whole text when ``ranges`` is None)."""
    if ranges is None:
        return [tokens_in(f)]
    out = []
    for r in ranges:
        s, e = folded_range(f, max(0, r.start), min(r.end, len(f.original)))
        if s < e:
            out.append(tokens_in(f, s, e))
    return out


def hit_span(f: Folded, tokens: Sequence[ScriptRun], hit: Hit) -> tuple[int, int]:
    """Original offsets of a hit, its proclitic left out."""
    return f.to_original(tokens[hit.i].start + hit.skip, tokens[hit.j - 1].end)


__all__ = [
    "EXACT",
    "AliasIndex",
    "AliasRef",
    "Entry",
    "Gazetteer",
    "Hit",
    "Match",
    "bundled_entries",
    "merge_entries",
]
