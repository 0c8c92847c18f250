"""The claim store: analysed documents in SQLite, found again by what their claims are about."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import math
import os
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimdiff.errors import ClaimdiffError
from claimdiff.scale.pairs import WINDOW_DAYS, Sign, apart, needed, sign
from claimdiff.store.keys import document_keys
from claimdiff.store.migrations import migrate

if TYPE_CHECKING:
    from claimdiff.pipeline import Analysed, Progress, Source
    from claimdiff.plugins import Plugins
    from claimdiff.schema import Document, Report

log = logging.getLogger(__name__)

KEY_CAP = 64  # a key shared by more stored documents than this says too little to make a candidate
MAX_CANDIDATES = 8  # with a limit on candidates: stored documents compared, best scored first
BATCH = 256  # documents read and analysed at a time while indexing: memory stays flat
_PARAMS = 500  # bound parameters per query


@dataclass
class Indexed:
    """What one ``index`` run did."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # sources whose text was already stored
    unreadable: list[Document] = field(default_factory=list)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """A SQLite claim store (WAL: many readers while one process writes).

    ``index`` adds articles, one transaction per document; ``check`` compares new articles
    with the stored documents their claims make candidates.  Use it as a context manager.
    """

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = 30.0) -> None:
        self.path = os.fspath(path)
        try:
            self.conn = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")  # in WAL: a killed process loses no commit
            self.conn.execute("PRAGMA foreign_keys=ON")
            if migrate(self.conn) < 3:
                self._add_signs()
        except sqlite3.Error as exc:
            raise ClaimdiffError(f"cannot open the store {self.path}: {exc}") from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def __len__(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM documents")[0])

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self.conn.execute(sql, params).fetchone()
        except sqlite3.Error as exc:
            raise ClaimdiffError(f"store {self.path}: {exc}") from exc

    def doc_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT doc_id FROM documents ORDER BY rowid")]

    def has_id(self, doc_id: str) -> bool:
        return self._one("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)) is not None

    def find_digest(self, text_digest: str) -> str | None:
        row = self._one("SELECT doc_id FROM documents WHERE digest = ?", (text_digest,))
        return None if row is None else str(row[0])

    def _add_signs(self) -> None:
        """Give documents stored before schema 3 what the pair rule reads, one transaction each."""
        rows = [r for (r,) in self.conn.execute("SELECT rowid FROM documents WHERE n_stems IS NULL")]
        for row in rows:
            (doc_id,) = self._one("SELECT doc_id FROM documents WHERE rowid = ?", (row,))
            item = self.load([doc_id])[0]
            found = sign(item)
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.execute(
                    "UPDATE documents SET published = ?, n_stems = ? WHERE rowid = ?",
                    (_day(found), len(found.stems), row),
                )
                self.conn.executemany(
                    "INSERT OR IGNORE INTO keys (key, doc) VALUES (?, ?)",
                    [(f"s:{w}", row) for w in sorted(found.stems)],
                )
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def add(self, item: Analysed) -> None:
        """Store one analysed document with its mentions, claims and keys, in one transaction."""
        doc = item.doc
        found = sign(item)
        keys = sorted(document_keys(item.claims, item.mentions) | {f"s:{w}" for w in found.stems})
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            cur = conn.execute(
                "INSERT INTO documents (doc_id, source, digest, json, n_mentions, n_claims, indexed_at,"
                " published, n_stems) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id,
                    doc.source,
                    digest(doc.text),
                    doc.model_dump_json(),
                    len(item.mentions),
                    len(item.claims),
                    now,
                    _day(found),
                    len(found.stems),
                ),
            )
            row = cur.lastrowid
            conn.executemany(
                "INSERT INTO mentions (doc, seq, json) VALUES (?, ?, ?)",
                [(row, n, m.model_dump_json()) for n, m in enumerate(item.mentions)],
            )
            conn.executemany(
                "INSERT INTO claims (doc, seq, json) VALUES (?, ?, ?)",
                [(row, n, c.model_dump_json()) for n, c in enumerate(item.claims)],
            )
            conn.executemany("INSERT INTO keys (key, doc) VALUES (?, ?)", [(k, row) for k in keys])
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise ClaimdiffError(f"store {self.path}: cannot add {doc.source}: {exc}") from exc

    def index(
        self,
        sources: Iterable[Source],
        *,
        extractor: str | None = None,
        plugins: Plugins | None = None,
        jobs: int | None = 1,
        progress: Progress | None = None,
    ) -> Indexed:
        """Analyse and store every source not stored yet (the same text is stored once)."""
        from claimdiff.pipeline import _documents, analyse_each
        from claimdiff.plugins import load as load_plugins

        plugins = plugins or load_plugins()
        result = Indexed()
        seen: set[str] = set()
        for batch in _batches(sources, BATCH):
            todo: list[Document] = []
            for doc in _documents(batch):
                if doc.errors and not doc.text:
                    result.unreadable.append(doc)
                    continue
                text_digest = digest(doc.text)
                if text_digest in seen or self.find_digest(text_digest):
                    result.skipped.append(doc.source)
                    continue
                seen.add(text_digest)
                doc.id = self.free_id(doc.id, {d.id for d in todo})
                todo.append(doc)
            for item in analyse_each(
                todo, extractor=extractor, plugins=plugins, jobs=jobs, progress=progress
            ):
                self.add(item)
                result.added.append(item.doc.id)
        return result

    def free_id(self, base: str, pending: set[str] | None = None) -> str:
        """``base``, or ``base-2``, ``base-3``... the first id neither stored nor in ``pending``."""
        name, k = base, 2
        while name in (pending or ()) or self.has_id(name):
            name, k = f"{base}-{k}", k + 1
        return name

    def candidates(
        self, keys: Iterable[str], *, limit: int = MAX_CANDIDATES, exclude: Iterable[str] = ()
    ) -> list[str]:
        """Ids of the stored documents sharing the most telling keys, best first.

        A key counts ``log(1 + N / df)``; keys in more than ``KEY_CAP`` documents are skipped.
        Documents whose text digest is in ``exclude`` are left out.
        """
        total = max(1, len(self))
        df: dict[str, int] = {}
        for chunk in _chunks(sorted(set(keys)), _PARAMS):
            marks = ",".join("?" * len(chunk))
            df.update(
                self.conn.execute(
                    f"SELECT key, COUNT(*) FROM keys WHERE key IN ({marks}) GROUP BY key", chunk
                )
            )
        usable = sorted(k for k, n in df.items() if n <= KEY_CAP)
        score: dict[int, float] = defaultdict(float)
        for chunk in _chunks(usable, _PARAMS):
            marks = ",".join("?" * len(chunk))
            for key, doc in self.conn.execute(f"SELECT key, doc FROM keys WHERE key IN ({marks})", chunk):
                score[doc] += math.log(1.0 + total / df[key])
        skip = set(exclude)
        ranked = sorted(score, key=lambda d: (-score[d], d))
        out: list[str] = []
        for chunk in _chunks(ranked, _PARAMS):
            marks = ",".join("?" * len(chunk))
            rows = dict(
                (r, (i, g))
                for r, i, g in self.conn.execute(
                    f"SELECT rowid, doc_id, digest FROM documents WHERE rowid IN ({marks})", chunk
                )
            )
            out += [rows[r][0] for r in chunk if rows[r][1] not in skip]
            if len(out) >= limit:
                break
        return out[:limit]

    def partners(self, of: Sign, *, exclude: Iterable[str] = ()) -> list[str]:
        """Ids of the stored documents the pair rule (:func:`claimdiff.scale.pairs.paired`) pairs
        with a document of sign ``of``, in the order they were stored; documents whose text digest
        is in ``exclude`` are left out.  Every one of them, however many: a pair's findings do not
        depend on what else the store holds."""
        if not of.stems:
            return []
        shared = self._shared_words(of)
        skip = set(exclude)
        out: list[str] = []
        rows = sorted(shared)
        for chunk in _chunks(rows, _PARAMS):
            marks = ",".join("?" * len(chunk))
            for row, doc_id, text_digest, published, n_stems in self.conn.execute(
                f"SELECT rowid, doc_id, digest, published, n_stems FROM documents WHERE rowid IN ({marks})"
                " ORDER BY rowid",
                chunk,
            ):
                if text_digest in skip or not n_stems:
                    continue
                day = dt.date.fromisoformat(published) if published else None
                if not apart(of.published, day) and shared[row] >= needed(len(of.stems), n_stems):
                    out.append(doc_id)
        return out

    def _shared_words(self, of: Sign) -> dict[int, int]:
        """How many of ``of``'s content words each stored document in its window shares (rowid: count).

        A dated document's window (the documents published within ``WINDOW_DAYS``, and the
        undated) is usually a sliver of the store: then each of its documents is looked up for the
        words, and the cost is the window's, not that of every document sharing a common word.
        Otherwise every stored document holding one of the words is counted."""
        window = ""
        params: list[Any] = []
        if of.published is not None:
            days = dt.timedelta(days=WINDOW_DAYS)
            params = [(of.published - days).isoformat(), (of.published + days).isoformat()]
            window = (
                "SELECT rowid FROM documents WHERE published BETWEEN ? AND ?"
                " UNION ALL SELECT rowid FROM documents WHERE published IS NULL"
            )
        by_window = bool(window) and 2 * self._one(f"SELECT COUNT(*) FROM ({window})", params)[0] < len(self)
        shared: dict[int, int] = defaultdict(int)
        for chunk in _chunks(sorted(f"s:{w}" for w in of.stems), _PARAMS):
            marks = ",".join("?" * len(chunk))
            if by_window:
                # CROSS JOIN keeps the window outside: one index probe per document and word.
                sql = (
                    f"WITH w(doc) AS ({window}) SELECT w.doc, COUNT(*) FROM w CROSS JOIN keys k"
                    f" ON k.doc = w.doc WHERE k.key IN ({marks}) GROUP BY w.doc"
                )
                found = self.conn.execute(sql, [*params, *chunk])
            else:
                dated = " AND (d.published IS NULL OR d.published BETWEEN ? AND ?)" if window else ""
                found = self.conn.execute(
                    f"SELECT k.doc, COUNT(*) FROM keys k JOIN documents d ON d.rowid = k.doc"
                    f" WHERE k.key IN ({marks}){dated} GROUP BY k.doc",
                    [*chunk, *params],
                )
            for row, n in found:
                shared[row] += n
        return shared

    def load(self, doc_ids: Sequence[str]) -> list[Analysed]:
        """The stored analyses of these documents, rebuilt as the pipeline made them."""
        from pydantic import TypeAdapter

        from claimdiff.pipeline import Analysed
        from claimdiff.schema import Claim, Document, Mention

        mention = TypeAdapter(Mention)
        out = []
        for doc_id in doc_ids:
            row = self._one("SELECT rowid, json FROM documents WHERE doc_id = ?", (doc_id,))
            if row is None:
                raise ClaimdiffError(f"store {self.path}: no document {doc_id!r}")
            item = Analysed(Document.model_validate_json(row[1]))
            q = "SELECT json FROM {} WHERE doc = ? ORDER BY seq"
            item.mentions = [
                mention.validate_json(j) for (j,) in self.conn.execute(q.format("mentions"), (row[0],))
            ]
            item.claims = [
                Claim.model_validate_json(j) for (j,) in self.conn.execute(q.format("claims"), (row[0],))
            ]
            out.append(item)
        return out

    def check(
        self,
        sources: Iterable[Source],
        *,
        extractor: str | None = None,
        plugins: Plugins | None = None,
        jobs: int | None = 1,
        progress: Progress | None = None,
        limit: int | None = None,
    ) -> Report:
        """Compare new articles with their stored candidates: see :func:`claimdiff.store.check.check`."""
        from claimdiff.store.check import check

        return check(
            self, sources, extractor=extractor, plugins=plugins, jobs=jobs, progress=progress, limit=limit
        )


def _day(found: Sign) -> str | None:
    return found.published.isoformat() if found.published else None


def _batches(items: Iterable[Source], size: int) -> Iterator[list[Source]]:
    batch: list[Source] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _chunks(items: Sequence[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])
