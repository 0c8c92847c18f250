"""docs/plugins.md describes every check and every way to configure the kit."""

from __future__ import annotations

from pathlib import Path

from claimdiff.cli.plugins_check import command
from claimdiff.testing import check_names
from claimdiff.testing.pytest_plugin import _OPTIONS

DOC = Path(__file__).resolve().parents[2] / "docs" / "plugins.md"


def _section() -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("## Conformance kit")
    end = text.find("\n## ", start + 1)
    return text[start : end if end >= 0 else len(text)]


def test_every_check_has_a_row_in_the_table() -> None:
    section = _section()
    for name in check_names():
        assert f"| `{name}` |" in section, name


def test_every_option_is_documented() -> None:
    section = _section()
    for flag, _, _ in _OPTIONS.values():
        assert flag in section, flag
    assert "--claimdiff-no-sandbox" in section
    for param in command.params:
        flag = max(param.opts, key=len)
        if flag.startswith("--") and flag != "--help":
            assert flag in section, flag
