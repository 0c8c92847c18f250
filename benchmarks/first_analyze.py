"""The first analyze() in a fresh process, and ``claimdiff diff`` on one small file.

python benchmarks/first_analyze.py [--runs 5] [--baseline REV] [--check]

Every figure is a fresh interpreter, the best of ``--runs`` (wall seconds, and CPU seconds of the
child for the command line), after one unmeasured run that warms the disk cache, writes the
bytecode and fills the derived-data cache (``claimdiff.derived``), as an installed claimdiff has
them after its first use.  ``PYTHONDONTWRITEBYTECODE`` is removed from the environment so that
run can write the bytecode.  Each case also runs with ``CLAIMDIFF_CACHE_DIR=`` (no derived-data
cache: every table built in memory), which is the first run after an install or an upgrade, and
with ``--baseline REV`` with that revision's ``src`` first on ``PYTHONPATH`` (the installed
plugins stay).  The variants alternate within each run, so machine load hits them alike.

``--check`` exits 1 when a library case that needs no dateparser takes more than one second, or
loads dateparser all the same, or when ``claimdiff diff`` on one small file takes more than 0.4 s.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BODY = (
    "قال وزير الخارجية إن المحادثات مع دمشق كانت مفيدة وإن الجانبين اتفقا على مواصلة التعاون "
    "الأمني خلال الأشهر المقبلة.\n"
)
# stamp, whether dateparser is needed to read it
CASES = {
    "relative stamp": ("10 March 2025 | Updated 2 hours ago", False),
    "RFC 2822 stamp": ("Published: Tue, 07 Oct 2014 14:07:00 GMT", False),
    "Arabic stamp": ("نشر في: 7 أكتوبر 2014", False),
    "German stamp": ("تاريخ النشر: 7. Oktober 2014", True),
}
PROBE = r"""
import json, sys, time
t0 = time.perf_counter()
import claimdiff
t1 = time.perf_counter()
report = claimdiff.analyze([claimdiff.Text(sys.argv[1])])
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "analyze": t2 - t1, "dateparser": "dateparser" in sys.modules,
                  "published": report.documents[0].published}))
"""
LIBRARY_LIMIT = 1.0
CLI_LIMIT = 0.4
ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Variant:
    name: str
    src: Path | None = None  # another revision's src put first on PYTHONPATH
    cache: bool = True

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        if self.src is not None:
            env["PYTHONPATH"] = str(self.src)
        if not self.cache:
            env["CLAIMDIFF_CACHE_DIR"] = ""
        return env


def article(stamp: str) -> str:
    return f"عنوان الخبر عن المحادثات\n{stamp}\n{BODY}"


def library(stamp: str, variant: Variant) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, article(stamp)],
        capture_output=True,
        text=True,
        check=True,
        env=variant.env(),
    )
    r: dict[str, object] = json.loads(out.stdout)
    r["total"] = float(r["import"]) + float(r["analyze"])  # type: ignore[arg-type]
    return r


def command_line(path: Path, variant: Variant) -> tuple[float, float]:
    """Wall and CPU seconds of ``claimdiff diff PATH`` (report to /dev/null)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "claimdiff.cli", "diff", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=variant.env(),
    )
    elapsed = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"claimdiff diff failed: {done.stderr.decode(errors='replace')}")
    return elapsed, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def measure(
    variants: list[Variant], runs: int, small: Path
) -> tuple[dict[tuple[str, str], dict[str, object]], dict[str, tuple[float, float]]]:
    """Best run of each case and variant; variants alternate within each run, so machine load
    hits them alike, and the first run only warms up."""
    lib: dict[tuple[str, str], dict[str, object]] = {}
    cli: dict[str, tuple[float, float]] = {}
    for n in range(runs + 1):
        for name, (stamp, _) in CASES.items():
            for v in variants:
                r = library(stamp, v)
                old = lib.get((name, v.name))
                if n and (old is None or float(r["total"]) < float(old["total"])):  # type: ignore[arg-type]
                    lib[(name, v.name)] = r
        for v in variants:
            wall, cpu = command_line(small, v)
            if n:
                best = cli.get(v.name, (float("inf"), float("inf")))
                cli[v.name] = (min(best[0], wall), min(best[1], cpu))
    return lib, cli


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="measured runs per case (best counts)")
    ap.add_argument("--baseline", help="also time this git revision (its src unpacked from git)")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    variants = [Variant("cache"), Variant("no cache", cache=False)]
    with tempfile.TemporaryDirectory() as tmp:
        if args.baseline:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", args.baseline, "src"], capture_output=True, check=True
            )
            with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
                tar.extractall(tmp, filter="data")
            variants.append(Variant(args.baseline, Path(tmp) / "src"))
        small = Path(tmp) / "article.txt"
        small.write_text(article(CASES["Arabic stamp"][0]), encoding="utf-8")
        lib, cli = measure(variants, args.runs, small)
    bad = []
    print(f"library: import claimdiff + first analyze(), wall seconds, best of {args.runs}")
    print(f"{'case':16} " + " ".join(f"{v.name:>10}" for v in variants) + "  dateparser  published")
    for name, (_, needs) in CASES.items():
        rows = [lib[(name, v.name)] for v in variants]
        print(
            f"{name:16} "
            + " ".join(f"{float(r['total']):10.2f}" for r in rows)  # type: ignore[arg-type]
            + f"  {rows[0]['dateparser']!s:10}  {rows[0]['published']}"
        )
        if not needs and (rows[0]["dateparser"] or float(rows[0]["total"]) > LIBRARY_LIMIT):  # type: ignore[arg-type]
            bad.append(f"analyze() with a {name}")
    size = len(article(CASES["Arabic stamp"][0]).encode())
    print(f"\nclaimdiff diff on one small file ({size} bytes), best of {args.runs}")
    print(f"{'':16} " + " ".join(f"{v.name:>10}" for v in variants))
    print(f"{'wall s':16} " + " ".join(f"{cli[v.name][0]:10.3f}" for v in variants))
    print(f"{'cpu s':16} " + " ".join(f"{cli[v.name][1]:10.3f}" for v in variants))
    if cli["cache"][0] > CLI_LIMIT:
        bad.append("claimdiff diff")
    if bad:
        print("over the limit (1 s for analyze(), 0.4 s for diff) or loading dateparser: " + ", ".join(bad))
    return 1 if args.check and bad else 0


if __name__ == "__main__":
    sys.exit(main())
