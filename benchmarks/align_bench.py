"""Alignment at scale: time and peak memory on synthetic corpora of 1,000 to 100,000 claims.

The corpus is built by perturbing the claims extracted from the seed articles.  Each synthetic
story takes one seed claim, gives it two invented names (entities of its own, so stories do not
collapse into one) and appears in several outlets, each copy perturbed: Persian letters or
dropped hamzas, clauses in another order, numbers changed, a word dropped.  Next to claimdiff's
blocked alignment, a naive all-pairs rapidfuzz baseline runs in the same process at the sizes
where it finishes within the budget.

    python benchmarks/align_bench.py [--sizes 1000 10000 100000] [--baseline-budget 240]
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent))

from seed_driver import EXAMPLES, mentions_for, seed_document

from claimdiff.align import align
from claimdiff.claims import extract_claims
from claimdiff.schema import Claim, Document, EntityMention, Mention, QuantityMention
from claimdiff.text.normalize import fold_str

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
RESPELL = str.maketrans({"ي": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "ة": "ه"})
CLAIMS_PER_DOC = 40
STORY_WORDS = 0.5  # share of a seed claim's words a story replaces with its own


def seed_claims() -> list[tuple[Claim, list[Mention]]]:
    """Every seed claim with the entity mentions inside it."""
    out = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        doc = seed_document(path)
        ms = mentions_for(doc)
        by_id = {m.id: m for m in ms}
        for c in extract_claims(doc, ms):
            if len(c.text.split()) >= 4:
                out.append((c, [by_id[i] for i in c.mention_ids if i in by_id]))
    return out


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(5, 7)))


def _perturb(text: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        text = text.translate(RESPELL)
    parts = re.split(r"(?<=،)\s+|\s+(?=و\S)", text)
    if len(parts) > 1 and rng.random() < 0.5:
        rng.shuffle(parts)
        text = " ".join(parts)
    text = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 50)), text)
    words = text.split()
    if len(words) > 6 and rng.random() < 0.5:
        del words[rng.randrange(len(words))]
    return " ".join(words)


def synthetic(
    seeds: Sequence[tuple[Claim, list[Mention]]], size: int, rng: random.Random
) -> tuple[list[Claim], list[Mention], list[Document], list[int]]:
    """``size`` claims in stories of 2-8 outlet copies; returns the story of each claim too."""
    claims: list[Claim] = []
    mentions: list[Mention] = []
    story_of: list[int] = []
    story = 0
    while len(claims) < size:
        base, base_mentions = rng.choice(seeds)
        # A story of its own: some of the seed's words replaced by invented ones.
        words = [_name(rng) if len(w) > 3 and rng.random() < STORY_WORDS else w for w in base.text.split()]
        story_text = " ".join(words)
        names = [_name(rng), _name(rng)]
        kept = [m for m in base_mentions if isinstance(m, EntityMention) and rng.random() < 0.5]
        ids = [f"syn:{story}:{k}" for k in range(2)]
        for _ in range(min(rng.randint(2, 8), size - len(claims))):
            n = len(claims)
            n_docs = max(1, size // CLAIMS_PER_DOC)
            doc_id = f"d{n // CLAIMS_PER_DOC if rng.random() < 0.5 else rng.randrange(n_docs)}"
            text = f"{names[0]} {_perturb(story_text, rng)} {names[1]}"
            mids = []
            for k, (nm, eid) in enumerate(zip(names, ids, strict=True)):
                at = text.index(nm) if k == 0 else text.rindex(nm)
                mid = f"m{n}:{k}"
                mentions.append(
                    EntityMention(
                        id=mid,
                        doc_id=doc_id,
                        start=at,
                        end=at + len(nm),
                        text=nm,
                        entity_id=eid,
                        entity_type="person",
                    )
                )
                mids.append(mid)
            for m in kept:
                if rng.random() < 0.8:
                    mid = f"m{n}:{m.id}"
                    mentions.append(m.model_copy(update={"id": mid, "doc_id": doc_id}))
                    mids.append(mid)
            qids = []
            for q in re.finditer(r"\d+", text):
                qid = f"q{n}:{q.start()}"
                mentions.append(
                    QuantityMention(
                        id=qid,
                        doc_id=doc_id,
                        start=q.start(),
                        end=q.end(),
                        text=q.group(),
                        value=int(q.group()),
                    )
                )
                qids.append(qid)
            claims.append(
                base.model_copy(
                    update={
                        "id": f"{doc_id}:c{n}",
                        "doc_id": doc_id,
                        "text": text,
                        "start": 0,
                        "end": len(text),
                        "mention_ids": mids,
                        "quantity_ids": qids,
                        "time_ids": [],
                    }
                )
            )
            story_of.append(story)
        story += 1
    docs = sorted({c.doc_id for c in claims}, key=lambda d: int(d[1:]))
    return claims, mentions, [Document(id=d, source=d, text="") for d in docs], story_of


def measure(fn: Callable[[], Any], memory: bool) -> tuple[float, float | None, Any]:
    gc.collect()
    if memory:
        tracemalloc.start()
    t0 = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - t0
    peak = None
    if memory:
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return elapsed, peak, result


def naive(claims: Sequence[Claim], cutoff: float = 75.0) -> int:
    """All pairs scored with rapidfuzz: the baseline blocking is measured against."""
    texts = [fold_str(c.text) for c in claims]
    pairs = 0
    for i, t in enumerate(texts):
        for _, _, j in process.extract(
            t, texts, scorer=fuzz.token_set_ratio, score_cutoff=cutoff, limit=None
        ):
            if j > i and claims[j].doc_id != claims[i].doc_id:
                pairs += 1
    return pairs


def quality(
    alignments: Sequence[Any], claims: Sequence[Claim], story_of: Sequence[int]
) -> tuple[float, float]:
    """Pair precision and recall of the groups against the synthetic stories."""
    index = {c.id: n for n, c in enumerate(claims)}
    found = same = 0
    for al in alignments:
        members = [index[cid] for cid in al.claim_ids]
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                if claims[members[x]].doc_id != claims[members[y]].doc_id:
                    found += 1
                    same += story_of[members[x]] == story_of[members[y]]
    truth = 0
    sizes: dict[int, list[str]] = {}
    for n, s in enumerate(story_of):
        sizes.setdefault(s, []).append(claims[n].doc_id)
    for docs in sizes.values():
        for x in range(len(docs)):
            for y in range(x + 1, len(docs)):
                truth += docs[x] != docs[y]
    return (same / found if found else 1.0), (same / truth if truth else 1.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--baseline-budget", type=float, default=400.0, help="seconds a baseline run may take")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    seeds = seed_claims()
    print(f"seed claims: {len(seeds)}")
    print(
        f"{'claims':>8} {'groups':>7} {'time s':>8} {'peak MiB':>9} {'prec':>5} {'recall':>6} {'naive s':>9}"
    )
    last_naive: tuple[int, float] | None = None
    for size in a.sizes:
        rng = random.Random(a.seed + size)
        claims, mentions, docs, story_of = synthetic(seeds, size, rng)
        elapsed, _, alignments = measure(lambda c=claims, m=mentions, d=docs: align(c, m, d), memory=False)
        peak = None
        if not a.no_memory:
            _, peak, _ = measure(lambda c=claims, m=mentions, d=docs: align(c, m, d), memory=True)
        precision, recall = quality(alignments, claims, story_of)
        naive_s = "skipped"
        if last_naive is None:  # calibrate on a small sample first
            sample = claims[: min(size, 300)]
            t, _, _ = measure(lambda c=sample: naive(c), memory=False)
            last_naive = (len(sample), t)
        estimate = last_naive[1] * (size / last_naive[0]) ** 2
        if estimate <= a.baseline_budget:
            t, _, _ = measure(lambda c=claims: naive(c), memory=False)
            last_naive = (size, t)
            naive_s = f"{t:.1f}"
        else:
            naive_s = f"~{estimate:.0f} (est.)"
        mem = f"{peak:.0f}" if peak is not None else "-"
        print(
            f"{size:>8} {len(alignments):>7} {elapsed:>8.1f} {mem:>9} "
            f"{precision:>5.2f} {recall:>6.2f} {naive_s:>9}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
