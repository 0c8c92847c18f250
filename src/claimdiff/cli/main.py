"""``claimdiff``: the command group and the exit-status convention.

Exit status in the manner of diff(1): 0 nothing at or above ``--fail-on``, 1 findings, 2 trouble.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import logging
import os
import sys
import threading

import click

from claimdiff import __version__
from claimdiff.cli.lazy import LazyGroup

# Each command's module (and the library behind it) is imported only when that command runs.
COMMANDS = {
    name: f"claimdiff.cli.{name}:command"
    for name in ("check", "diff", "extract", "index", "plugins", "schema")
}

EXIT_OK, EXIT_FINDINGS, EXIT_TROUBLE = 0, 1, 2


@click.group(
    cls=LazyGroup,
    lazy=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="claimdiff")
@click.option("-v", "--verbose", count=True, help="Log more to stderr (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """Compare what different news outlets claim about the same story."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="claimdiff: %(levelname)s: %(message)s", stream=sys.stderr)


def main() -> None:
    # Start-up builds tens of thousands of long-lived objects (pydantic schemas, compiled rules,
    # tables); the default thresholds walk them all in repeated collections, a tenth of a short
    # run.  Rarer collections cost a little memory held by cycles a little longer (as mypy does).
    gc.set_threshold(50_000, 20, 100)
    # This process is the command line's own: the tables it loads are never walked by a
    # collection again (they live until it exits).
    from claimdiff import derived
    from claimdiff.cli.compiled import keep_compiled

    derived.freeze_loaded_tables()
    keep_compiled()
    try:
        cli.main(prog_name="claimdiff", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else EXIT_TROUBLE
        # click uses 2 for usage errors already; anything else unexpected is trouble too.
        _exit(code)


def _exit(code: int) -> None:
    """Exit without the interpreter's teardown, once the exit handlers have run.

    Freeing every module, table and report object one by one took about 0.15 s of a one-file
    diff, longer than its analysis; the operating system takes the memory back at once (mypy
    exits the same way).  Exit handlers still run (``atexit``: logging, ``weakref.finalize``,
    a plugin's own), the standard streams are flushed, and a plugin's non-daemon thread left
    running does not keep the process alive; it is named on stderr."""
    main = threading.main_thread()
    stray = [t for t in threading.enumerate() if t.is_alive() and not t.daemon and t is not main]
    if stray:
        from claimdiff.plugins import THREAD_OWNERS  # only now: a command that loads no plugin stays quick

        named = ", ".join(
            f"{t.name!r} (plugin {THREAD_OWNERS.get(t.ident or 0, 'unknown')!r})" for t in stray
        )
        logging.getLogger("claimdiff").warning("exiting past threads left running: %s", named)
    try:
        atexit._run_exitfuncs()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)
