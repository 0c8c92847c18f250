"""The first analyze() in a fresh process, and ``claimdiff diff`` on one small file.

python benchmarks/first_analyze.py [--runs 5] [--check]

Every figure is a fresh interpreter, the best of ``--runs`` (wall seconds, and CPU seconds of the
child for the command line), after one unmeasured run that warms the disk cache, writes the
bytecode and fills the derived-data cache (``claimdiff.derived``), as an installed claimdiff has
them after its first use.  ``PYTHONDONTWRITEBYTECODE`` is removed from the environment so that
run can write the bytecode.  Each case also runs with ``CLAIMDIFF_CACHE_DIR=`` (no derived-data
cache: every table built in memory), which is the first run after an install or an upgrade.

``--check`` exits 1 when a library case that needs no dateparser takes more than one second, or
loads dateparser all the same, or when ``claimdiff diff`` on one small file takes more than 0.4 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
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


def environment(cache: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if not cache:
        env["CLAIMDIFF_CACHE_DIR"] = ""
    return env


def article(stamp: str) -> str:
    return f"عنوان الخبر عن المحادثات\n{stamp}\n{BODY}"


def library(stamp: str, cache: bool, runs: int) -> dict[str, object]:
    """The run with the least import + analyze() time; the first run only warms up."""
    results = []
    for n in range(runs + 1):
        out = subprocess.run(
            [sys.executable, "-c", PROBE, article(stamp)],
            capture_output=True,
            text=True,
            check=True,
            env=environment(cache),
        )
        r: dict[str, object] = json.loads(out.stdout)
        r["total"] = float(r["import"]) + float(r["analyze"])  # type: ignore[arg-type]
        if n:
            results.append(r)
    return min(results, key=lambda r: float(r["total"]))  # type: ignore[arg-type]


def command_line(path: Path, cache: bool, runs: int) -> tuple[float, float, int]:
    """Best wall and CPU seconds of ``claimdiff diff PATH`` (report to /dev/null), exit status."""
    cli = Path(sys.executable).with_name("claimdiff")
    cmd = [str(cli)] if cli.exists() else [sys.executable, "-m", "claimdiff.cli"]
    wall = cpu = float("inf")
    status = 0
    for n in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        done = subprocess.run(
            [*cmd, "diff", str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=environment(cache),
        )
        elapsed = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode not in (0, 1):
            raise SystemExit(f"claimdiff diff failed: {done.stderr.decode(errors='replace')}")
        status = done.returncode
        if n:
            wall = min(wall, elapsed)
            cpu = min(cpu, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu, status


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="measured runs per case (best counts)")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    bad = []
    print(f"library: import + first analyze(), best of {args.runs} (wall seconds)")
    print(f"{'case':16} {'cache':6} {'import s':>9} {'analyze s':>10} {'total s':>8}  dateparser  published")
    for name, (stamp, needs) in CASES.items():
        for cache in (True, False):
            r = library(stamp, cache, args.runs)
            print(
                f"{name:16} {'on' if cache else 'off':6} {r['import']:9.2f} {r['analyze']:10.2f} "
                f"{r['total']:8.2f}  {r['dateparser']!s:10}  {r['published']}"
            )
            if cache and not needs and (r["dateparser"] or float(r["total"]) > LIBRARY_LIMIT):  # type: ignore[arg-type]
                bad.append(f"analyze() with a {name}")
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "article.txt"
        small.write_text(article(CASES["Arabic stamp"][0]), encoding="utf-8")
        print(f"\nclaimdiff diff on one small file ({small.stat().st_size} bytes), best of {args.runs}")
        print(f"{'cache':6} {'wall s':>7} {'cpu s':>7}")
        for cache in (True, False):
            wall, cpu, _ = command_line(small, cache, args.runs)
            print(f"{'on' if cache else 'off':6} {wall:7.3f} {cpu:7.3f}")
            if cache and wall > CLI_LIMIT:
                bad.append("claimdiff diff")
    if bad:
        print("over the limit (1 s for analyze(), 0.4 s for diff) or loading dateparser: " + ", ".join(bad))
    return 1 if args.check and bad else 0


if __name__ == "__main__":
    sys.exit(main())
