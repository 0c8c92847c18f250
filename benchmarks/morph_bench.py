"""Claim extraction per document with the morphology, against the code before it (same machine).

    python benchmarks/morph_bench.py [--baseline REV] [--check]

Documents: the seed articles and the held-out articles (tests/heldout/articles/*.txt), each read
as a headline line and a body. One worker process per code version extracts the claims of every
document (no mentions, so only tokenizing, morphology and claim reading are timed); the best of
several passes counts, with every per-word cache emptied before each pass, so a pass costs what
a first reading of those documents costs. The one-time start-up (loading data, building the
conjugation index) is reported apart. The two versions run alternately, so machine load hits both.

``--baseline`` names the git revision to compare with (default: the commit this branch started
from); its ``src`` is unpacked into a temporary folder. ``--check`` exits 1 if a document costs
more than 1.1 times the baseline on average.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "fabdf05"
PASSES = 5


def _documents() -> list[tuple[str, str]]:
    paths = sorted((ROOT / "examples").glob("*.txt")) + sorted(
        (ROOT / "tests/heldout/articles").glob("*.txt")
    )
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def _clear_word_caches() -> None:
    """Empty every bounded (per-word) cache of the claims and text modules; data loaders stay."""
    for name, mod in list(sys.modules.items()):
        if not name.startswith(("claimdiff.claims", "claimdiff.text")):
            continue
        for obj in vars(mod).values():
            params = getattr(obj, "cache_parameters", None)
            if params is not None and params().get("maxsize") is not None:
                obj.cache_clear()


def worker() -> dict[str, Any]:
    from claimdiff.claims import extract_claims
    from claimdiff.schema import Document, TextRange

    docs = []
    for name, text in _documents():
        first = text.split("\n", 1)[0]
        docs.append(
            Document(
                id=name[:20],
                source=name,
                text=text,
                headline=TextRange(start=0, end=len(first)),
                body=[TextRange(start=len(first), end=len(text))],
            )
        )
    t0 = time.perf_counter()
    extract_claims(docs[0], [])
    startup = time.perf_counter() - t0
    best = float("inf")
    claims = 0
    for _ in range(PASSES):
        _clear_word_caches()
        t0 = time.perf_counter()
        claims = sum(len(extract_claims(d, [])) for d in docs)
        best = min(best, time.perf_counter() - t0)
    chars = sum(len(d.text) for d in docs)
    return {
        "per_doc_ms": 1000 * best / len(docs),
        "docs": len(docs),
        "kchars": chars / 1000,
        "claims": claims,
        "startup_s": startup,
    }


def _run(src: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run(
        [sys.executable, __file__, "--worker"], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default=BASELINE)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker()))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.baseline, "src"], capture_output=True, check=True
        ).stdout
        tar_path = Path(tmp) / "base.tar"
        tar_path.write_bytes(archive)
        with tarfile.open(tar_path) as tar:
            tar.extractall(tmp, filter="data")
        runs: dict[str, list[dict[str, Any]]] = {"baseline": [], "morph": []}
        for _ in range(3):
            runs["baseline"].append(_run(Path(tmp) / "src"))
            runs["morph"].append(_run(ROOT / "src"))
    best = {k: min(v, key=lambda r: r["per_doc_ms"]) for k, v in runs.items()}
    ratio = best["morph"]["per_doc_ms"] / best["baseline"]["per_doc_ms"]
    b, m = best["baseline"], best["morph"]
    print(f"{m['docs']} documents, {m['kchars']:.0f} K characters")
    print("| version | ms per document | claims | start-up s |")
    print("| --- | --- | --- | --- |")
    print(f"| {args.baseline} (before) | {b['per_doc_ms']:.2f} | {b['claims']} | {b['startup_s']:.2f} |")
    print(f"| morphology | {m['per_doc_ms']:.2f} | {m['claims']} | {m['startup_s']:.2f} |")
    print(f"ratio (morphology / before): {ratio:.2f}")
    return 1 if args.check and ratio > 1.1 else 0


if __name__ == "__main__":
    functools.partial(sys.exit, main())()
