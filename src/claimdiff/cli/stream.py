"""``--format jsonl`` streamed: each document's lines are written as soon as it is analysed, and
the comparison holds a few analyses at a time (:mod:`claimdiff.scale.spill`)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from typing import IO, TYPE_CHECKING

from claimdiff.cli.common import Trouble

if TYPE_CHECKING:
    from claimdiff.plugins import Plugins
    from claimdiff.scale.spill import Streamed


def stream_jsonl(
    files: Sequence[str],
    output: str | None,
    *,
    extractor: str | None,
    plugins: Plugins,
    progress: Callable[[str], None] | None,
    gazetteer: str | None = None,
    jobs: int,
) -> Streamed:
    """Analyse ``files`` writing JSON Lines to ``output`` (stdout when None); return what the
    exit status needs."""
    from claimdiff.pipeline import analyse_each
    from claimdiff.render import jsonl
    from claimdiff.scale.spill import compare_streaming

    with ExitStack() as stack:
        try:
            fh: IO[str] = stack.enter_context(open(output, "w", encoding="utf-8")) if output else sys.stdout
            fh.write(jsonl.header())

            def write(lines: Iterable[str]) -> None:
                fh.writelines(lines)
                fh.flush()

            items = analyse_each(
                files, extractor=extractor, plugins=plugins, progress=progress, gazetteer=gazetteer, jobs=jobs
            )
            streamed = compare_streaming(items, write, jobs)
            if progress:
                progress("align")
                progress("compare")
            return streamed
        except OSError as exc:
            raise Trouble(f"cannot write {output or 'stdout'}: {exc.strerror or exc}") from exc
