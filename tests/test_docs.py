"""The docs keep up with the code: README commands, CI, hooks and CLI help."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from click.testing import CliRunner

from claimdiff import hookspecs
from claimdiff.cli.main import cli

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)[:2]


def test_readme_starts_with_the_two_commands_and_ci_runs_the_test_one() -> None:
    run_cmd, test_cmd = _readme_commands()
    assert "claimdiff diff examples/*.txt" in run_cmd
    assert "pytest" in test_cmd and "ruff" in test_cmd and "mypy" in test_cmd
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_cmd in ci.splitlines()


def test_every_hook_is_documented() -> None:
    hooks = [
        f for name, f in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("claimdiff_")
    ]
    assert len(hooks) >= 3
    for hook in hooks:
        assert hook.__doc__ and "Called" in hook.__doc__, hook.__name__


def test_every_command_has_help() -> None:
    runner = CliRunner()
    names = list(cli.commands)
    assert {"diff", "extract", "plugins", "schema"} <= set(names)
    for name in names:
        result = runner.invoke(cli, [name, "--help"], terminal_width=100)
        assert result.exit_code == 0, result.output
        assert (cli.commands[name].help or "").strip(), name
