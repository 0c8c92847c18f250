"""Why a planted item of the development set is missed: claims, alignment, cues and model score.

    python tests/devset/diagnose.py [ITEM_ID ...] [--set DIR]

For each item, the claims covering its two quotes, the alignment score of each pair, whether the
comparator examines it, the cues found and the calibrated probability.  A development aid: it reads
the comparator's internals and prints; nothing imports it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score import load_gold, locate, stories  # noqa: E402


def main() -> None:
    import claimdiff
    from claimdiff.align import Matcher, thresholds
    from claimdiff.compare.context import Context
    from claimdiff.compare.typed import examine

    ap = argparse.ArgumentParser()
    ap.add_argument("items", nargs="*")
    ap.add_argument("--set", default=str(HERE))
    args = ap.parse_args()
    set_dir = Path(args.set).resolve()
    items = [i for i in load_gold(set_dir) if not args.items or i.id in args.items]
    arts = stories(set_dir)
    limits = thresholds()
    reports = {}
    for item in items:
        if item.story not in reports:
            reports[item.story] = claimdiff.analyze(arts[item.story])
        rep = reports[item.story]
        ctx = Context(rep.claims, rep.mentions, rep.documents)
        matcher = Matcher(ctx.profiles)
        index = {p.claim.id: n for n, p in enumerate(ctx.profiles)}
        ids = {Path(d.source).resolve(): d for d in rep.documents}
        print(f"== {item.id} [{item.type}/{item.expect}] {item.note}")
        sides = []
        for q in (item.a, item.b):
            doc = ids[(set_dir / q.doc).resolve()]
            s, e = locate(doc.text, q.quote)
            cl = [c for c in rep.claims if c.doc_id == doc.id and c.start < e and s < c.end]
            print(f"  {doc.id}: «{q.quote}» claims: {[c.id for c in cl] or 'NONE'}")
            sides.append(cl)
        for ca in sides[0]:
            for cb in sides[1]:
                if ca.id == cb.id:
                    continue
                x, y = ctx.view(ca.id), ctx.view(cb.id)
                if x is None or y is None:
                    print(f"  {ca.id}~{cb.id}: no view")
                    continue
                sc = matcher.score(index[ca.id], index[cb.id]).score
                al = any({ca.id, cb.id} <= set(a.claim_ids) for a in rep.alignments)
                diff, found, _values, p = examine(x, y, ctx.mentions, sc)
                print(
                    f"  {ca.id}~{cb.id}: score {sc:.2f} (related {limits['related']:.2f}) aligned {al} "
                    f"shared {diff.shared_share():.2f} p {p:.2f} cues "
                    f"{[(c.type, c.cue, round(c.strength, 2)) for c in found]}"
                )
                print(f"     x: {x.claim.text[:110]}")
                print(f"     y: {y.claim.text[:110]}")


if __name__ == "__main__":
    main()
