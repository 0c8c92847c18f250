"""Fixed cost: a command imports only what it needs (timings are in benchmarks/scale.py --fixed-cost)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from scale_corpus import EXAMPLES

# main() ends the process once the exit handlers have run: the probe is one of them
PROBE = """
import atexit, json, sys
from claimdiff.cli.main import main
sys.argv = ["claimdiff", *json.loads(sys.argv[1])]
atexit.register(lambda: print("\\nMODULES " + json.dumps(sorted(sys.modules)), file=sys.stderr))
main()
"""


def modules_after(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(args))], capture_output=True, text=True
    )
    assert done.returncode in (0, 1), done.stderr  # 1: the diff found something
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


@pytest.mark.parametrize(
    ("args", "absent"),
    [
        (("schema",), {"claimdiff.pipeline", "claimdiff.plugins", "claimdiff.testing", "pluggy", "rich"}),
        (("diff", "FILE", "-o", "OUT"), {"claimdiff.testing", "claimdiff.store", "sqlite3", "dask"}),
        (("index", "--help"), {"claimdiff.testing", "claimdiff.align", "dask"}),
    ],
)
def test_a_command_leaves_the_kit_and_other_commands_unimported(
    args: tuple[str, ...], absent: set[str], tmp_path: Path
) -> None:
    small = str(sorted(EXAMPLES.glob("*.txt"))[-1])
    args = tuple(small if a == "FILE" else str(tmp_path / "out") if a == "OUT" else a for a in args)
    loaded = modules_after(*args)
    assert not absent & loaded, sorted(absent & loaded)
    assert "claimdiff.cli.main" in loaded
