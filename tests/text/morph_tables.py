"""The acceptance tables under ``tests/text/data``, read for the tests and the benchmarks."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"


def lexeme_lines(name: str) -> list[tuple[str, list[str]]]:
    """(lemma as written, forms) for every line ``lemma: form form …`` of a table."""
    out: list[tuple[str, list[str]]] = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, _, forms = line.partition(":")
        out.append((head.strip(), forms.split()))
    return out


def words(name: str) -> list[str]:
    """Every word of a plain table (one or more words a line, ``#`` lines left out)."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
