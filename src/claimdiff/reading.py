"""The sources given to :func:`claimdiff.analyze`, as documents with unique ids.

A source is a path, text wrapped as :class:`claimdiff.Text`, or a :class:`Document` (copied);
each is read only when its turn comes.  A path that cannot be read is a document with a
``read`` error and no text, never an exception.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from claimdiff import sources as _sources
from claimdiff.errors import InputError
from claimdiff.schema import Document, DocumentError

if TYPE_CHECKING:
    from claimdiff.pipeline import Source

log = logging.getLogger(__name__)


def _documents(items: Sequence[Source]) -> list[Document]:
    return list(_each_document(items))


def _each_document(items: Sequence[Source]) -> Iterator[Document]:
    """Each source as a document with a unique id, read when it is asked for."""
    used: set[str] = set()
    for n, item in enumerate(items, 1):
        if isinstance(item, Document):
            doc = item.model_copy(deep=True)
        elif isinstance(item, _sources.Text):
            doc = Document(
                id=item.id, source=item.source or f"<text {n}>", text=item.text, text_origin="string"
            )
        else:
            doc = _read(item)
        _replace_surrogates(doc)
        doc.id = _unique(doc.id or _doc_id(doc.source, n), used)
        yield doc


def _replace_surrogates(doc: Document) -> None:
    """Lone surrogates cannot be written as JSON: each becomes U+FFFD, so offsets still hold."""
    doc.id, doc.source = _sources.clean_text(doc.id)[0], _sources.clean_text(doc.source)[0]
    doc.text, replaced = _sources.clean_text(doc.text)
    if replaced:
        log.warning("%s: %d lone surrogate(s) replaced by U+FFFD", doc.source, replaced)


def _doc_id(source: str, n: int) -> str:
    stem = Path(source).stem if not source.startswith("<") else ""
    return stem or f"doc{n}"


def _unique(base: str, used: set[str]) -> str:
    name, k = base, 2
    while name in used:
        name, k = f"{base}-{k}", k + 1
    used.add(name)
    return name


def _read(path: str | os.PathLike[str]) -> Document:
    try:
        loaded = _sources.read_path(path)
    except InputError as exc:
        source, message = exc.source, str(exc)
        if isinstance(path, str) and _looks_like_text(path):
            # a file name can hold a line break: a path into an existing folder is shown whole
            parent = os.path.dirname(path[:4096])
            whole = len(path) <= _NAME_MAX and bool(parent) and os.path.isdir(parent)
            source = _sources.display_name(path if whole else path[:40]) + ("" if whole else "…")
            message = f"{source}: {_NOT_A_PATH}"
        log.info("%s", message)
        return Document(id="", source=source, text="", errors=[DocumentError(stage="read", message=message)])
    origin: Literal["file", "html-blanked"] = "html-blanked" if loaded.origin == "html-blanked" else "file"
    name = _sources.display_name(path)
    return Document(id="", source=name, text=loaded.text, text_origin=origin, encoding=loaded.encoding)


_NAME_MAX = 255
_NOT_A_PATH = "no such file: a str is a path; give article text as claimdiff.Text(...)"


def _looks_like_text(path: str) -> bool:
    """A missing 'path' with a line break or longer than a file name can be is article text."""
    return ("\n" in path or len(path) > _NAME_MAX) and not os.path.lexists(path[:4096])
