"""What the command line keeps of dataclass code and regular expressions equals what compiling gives."""

from __future__ import annotations

import dataclasses
import importlib
import re
from pathlib import Path

import pytest

from claimdiff import derived
from claimdiff.cli.compiled import CodeMemo, RegexMemo


def _make() -> type:
    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        label: str = "p"
        tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)

    return Point


METHODS = ("__init__", "__repr__", "__eq__", "__lt__", "__ge__", "__hash__", "__setattr__", "__delattr__")


def test_kept_code_makes_the_same_class_as_compiling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(derived.ENV, str(tmp_path))
    plain = _make()
    for run in ("compiles and keeps", "reads what was kept"):
        memo = CodeMemo()
        monkeypatch.setattr(dataclasses, "exec", memo.exec, raising=False)
        kept = _make()
        monkeypatch.delattr(dataclasses, "exec")
        assert (len(memo.new) > 0) == (run == "compiles and keeps"), run
        memo.save()
        for name in METHODS:
            assert getattr(kept, name).__code__ == getattr(plain, name).__code__, (run, name)
        assert kept.__init__.__annotations__ == plain.__init__.__annotations__  # type: ignore[misc]
        assert repr(kept(1, "a")).split("(", 1)[1] == repr(plain(1, "a")).split("(", 1)[1]
        assert kept(1) < kept(2) and hash(kept(1)) == hash(plain(1))
        with pytest.raises(dataclasses.FrozenInstanceError):
            kept(1).x = 2  # type: ignore[misc]
    assert list(tmp_path.glob("dataclass-code-*.marshal"))


def test_without_a_cache_nothing_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimdiff.cli.compiled import keep_compiled

    compiler = importlib.import_module("re._compiler").compile
    monkeypatch.setenv(derived.ENV, "")
    assert keep_compiled() is None
    assert "exec" not in vars(dataclasses)
    assert importlib.import_module("re._compiler").compile is compiler


EXPRESSIONS = [
    (r"(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+)", 0),
    (r"(?i)\bAFP\b|وكالة\s+(?:الأنباء|فرانس)", 0),
    (r"^(?:[وف]?ال)?(\w+?)(?:ها|هم)?$", re.MULTILINE),
    (r"(a)(b)?(?(2)c|d)", re.IGNORECASE | re.VERBOSE),
    (r"[^\s:]+:\S+", re.ASCII),
]


def test_kept_regex_code_makes_the_same_pattern_as_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(derived.ENV, str(tmp_path))
    compiler = importlib.import_module("re._compiler")
    for run in ("compiles and keeps", "reads what was kept"):
        memo = RegexMemo(compiler.compile)
        for expr, flags in EXPRESSIONS:
            made, plain = memo.compile(expr, flags), compiler.compile(expr, flags)
            assert made == plain and made.groupindex == plain.groupindex, (run, expr)
            assert made.flags == plain.flags and made.groups == plain.groups and made.pattern == expr
            sample = "12 أكتوبر AFP وكالة الأنباء ac abd person:x والبيت"
            assert [m.span() for m in made.finditer(sample)] == [m.span() for m in plain.finditer(sample)]
        assert (len(memo.new) == len(EXPRESSIONS)) == (run == "compiles and keeps"), run
        memo.save()
    assert list(tmp_path.glob("regex-code-*.marshal"))


def test_a_bad_expression_raises_as_re_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(derived.ENV, str(tmp_path))
    memo = RegexMemo(importlib.import_module("re._compiler").compile)
    with pytest.raises(re.error, match="missing"):
        memo.compile("(unclosed", 0)
    assert not memo.new


def test_a_one_off_expression_is_not_kept_and_a_repeated_one_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(derived.ENV, str(tmp_path))
    compiler = importlib.import_module("re._compiler")
    first = RegexMemo(compiler.compile)
    for n in range(20):
        first.compile(f"a{n}b", 0)
    first.save()
    (kept,) = tmp_path.glob("regex-code-*.marshal")
    stamp = (kept.stat().st_ino, kept.stat().st_mtime_ns)
    for run in range(3):  # built from a set: another text in every run
        memo = RegexMemo(compiler.compile)
        memo.compile(f"(?:x{run}|y{run})", 0)
        memo.compile("(?:once|twice)", 0)
        memo.save()
        now = (kept.stat().st_ino, kept.stat().st_mtime_ns)
        assert (now != stamp) == (run == 1), run  # written once: when the repeated one comes back
        stamp = now
    table = RegexMemo(compiler.compile).table()
    assert len(table) == 21 and ("(?:once|twice)", 0) in table


def test_damaged_kept_entries_are_compiled_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(derived.ENV, str(tmp_path))
    compiler = importlib.import_module("re._compiler")
    regex = RegexMemo(compiler.compile)
    regex.kept = {("a+b", 0): (0, [1, 2, 3], 0, {}, (None,))}  # code _sre refuses
    assert regex.compile("a+b", 0) == compiler.compile("a+b", 0)
    code = CodeMemo()
    source = "def __create_fn__():\n def f(x):\n  return x + 1\n return f"
    code.kept = {source: b"not marshal data"}
    namespace: dict[str, object] = {}
    code.exec(source, {}, namespace)
    assert namespace["__create_fn__"]()(1) == 2  # type: ignore[operator]
