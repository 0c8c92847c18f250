"""Group claims about the same thing across documents.

Candidates come from blocking: claims that share a canonical entity id or one of their rarest
content stems (keys found in more than ``BLOCK_CAP`` claims are skipped, so work stays near-linear).
Each candidate pair with compatible times is scored from its weighted stem and entity overlap,
rapidfuzz similarity of the folded text, and agreement of predicate, actor, target and place.
Groups grow from the best pairs down; two groups merge only if their average link is strong
enough, so one hub claim cannot chain unrelated claims together.  Scores are on the article scale
of :mod:`claimdiff.align_scale`.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from claimdiff.align_scale import article_score, headline_model, rescale, thresholds
from claimdiff.claims import lexicon
from claimdiff.claims.profile import Profile, build, times_compatible, times_far_apart
from claimdiff.schema import Alignment, Claim, Document, Mention

BLOCK_CAP = 64  # a blocking key shared by more claims than this is too common to block on
STEMS_PER_CLAIM = 6  # rarest content stems used as blocking keys
CANDIDATES_PER_CLAIM = 16
MAX_GROUP = 48
MIN_STEMS = 3  # a claim with fewer content words is a fragment: too little to tell what it is about
LINK_SAMPLE = 8  # members of each group compared when deciding a merge


@dataclass(frozen=True, slots=True)
class Pair:
    """A scored pair of claims, by position (``i < j``); :meth:`Matcher.reasons` tells why."""

    i: int
    j: int
    score: float


class Matcher:
    """Blocking index and pair scorer over a list of claim profiles."""

    def __init__(self, profiles: Sequence[Profile]) -> None:
        self.profiles = profiles
        # idf scaled to [0, 1] by its largest possible value, so that the thresholds below mean the
        # same in a pair of short articles as in a large set: a word in every claim weighs little,
        # a word in one claim weighs 1.
        n = len(profiles)
        top = math.log(1.0 + n) if n else 1.0
        df: Counter[str] = Counter()
        for p in profiles:
            df.update(p.stems)
            df.update(f"e:{e}" for e in p.entities)
        self.df = df
        self.idf = {k: math.log(1.0 + n / c) / top for k, c in df.items()}
        self._entity_idf = {k[2:]: w for k, w in self.idf.items() if k.startswith("e:")}
        self._specific_of: dict[int, frozenset[str]] = {}
        self._stem_weight: dict[int, float] = {}
        self._entity_weight: dict[int, float] = {}
        self._scores: dict[tuple[int, int], Pair] = {}
        self._candidates: dict[bool, list[tuple[int, int]]] = {}
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.keys: list[list[str]] = []
        for p in profiles:
            own = [f"e:{e}" for e in sorted(p.entities) if 1 < df[f"e:{e}"] <= BLOCK_CAP]
            stems = sorted((s for s in p.stems if 1 < df[s] <= BLOCK_CAP), key=lambda s: (df[s], s))
            for k in own + stems:
                self.postings[k].append(p.index)
            self.keys.append(own + stems[:STEMS_PER_CLAIM])

    def candidates(self, same_document: bool = False) -> list[tuple[int, int]]:
        """Pairs (i < j) sharing a blocking key: each claim's best few, from its rarest keys."""
        if same_document not in self._candidates:
            self._candidates[same_document] = self._find(same_document)
        return self._candidates[same_document]

    def _find(self, same_document: bool) -> list[tuple[int, int]]:
        profiles = self.profiles
        docs = [q.claim.doc_id for q in profiles]
        top: list[list[int]] = []
        for p in profiles:
            shared: dict[int, float] = defaultdict(float)
            i, doc = p.index, p.claim.doc_id
            for k in self.keys[i]:
                w = self.idf.get(k, 1.0)
                for j in self.postings[k]:
                    if j != i and (docs[j] == doc) == same_document:
                        shared[j] += w
            # ties broken by claim id, not position: the candidates must not depend on input order
            best = heapq.nsmallest(
                CANDIDATES_PER_CLAIM,
                shared.items(),
                key=lambda kv: (-round(kv[1], 9), profiles[kv[0]].claim.id),
            )
            top.append([j for j, _ in best])
        chosen = [set(t) for t in top]
        out: list[tuple[int, int]] = []
        for i, js in enumerate(top):
            for j in js:
                if i < j or i not in chosen[j]:
                    out.append((min(i, j), max(i, j)))
        return out

    def _weight(self, i: int, entities: bool) -> float:
        cache = self._entity_weight if entities else self._stem_weight
        w = cache.get(i)
        if w is None:
            p = self.profiles[i]
            idf = self._entity_idf if entities else self.idf
            keys = p.entities if entities else p.stems
            # fsum is exactly rounded: the weight does not depend on the order the set is read in,
            # which changes from one process to another
            w = cache[i] = math.fsum(idf.get(k, 1.0) for k in keys)
        return w

    # Shared words: a claim whose words weigh under ``floor`` never counts as fully shared, and
    # the evidence mass (squared idf, so rare words count far more) saturates at ``mass_scale``.
    def _overlap(self, i: int, j: int, entities: bool) -> tuple[float, float]:
        """(relative, absolute) weighted overlap: share of the smaller side, and evidence mass."""
        a, b = self.profiles[i], self.profiles[j]
        shared = a.entities & b.entities if entities else a.stems & b.stems
        if not shared:
            return 0.0, 0.0
        idf = self._entity_idf if entities else self.idf
        weights = [idf.get(k, 1.0) for k in shared]
        common = math.fsum(weights)
        wa, wb = self._weight(i, entities), self._weight(j, entities)
        floor, mass_scale = (1.0, 0.7) if entities else (2.2, 1.45)
        relative = 0.6 * common / max(min(wa, wb), floor) + 0.4 * common / max(wa + wb - common, 1e-9)
        mass = math.fsum(w * w for w in weights)
        return min(1.0, relative), 1.0 - math.exp(-mass / mass_scale)

    def _specific(self, i: int) -> frozenset[str]:
        found = self._specific_of.get(i)
        if found is None:
            found = self._specific_of[i] = _specific_keys(self.profiles[i])
        return found

    def _same(self, i: int, j: int) -> frozenset[str] | set[str]:
        """The predicate keys two claims share that say what happened."""
        a, b = self.profiles[i], self.profiles[j]
        same = self._specific(i) & self._specific(j)
        objects = a.objects & b.objects
        return same | {o.split(">")[0] for o in objects} if objects else same

    def features(self, i: int, j: int) -> tuple[dict[str, float], list[str]]:
        """What the calibrated model reads for a pair, and the reasons to show for it."""
        f = self._values(i, j)
        return f, self._reasons(i, j, f)

    def _values(self, i: int, j: int) -> dict[str, float]:
        a, b = self.profiles[i], self.profiles[j]
        f: dict[str, float] = {}
        f["dates_differ"] = float(not times_compatible(a.times, b.times))
        f["other_people"] = float(bool(a.persons - b.persons and b.persons - a.persons))
        rel, evidence = self._overlap(i, j, entities=False)
        f["content"] = 0.5 * rel + 0.5 * evidence
        f["has_entities"] = float(bool(a.entities and b.entities))
        f["entities"] = 0.0
        if a.entities and b.entities:
            e_rel, e_ev = self._overlap(i, j, entities=True)
            f["entities"] = 0.5 * e_rel + 0.5 * e_ev
        same = self._same(i, j)
        if same:
            f["predicate"] = 1.0
        elif a.keys & b.keys or a.frames & b.frames:
            f["predicate"] = 0.6
        else:
            f["predicate"] = 0.0 if a.keys and b.keys else 0.3
        f["text"] = _text_similarity(a.folded, b.folded) / 100.0
        # a target read from unnamed words (مواقع المتمردين) is for the comparator's role checks;
        # the alignment model was fitted on named targets
        f["roles"] = _agreement(a.actor, b.actor, _keyed(a.target), _keyed(b.target), a.place, b.place)
        f["parties"] = (
            len(a.parties & b.parties) / len(a.parties | b.parties) if a.parties and b.parties else 0.0
        )
        f["no_anchor"] = float(not (a.specific & b.specific or same))
        f["fragment"] = float(min(len(a.stems), len(b.stems)) < MIN_STEMS)
        return f

    def _reasons(self, i: int, j: int, f: dict[str, float]) -> list[str]:
        """The reasons to show for a pair of values ``f``, most telling first."""
        a, b = self.profiles[i], self.profiles[j]
        reasons: list[str] = []
        if f["dates_differ"]:
            reasons.append("dates differ")
        if f["other_people"]:
            reasons.append("different people named")
        if f["entities"]:
            reasons.append("shared entities: " + ", ".join(sorted(a.entities & b.entities)[:4]))
        same = self._same(i, j)
        if same:
            reasons.append("same predicate: " + ", ".join(sorted(same)[:3]))
        elif a.keys & b.keys or a.frames & b.frames:
            reasons.append("related predicates: " + ", ".join(sorted(a.frames & b.frames)[:3]))
        if f["roles"] > 0.6:
            reasons.append("same actor" if a.actor & (b.actor | b.target) else "same participants")
        if f["no_anchor"]:
            reasons.append("nothing specific shared")
        if f["fragment"]:
            reasons.append("fragment")
        if f["content"] >= 0.3:
            reasons.insert(0, f"shared words {f['content']:.2f}")
        reasons.append(f"text similarity {f['text']:.2f}")
        return reasons

    def score(self, i: int, j: int) -> Pair:
        """How likely two claims are about the same thing, on the article scale of ``thresholds()``.

        Two headlines are scored by the model fitted on headline pairs; other claims by the
        article weights.  The headline model's probability is mapped onto the article scale so
        that its own fitted thresholds land on the article ones: every later step reads one scale.
        Scores are kept: alignment and comparison ask for the same pairs.
        """
        found = self._scores.get((i, j))
        if found is None:
            found = self._scores[(i, j)] = self._score(i, j)
        return found

    def _score(self, i: int, j: int) -> Pair:
        a, b = self.profiles[i], self.profiles[j]
        if times_far_apart(a.times, b.times):
            return Pair(i, j, 0.0)
        f = self._values(i, j)
        if a.claim.is_headline and b.claim.is_headline:
            model = headline_model()
            return Pair(i, j, rescale(model.probability(f), model.thresholds))
        return Pair(i, j, article_score(f))

    def reasons(self, i: int, j: int) -> tuple[str, ...]:
        """Why a pair scores as it does (what is shared, what differs): read only for the pairs
        an alignment keeps."""
        a, b = self.profiles[i], self.profiles[j]
        if times_far_apart(a.times, b.times):
            return ("years apart",)
        return tuple(self._reasons(i, j, self._values(i, j)))

    def pairs(self, threshold: float | None = None, same_document: bool = False) -> list[Pair]:
        """Scored candidate pairs at or above ``threshold``, best first."""
        limit = thresholds()["link"] if threshold is None else threshold
        out = [p for i, j in self.candidates(same_document) if (p := self.score(i, j)).score >= limit]
        out.sort(key=lambda p: (-p.score, p.i, p.j))
        return out


