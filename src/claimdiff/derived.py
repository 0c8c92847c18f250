"""Tables derived from the data files, kept on disk between runs so a fresh process starts quickly.

Building the gazetteer's alias index or the conjugation table takes a few hundred milliseconds, more
than the analysis of a short article.  :func:`load_or_build` keeps such a table as ``marshal`` data
in the user's cache directory, in a file whose name holds a hash of the content of every file of
the installed ``claimdiff`` package (code and data) and the Python version: any change to what a
table was built from gives a new name, so a stale table is never read.  A read verifies a checksum.
A missing, corrupt or unwritable cache only means building in memory, as without a cache.

``CLAIMDIFF_CACHE_DIR`` names the directory (default: ``$XDG_CACHE_HOME/claimdiff``, else
``~/.cache/claimdiff``); set it to an empty string to keep nothing on disk.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import logging
import marshal
import os
import sys
import time
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from claimdiff.packed import PackedIndex, PackedRows, Rows  # stored tables in few objects

log = logging.getLogger(__name__)
T = TypeVar("T")

ENV = "CLAIMDIFF_CACHE_DIR"
FORMAT = 1
_MAGIC = b"claimdiff-derived\n"
_KEEP = 8  # files per table kept beside the current one (other checkouts, other versions)


def cache_dir() -> Path | None:
    """Where derived tables are kept, or None when the cache is switched off."""
    raw = os.environ.get(ENV)
    if raw is not None:
        return Path(raw).expanduser() if raw.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
    root = Path(base) if base else Path.home() / ".cache"
    return root / "claimdiff"


def _folder() -> Path | None:
    try:
        return cache_dir()
    except RuntimeError:  # no home directory to hold it
        return None


def enabled() -> bool:
    """Whether tables are kept on disk (else a caller may build its objects directly)."""
    return _folder() is not None


def _files(root: Path) -> Iterator[tuple[str, str]]:
    """(path, path relative to ``root``) of every file under ``root``, bytecode caches aside, in
    a fixed order."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if not name.endswith((".pyc", ".pyo")):
                path = os.path.join(dirpath, name)
                yield path, os.path.relpath(path, root)


def tree_digest(root: Path) -> str:
    """A hash of the names and contents of every file under ``root`` (bytecode caches aside).

    Raises OSError when there is no file to hash (a package inside a zip file)."""
    h = hashlib.sha256()
    count = 0
    for path, rel in _files(root):
        with open(path, "rb") as fh:
            data = fh.read()
        h.update(f"{rel}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
        h.update(data)
        count += 1
    if not count:
        raise OSError(f"no files to hash under {root}")
    return h.hexdigest()


_SETTLED_S = 2.0  # a file changed this recently may change again within its timestamp's grain


def _tree_stat(root: Path) -> tuple[str, bool]:
    """A hash of the name, size, inode and change times of every file under ``root``, and
    whether every file is older than :data:`_SETTLED_S` seconds."""
    h = hashlib.sha256()
    newest = 0
    for path, rel in _files(root):
        st = os.stat(path)
        newest = max(newest, st.st_mtime_ns, st.st_ctime_ns)
        key = f"{rel}\0{st.st_size}\0{st.st_ino}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0"
        h.update(key.encode("utf-8", "surrogateescape"))
    return h.hexdigest(), time.time_ns() - newest > _SETTLED_S * 1e9


@cache
def package_digest() -> str:
    """What every table is built from: this package's files, the Python and marshal versions.

    Hashing the contents of the package's files takes 5 to 10 ms; their sizes, inodes and
    change times (which every write updates) take 1 to 2, so the content hash is kept in the
    cache under a hash of those, once every file is a few seconds old (a file rewritten within
    the grain of its timestamps could otherwise keep them)."""
    here = Path(__file__).resolve().parent
    version = f"{FORMAT}:{sys.implementation.cache_tag}:{marshal.version}"
    folder = _folder()
    memo = None
    if folder is not None:
        stat, settled = _tree_stat(here)
        memo = (
            folder / f"package-digest-{hashlib.sha256(f'{version}:{stat}'.encode()).hexdigest()[:32]}.marshal"
        )
        found = _read(memo)
        if found is not None and isinstance(found[0], str):
            return found[0]
        memo = memo if settled else None
    digest = hashlib.sha256(f"{version}:{tree_digest(here)}".encode()).hexdigest()
    if memo is not None:
        _write(memo, digest)
    return digest


def load_or_build(name: str, build: Callable[[], Any], *, digest: str | None = None) -> Any:
    """The table ``name`` as ``build()`` returns it, read from the cache when a current copy is
    there, else built and stored.  ``build`` must return plain data ``marshal`` can write (None,
    numbers, strings, bytes and tuples, lists, dicts and sets of them)."""
    folder = _folder()
    if folder is None:
        return build()
    try:
        key = digest if digest is not None else package_digest()
    except OSError as exc:
        log.debug("derived data %s: cannot hash the package (%s); building in memory", name, exc)
        return build()
    path = folder / f"{name}-{key[:32]}.marshal"
    found = _read(path)
    if found is not None:
        return found[0]
    value = build()
    _write(path, value)
    return value


TABLES: dict[str, tuple[Callable[[], Any], Callable[[], Any]]] = {}
"""Every :func:`table` of the modules imported so far: name -> (its build function, the cached getter)."""


def table(
    *,
    pack: Callable[[Any], Any] | None = None,
    unpack: Callable[[Any], Any] | None = None,
    objects: bool = False,
) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """``functools.cache`` for a table built from the package's code and data, kept on disk
    between processes (named for the function).  Its value must be plain data (see
    :func:`load_or_build`), or ``pack`` makes it so and ``unpack`` makes the value back from what
    ``pack`` gave, or with ``objects`` it is pickled (dataclasses, enums, compiled expressions;
    nothing compared by identity): the table a fresh process reads is equal to the one it would
    have built.  A value that cannot be kept is returned as built."""
    if objects:
        pack, unpack = _pickled, _unpickled

    def decorate(build: Callable[[], T]) -> Callable[[], T]:
        name = f"{build.__module__}.{build.__qualname__}"

        @cache
        @functools.wraps(build)
        def get() -> T:
            if not enabled():
                return build()
            built: list[T] = []

            def make() -> Any:
                built.append(build())
                return built[0] if pack is None else pack(built[0])

            try:
                data = load_or_build(name, make)
            except _NotKept:
                return built[0]
            if built or unpack is None:
                return built[0] if built else data
            with paused_gc():
                return unpack(data)  # type: ignore[no-any-return]

        TABLES[name] = (build, get)
        return get

    return decorate


class _NotKept(Exception):
    pass


def _pickled(value: Any) -> bytes:
    import pickle  # only here and in _unpickled: a command that keeps no object table skips it

    try:
        return pickle.dumps(value, protocol=5)
    except Exception as exc:  # a lambda, a lock...: built in every process instead
        log.warning("derived table not kept: %s", exc)
        raise _NotKept from exc


def _unpickled(data: bytes) -> Any:
    import pickle

    return pickle.loads(data)


def _memo_path(name: str, key: str) -> Path | None:
    folder = _folder()
    return (
        None if folder is None else folder / f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:32]}.marshal"
    )


