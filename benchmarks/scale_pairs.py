"""Batch dependence: a pair's findings inside a large ``diff`` against the pair compared alone.

    python benchmarks/scale_pairs.py REPORT.json FILES.txt [--pairs 30] [--seed 1]

``REPORT.json`` is ``claimdiff diff --format json`` of the files listed in ``FILES.txt`` (one
path a line, in the order given to ``diff``), for instance ``diff-1000-1.json`` of
``benchmarks/scale.py --workdir``.  Pairs are drawn among documents that the large report
already compares (a finding between them) and among copies of one story (files named
``s<story>_<copy>``); each pair is analysed again and diffed alone, and its findings (code,
message, evidence spans) are set against those the large report holds between the two.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

Key = tuple[str, str, tuple[tuple[str, int, int], ...]]


def _keys(findings: list[Any], pair: set[str]) -> list[Key]:
    return sorted(
        (f.code, f.message, tuple(sorted((e.doc_id, e.start, e.end) for e in f.evidence)))
        for f in findings
        if {e.doc_id for e in f.evidence} == pair
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report")
    ap.add_argument("files")
    ap.add_argument("--pairs", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    from claimdiff.pipeline import analyze
    from claimdiff.schema import Report

    report = Report.model_validate_json(Path(args.report).read_text(encoding="utf-8"))
    files = Path(args.files).read_text(encoding="utf-8").split("\n")
    path_of = {d.id: files[n] for n, d in enumerate(report.documents)}
    linked = sorted(
        {tuple(sorted({e.doc_id for e in f.evidence})) for f in report.findings if len(f.evidence) == 2}
    )
    linked = [p for p in linked if len(p) == 2]
    stories: dict[str, list[str]] = defaultdict(list)
    for d in report.documents:
        m = re.match(r"s(\d+)_\d+$", d.id)
        if m:
            stories[m.group(1)].append(d.id)
    copies = sorted({(a, b) for ids in stories.values() for a in ids for b in ids if a < b})
    rng = random.Random(args.seed)
    out: dict[str, Any] = {}
    for name, pool in (("pairs with findings in the batch", linked), ("copies of one story", copies)):
        chosen = rng.sample(pool, min(args.pairs, len(pool)))
        same, in_batch, alone = 0, 0, 0
        for a, b in chosen:
            pair = {a, b}
            big = _keys(report.findings, pair)
            small_report = analyze([path_of[a], path_of[b]])
            small = _keys(small_report.findings, pair)
            same += big == small
            in_batch += len(big)
            alone += len(small)
        out[name] = {
            "pairs": len(chosen),
            "same": same,
            "findings_in_batch": in_batch,
            "findings_alone": alone,
        }
        print(
            f"{name}: {same}/{len(chosen)} pairs have the same findings; "
            f"{in_batch} findings inside the batch of {len(report.documents)}, {alone} with the pair alone"
        )
    print(json.dumps(out))


if __name__ == "__main__":
    main()
