"""Helpers the commands share: loading plugins with warnings, errors as exit status 2."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from claimdiff.errors import ClaimdiffError
from claimdiff.plugins import Plugins
from claimdiff.plugins import load as load_plugins

EXIT_TROUBLE = 2
SEVERITIES = ["high", "medium", "low", "info"]  # claimdiff.schema.Severity, without importing pydantic


def report_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--output, --fail-on and --extractor: the options of every command that writes a report."""
    options = [
        click.option(
            "--output", "-o", type=click.Path(dir_okay=False), help="Write the report here instead of stdout."
        ),
        click.option(
            "--fail-on",
            type=click.Choice(SEVERITIES),
            default="low",
            show_default=True,
            help="Exit 1 when a finding has this severity or higher.",
        ),
        click.option(
            "--extractor", help="Use this extractor for every file instead of detecting the outlet."
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


class Trouble(click.ClickException):
    exit_code = EXIT_TROUBLE


class PathsCommand(click.Command):
    """A command whose arguments are all paths: a file named like an option (``-dash.txt``) that
    exists is read as a path, and an unknown option gets the ``--`` hint."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, _dash_paths_last(self.get_params(ctx), args))
        except click.NoSuchOption as exc:
            hint = "to read a file whose name starts with '-', put '--' before it or write ./-name"
            raise click.UsageError(f"{exc.format_message()} ({hint})", ctx) from exc


def _dash_paths_last(params: list[click.Parameter], args: list[str]) -> list[str]:
    """Move every existing file that looks like an option behind a ``--``, keeping the order of paths."""
    options: list[str] = []
    paths: list[str] = []
    takes_value = {
        name: not (p.is_flag or p.count)
        for p in params
        if isinstance(p, click.Option)
        for name in (*p.opts, *p.secondary_opts)
    }
    moved = False
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            paths += args[i + 1 :]
            break
        if arg.startswith("-") and len(arg) > 1:
            name = arg.split("=", 1)[0]
            if name not in takes_value and os.path.lexists(arg):
                paths.append(arg)
                moved = True
            else:
                options.append(arg)
                if takes_value.get(name) and "=" not in arg and i + 1 < len(args):
                    options.append(args[i + 1])
                    i += 1
        else:
            paths.append(arg)
        i += 1
    return [*options, "--", *paths] if moved else args


def plugins_with_warnings() -> Plugins:
    plugins = load_plugins()
    for err in plugins.errors:
        click.echo(f"claimdiff: warning: {err}", err=True)
    return plugins


@contextmanager
def as_trouble() -> Iterator[None]:
    """Turn the library's errors into a message and exit status 2."""
    try:
        yield
    except ClaimdiffError as exc:
        raise Trouble(str(exc)) from exc


@contextmanager
def progress_reporter(total: int) -> Iterator[Callable[[str], None] | None]:
    """A progress bar on stderr when it is a terminal and the run is long enough to need one."""
    stderr = sys.stderr
    if total < 2 or not stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(file=stderr), transient=True) as bar:
        task = bar.add_task("analysing", total=total)

        def step(source: str, *_: Any) -> None:
            bar.update(task, advance=1, description=source[-40:])

        yield step


def write_output(text: str, output: str | None) -> None:
    if output:
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise Trouble(f"cannot write {output}: {exc.strerror or exc}") from exc
    else:
        click.echo(text, nl=False)