@lru_cache(maxsize=1 << 14)
def _text_similarity(a: str, b: str) -> float:
    """Token-set similarity of two folded texts, 0 to 100.  Kept: relays of one wire copy repeat
    its sentences, so the same two texts meet again in pair after pair of documents.  The cache
    keeps its texts alive: 16,384 pairs of them, a few MB at most."""
    return float(fuzz.token_set_ratio(a, b))


def _specific_keys(p: Profile) -> frozenset[str]:
    """Predicate keys that say what happened by themselves: not how it was reported or attempted,
    and not a verb whose meaning lies in its object (those count through ``Profile.objects``)."""
    generic, slot, frames = lexicon.generic_frames(), lexicon.object_slot_keys(), lexicon.frames()
    return frozenset(k for k in p.keys if k not in slot and frames.get(k, k) not in generic)


def _keyed(keys: frozenset[str]) -> frozenset[str]:
    """The keys of names (entity ids, party codes), not of unnamed phrases."""
    return frozenset(k for k in keys if ":" in k)


def _agreement(
    a_actor: frozenset[str],
    b_actor: frozenset[str],
    a_target: frozenset[str],
    b_target: frozenset[str],
    a_place: frozenset[str],
    b_place: frozenset[str],
) -> float:
    """Role agreement in [0, 1]: 0.5 when nothing is known either way."""
    score, n = 0.0, 0
    a_all, b_all = a_actor | a_target, b_actor | b_target
    if a_all and b_all:
        n += 2
        # A country as actor (party:…) is a weak sign: a country does many unrelated things.
        if _named(a_actor & b_actor):
            score += 2
        elif _named(a_all & b_all):
            score += 1.4
        elif a_all & b_all:
            score += 1.0
    if a_place and b_place:
        n += 1
        score += 1.0 if a_place & b_place else 0.0
    return score / n if n else 0.5


