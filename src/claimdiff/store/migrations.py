"""The store's schema, versioned in ``PRAGMA user_version``: each migration runs once, in order."""

from __future__ import annotations

import sqlite3

from claimdiff.errors import ClaimdiffError

MIGRATIONS: list[str] = [
    # 1: documents with their mentions and claims as the schema's JSON, and the retrieval keys.
    """
    CREATE TABLE documents (
        rowid INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        digest TEXT NOT NULL,
        json TEXT NOT NULL,
        n_mentions INTEGER NOT NULL,
        n_claims INTEGER NOT NULL
    );
    CREATE INDEX documents_digest ON documents(digest);
    CREATE TABLE mentions (
        doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (doc, seq)
    ) WITHOUT ROWID;
    CREATE TABLE claims (
        doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (doc, seq)
    ) WITHOUT ROWID;
    CREATE TABLE keys (
        key TEXT NOT NULL,
        doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        PRIMARY KEY (key, doc)
    ) WITHOUT ROWID;
    """,
    # 2: when each document was stored, and the keys of a document found without a scan.
    """
    ALTER TABLE documents ADD COLUMN indexed_at TEXT;
    CREATE INDEX keys_doc ON keys(doc);
    """,
    # 3: what the pair rule reads (claimdiff.scale.pairs): publication date, how many content
    # words; the words themselves are ``s:`` keys.  Documents stored before get them on opening.
    """
    ALTER TABLE documents ADD COLUMN published TEXT;
    ALTER TABLE documents ADD COLUMN n_stems INTEGER;
    CREATE INDEX documents_published ON documents(published);
    """,
]

VERSION = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = VERSION) -> int:
    """Bring the schema to ``target``, each step in its own transaction; return the old version."""
    current = version(conn)
    if current > VERSION:
        raise ClaimdiffError(f"the store has schema version {current}; this claimdiff knows up to {VERSION}")
    for n in range(current, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if version(conn) == n:  # another writer may have migrated meanwhile
                for statement in MIGRATIONS[n].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {n + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return current