def read_memo(name: str, key: str) -> Any:
    """What :func:`write_memo` kept under ``name`` and ``key``, or None (nothing kept, no cache)."""
    path = _memo_path(name, key)
    found = None if path is None else _read(path)
    return None if found is None else found[0]


def write_memo(name: str, key: str, value: Any) -> None:
    """Keep plain data under ``name`` and ``key`` (a no-op when the cache is off)."""
    path = _memo_path(name, key)
    if path is not None:
        _write(path, value)


def _read(path: Path) -> tuple[Any] | None:
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError:
        return None
    head = len(_MAGIC) + 32
    if (
        raw[: len(_MAGIC)] != _MAGIC
        or len(raw) < head
        or hashlib.sha256(raw[head:]).digest() != raw[len(_MAGIC) : head]
    ):
        log.info("derived data %s is damaged; rebuilding it", path)
        return None
    try:
        with paused_gc():
            return (marshal.loads(raw[head:]),)
    except (ValueError, EOFError, TypeError) as exc:
        log.info("derived data %s cannot be read (%s); rebuilding it", path, exc)
        return None


_freeze = False


def freeze_loaded_tables(on: bool = True) -> None:
    """Whether a table made under :func:`paused_gc` joins the permanent generation
    (``gc.freeze()``) so that no collection walks it again.

    Pausing collections only puts the walk off: the first collection after a load walked the
    100,000 fresh objects of the two stored tables, 25 to 75 ms of a one-file diff.  ``gc.freeze()``
    takes every object alive at the time, any garbage among them included, so only a program
    that owns its process turns this on (the command line does); the library never does."""
    global _freeze
    _freeze = on


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No garbage collection while a large table of fresh objects is made: none of them is
    garbage, yet each collection would walk them all (a third of the time of a load)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _freeze:
            gc.freeze()
        if was:
            gc.enable()


def _write(path: Path, value: Any) -> None:
    try:
        payload = marshal.dumps(value)
    except ValueError as exc:
        log.warning("derived data %s is not plain data (%s); not kept", path.name, exc)
        return
    import tempfile  # only here: reading a stored table needs none of it

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)  # readers see the old file or the whole new one, never a part
        tmp = None
        _prune(path)
    except OSError as exc:
        log.debug("derived data %s not kept (%s); built in memory", path, exc)
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _prune(path: Path) -> None:
    """Drop the oldest tables of the same name beyond a few (left by other versions)."""
    stem = path.name.rsplit("-", 1)[0]
    others = [p for p in path.parent.glob(f"{stem}-*.marshal") if p != path]
    if len(others) <= _KEEP:
        return
    others.sort(key=lambda p: p.stat().st_mtime)
    for old in others[: len(others) - _KEEP]:
        with contextlib.suppress(OSError):
            old.unlink()


__all__ = [
    "ENV",
    "TABLES",
    "PackedIndex",
    "PackedRows",
    "Rows",
    "cache_dir",
    "enabled",
    "freeze_loaded_tables",
    "load_or_build",
    "package_digest",
    "paused_gc",
    "read_memo",
    "table",
    "tree_digest",
    "write_memo",
]