def _named(keys: frozenset[str]) -> bool:
    return any(not k.startswith("party:") for k in keys)


def _sample(members: list[int]) -> list[int]:
    """At most LINK_SAMPLE members, evenly spread: bounds the cost of linking two large groups."""
    if len(members) <= LINK_SAMPLE:
        return members
    step = len(members) / LINK_SAMPLE
    return [members[int(k * step)] for k in range(LINK_SAMPLE)]


def _group(matcher: Matcher, pairs: Sequence[Pair]) -> list[tuple[list[int], float, list[str]]]:
    parent: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    cache: dict[tuple[int, int], float] = {(p.i, p.j): p.score for p in pairs}
    reasons: dict[int, list[str]] = {}
    scores: dict[int, list[float]] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def link(x: int, y: int) -> float:
        key = (x, y) if x < y else (y, x)
        if key not in cache:
            cache[key] = matcher.score(*key).score
        return cache[key]

    for p in pairs:
        ri, rj = find(p.i), find(p.j)
        if ri == rj:
            continue
        a, b = members.get(ri, [p.i]), members.get(rj, [p.j])
        if len(a) + len(b) > MAX_GROUP:
            continue
        cross = [link(x, y) for x in _sample(a) for y in _sample(b)]
        if sum(cross) / len(cross) < thresholds()["group"]:
            continue
        parent[rj] = ri
        members[ri] = a + b
        members.pop(rj, None)
        reasons[ri] = [*reasons.get(ri, []), *reasons.pop(rj, []), *matcher.reasons(p.i, p.j)]
        scores[ri] = [*scores.get(ri, []), *scores.pop(rj, []), *cross]
    return [(m, sum(scores[r]) / len(scores[r]), reasons[r]) for r, m in members.items()]


