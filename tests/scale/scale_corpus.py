"""Distinct article files built from the examples, for the scale tests."""

from __future__ import annotations

from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def corpus(directory: Path, copies: int) -> list[str]:
    """The examples, ``copies`` times over, each copy a distinct file (a closing line differs)."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(copies):
        for src in sorted(EXAMPLES.glob("*.txt")):
            text = src.read_text(encoding="utf-8").rstrip("\n")
            dst = directory / f"{src.stem}_{k}.txt"
            dst.write_text(f"{text}\n\nref {k}\n", encoding="utf-8")
            paths.append(str(dst))
    return paths
