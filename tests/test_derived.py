"""The derived-data cache: current tables are reused, stale or damaged ones rebuilt, and a cache
that cannot be written only means building in memory."""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from claimdiff import derived
from claimdiff.entities import Gazetteer
from claimdiff.entities.gazetteer import bundled_entries
from claimdiff.text import conjugate

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "examples").glob("*.txt"))


class Counter:
    """A build function over a data file that counts its calls."""

    def __init__(self, data: Path) -> None:
        self.data, self.calls = data, 0

    def __call__(self) -> dict[str, Any]:
        self.calls += 1
        return {"words": json.loads(self.data.read_text(encoding="utf-8")), "n": (1, 2.5, None)}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(derived.ENV, str(folder))
    return folder


@pytest.fixture
def source(tmp_path: Path) -> Path:
    tree = tmp_path / "package"
    (tree / "data").mkdir(parents=True)
    (tree / "data" / "words.json").write_text('["a", "b"]', encoding="utf-8")
    (tree / "module.py").write_text("X = 1\n", encoding="utf-8")
    return tree


def test_table_is_built_once_then_read(cache: Path, source: Path) -> None:
    build = Counter(source / "data" / "words.json")
    digest = derived.tree_digest(source)
    first = derived.load_or_build("words", build, digest=digest)
    again = derived.load_or_build("words", build, digest=digest)
    assert first == again == {"words": ["a", "b"], "n": (1, 2.5, None)}
    assert build.calls == 1
    assert len(list(cache.glob("words-*.marshal"))) == 1


@pytest.mark.parametrize("changed", ["data/words.json", "module.py", "data/new.json"])
def test_a_change_to_data_or_code_rebuilds(cache: Path, source: Path, changed: str) -> None:
    build = Counter(source / "data" / "words.json")
    derived.load_or_build("words", build, digest=derived.tree_digest(source))
    target = source / changed
    if changed == "data/words.json":
        target.write_text('["a", "b", "c"]', encoding="utf-8")
    else:
        target.write_text("X = 2\n", encoding="utf-8")
    value = derived.load_or_build("words", build, digest=derived.tree_digest(source))
    assert build.calls == 2
    assert value["words"] == json.loads((source / "data" / "words.json").read_text(encoding="utf-8"))


def test_bytecode_caches_do_not_change_the_digest(source: Path) -> None:
    before = derived.tree_digest(source)
    (source / "__pycache__").mkdir()
    (source / "__pycache__" / "module.cpython-311.pyc").write_bytes(b"\0" * 16)
    assert derived.tree_digest(source) == before