def _distinct_reasons(why: list[str], limit: int = 6) -> list[str]:
    """One reason of each kind ('shared words 0.38' and 'shared words 0.55' are one kind), first kept."""
    kinds: dict[str, str] = {}
    for reason in why:
        kinds.setdefault(re.split(r"[:\d]", reason, maxsplit=1)[0].strip(), reason)
    return list(kinds.values())[:limit]


def align(
    claims: Sequence[Claim],
    mentions: Sequence[Mention],
    documents: Sequence[Document],
    *,
    profiles: Sequence[Profile] | None = None,
    matcher: Matcher | None = None,
) -> list[Alignment]:
    """Groups of claims about the same thing, across documents; ids ``a{n}`` in document order.

    ``profiles`` are those of ``claims`` in the same order, if already built; ``matcher`` a
    :class:`Matcher` over them, if the caller keeps one for the comparison."""
    profiles = build(claims, mentions) if profiles is None else profiles
    matcher = Matcher(profiles) if matcher is None else matcher
    groups = _group(matcher, matcher.pairs())
    order = {d.id: n for n, d in enumerate(documents)}
    out: list[tuple[tuple[int, int], Alignment]] = []
    for ids, score, why in groups:
        members = sorted((claims[i] for i in ids), key=lambda c: (order.get(c.doc_id, len(order)), c.start))
        if len({c.doc_id for c in members}) < 2:
            continue
        first = members[0]
        out.append(
            (
                (order.get(first.doc_id, len(order)), first.start),
                Alignment(
                    id="",
                    claim_ids=[c.id for c in members],
                    score=round(min(1.0, max(0.0, score)), 3),
                    reasons=_distinct_reasons(why),
                ),
            )
        )
    out.sort(key=lambda kv: (kv[0], kv[1].claim_ids))
    return [a.model_copy(update={"id": f"a{n}"}) for n, (_, a) in enumerate(out, 1)]


# what callers read of the alignment's scale is still found here
__all__ = ["Matcher", "Pair", "align", "headline_model", "thresholds"]
