"""Finding messages do not depend on the order the sources are given in."""

from __future__ import annotations

from pathlib import Path

from claimdiff import analyze


def _messages(paths: list[Path]) -> list[tuple[str, str]]:
    report = analyze(paths)
    return sorted((f.code, f.message) for f in report.findings)


def test_messages_are_the_same_whatever_the_input_order(examples: list[Path]) -> None:
    forward = _messages(examples)
    assert any(code == "condition_mismatch" for code, _ in forward)  # the case the issue saw change
    assert _messages(list(reversed(examples))) == forward
    assert _messages(examples[2:] + examples[:2]) == forward
