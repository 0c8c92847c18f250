from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture
def examples() -> list[Path]:
    return sorted(EXAMPLES.glob("*.txt"))


@pytest.fixture
def fake_dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Install a plugin distribution on sys.path, discovered through real entry-point metadata."""

    def make(name: str, module_source: str, entry: str | None = None) -> Path:
        site = tmp_path / "site"
        site.mkdir(exist_ok=True)
        mod = name.replace("-", "_")
        (site / f"{mod}.py").write_text(textwrap.dedent(module_source), encoding="utf-8")
        info = site / f"{mod}-0.1.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8"
        )
        (info / "entry_points.txt").write_text(f"[claimdiff]\n{entry or mod} = {mod}\n", encoding="utf-8")
        monkeypatch.syspath_prepend(str(site))
        monkeypatch.setenv("PYTHONPATH", str(site))
        return site

    return make
