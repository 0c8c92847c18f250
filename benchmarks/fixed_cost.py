"""Fixed cost of the command line: ``claimdiff diff`` on one small file, warm and cold.

    python benchmarks/fixed_cost.py [--runs 9] [--baseline REV] [--file PATH] [--json OUT]

Every figure is a fresh process: wall seconds and CPU seconds (user + system of the child and
what it waited for), the best of ``--runs``.  The cases:

- ``warm``: after one unmeasured run has written the bytecode (into a folder of its own,
  ``PYTHONPYCACHEPREFIX``) and filled the derived-data cache (``CLAIMDIFF_CACHE_DIR``): an
  installed claimdiff after its first use.  The issue's target is this one, under 0.4 s.
- ``first run``: a new, empty derived-data cache for every run, the bytecode warm: the first run
  after an install or an upgrade (the tables are built and written, nothing compiled is kept yet).
- ``nothing kept``: ``CLAIMDIFF_CACHE_DIR=`` (an empty value: nothing on disk), bytecode warm.
- ``no bytecode``: new, empty cache and bytecode folders for every run: every module compiled,
  pydantic's and click's included, which an install usually does ahead.
- ``--help`` and ``python -c pass`` for scale, and ``--baseline REV``: the warm and first-run
  cases with that revision's ``src`` first on ``PYTHONPATH`` (the installed plugins stay), its
  caches its own.

The cases alternate within each round, so the load of a shared machine hits them alike; the
load average is printed before and after.  Reports are written to a temporary file and the
exit status must be 0 or 1 (findings).
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
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "examples" / "004_ce652f49b62423d3.txt"
TARGET_S = 0.4


@dataclass
class Case:
    name: str
    args: list[str]  # after the interpreter
    env: dict[str, str]
    fresh: tuple[str, ...] = ()  # variables that get a new empty folder for every run
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def _base_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}


def cases(work: Path, small: Path, baseline_src: Path | None) -> list[Case]:
    out = work / "report.json"
    diff = ["-m", "claimdiff.cli", "diff", str(small), "-o", str(out)]
    warm = {
        **_base_env(),
        "PYTHONPYCACHEPREFIX": str(work / "pyc"),
        "CLAIMDIFF_CACHE_DIR": str(work / "cache"),
    }
    found = [
        Case("python -c pass", ["-c", "pass"], warm),
        Case("claimdiff --help", ["-m", "claimdiff.cli", "--help"], warm),
        Case("warm", diff, warm),
        Case("first run", diff, warm, fresh=("CLAIMDIFF_CACHE_DIR",)),
        Case("nothing kept", diff, {**warm, "CLAIMDIFF_CACHE_DIR": ""}),
        Case("no bytecode", diff, warm, fresh=("CLAIMDIFF_CACHE_DIR", "PYTHONPYCACHEPREFIX")),
    ]
    if baseline_src is not None:
        env = {
            **warm,
            "PYTHONPATH": str(baseline_src),
            "PYTHONPYCACHEPREFIX": str(work / "pyc-base"),
            "CLAIMDIFF_CACHE_DIR": str(work / "cache-base"),
        }
        found.append(Case("baseline warm", diff, env))
        found.append(Case("baseline first run", diff, env, fresh=("CLAIMDIFF_CACHE_DIR",)))
    return found


def run(case: Case, work: Path) -> tuple[float, float]:
    env = dict(case.env)
    for var in case.fresh:
        env[var] = tempfile.mkdtemp(prefix="fresh-", dir=work)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run([sys.executable, *case.args], env=env, capture_output=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{case.name} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def measure(runs: int, small: Path, baseline: str | None) -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory(prefix="claimdiff-fixed-") as tmp:
        work = Path(tmp)
        baseline_src = None
        if baseline:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", baseline, "src"], capture_output=True
            )
            if archive.returncode:
                raise SystemExit(f"git archive {baseline}: {archive.stderr.decode(errors='replace')}")
            with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
                tar.extractall(work / "base", filter="data")
            baseline_src = work / "base" / "src"
        found = cases(work, small, baseline_src)
        for case in found:  # the warm-up: bytecode and caches written
            run(case, work)
        for _ in range(runs):
            for case in found:
                wall, cpu = run(case, work)
                case.wall.append(wall)
                case.cpu.append(cpu)
    return {c.name: {"wall_s": min(c.wall), "cpu_s": min(c.cpu)} for c in found}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9, help="measured runs of each case (the best counts)")
    ap.add_argument("--baseline", help="also time this git revision's src (warm)")
    ap.add_argument("--file", type=Path, default=SMALL, help="the small file to diff")
    ap.add_argument("--json", help="write the figures here too")
    args = ap.parse_args()
    load_before = os.getloadavg()
    figures = measure(args.runs, args.file, args.baseline)
    load_after = os.getloadavg()
    size = args.file.stat().st_size
    print(f"claimdiff diff on one file of {size:,} bytes; best of {args.runs}, fresh process each")
    before, after = (f"{a[0]:.2f} {a[1]:.2f}" for a in (load_before, load_after))
    print(f"load average (1 and 5 min) before {before}, after {after}")
    print(f"{'case':18} {'wall s':>8} {'cpu s':>8}")
    for name, f in figures.items():
        print(f"{name:18} {f['wall_s']:8.3f} {f['cpu_s']:8.3f}")
    warm = figures["warm"]["wall_s"]
    print(
        f"warm diff: {warm:.3f} s, {warm / figures['claimdiff --help']['wall_s']:.1f}x --help; "
        f"target {TARGET_S} s {'met' if warm < TARGET_S else 'NOT met'}"
    )
    if args.json:
        Path(args.json).write_text(
            json.dumps({"figures": figures, "load": [load_before, load_after]}, indent=1)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
