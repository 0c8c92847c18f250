"""``claimdiff schema``: the JSON Schema of the report, generated from the models."""

from __future__ import annotations

import json

import click

from claimdiff.schema import json_schema


@click.command("schema")
def command() -> None:
    """Print the JSON Schema of the claimdiff report."""
    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True))
