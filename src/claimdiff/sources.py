"""Reading sources: bytes to text, with decoding; HTML keeps its offsets with markup blanked.

Every failure becomes an :class:`~claimdiff.errors.InputError` naming the source and the cause.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

from claimdiff.errors import InputError
from claimdiff.text.markup import blank_markup, looks_like_markup

MAX_BYTES = 20 * 1024 * 1024
_BINARY_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


@dataclass(frozen=True)
class Loaded:
    text: str
    encoding: str
    origin: str  # "file" or "html-blanked"


def read_path(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Loaded:
    """Read and decode one file; HTML is reduced to its main text."""
    name = os.fspath(path)
    p = Path(name)
    try:
        if p.is_dir():
            raise InputError(name, "is a directory, not a file")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(name, f"file is {size} bytes, over the {max_bytes}-byte limit")
        data = p.read_bytes()
    except InputError:
        raise
    except OSError as exc:
        raise InputError(name, exc.strerror or str(exc)) from exc
    return decode(data, name)


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
