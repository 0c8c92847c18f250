"""Whole-pipeline time per document (analysis, alignment, comparison) against an earlier revision.

    python benchmarks/analysis_speed.py [--baseline REV] [--rounds 3]

Documents: the seed articles and the held-out articles of ``tests/heldout/articles``, analysed in
one ``claimdiff.analyze`` call, as a user would.  The baseline's ``src`` is unpacked from git into a
temporary folder and put first on ``PYTHONPATH``; built-in plugins only, for both versions.  The two
versions run alternately in fresh processes, so machine load hits both; the best round counts.
Prints milliseconds per document and the ratio (this tree / baseline).
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
paths = sys.argv[1:]
claimdiff.analyze(paths[:2])  # start-up (data, gazetteer) kept out of the timing
t = time.process_time()
claimdiff.analyze(paths)
print(time.process_time() - t)
"""


def _documents() -> list[str]:
    seeds = sorted((ROOT / "examples").glob("*.txt"))
    held = sorted((ROOT / "tests/heldout/articles").glob("*.txt"))
    return [str(p) for p in [*seeds, *held]]


def _time(src: Path, docs: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(src), "CLAIMDIFF_LOAD_PLUGINS": ""}
    out = subprocess.run(
        [sys.executable, "-c", RUN, *docs], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


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
        for _ in range(a.rounds):
            for name, src in versions.items():
                best[name] = min(best[name], _time(src, docs))
    per = {name: 1000 * t / len(docs) for name, t in best.items()}
    for name, ms in per.items():
        print(f"{name:10s} {ms:7.1f} ms per document ({len(docs)} documents)")
    print(f"ratio this tree / baseline: {per['this tree'] / per['baseline']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
