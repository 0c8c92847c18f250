"""Reading sources: bytes to text, with decoding; HTML keeps its offsets with markup blanked.

Every failure becomes an :class:`~claimdiff.errors.InputError` naming the source and the cause.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from dataclasses import dataclass

from claimdiff.errors import InputError, UsageError
from claimdiff.text.markup import blank_markup, looks_like_markup

MAX_BYTES = 20 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024
_BINARY_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))
# Non-blocking, so that a FIFO swapped in after the check cannot hang the read.
_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
)
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


@dataclass(frozen=True)
class Text:
    """Article text given directly, never mistaken for a path: ``analyze([Text("...")])``.

    ``id`` becomes the document's id (made unique in the report; ``doc<n>`` when empty) and
    ``source`` the name the report shows for it (``<text n>`` when empty).
    """

    text: str
    id: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise UsageError(f"Text takes a str, not a {type(self.text).__name__}")


@dataclass(frozen=True)
class Loaded:
    text: str
    encoding: str
    origin: str  # "file" or "html-blanked"


def display_name(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """A path as printable text: bytes that are not UTF-8 are shown as ``\\xe9`` escapes."""
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:  # a str holding a lone surrogate that no file name can hold
        return clean_text(os.fspath(path))[0]  # type: ignore[arg-type]
    return raw.decode("utf-8", errors="backslashreplace")


def clean_text(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate replaced by U+FFFD (same length, so offsets hold), and
    how many were replaced.  A lone surrogate cannot be written as UTF-8 or JSON."""
    return _SURROGATE.subn("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def read_path(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Loaded:
    """Read and decode one regular file, at most ``max_bytes`` of it; HTML is reduced to its main text.

    The file's kind is checked before it is opened (a FIFO would block), and it is read in bounded
    chunks whatever size it claims (a device or a growing file may claim none).
    """
    name = display_name(path)
    try:
        data = _read_regular(os.fspath(path), name, max_bytes)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(name, _os_cause(exc, name)) from exc
    except ValueError as exc:  # an embedded NUL: no file can have that name
        raise InputError(name, f"not a path ({exc})") from exc
    return decode(data, name)


def _read_regular(path: str, name: str, max_bytes: int) -> bytes:
    _check_kind(os.stat(path).st_mode, name)
    fd = os.open(path, _OPEN_FLAGS)
    try:
        _check_kind(os.fstat(fd).st_mode, name)  # it may have been swapped since the stat
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, min(CHUNK_BYTES, max_bytes + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise InputError(name, f"file is over the {max_bytes}-byte limit")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _check_kind(mode: int, name: str) -> None:
    if stat.S_ISREG(mode):
        return
    kind = next((what for test, what in _KINDS if test(mode)), "not a plain file")
    raise InputError(name, f"not a regular file ({kind})")


def _os_cause(exc: OSError, name: str) -> str:
    if exc.errno == errno.ELOOP:
        return "not a regular file (a symbolic link loop)"
    cause = exc.strerror or str(exc)
    if name == "-" and exc.errno == errno.ENOENT:
        cause += " (claimdiff reads files, not standard input)"
    return cause


def decode(data: bytes, source: str) -> Loaded:
    """Decode UTF-8 (with or without BOM) or UTF-16 (with BOM); refuse binary and empty input."""
    if not data.strip():
        raise InputError(source, "empty file" if not data else "file holds only white space")
    if data.startswith(codecs.BOM_UTF8):
        encoding, payload = "utf-8-sig", data
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, payload = "utf-16", data
    else:
        if b"\x00" in data[:4096]:
            guess = _utf16_without_bom(data)
            if guess is None:
                raise InputError(source, "binary data (NUL bytes), not text")
            encoding, payload = guess, data
        else:
            encoding, payload = "utf-8", data
    try:
        text = payload.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"not valid {encoding.upper()} text (byte {exc.start}: {exc.reason}); re-save it as UTF-8"
        ) from exc
    controls = sum(1 for c in text[:4096] if ord(c) in _BINARY_CONTROL)
    if controls > 8 and controls > len(text[:4096]) // 100:
        raise InputError(source, "binary data (control characters), not text")
    if not text.strip():
        raise InputError(source, "no text after decoding")
    if looks_like_markup(text):
        return Loaded(html_text(text, source), encoding, "html-blanked")
    return Loaded(text, encoding, "file")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows its NUL bytes (the high byte of Latin text) on one parity only."""
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    guess = "utf-16-le" if odd and not even else "utf-16-be" if even and not odd else None
    if guess is None or len(data) % 2:
        return None
    text = data[:4096].decode(guess, errors="replace")
    printable = sum(1 for c in text if c.isprintable() or c in "\r\n\t")
    return guess if printable >= 0.95 * len(text) else None


def html_text(html: str, source: str) -> str:
    """The page with its markup blanked: same length, so spans index the file as it was read.

    A main-text extractor (trafilatura) renumbers every character; blanking keeps the offsets
    and leaves navigation, share buttons and comments to the layout engine, as for copied pages.
    """
    text = blank_markup(html)
    if not text.strip():
        raise InputError(source, "HTML page has no visible text")
    return text
