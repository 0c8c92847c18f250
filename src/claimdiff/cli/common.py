"""Helpers the commands share: loading plugins with warnings, errors as exit status 2."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from claimdiff.errors import ClaimdiffError
from claimdiff.plugins import Plugins
from claimdiff.plugins import load as load_plugins

EXIT_TROUBLE = 2


class Trouble(click.ClickException):
    exit_code = EXIT_TROUBLE


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
