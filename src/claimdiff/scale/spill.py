"""A corpus compared without holding it: analyses, findings and alignments spilled to SQLite.

``diff --format jsonl`` writes each document's lines as it is analysed and keeps, of each, only
what the pair rule reads (:class:`~claimdiff.scale.pairs.Packed`: its words numbered); the analysis
itself goes to a temporary SQLite file.  The pairs are then compared a block of owners at a time,
their analyses loaded back (the most recent kept in a small cache), and every finding and
alignment goes to SQLite with the key the report orders it by, so that they come out numbered
exactly as :func:`claimdiff.analyze` numbers them, without ever being held together.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import sqlite3
import tempfile
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimdiff.pipeline import Analysed
    from claimdiff.scale.pairs import Packed
    from claimdiff.schema import Alignment, Document, Finding

OWNERS_PER_BLOCK = 128  # documents whose comparisons are planned and run together
CACHE = 256  # analyses kept in memory while comparing

_SCHEMA = """
CREATE TABLE findings (
    rank INTEGER, doc_pos INTEGER, start INTEGER, code TEXT, message TEXT,
    phase INTEGER, a INTEGER, b INTEGER, k INTEGER, json TEXT
);
CREATE TABLE alignments (pos INTEGER, start INTEGER, claims TEXT, phase INTEGER, k INTEGER, json TEXT);
"""


@dataclasses.dataclass
class Streamed:
    """What the caller needs once the lines are written: unreadable documents, the worst severity."""

    unreadable: list[Document]
    worst: int  # rank of the most severe finding, -1 when there is none
    findings: int


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    return conn


class _Docs:
    """The analyses, by position, in a file of their own: written while documents are analysed,
    then only read, by this process and by forked workers while this one writes the results.

    Each process reads through its own connection (SQLite connections must not cross a fork);
    those of other processes are kept, never used nor closed."""

    def __init__(self, path: str) -> None:
        self.path, self._pid = path, os.getpid()
        self.conns: dict[int, sqlite3.Connection] = {self._pid: _connect(path)}
        self.conn.execute("CREATE TABLE docs (pos INTEGER PRIMARY KEY, blob BLOB NOT NULL)")
        self.cache: OrderedDict[int, Analysed] = OrderedDict()

    @property
    def conn(self) -> sqlite3.Connection:
        pid = os.getpid()
        if pid != self._pid:  # a forked worker: its own connection, and its own cache
            self._pid, self.cache = pid, OrderedDict()
            self.conns[pid] = sqlite3.connect(
                Path(self.path).as_uri() + "?mode=ro", uri=True, isolation_level=None
            )
        return self.conns[pid]

    def put(self, pos: int, item: Analysed) -> None:
        self.conn.execute("INSERT INTO docs VALUES (?, ?)", (pos, pickle.dumps(item, protocol=5)))

    def get(self, pos: int) -> Analysed:
        conn = self.conn
        item = self.cache.get(pos)
        if item is None:
            (blob,) = conn.execute("SELECT blob FROM docs WHERE pos = ?", (pos,)).fetchall()[0]
            item = self.cache[pos] = pickle.loads(blob)
            if len(self.cache) > CACHE:
                self.cache.popitem(last=False)
        else:
            self.cache.move_to_end(pos)
        return item

    def close(self) -> None:
        self.conns.pop(os.getpid()).close()


class _Spill:
    def __init__(self, directory: str) -> None:
        self.conn = _connect(os.path.join(directory, "spill.db"))
        self.conn.executescript(_SCHEMA)
        self.docs = _Docs(os.path.join(directory, "docs.db"))


def compare_streaming(
    items: Iterable[Analysed], write: Callable[[Iterable[str]], None], workers: int = 1
) -> Streamed:
    """Write each analysed document's lines, then every alignment and finding, numbered as
    ``analyze`` numbers them; memory holds a few analyses and the documents' signs.  ``workers``
    processes compare the pairs."""
    from claimdiff.render import jsonl
    from claimdiff.scale.pairs import Words, join, sign

    with tempfile.TemporaryDirectory(prefix="claimdiff-") as directory:
        spill = _Spill(directory)
        words = Words()
        signs: list[Packed] = []
        ids: dict[str, int] = {}
        unreadable: list[Document] = []
        spill.conn.execute("BEGIN")
        spill.docs.conn.execute("BEGIN")
        for pos, item in enumerate(items):
            write(jsonl.document_lines(item.doc, item.mentions, item.claims))
            if item.doc.errors and not item.doc.text:
                unreadable.append(item.doc)
            ids[item.doc.id] = pos
            signs.append(words.pack(sign(item)))
            for k, f in enumerate(item.findings):
                _put_finding(spill, f, ids, (0, pos, 0, k))
            item.findings = []
            spill.docs.put(pos, item)
        spill.docs.conn.execute("COMMIT")
        spill.conn.execute("COMMIT")
        chosen = join(signs)
        del signs, words
        _compare(spill, ids, chosen, workers)
        write(_alignment_lines(spill))
        worst, count = _finding_lines(spill, write)
        spill.docs.close()
        spill.conn.close()
    return Streamed(unreadable, worst, count)


def _compare(spill: _Spill, ids: dict[str, int], chosen: list[tuple[int, int]], workers: int) -> None:
    from claimdiff.scale.pairs import blocks

    total = len(ids)
    spill.conn.execute("BEGIN")
    for done in blocks(total, chosen, spill.docs.get, workers, OWNERS_PER_BLOCK):
        for k, (a, first) in enumerate(zip(done.alignments, done.firsts, strict=True)):
            _put_alignment(spill, a, first, (done.i * total + done.j, k))
        for k, f in enumerate(done.findings):
            _put_finding(spill, f, ids, (done.phase, done.i, done.j, k))
    spill.conn.execute("COMMIT")


def _put_finding(spill: _Spill, f: Finding, ids: dict[str, int], seq: tuple[int, int, int, int]) -> None:
    from claimdiff.schema import Severity

    where = min(((ids.get(e.doc_id, 0), e.start) for e in f.evidence), default=(0, 0))
    spill.conn.execute(
        "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            Severity(f.severity).rank,
            *where,
            f.code,
            f.message,
            *seq,
            f.model_copy(update={"id": ""}).model_dump_json(),
        ),
    )


def _put_alignment(spill: _Spill, a: Alignment, first: tuple[int, int], seq: tuple[int, int]) -> None:
    spill.conn.execute(
        "INSERT INTO alignments VALUES (?, ?, ?, ?, ?, ?)",
        (*first, "\x01".join(a.claim_ids), *seq, a.model_copy(update={"id": ""}).model_dump_json()),
    )


_NO_ID = '{"id":""'  # how the schema's JSON of a finding or alignment without its id begins


def _alignment_lines(spill: _Spill) -> Iterator[str]:
    rows = spill.conn.execute("SELECT json FROM alignments ORDER BY pos, start, claims, phase, k")
    for n, (text,) in enumerate(rows, 1):
        yield f'{{"type": "alignment", "id":"a{n}"' + text[len(_NO_ID) :] + "\n"


def _finding_lines(spill: _Spill, write: Callable[[Iterable[str]], None]) -> tuple[int, int]:
    rows = spill.conn.execute(
        "SELECT rank, json FROM findings ORDER BY rank DESC, doc_pos, start, code, message, phase, a, b, k"
    )
    worst, count = -1, 0

    def lines() -> Iterator[str]:
        nonlocal worst, count
        for rank, text in rows:
            count += 1
            worst = max(worst, rank)
            yield f'{{"type": "finding", "id":"f{count}"' + text[len(_NO_ID) :] + "\n"

    write(lines())
    return worst, count
