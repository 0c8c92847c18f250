"""A progress bar over a whole run: each document, then alignment and comparison, with an estimate."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# CPU that alignment and comparison take, as a share of one document's analysis (measured on
# 1,000 articles once profiles came from the pool: align 0.015, compare 0.15).  Alignment runs in
# one process; comparison's checks run on as many processes as the analysis.
ALIGN_SHARE = 0.02
COMPARE_SHARE = 0.15


@contextmanager
def run_progress(total: int, jobs: int = 1, stages: bool = True) -> Iterator[Callable[[str], None] | None]:
    """Yield the pipeline's progress callback, drawing on stderr only when it is a terminal.

    The pipeline calls it with each document's source as its analysis ends, then with
    ``"align"`` and ``"compare"``; the bar weighs those two stages so the estimate covers them.
    """
    if total < 2 or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    per_doc = max(1, min(jobs, total))
    align = ALIGN_SHARE * per_doc * total if stages else 0.0
    compare = COMPARE_SHARE * total if stages else 0.0
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn(f"{{task.fields[count]}}/{total} documents"),
        TimeRemainingColumn(elapsed_when_finished=True),
    )
    done = 0
    # No refresh thread: the pipeline forks its workers only while it runs alone.
    with Progress(*columns, console=Console(file=sys.stderr), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("analysing", total=total + align + compare, count=0)

        def step(label: str, *_: object) -> None:
            nonlocal done
            if done < total:
                done += 1
                last = done == total and stages
                bar.update(task, advance=1, count=done, description="aligning" if last else "analysing")
            elif label == "align":
                bar.update(task, advance=align, description="comparing")
            else:
                bar.update(task, advance=compare, description="writing")
            bar.refresh()

        yield step
