"""The claim store: what ``check`` finds, ids, migrations, and a writer killed mid-run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from scale_corpus import corpus

from claimdiff import Store
from claimdiff.cli.main import cli
from claimdiff.pipeline import analyze
from claimdiff.schema import Report
from claimdiff.sources import Text
from claimdiff.store import migrations


def _findings(report: Report, doc_id: str) -> list[tuple[str, str, tuple[tuple[str, int, int, str], ...]]]:
    return sorted(
        (f.code, f.message, tuple(sorted((e.doc_id, e.start, e.end, e.text) for e in f.evidence)))
        for f in report.findings
        if any(e.doc_id == doc_id for e in f.evidence)
    )


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return corpus(tmp_path_factory.mktemp("store"), 2)


@pytest.fixture(scope="module")
def stored(files: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("db") / "claims.db"
    with Store(db) as store:
        done = store.index(files[5:])
    assert len(done.added) == len(files) - 5
    return db


def test_check_finds_what_one_diff_of_the_new_article_and_its_candidates_finds(
    files: list[str], stored: Path
) -> None:
    with Store(stored) as store:
        for new in files[:2]:
            report = store.check([new])
            doc_id = report.documents[0].id
            assert report.documents[0].source == new
            candidates = [d.source for d in report.documents[1:]]
            assert all(d in files[5:] for d in candidates)
            together = analyze([new, *files[5:]])
            assert _findings(report, doc_id) == _findings(together, doc_id)
            # Evidence is quoted from the stored documents' own text.
            texts = {d.id: d.text for d in report.documents}
            for f in report.findings:
                for e in f.evidence:
                    assert texts[e.doc_id][e.start : e.end] == e.text


def test_the_best_candidates_are_the_stored_copies_of_the_same_article(
    files: list[str], stored: Path
) -> None:
    from claimdiff.pipeline import analyse_each
    from claimdiff.store.keys import document_keys

    with Store(stored) as store:
        for item in analyse_each(files[:5]):
            keys = document_keys(item.claims, item.mentions)
            best = store.candidates(keys, limit=1)
            story = item.doc.id.rsplit("_", 1)[0]
            assert [b.rsplit("_", 1)[0] for b in best] == [story], (item.doc.id, best)


def test_the_same_text_is_stored_once_and_ids_stay_unique(files: list[str], tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        first = store.index(files[:2])
        again = store.index(files[:3])
        assert again.added == [Path(files[2]).stem] and again.skipped == files[:2]
        twin = tmp_path / "other" / Path(files[0]).name
        twin.parent.mkdir()
        twin.write_text(Path(files[0]).read_text(encoding="utf-8") + "\nmore\n", encoding="utf-8")
        renamed = store.index([str(twin)])
        assert renamed.added == [f"{first.added[0]}-2"]
        assert len(store) == 4 == len(set(store.doc_ids()))


def test_an_old_schema_is_migrated_and_keeps_its_documents(files: list[str], tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    migrations.migrate(conn, target=1)
    conn.execute(
        "INSERT INTO documents (doc_id, source, digest, json, n_mentions, n_claims)"
        " VALUES (?, ?, ?, ?, 0, 0)",
        ("kept", "x.txt", "d", analyze([Text("plain text")]).documents[0].model_dump_json()),
    )
    conn.close()
    with Store(db) as store:
        assert migrations.version(store.conn) == migrations.VERSION > 1
        assert store.doc_ids() == ["kept"]
        assert store.load(["kept"])[0].doc.text == "plain text"


def test_a_store_from_a_newer_claimdiff_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {migrations.VERSION + 1}")
    conn.close()
    from claimdiff import ClaimdiffError

    with pytest.raises(ClaimdiffError, match="schema version"):
        Store(db)


def test_killing_the_writer_loses_nothing_committed_while_readers_read(tmp_path: Path) -> None:
    files = corpus(tmp_path / "many", 2)
    db = tmp_path / "killed.db"
    Store(db).close()
    cmd = [sys.executable, "-m", "claimdiff.cli", "index", *files, "--db", str(db), "--jobs", "1"]
    writer = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = 0
    deadline = time.monotonic() + 60
    try:
        with Store(db, timeout=5) as reader:
            while seen < 3 and time.monotonic() < deadline and writer.poll() is None:
                ids = reader.doc_ids()  # a reader is never blocked by the writer
                for item in reader.load(ids):
                    assert item.doc.text
                seen = len(ids)
                time.sleep(0.05)
        assert writer.poll() is None, "the writer finished before it could be killed"
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.kill()
        writer.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    counts = conn.execute(
        "SELECT d.n_mentions, d.n_claims, (SELECT COUNT(*) FROM mentions m WHERE m.doc = d.rowid),"
        " (SELECT COUNT(*) FROM claims c WHERE c.doc = d.rowid) FROM documents d"
    ).fetchall()
    conn.close()
    assert len(counts) >= seen
    assert all(a == c and b == d for a, b, c, d in counts)  # no document half-written
    with Store(db) as store:
        store.index(files)
        assert sorted(store.doc_ids()) == sorted(Path(f).stem for f in files)


def test_cli_index_then_check(files: list[str], tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "cli.db"
    result = runner.invoke(cli, ["index", *files[5:10], "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "indexed 5 documents" in result.output
    result = runner.invoke(cli, ["check", files[0], "--db", str(db), "--format", "json", "--jobs", "1"])
    assert result.exit_code in (0, 1), result.output
    report = Report.model_validate_json(result.output)
    assert report.documents[0].source == files[0]
    assert (result.exit_code == 1) == bool(report.findings)
    missing = runner.invoke(cli, ["check", files[0], "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2


def test_check_compares_every_stored_document_the_pair_rule_pairs_with(
    files: list[str], stored: Path
) -> None:
    from claimdiff.pipeline import analyse_each
    from claimdiff.scale.pairs import paired, sign

    with Store(stored) as store:
        kept = store.load(store.doc_ids())
        for item in analyse_each(files[:3]):
            own = sign(item)
            expected = [k.doc.id for k in kept if paired(own, sign(k))]
            assert expected, "the new article must pair with stored ones for the test to mean anything"
            assert store.partners(own) == expected


def test_documents_stored_before_schema_3_get_what_the_pair_rule_reads(
    files: list[str], tmp_path: Path
) -> None:
    from claimdiff.scale.pairs import sign

    db = tmp_path / "old.db"
    with Store(db) as store:
        store.index(files[5:8])
        before = {r[0]: r[1:] for r in store.conn.execute("SELECT doc_id, published, n_stems FROM documents")}
        keys = sorted(store.conn.execute("SELECT key, doc FROM keys WHERE key LIKE 's:%'"))
        store.conn.execute("DELETE FROM keys WHERE key LIKE 's:%'")
        # the schema as version 2 left it
        store.conn.execute("DROP INDEX documents_published")
        store.conn.execute("ALTER TABLE documents DROP COLUMN published")
        store.conn.execute("ALTER TABLE documents DROP COLUMN n_stems")
        store.conn.execute("PRAGMA user_version = 2")
    with Store(db) as store:
        after = {r[0]: r[1:] for r in store.conn.execute("SELECT doc_id, published, n_stems FROM documents")}
        assert after == before
        assert sorted(store.conn.execute("SELECT key, doc FROM keys WHERE key LIKE 's:%'")) == keys
        assert all(
            n == len(sign(item).stems)
            for item in store.load(store.doc_ids())
            for n in [after[item.doc.id][1]]
        )


def test_partners_of_a_dated_article_are_looked_up_in_its_window_with_the_same_result(
    tmp_path: Path,
) -> None:
    """A dated article's partners come from its window of dates alone, and are exactly those
    the pair rule accepts among every stored document; an undated one is looked up by its words."""
    from claimdiff.pipeline import analyse_each
    from claimdiff.scale.pairs import Sign, paired, sign

    sources = corpus(tmp_path / "src", 3)
    dated = []
    for n, path in enumerate(sources):
        day = f"2020-01-{1 + 6 * (n % 5):02d}"  # five dates, a window apart
        out = tmp_path / f"dated_{n}.txt"
        out.write_text(f"تاريخ النشر: {day}\n" + Path(path).read_text(encoding="utf-8"), encoding="utf-8")
        dated.append(str(out))
    db = tmp_path / "claims.db"
    sql: list[str] = []
    with Store(db) as store:
        store.index(dated[2:])
        kept = store.load(store.doc_ids())
        assert len({k.doc.published for k in kept}) == 5
        store.conn.set_trace_callback(sql.append)
        for item in analyse_each(dated[:2]):
            for own in (sign(item), Sign(sign(item).stems, None)):
                sql.clear()
                expected = [k.doc.id for k in kept if paired(own, sign(k))]
                assert expected
                assert store.partners(own) == expected
                assert any("CROSS JOIN" in q for q in sql) == (own.published is not None)
