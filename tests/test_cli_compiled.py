"""The command line's kept dataclass code: the classes it makes equal those made without it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from claimdiff import derived
from claimdiff.cli.compiled import CodeMemo


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
        assert (memo.added > 0) == (run == "compiles and keeps"), run
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
    from claimdiff.cli.compiled import keep_dataclass_code

    monkeypatch.setenv(derived.ENV, "")
    assert keep_dataclass_code() is None
    assert "exec" not in vars(dataclasses)
