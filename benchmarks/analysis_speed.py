"""Whole-pipeline time per document (analysis, alignment, comparison) against an earlier revision.

    python benchmarks/analysis_speed.py [--baseline REV] [--rounds 3]

Documents: the seed articles and the held-out articles of ``tests/heldout/articles``, analysed in
one ``claimdiff.analyze`` call, as a user would.  The baseline's ``src`` is unpacked from git into a
temporary folder and put first on ``PYTHONPATH``; built-in plugins only, for both versions.  The two
versions run alternately in fresh processes, so machine load hits both; the best round counts.
Prints milliseconds per document and the ratio (this tree / baseline), for the whole call and
for the analysis stage alone: the call less the time spent in ``pipeline._compare`` (alignment and
comparison), timed around it in the same run.  Since session 1, claim profiles are built with each
document (analysis) where session 1 built them during alignment.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN = """
import sys, time, claimdiff
from claimdiff import pipeline
paths = sys.argv[1:]
claimdiff.analyze(paths[:2])  # start-up (data, gazetteer) kept out of the timing
spent = []
compare = pipeline._compare
def timed(*args, **kwargs):
    t = time.process_time()
    try:
        return compare(*args, **kwargs)
    finally:
        spent.append(time.process_time() - t)
pipeline._compare = timed
t = time.process_time()
claimdiff.analyze(paths)
total = time.process_time() - t
print(total, total - sum(spent))
"""


def _documents() -> list[str]:
    seeds = sorted((ROOT / "examples").glob("*.txt"))
    held = sorted((ROOT / "tests/heldout/articles").glob("*.txt"))
    return [str(p) for p in [*seeds, *held]]


def _time(src: Path, docs: list[str]) -> tuple[float, float]:
    """CPU seconds of the whole call and of its analysis stage."""
    env = {**os.environ, "PYTHONPATH": str(src), "CLAIMDIFF_LOAD_PLUGINS": ""}
    out = subprocess.run(
        [sys.executable, "-c", RUN, *docs], env=env, capture_output=True, text=True, check=True
    )
    total, analysis = out.stdout.strip().splitlines()[-1].split()
    return float(total), float(analysis)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", default="d52fe9c", help="git revision to compare with (session 1's last)")
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    docs = _documents()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", a.baseline, "src"], capture_output=True, check=True
    )
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(tmp, filter="data")
        versions = {"baseline": Path(tmp) / "src", "this tree": ROOT / "src"}
        best = {name: float("inf") for name in versions}
        stage = {name: float("inf") for name in versions}
        for _ in range(a.rounds):
            for name, src in versions.items():
                total, analysis = _time(src, docs)
                best[name] = min(best[name], total)
                stage[name] = min(stage[name], analysis)
    per = {name: 1000 * t / len(docs) for name, t in best.items()}
    per_stage = {name: 1000 * t / len(docs) for name, t in stage.items()}
    for name, ms in per.items():
        print(f"{name:10s} {ms:7.1f} ms per document ({len(docs)} documents), analysis {per_stage[name]:.1f}")
    print(f"ratio this tree / baseline: {per['this tree'] / per['baseline']:.2f}")
    print(f"analysis stage ratio this tree / baseline: {per_stage['this tree'] / per_stage['baseline']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
