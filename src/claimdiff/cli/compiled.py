"""Compiled code kept between runs of the command line.

``dataclasses`` writes the methods of every dataclass as Python source and compiles it when the
class is defined: some 640 compilations of the same source in every run, 45 ms of a one-file
diff.  :func:`keep_dataclass_code` keeps their code objects in the derived-data cache
(:mod:`claimdiff.derived`), keyed by the source text and the interpreter's exact version, so a run
compiles only source it has not seen before; compiling one text with one interpreter always
gives the same code, so nothing can go stale.  Only the command line does this, since it owns
its process; the library leaves the standard library alone.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import importlib.util
import marshal
import sys
from typing import Any

from claimdiff import derived

NAME = "dataclass-code"
_MAX_KEPT = 20_000  # sources; past this the memo starts again (many versions run in turn)


class CodeMemo:
    """``exec`` for ``dataclasses``: source -> code, from the memo when it holds the source."""

    def __init__(self) -> None:
        self.key = f"{sys.version}:{importlib.util.MAGIC_NUMBER.hex()}:{marshal.version}"
        self.codes: dict[str, bytes] | None = None
        self.added = 0

    def _codes(self) -> dict[str, bytes]:
        if self.codes is None:
            found = derived.read_memo(NAME, self.key)
            self.codes = found if isinstance(found, dict) and len(found) < _MAX_KEPT else {}
        return self.codes

    def compiled(self, source: str) -> Any:
        codes = self._codes()
        raw = codes.get(source)
        if isinstance(raw, bytes):
            return marshal.loads(raw)
        # as exec() compiles it when called from dataclasses, which has no __future__ imports
        code = compile(source, "<string>", "exec", dont_inherit=True)
        codes[source] = marshal.dumps(code)
        self.added += 1
        return code

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if isinstance(source, str):
            source = self.compiled(source)
        builtins.exec(source, globals, locals)

    def save(self) -> None:
        if self.added and self.codes is not None:
            derived.write_memo(NAME, self.key, self.codes)
            self.added = 0


def keep_dataclass_code() -> CodeMemo | None:
    """Make ``dataclasses`` reuse the code it compiled in earlier runs (when the cache is on)."""
    if not derived.enabled():
        return None
    memo = CodeMemo()
    # dataclasses calls exec() by name: a module global of that name comes before the builtin
    setattr(dataclasses, "exec", memo.exec)  # noqa: B010
    atexit.register(memo.save)
    return memo


__all__ = ["CodeMemo", "keep_dataclass_code"]
