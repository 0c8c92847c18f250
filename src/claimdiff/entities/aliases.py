"""The alias index: a token trie over alias keys, kept as plain dicts so it can be stored.

A node is a dict from the next key part to the child node; the references of an alias that ends
at a node sit under the empty key (no key part is empty) as numbers into the index's table of
:class:`AliasRef`.  Plain data loads from the derived-data cache (:mod:`claimdiff.derived`) in a
fraction of the time building it takes.
"""

from __future__ import annotations

import marshal
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from claimdiff.entities.keys import (
    ARTICLE,
    Candidate,
    ScriptRun,
    alias_gap,
    consonants,
    core,
    plain_gap,
    plain_key,
    skeleton,
)

FUZZY_TOKEN_CUTOFF = 85.0
_MAX_ALIAS_TOKENS = 12
_REFS = ""  # the slot of a node's references: never a key part

Node = dict[str, Any]
Found = tuple[int, int, tuple[str, ...], list["AliasRef"]]


@dataclass(frozen=True, slots=True)
class AliasRef:
    """What a trie node points to: an entity id and, for Latin aliases, the casing to respect."""

    entity_id: str
    case: tuple[str, ...] | None = None
    article: bool = False  # the alias is written with the article (الرقة): a proclitic needs it too


@dataclass(frozen=True, slots=True)
class Hit:
    """A match in token terms: tokens ``[i, j)`` of one range, ``skip`` folded chars of proclitic."""

    i: int
    j: int
    skip: int
    entity_id: str
    key: tuple[str, ...]
    score: float = 1.0


class AliasIndex:
    """A trie over alias keys; looks up the longest alias starting at a token."""

    def __init__(self) -> None:
        self._root: Node = {}
        self._refs: list[AliasRef] = []
        self._ref_ids: dict[AliasRef, int] | None = {}
        self._first: dict[str, list[tuple[tuple[str, ...], tuple[bool, ...], int]]] = {}

    def add(self, key: Sequence[str], ref: AliasRef, definite: Sequence[bool] = ()) -> None:
        """Index ``key``; ``definite`` (one flag per token) lets fuzzy matching respect the article."""
        if not key or len(key) > _MAX_ALIAS_TOKENS or _REFS in key:
            return
        self._top(key[0])
        self._first_of(key[0])
        node = self._root
        for part in key:
            node = node.setdefault(part, {})
        rid = self._ref_id(ref)
        refs: list[int] = node.setdefault(_REFS, [])
        if rid not in refs:
            refs.append(rid)
            if len(key) > 1 and len(definite) == len(key):
                self._first.setdefault(key[0], []).append((tuple(key), tuple(definite), rid))

    def _ref_id(self, ref: AliasRef) -> int:
        if self._ref_ids is None:
            self._ref_ids = {r: n for n, r in enumerate(self._refs)}
        rid = self._ref_ids.get(ref)
        if rid is None:
            rid = self._ref_ids[ref] = len(self._refs)
            self._refs.append(ref)
        return rid

    def _top(self, part: str) -> Node | None:
        """The root's child for ``part``, unpacked on first use when the index was stored packed."""
        child = self._root.get(part)
        if type(child) is bytes:
            child = self._root[part] = marshal.loads(child)
        return child

    def _first_of(self, part: str) -> list[tuple[tuple[str, ...], tuple[bool, ...], int]]:
        found: Any = self._first.get(part, [])
        if type(found) is bytes:
            found = self._first[part] = marshal.loads(found)
        return found  # type: ignore[no-any-return]

    def to_data(self, packed: bool = False) -> tuple[Any, ...]:
        """The index as plain data (see :meth:`from_data`).  ``packed``: each of the root's
        subtrees and each first-word list as ``marshal`` bytes, unpacked when a look-up first
        reaches it (a short text reaches a few hundred of 4,500; reading them all took 20 ms)."""
        refs = [(r.entity_id, r.case, r.article) for r in self._refs]
        root: dict[str, Any] = {k: self._top(k) for k in self._root}
        first: dict[str, Any] = {k: self._first_of(k) for k in self._first}
        if packed:
            root = {k: marshal.dumps(v) for k, v in root.items()}
            first = {k: marshal.dumps(v) for k, v in first.items()}
        return (root, first, refs)

    @classmethod
    def from_data(cls, data: Sequence[Any]) -> AliasIndex:
        """The index :meth:`to_data` gave (packed or not)."""
        root, first, refs = data
        index = cls()
        index._root, index._first = root, first
        index._refs = [AliasRef(eid, case, article) for eid, case, article in refs]
        index._ref_ids = None  # built again only if more aliases are added
        return index

    def matches_at(
        self, tokens: Sequence[ScriptRun], cands: Sequence[Sequence[Candidate]], i: int, text: str
    ) -> list[Found]:
        """Complete aliases starting at token ``i``: (end token, skip, key, refs), longest first."""
        out: list[Found] = []
        stack: list[tuple[Node, int, int, tuple[str, ...]]] = [(self._root, i, 0, ())]
        while stack:
            node, j, skip, key = stack.pop()
            if j >= len(tokens) or (j > i and not alias_gap(text, tokens[j - 1].end, tokens[j].start)):
                continue
            for c in cands[j]:
                if j > i and c.skip:
                    continue
                child = node.get(c.key) if j > i else self._top(c.key)
                if child is None:
                    continue
                nskip = c.skip if j == i else skip
                nkey = (*key, c.key)
                refs = child.get(_REFS)
                if refs:
                    out.append((j + c.ntok, nskip, nkey, [self._refs[r] for r in refs]))
                if len(child) > (refs is not None):
                    stack.append((child, j + c.ntok, nskip, nkey))
        out.sort(key=lambda m: (-m[0], m[1]))
        return out

    def fuzzy_at(
        self, tokens: Sequence[ScriptRun], cands: Sequence[Sequence[Candidate]], i: int, text: str
    ) -> list[tuple[int, int, tuple[str, ...], list[AliasRef], float]]:
        """Multi-word aliases whose first word matches token ``i`` exactly and the rest closely."""
        found: list[tuple[int, int, tuple[str, ...], list[AliasRef], float]] = []
        for c in cands[i]:
            if c.ntok != 1:
                continue
            for akey, adef, rid in self._first_of(c.key):
                n = len(akey)
                if i + n > len(tokens):
                    continue
                if not all(plain_gap(text, tokens[k - 1].end, tokens[k].start) for k in range(i + 1, i + n)):
                    continue
                scores = []
                for a, d, tok in zip(akey[1:], adef[1:], tokens[i + 1 : i + n], strict=True):
                    want, got = skeleton(plain_key(a)), skeleton(core(tok.text))
                    if d != tok.text.startswith(ARTICLE):
                        break
                    if want == got:
                        scores.append(100.0)
                    elif min(len(want), len(got)) < 4 or consonants(want) != consonants(got):
                        break
                    else:
                        scores.append(fuzz.ratio(want, got, score_cutoff=FUZZY_TOKEN_CUTOFF))
                        if not scores[-1]:
                            break
                else:
                    if scores:
                        score = min(0.99, sum(scores) / len(scores) / 100.0)
                        found.append((i + n, c.skip, akey, [self._refs[rid]], score))
        found.sort(key=lambda m: (-m[0], -m[4], m[1]))
        return found


__all__ = ["FUZZY_TOKEN_CUTOFF", "AliasIndex", "AliasRef", "Hit"]
