"""Compiled code and regular expressions kept between runs of the command line.

``dataclasses`` writes the methods of every dataclass as Python source and compiles it when the
class is defined, and every module compiles its regular expressions when it is imported or first
used: some 640 compilations and 270 expressions, the same in every run, 45 ms and 40 ms of a
one-file diff.  The command line keeps the results in the derived-data cache
(:mod:`claimdiff.derived`), keyed by the source text or the expression and its flags, under the
interpreter's exact version: compiling one text with one interpreter always gives the same
result, so nothing kept can go stale.  An expression's compiled form is kept only when rebuilding
it from what is kept gives a pattern equal to the one ``re`` compiled (same code, flags and
groups).  Only the command line does this, since it owns its process; the library leaves the
standard library alone.
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import dataclasses
import hashlib
import importlib
import importlib.util
import marshal
import re
import sys
from collections.abc import Callable
from typing import Any

from claimdiff import derived

_MAX_KEPT = 20_000  # entries; past this a memo starts again (many versions run in turn)
# Some text differs from run to run (an expression built from a set: the standard tokenizer's,
# perhaps a plugin's), and keeping every variant would grow the memo and rewrite it at every
# exit.  So a run that adds only a few entries keeps those already missed by an earlier run, and
# notes the others in a small list of recent misses.
_MANY = 8
_RECENT = 256


def _digest(key: Any) -> str:
    return hashlib.sha256(repr(key).encode("utf-8", "surrogateescape")).hexdigest()[:16]


class _Memo:
    """A dict kept in the derived-data cache, read on first use; what a run adds is written back
    at exit (:meth:`save`)."""

    name = ""

    def __init__(self, version: str) -> None:
        self.key = version
        self.kept: dict[Any, Any] | None = None
        self.new: dict[Any, Any] = {}

    def table(self) -> dict[Any, Any]:
        if self.kept is None:
            found = derived.read_memo(self.name, self.key)
            self.kept = found if isinstance(found, dict) and len(found) < _MAX_KEPT else {}
        return self.kept

    def get(self, key: Any) -> Any:
        found = self.table().get(key)
        return self.new.get(key) if found is None else found

    def add(self, key: Any, value: Any) -> None:
        self.new[key] = value

    def save(self) -> None:
        kept = self.table()
        if not self.new:
            return
        keep = self.new
        if kept and len(self.new) < _MANY:
            recent = derived.read_memo(f"{self.name}-missed", self.key)
            recent = recent if isinstance(recent, list) else []
            digests = {k: _digest(k) for k in self.new}
            keep = {k: v for k, v in self.new.items() if digests[k] in recent}
            missed = [d for d in recent if d not in set(digests.values())] + [
                digests[k] for k in self.new if k not in keep
            ]
            if missed[-_RECENT:] != recent:
                derived.write_memo(f"{self.name}-missed", self.key, missed[-_RECENT:])
        if keep:
            derived.write_memo(self.name, self.key, {**kept, **keep})
        self.new = {}


class CodeMemo(_Memo):
    """``exec`` for ``dataclasses``: source -> code object, from the memo when it holds the source."""

    name = "dataclass-code"

    def __init__(self) -> None:
        super().__init__(f"{sys.version}:{importlib.util.MAGIC_NUMBER.hex()}:{marshal.version}")

    def compiled(self, source: str) -> Any:
        raw = self.get(source)
        if isinstance(raw, bytes):
            with contextlib.suppress(ValueError, EOFError, TypeError):  # else compiled anew
                return marshal.loads(raw)
        # as exec() compiles it when called from dataclasses, which has no __future__ imports
        code = compile(source, "<string>", "exec", dont_inherit=True)
        self.add(source, marshal.dumps(code))
        return code

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if isinstance(source, str):
            source = self.compiled(source)
        builtins.exec(source, globals, locals)


class RegexMemo(_Memo):
    """``re._compiler.compile`` for ``re``: (expression, flags) -> the arguments of ``_sre.compile``."""

    name = "regex-code"

    def __init__(self, original: Callable[..., Any]) -> None:
        _sre = importlib.import_module("_sre")
        super().__init__(f"{sys.version}:{_sre.MAGIC}:{_sre.CODESIZE}:{marshal.version}")
        self.original = original
        self.make: Callable[..., Any] = _sre.compile

    def compile(self, p: Any, flags: int = 0) -> Any:
        if isinstance(flags, re.RegexFlag):
            flags = flags.value
        if type(p) is not str or type(flags) is not int or flags & re.DEBUG:
            return self.original(p, flags)
        args = self.get((p, flags))
        if args is not None:
            with contextlib.suppress(Exception):  # _sre rejects code it cannot run: compiled anew
                return self.make(p, *args)
        pattern = self.original(p, flags)
        args = _sre_arguments(p, flags)
        with contextlib.suppress(Exception):  # kept only when rebuilding gives the same pattern
            if args is not None and _same(self.make(p, *args), pattern):
                self.add((p, flags), args)
        return pattern


def _sre_arguments(p: str, flags: int) -> tuple[Any, ...] | None:
    """What ``re._compiler.compile`` gives ``_sre.compile`` after the expression itself."""
    try:
        _compiler, _parser = importlib.import_module("re._compiler"), importlib.import_module("re._parser")
        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        state = parsed.state
        indexgroup: list[str | None] = [None] * state.groups
        for k, i in state.groupdict.items():
            indexgroup[i] = k
        ints = [int(c) for c in code]  # the opcodes are int subclasses, which marshal does not write
        return (int(flags | state.flags), ints, state.groups - 1, dict(state.groupdict), tuple(indexgroup))
    except Exception:  # another interpreter's internals: keep nothing
        return None


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    return a == b and a.groups == b.groups and a.groupindex == b.groupindex and a.flags == b.flags


def keep_compiled() -> tuple[CodeMemo, RegexMemo] | None:
    """Make ``dataclasses`` and ``re`` reuse what they compiled in earlier runs (when the cache is
    on); what this run adds is kept at exit."""
    if not derived.enabled():
        return None
    _compiler = importlib.import_module("re._compiler")
    code, regex = CodeMemo(), RegexMemo(_compiler.compile)
    # dataclasses calls exec() by name: a module global of that name comes before the builtin
    setattr(dataclasses, "exec", code.exec)  # noqa: B010
    setattr(_compiler, "compile", regex.compile)  # noqa: B010  (re._compile calls it by attribute)
    atexit.register(code.save)
    atexit.register(regex.save)
    return code, regex


__all__ = ["CodeMemo", "RegexMemo", "keep_compiled"]
