"""``claimdiff plugins``: which plugins are installed, what they register, and which failed."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from claimdiff.cli import plugins_check
from claimdiff.plugins import load


@click.group("plugins", invoke_without_command=True)
@click.pass_context
def command(ctx: click.Context) -> None:
    """List every plugin, built-ins included, as JSON: name, version, distribution, hooks, errors.

    CLAIMDIFF_LOAD_PLUGINS=a,b loads only those plugins; CLAIMDIFF_DISABLE_PLUGINS=a skips some.
    """
    if ctx.invoked_subcommand is not None:
        return
    plugins = load()
    rows = [asdict(i) for i in plugins.infos]
    click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    for info in plugins.infos:
        if info.error:
            click.echo(f"claimdiff: warning: plugin {info.name!r}: {info.error}", err=True)


command.add_command(plugins_check.command)