def test_unwritable_location_builds_in_memory(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv(derived.ENV, str(blocker / "cache"))
    build = Counter(source / "data" / "words.json")
    for _ in range(2):
        assert derived.load_or_build("words", build, digest="d" * 64)["words"] == ["a", "b"]
    assert build.calls == 2


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_directory_builds_in_memory(cache: Path, source: Path) -> None:
    cache.mkdir()
    cache.chmod(0o555)
    try:
        build = Counter(source / "data" / "words.json")
        assert derived.load_or_build("words", build, digest="d" * 64)["words"] == ["a", "b"]
        assert not list(cache.iterdir())
    finally:
        cache.chmod(0o755)


def test_read_only_table_written_earlier_is_still_read(cache: Path, source: Path) -> None:
    build = Counter(source / "data" / "words.json")
    derived.load_or_build("words", build, digest="d" * 64)
    for path in cache.iterdir():
        path.chmod(0o444)
    assert derived.load_or_build("words", build, digest="d" * 64)["words"] == ["a", "b"]
    assert build.calls == 1


def test_empty_setting_keeps_nothing_on_disk(monkeypatch: pytest.MonkeyPatch, source: Path) -> None:
    monkeypatch.setenv(derived.ENV, "")
    assert derived.cache_dir() is None
    build = Counter(source / "data" / "words.json")
    derived.load_or_build("words", build, digest="d" * 64)
    derived.load_or_build("words", build, digest="d" * 64)
    assert build.calls == 2


def _damage(path: Path, how: str) -> None:
    raw = path.read_bytes()
    if how == "truncated":
        path.write_bytes(raw[: len(raw) // 2])
    elif how == "flipped byte":
        path.write_bytes(raw[:-3] + bytes([raw[-3] ^ 0xFF]) + raw[-2:])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "garbage":
        path.write_bytes(os.urandom(200))
    else:  # a valid checksum over data marshal cannot read
        head = raw[: len(derived._MAGIC)]

        payload = b"\xff\xfe not marshal"
        path.write_bytes(head + hashlib.sha256(payload).digest() + payload)


@pytest.mark.parametrize("how", ["truncated", "flipped byte", "empty", "garbage", "unreadable payload"])
def test_damaged_table_is_rebuilt_and_rewritten(
    cache: Path, source: Path, how: str, caplog: pytest.LogCaptureFixture
) -> None:
    build = Counter(source / "data" / "words.json")
    derived.load_or_build("words", build, digest="d" * 64)
    (path,) = cache.glob("words-*.marshal")
    _damage(path, how)
    with caplog.at_level(logging.DEBUG, logger="claimdiff.derived"):
        assert derived.load_or_build("words", build, digest="d" * 64)["words"] == ["a", "b"]
    assert build.calls == 2
    assert not any(r.exc_info for r in caplog.records)
    assert derived.load_or_build("words", build, digest="d" * 64)["words"] == ["a", "b"]
    assert build.calls == 2  # the rebuilt table was written back


def test_old_tables_are_pruned(cache: Path, source: Path) -> None:
    build = Counter(source / "data" / "words.json")
    for n in range(derived._KEEP + 6):
        derived.load_or_build("words", build, digest=f"{n:02d}" * 32)
    assert len(list(cache.glob("words-*.marshal"))) == derived._KEEP + 1


@pytest.mark.parametrize("packed", [False, True])
def test_stored_gazetteer_matches_as_the_built_one(packed: bool) -> None:
    built = Gazetteer(bundled_entries())
    stored = Gazetteer.from_data(bundled_entries(), marshal.loads(marshal.dumps(built.to_data(packed))))
    assert stored.entries == built.entries
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        assert [(m.start, m.end, m.entry.id, m.score) for m in stored.find(text)] == [
            (m.start, m.end, m.entry.id, m.score) for m in built.find(text)
        ]
    names = ["فلاديمير بوتين", "ايمانويل ماكرو", "رجب طيب اردوغان"]
    assert [stored.resolve_person(n.split()) for n in names] == [
        built.resolve_person(n.split()) for n in names
    ]
    assert stored.to_data() == built.to_data()  # every packed part read back as it was


def test_stored_conjugations_equal_the_built_ones() -> None:
    built = conjugate._build_index()
    stored = conjugate.index()
    assert len(stored) == len(built)
    assert all(stored[k] == v for k, v in built.items())
    assert stored.get("no such form") is None


def _run_extract(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    code = "import sys; from claimdiff.cli.main import main; sys.argv = ['claimdiff', *sys.argv[1:]]; main()"
    return subprocess.run(
        [sys.executable, "-c", code, "extract", str(SEEDS[0])],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0", **env},  # extract orders ties by hash
        timeout=300,
    )


def test_cli_with_a_damaged_cache_gives_the_same_output_and_no_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    first = _run_extract({derived.ENV: str(folder)})
    tables = sorted(folder.glob("*.marshal"))
    assert {p.name.split("-")[0] for p in tables} >= {"gazetteer", "conjugations"}
    for path in tables:
        _damage(path, "flipped byte")
    damaged = _run_extract({derived.ENV: str(folder)})
    uncached = _run_extract({derived.ENV: ""})
    assert first.returncode == damaged.returncode == uncached.returncode == 0, damaged.stderr
    assert first.stdout == damaged.stdout == uncached.stdout
    assert "Traceback" not in damaged.stderr


def test_a_tree_without_files_cannot_key_a_table(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        derived.tree_digest(tmp_path)


def test_no_home_directory_builds_in_memory(monkeypatch: pytest.MonkeyPatch, source: Path) -> None:
    for var in (derived.ENV, "XDG_CACHE_HOME", "LOCALAPPDATA", "HOME"):
        monkeypatch.delenv(var, raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    build = Counter(source / "data" / "words.json")
    assert derived.load_or_build("words", build, digest="d" * 64)["words"] == ["a", "b"]


def test_extra_entries_extend_the_stored_index_as_a_full_build_would() -> None:
    from claimdiff.entities.gazetteer import merge_entries

    extra = [
        {"id": "person:test-walid-nasser", "type": "person", "aliases": ["وليد الناصر", "Walid Nasser"]},
        {"id": "outlet:test-sawt", "type": "outlet", "aliases": ["{cue} صوت البلد"]},
        {"id": "place:test-wadi", "type": "place", "aliases": ["وادي الريح"], "adjectives": ["ريحي"]},
    ]
    text = "قال وليد الناصر لصحيفة «صوت البلد» إن وادي الريح آمن، ونقلت وكالة فرانس برس عن مسؤول سوري."
    extended = Gazetteer.default(extra)
    full = Gazetteer(merge_entries(bundled_entries(), [Gazetteer.default([e]).get(e["id"]) for e in extra]))
    assert extended is not Gazetteer.default() and len(extended) == len(Gazetteer.default()) + 3
    assert Gazetteer.default().get("person:test-walid-nasser") is None  # the bundled one untouched
    found = [(m.start, m.end, m.entry.id) for m in extended.find(text)]
    assert found == [(m.start, m.end, m.entry.id) for m in full.find(text)]
    assert {"person:test-walid-nasser", "place:test-wadi"} <= {eid for _, _, eid in found}
    assert extended.nisba == full.nisba
    assert extended.resolve_person(["وليد", "الناصر"]) == full.resolve_person(["وليد", "الناصر"])


def test_extra_aliases_for_a_bundled_id_rebuild_the_index() -> None:
    extra = [{"id": "place:syria", "aliases": ["بلاد الياسمين"]}]
    gaz = Gazetteer.default(extra)
    assert [m.entry.id for m in gaz.find("زار الوفد بلاد الياسمين")] == ["place:syria"]


def test_only_an_opted_in_process_freezes_loaded_tables(cache: Path, source: Path) -> None:
    import gc

    build = Counter(source / "data" / "words.json")
    digest = derived.tree_digest(source)
    derived.load_or_build("words", build, digest=digest)
    assert gc.get_freeze_count() == 0, "the library alone never freezes"  # cli.main() opts in
    try:
        derived.freeze_loaded_tables()
        table = derived.load_or_build("words", build, digest=digest)
        assert build.calls == 1 and gc.get_freeze_count() > 0
        assert not any(o is table["words"] for o in gc.get_objects()), "a frozen table is not walked"
    finally:
        derived.freeze_loaded_tables(False)
        gc.unfreeze()


def test_every_stored_table_equals_the_built_one(cache: Path) -> None:
    import claimdiff.claims.features
    import claimdiff.claims.roles
    import claimdiff.compare
    import claimdiff.dates.lexicon
    import claimdiff.entities.lookup
    import claimdiff.quantities  # noqa: F401  (every module that keeps a table)

    assert {"claimdiff.compare.opposition.poles", "claimdiff.dates.lexicon.lexicon"} <= set(derived.TABLES)
    for name, (build, get) in derived.TABLES.items():
        get.cache_clear()  # type: ignore[attr-defined]
        first = get()  # built and stored
        get.cache_clear()  # type: ignore[attr-defined]
        assert derived.cache_dir() is not None and list(cache.glob(f"{name}-*.marshal")), name
        assert get() == first == build(), name  # read back


def test_the_package_digest_is_kept_under_a_hash_of_file_sizes_and_times(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = Path(derived.__file__).resolve().parent
    version = f"{derived.FORMAT}:{sys.implementation.cache_tag}:{marshal.version}"
    expected = hashlib.sha256(f"{version}:{derived.tree_digest(here)}".encode()).hexdigest()
    monkeypatch.setattr(derived, "_SETTLED_S", 0.0)
    derived.package_digest.cache_clear()
    try:
        assert derived.package_digest() == expected
        assert len(list(cache.glob("package-digest-*.marshal"))) == 1
        derived.package_digest.cache_clear()

        def no_hashing(root: Path) -> str:
            raise AssertionError("the contents were hashed again")

        monkeypatch.setattr(derived, "tree_digest", no_hashing)
        assert derived.package_digest() == expected
    finally:
        derived.package_digest.cache_clear()


def test_a_rewritten_file_changes_the_stat_hash_and_is_not_settled(source: Path) -> None:
    before, _ = derived._tree_stat(source)
    (source / "module.py").write_text("X = 2\n", encoding="utf-8")  # same size
    after, settled = derived._tree_stat(source)
    assert after != before and not settled


def test_a_packed_index_and_packed_rows_read_as_what_was_packed() -> None:
    index = {"قال": (0,), "قالت": (1, 2), "ق": (3,), "x y": (4,), "قالوا": (0, 4)}
    packed = derived.PackedIndex(marshal.loads(marshal.dumps(derived.PackedIndex.pack(index))))
    assert dict(packed) == index and len(packed) == len(index)
    assert packed.get("قا") is None and packed.get("قالتا") is None and packed.get("") is None
    assert packed.get("قال\nقالت") is None and "nothing" not in packed
    with pytest.raises(KeyError):
        packed["قيل"]
    with pytest.raises(ValueError):
        derived.PackedIndex.pack({"a\tb": (1,)})
    rows = ["", "0\tverb\tقال", "ب", "long " * 50]
    stored = derived.PackedRows(marshal.loads(marshal.dumps(derived.PackedRows.pack(rows))))
    assert list(stored) == rows and len(stored) == 4 and stored[-1] == rows[-1] and stored[1:3] == rows[1:3]
    with pytest.raises(IndexError):
        stored[4]


def test_an_object_table_that_cannot_be_pickled_is_built_each_time(cache: Path) -> None:
    import threading

    @derived.table(objects=True)
    def locked() -> dict[str, object]:
        return {"lock": threading.Lock()}

    try:
        assert isinstance(locked()["lock"], type(threading.Lock()))
        assert not list(cache.glob("*locked*"))
    finally:
        derived.TABLES.pop(f"{__name__}.{locked.__qualname__}", None)


def test_stored_gazetteer_entries_are_validated_when_looked_up_and_equal_the_built_ones(cache: Path) -> None:
    from claimdiff.entities import gazetteer

    gazetteer._bundled.cache_clear()
    gazetteer.bundled_entries.cache_clear()
    try:
        gazetteer._bundled()  # built and stored
        gazetteer._bundled.cache_clear()
        stored = gazetteer._bundled()
        entries = stored._entries
        assert isinstance(entries, gazetteer.StoredEntries) and not entries._made
        built = Gazetteer(gazetteer.build_entries())
        some = built.entries[100]
        assert some.id in stored and stored.get(some.id) == some and len(entries._made) == 1
        assert stored.get("person:nobody-at-all") is None and len(stored) == len(built)
        assert stored.entries == built.entries
    finally:
        gazetteer._bundled.cache_clear()
        gazetteer.bundled_entries.cache_clear()
