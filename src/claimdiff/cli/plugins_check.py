"""``claimdiff plugins check``: run the conformance kit on installed plugins."""

from __future__ import annotations

import dataclasses

import click

from claimdiff.cli.common import EXIT_TROUBLE, Trouble, as_trouble
from claimdiff.testing.checks import CHECKS, get_checks
from claimdiff.testing.config import KitConfig
from claimdiff.testing.outcome import CheckResult
from claimdiff.testing.runner import counts, iter_results, write_junit

WORDS = {"passed": "ok", "failed": "FAIL", "skipped": "skip", "error": "ERROR"}
DEFAULTS = KitConfig()


def _line(r: CheckResult) -> str:
    head = f"{WORDS[r.status]:<5} {r.plugin}  {r.check}"
    return f"{head}: {' '.join(r.message.split())}" if r.message else head


def exit_status(results: list[CheckResult]) -> int:
    """0 checks passed (some skipped), 1 a check failed or a plugin had nothing checked, 2 trouble."""
    n = counts(results)
    if n["error"]:
        return EXIT_TROUBLE
    checked = {r.plugin for r in results if r.status == "passed"}
    if n["failed"] or any(r.plugin not in checked for r in results):
        return 1
    return 0


@click.command("check")
@click.argument("names", nargs=-1)
@click.option("--check", "checks", multiple=True, metavar="CHECK", help="Run only this check (repeatable).")
@click.option("--junit-xml", "junit", type=click.Path(dir_okay=False), help="Also write JUnit XML here.")
@click.option(
    "--timeout", type=float, default=DEFAULTS.timeout, show_default=True, help="Seconds per sandboxed check."
)
@click.option(
    "--memory-mb", type=int, default=DEFAULTS.memory_mb, show_default=True, help="Memory the sandbox may add."
)
@click.option(
    "--budget-ratio",
    type=float,
    default=DEFAULTS.budget_ratio,
    show_default=True,
    help="A call may take this many times the generic extractor on the same text.",
)
@click.option("--no-sandbox", is_flag=True, help="Run the checks in this process (no limits).")
@click.option("--list", "list_checks", is_flag=True, help="List the checks and exit.")
def command(
    names: tuple[str, ...],
    checks: tuple[str, ...],
    junit: str | None,
    timeout: float,
    memory_mb: int,
    budget_ratio: float,
    no_sandbox: bool,
    list_checks: bool,
) -> None:
    """Check that plugins follow the rules (all installed plugins when no NAME is given).

    NAME is an entry-point or distribution name. Prints one line per check: ok, FAIL or skip
    with what to fix. Exit status: 0 checks passed (a skipped check is not a pass: a plugin
    whose every check skipped exits 1), 1 a check failed, 2 trouble (an unknown plugin or
    check, or the kit could not run a check).
    """
    if list_checks:
        for check in CHECKS:
            click.echo(f"{check.__name__:<28} {(check.__doc__ or '').strip().splitlines()[0]}")
        return
    try:
        get_checks(checks or None)
    except KeyError as exc:
        raise Trouble(str(exc.args[0])) from exc
    config = dataclasses.replace(
        DEFAULTS,
        timeout=timeout,
        memory_mb=memory_mb,
        budget_ratio=budget_ratio,
        sandbox=not no_sandbox,
    )
    results: list[CheckResult] = []
    with as_trouble():
        for result in iter_results(names or None, checks=checks or None, config=config):
            results.append(result)
            click.echo(_line(result))
            if junit:
                _write(junit, results)  # as checks finish: a run stopped by a CI limit leaves a file
    n = counts(results)
    click.echo(
        f"{len(results)} checks: {n['passed']} ok, {n['failed']} failed, {n['skipped']} skipped"
        + (f", {n['error']} errors" if n["error"] else "")
    )
    unchecked = sorted({r.plugin for r in results} - {r.plugin for r in results if r.status == "passed"})
    if unchecked:
        click.echo(f"nothing was checked of: {', '.join(unchecked)} (every check skipped)")
    if junit:
        _write(junit, results)
    raise SystemExit(exit_status(results))


def _write(path: str, results: list[CheckResult]) -> None:
    try:
        write_junit(path, results)
    except OSError as exc:
        raise Trouble(f"cannot write {path}: {exc.strerror or exc}") from exc
