"""``claimdiff index``: analyse articles into a claim store that later ``check`` runs compare against."""

from __future__ import annotations

import click

from claimdiff.cli.common import EXIT_TROUBLE, as_trouble, plugins_with_warnings
from claimdiff.cli.progress import run_progress


@click.command("index")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True, path_type=str))
@click.option(
    "--db", required=True, type=click.Path(dir_okay=False), help="The store (SQLite; created if missing)."
)
@click.option("--extractor", help="Use this extractor for every file instead of detecting the outlet.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Processes analysing documents [default: cores available].",
)
def command(files: tuple[str, ...], db: str, extractor: str | None, jobs: int | None) -> None:
    """Store the documents, mentions and claims of FILES in the store --db.

    Each document is committed on its own, so an interrupted run keeps what it stored; a text
    already stored is skipped. Exit status: 0 done, 2 trouble (an unreadable file, a bad store).
    """
    from claimdiff.pipeline import available_cores
    from claimdiff.store import Store

    plugins = plugins_with_warnings()
    jobs = jobs or available_cores()
    with as_trouble(), Store(db) as store, run_progress(len(files), jobs, stages=False) as progress:
        done = store.index(files, extractor=extractor, plugins=plugins, jobs=jobs, progress=progress)
        total = len(store)
    click.echo(
        f"claimdiff: indexed {len(done.added)} documents, {len(done.skipped)} already stored, "
        f"{len(done.unreadable)} unreadable; {total} in {db}",
        err=True,
    )
    for doc in done.unreadable:
        for err in doc.errors:
            click.echo(f"claimdiff: error: {err.message}", err=True)
    if done.unreadable:
        raise SystemExit(EXIT_TROUBLE)
