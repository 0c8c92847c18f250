"""``claimdiff check``: compare new articles with the claims of a store made by ``claimdiff index``."""

from __future__ import annotations

import click

from claimdiff.cli.common import (
    EXIT_TROUBLE,
    Trouble,
    as_trouble,
    plugins_with_warnings,
    report_options,
    write_output,
)
from claimdiff.cli.progress import run_progress


@click.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True, path_type=str))
@click.option(
    "--db", required=True, type=click.Path(dir_okay=False, exists=True), help="The store to check against."
)
@click.option(
    "--format", "fmt", default="text", show_default=True, help="text, markdown, json, jsonl or a plugin's."
)
@report_options
@click.option(
    "--candidates",
    type=click.IntRange(min=1),
    default=None,
    help="Compare only this many stored documents, those sharing the most telling keys first"
    " [default: every one that pairs with a new article, as diff would].",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Processes analysing documents [default: cores available].",
)
def command(
    files: tuple[str, ...],
    db: str,
    fmt: str,
    output: str | None,
    fail_on: str,
    extractor: str | None,
    candidates: int | None,
    jobs: int | None,
) -> None:
    """Compare FILES with the stored documents that share what their claims are about.

    The report has the same formats as ``diff``; its evidence quotes the stored documents.
    Exit status: 0 no findings at or above --fail-on, 1 such findings, 2 trouble.
    """
    from claimdiff.pipeline import available_cores
    from claimdiff.schema import Severity
    from claimdiff.store import Store

    plugins = plugins_with_warnings()
    jobs = jobs or available_cores()
    with as_trouble():
        renderer = plugins.format(fmt)
        with Store(db) as store, run_progress(len(files), jobs) as progress:
            report = store.check(
                files, extractor=extractor, plugins=plugins, jobs=jobs, progress=progress, limit=candidates
            )
        text = renderer.render(report)
    write_output(text, output)
    fresh = report.documents[: len(files)]  # the new articles come first
    unreadable = [d for d in fresh if d.errors and not d.text]
    for d in unreadable:
        for err in d.errors:
            click.echo(f"claimdiff: error: {err.message}", err=True)
    if unreadable:
        raise SystemExit(EXIT_TROUBLE)
    threshold = Severity(fail_on).rank
    if any(Severity(f.severity).rank >= threshold for f in report.findings):
        raise SystemExit(1)


__all__ = ["Trouble", "command"]
