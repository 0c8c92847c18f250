"""``--format jsonl`` streamed: each document's lines are written as soon as it is analysed."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from typing import IO, TYPE_CHECKING

from claimdiff.cli.common import Trouble

if TYPE_CHECKING:
    from claimdiff.plugins import Plugins
    from claimdiff.schema import Report


def stream_jsonl(
    files: Sequence[str],
    output: str | None,
    *,
    extractor: str | None,
    plugins: Plugins,
    progress: Callable[[str], None] | None,
    gazetteer: str | None = None,
    jobs: int,
) -> Report:
    """Analyse ``files`` writing JSON Lines to ``output`` (stdout when None); return the report."""
    from claimdiff.pipeline import analyse_each, compare_analysed
    from claimdiff.render import jsonl

    with ExitStack() as stack:
        try:
            fh: IO[str] = stack.enter_context(open(output, "w", encoding="utf-8")) if output else sys.stdout
            fh.write(jsonl.header())
            analysed = []
            for item in analyse_each(
                files, extractor=extractor, plugins=plugins, progress=progress, gazetteer=gazetteer, jobs=jobs
            ):
                fh.writelines(jsonl.document_lines(item.doc, item.mentions, item.claims))
                fh.flush()
                analysed.append(item)
            report = compare_analysed(analysed, progress, jobs)
            fh.writelines(jsonl.result_lines(report.alignments, report.findings))
            fh.flush()
            return report
        except OSError as exc:
            raise Trouble(f"cannot write {output or 'stdout'}: {exc.strerror or exc}") from exc
