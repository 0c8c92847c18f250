"""``claimdiff diff``: analyse several articles and report where they differ."""

from __future__ import annotations

import click

from claimdiff.cli.common import (
    PathsCommand,
    Trouble,
    as_trouble,
    plugins_with_warnings,
    report_options,
    write_output,
)
from claimdiff.cli.progress import run_progress
from claimdiff.cli.stream import stream_jsonl


@click.command("diff", cls=PathsCommand)
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--format", "fmt", default="text", show_default=True, help="text, markdown, json or a plugin's format."
)
@report_options
@click.option(
    "--gazetteer",
    type=click.Path(dir_okay=False, path_type=str),
    help="Add the actors of a story: a JSON or CSV file of entries (id, type, names).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Processes analysing documents [default: cores available].",
)
def command(
    files: tuple[str, ...],
    fmt: str,
    output: str | None,
    fail_on: str,
    extractor: str | None,
    gazetteer: str | None,
    jobs: int | None,
) -> None:
    """Compare the claims of FILES (plain text or HTML articles).

    Every argument is a path; only regular files are read (a directory, pipe or device is
    reported as unreadable). A file named like an option reads as a path too, or put -- before it.

    Exit status: 0 no findings at or above --fail-on, 1 such findings, 2 trouble (an unreadable
    file, an unknown format or extractor). Unreadable files still appear in the report.
    """
    from claimdiff.pipeline import analyze, available_cores
    from claimdiff.schema import Severity

    plugins = plugins_with_warnings()
    jobs = jobs or available_cores()
    with as_trouble():
        renderer = plugins.format(fmt)
        report = None
        with run_progress(len(files), jobs) as progress:
            if fmt == "jsonl" and renderer.plugin == "formats":
                streamed = stream_jsonl(
                    files,
                    output,
                    extractor=extractor,
                    plugins=plugins,
                    progress=progress,
                    gazetteer=gazetteer,
                    jobs=jobs,
                )
                unreadable, worst = streamed.unreadable, streamed.worst
            else:
                report = analyze(
                    files,
                    extractor=extractor,
                    plugins=plugins,
                    progress=progress,
                    gazetteer=gazetteer,
                    jobs=jobs,
                )
        if report is not None:
            write_output(renderer.render(report), output)
            unreadable = [d for d in report.documents if d.errors and not d.text]
            worst = max((Severity(f.severity).rank for f in report.findings), default=-1)
    for d in unreadable:
        for err in d.errors:
            click.echo(f"claimdiff: error: {err.message}", err=True)
    if unreadable:
        raise SystemExit(Trouble.exit_code)
    if worst >= Severity(fail_on).rank:
        raise SystemExit(1)


__all__ = ["Trouble", "command"]
