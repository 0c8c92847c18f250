"""The issue's input table, through the CLI in-process: every argument is a path, and every bad
one is a named document in the report with exit status 2, never a traceback or a lost report."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdiff.cli.main import cli

GOOD = "الوزير يزور موسكو\n\nقال الوزير إن الزيارة كانت مفيدة.\n"


def run(*args: str, cwd: Path | None = None) -> Result:
    old = os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        return CliRunner().invoke(cli, list(args), terminal_width=100)
    finally:
        os.chdir(old)


def report_of(result: Result) -> dict[str, object]:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def docs(result: Result) -> list[dict[str, object]]:
    return report_of(result)["documents"]  # type: ignore[return-value]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def _unreadable_and_good(result: Result, name: str, cause: str) -> None:
    assert result.exit_code == 2, result.output
    found = docs(result)
    bad = [d for d in found if d["errors"]]
    assert [d["source"] for d in bad] == [name]
    assert cause in bad[0]["errors"][0]["message"]  # type: ignore[index]
    assert next(d["source"] for d in found if not d["errors"]).endswith("good.txt")  # type: ignore[union-attr]
    assert cause in result.stderr


@pytest.mark.parametrize("command", ["diff", "extract"])
def test_a_mistyped_path_is_an_unreadable_document_not_an_article(
    command: str, good: Path, tmp_path: Path
) -> None:
    args = ["nope.txt", "good.txt"] if command == "diff" else ["nope.txt"]
    result = run(command, *args, "--format", "json", cwd=tmp_path)
    assert result.exit_code == 2, result.output
    first = docs(result)[0]
    assert first["source"] == "nope.txt" and first["text"] == ""
    assert "No such file" in first["errors"][0]["message"]  # type: ignore[index]
    if command == "diff":
        assert docs(result)[1]["text"] == GOOD


def test_a_dash_is_a_path_too(good: Path, tmp_path: Path) -> None:
    result = run("diff", "-", "good.txt", "--format", "json", cwd=tmp_path)
    _unreadable_and_good(result, "-", "not standard input")


def test_a_directory_among_the_files_is_reported_and_the_others_analysed(good: Path, tmp_path: Path) -> None:
    (tmp_path / "adir").mkdir()
    result = run("diff", "adir", "good.txt", "--format", "json", cwd=tmp_path)
    _unreadable_and_good(result, "adir", "not a regular file (a directory)")


def test_a_symlink_loop_is_reported(good: Path, tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to("loop")
    result = run("diff", "loop", "good.txt", "--format", "json", cwd=tmp_path)
    _unreadable_and_good(result, "loop", "symbolic link loop")


def test_a_fifo_with_no_writer_is_refused_without_hanging(good: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    result = run("diff", "pipe", "good.txt", "--format", "json", cwd=tmp_path)
    _unreadable_and_good(result, "pipe", "not a regular file (a named pipe)")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused_without_reading_it(good: Path, tmp_path: Path) -> None:
    result = run("diff", "/dev/zero", "good.txt", "--format", "json", cwd=tmp_path)
    _unreadable_and_good(result, "/dev/zero", "not a regular file (a character device)")


def test_a_file_named_like_an_option_is_read_as_a_path(good: Path, tmp_path: Path) -> None:
    (tmp_path / "-dash.txt").write_text(GOOD, encoding="utf-8")
    for args in (["-dash.txt", "good.txt"], ["good.txt", "--", "-dash.txt"]):
        result = run("diff", "--format", "json", *args, cwd=tmp_path)
        assert result.exit_code == 0, result.output
        assert (
            [d["source"] for d in docs(result)] == args[-2:]
            if "--" not in args
            else ["good.txt", "-dash.txt"]
        )


def test_an_unknown_option_gets_the_double_dash_hint(good: Path, tmp_path: Path) -> None:
    result = run("diff", "-nope.txt", "good.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert "put '--' before it" in result.output


def test_an_undecodable_file_name_is_escaped_in_the_json_report(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(GOOD.encode())
    result = run("diff", os.fsdecode(raw), "--format", "json")
    assert result.exit_code == 0, result.output
    assert docs(result)[0]["source"] == str(tmp_path) + "/caf\\xe9.txt"


KINDS = ("regular", "empty", "directory", "fifo", "symlink loop", "device", "missing")
NAME_BYTES = st.binary(min_size=1, max_size=24).filter(
    lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b"..")
)


def _make(folder: bytes, name: bytes, kind: str) -> None:
    path = folder + b"/" + name
    if kind == "regular":
        with open(path, "wb") as fh:
            fh.write(GOOD.encode())
    elif kind == "empty":
        open(path, "wb").close()
    elif kind == "directory":
        os.mkdir(path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "symlink loop":
        os.symlink(name, path)
    elif kind == "device":
        os.symlink(b"/dev/null", path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    entries=st.lists(
        st.tuples(NAME_BYTES, st.sampled_from(KINDS)), min_size=1, max_size=4, unique_by=lambda e: e[0]
    )
)
def test_any_file_name_and_kind_gives_a_report_naming_it(
    tmp_path_factory: pytest.TempPathFactory, entries: list[tuple[bytes, str]]
) -> None:
    folder = os.fsencode(tmp_path_factory.mktemp("names"))
    for name, kind in entries:
        _make(folder, name, kind)
    args = [os.fsdecode(folder + b"/" + name) for name, _ in entries]
    result = run("diff", "--format", "json", "--", *args)
    assert result.exit_code in (0, 1, 2), result.output
    found = docs(result)
    assert len(found) == len(entries)
    for d, (name, kind) in zip(found, entries, strict=True):
        shown = (folder + b"/" + name).decode("utf-8", errors="backslashreplace")
        assert d["source"] == shown
        readable = kind == "regular"
        assert bool(d["text"]) == readable, (kind, d["errors"])
        if not readable:
            assert d["errors"] and result.exit_code == 2
            assert shown in result.stderr
    assert stat.S_ISDIR(os.stat(folder).st_mode)


def test_a_missing_file_whose_name_is_a_line_break_is_named_in_full(tmp_path: Path) -> None:
    """A str with a line break may be article text passed by mistake, but a path into an existing
    folder is a file name: it is shown whole, not shortened like text (found by hypothesis)."""
    path = os.fsdecode(os.fsencode(tmp_path) + b"/\n")
    result = run("diff", "--format", "json", "--", path)
    (doc,) = docs(result)
    assert doc["source"] == path and doc["errors"] and result.exit_code == 2
