from __future__ import annotations

import json
import subprocess
import sys

import pytest

from claimdiff.plugins import load

GOOD = """
from claimdiff.hookspecs import hookimpl
from claimdiff.extractors.base import Layout

class Extractor:
    name = "goodnews"
    version = "0.1"
    outlets = ("Good News",)
    def detect(self, text):
        return 0.9 if "GOOD NEWS" in text else 0.0
    def layout(self, text):
        return Layout(outlet="Good News")

@hookimpl
def claimdiff_register_extractors(register):
    register(Extractor())

@hookimpl
def claimdiff_register_formats(register):
    register("count", lambda report: str(len(report.documents)))
"""


def test_builtins_come_through_the_same_registration_path() -> None:
    plugins = load()
    names = {i.name: i for i in plugins.infos}
    assert names["generic"].builtin and names["generic"].extractors == ["generic"]
    assert names["generic"].version and names["generic"].distribution == "claimdiff"
    assert "claimdiff_register_extractors" in names["generic"].hooks
    assert {"text", "markdown", "json"} <= set(plugins.formats)
    assert plugins.extractor_plugin["generic"] == "generic"


def test_a_plugin_is_discovered_through_its_entry_point(fake_dist) -> None:
    fake_dist("claimdiff-goodnews", GOOD)
    plugins = load()
    info = next(i for i in plugins.infos if i.name == "claimdiff_goodnews")
    assert info.error is None
    assert info.distribution == "claimdiff-goodnews" and info.version == "0.1"
    assert info.extractors == ["goodnews"] and info.formats == ["count"]
    assert plugins.extractors["goodnews"].detect("GOOD NEWS today") == 0.9


def test_a_plugin_that_raises_on_import_is_reported_and_others_load(fake_dist) -> None:
    fake_dist("claimdiff-broken", "raise RuntimeError('boom at import')\n")
    plugins = load()
    info = next(i for i in plugins.infos if i.name == "claimdiff_broken")
    assert "RuntimeError: boom at import" in (info.error or "")
    assert "generic" in plugins.extractors
    assert any("claimdiff_broken" in str(e) for e in plugins.errors)


def test_a_hook_that_raises_is_reported_and_the_other_hooks_still_register(fake_dist) -> None:
    fake_dist(
        "claimdiff-halfbroken",
        """
        from claimdiff.hookspecs import hookimpl

        @hookimpl
        def claimdiff_register_extractors(register):
            raise ValueError("cannot build my extractor")
        """,
    )
    plugins = load()
    info = next(i for i in plugins.infos if i.name == "claimdiff_halfbroken")
    assert "ValueError: cannot build my extractor" in (info.error or "")
    assert set(plugins.extractors) >= {"generic"}


def test_unknown_hook_and_name_collision_are_reported(fake_dist) -> None:
    fake_dist(
        "claimdiff-clash",
        """
        from claimdiff.hookspecs import hookimpl

        class Copy:
            name = "generic"; version = "9"; outlets = ()
            def detect(self, text): return 1.0
            def layout(self, text): raise AssertionError

        @hookimpl
        def claimdiff_register_extractors(register):
            register(Copy())
        """,
    )
    plugins = load()
    info = next(i for i in plugins.infos if i.name == "claimdiff_clash")
    assert "already registered by 'generic'" in (info.error or "")
    assert plugins.extractors["generic"].version != "9"


def test_misspelt_hook_is_caught_by_check_pending(fake_dist) -> None:
    fake_dist(
        "claimdiff-typo",
        """
        from claimdiff.hookspecs import hookimpl

        @hookimpl
        def claimdiff_register_extractor(register):
            pass
        """,
    )
    plugins = load()
    info = next(i for i in plugins.infos if i.name == "claimdiff_typo")
    assert "hook that does not exist" in (info.error or "")


def test_allow_and_deny_lists(fake_dist, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dist("claimdiff-goodnews", GOOD)
    monkeypatch.setenv("CLAIMDIFF_LOAD_PLUGINS", "nothing-else")
    names = {i.name for i in load().infos}
    assert "claimdiff_goodnews" not in names and "generic" in names
    monkeypatch.delenv("CLAIMDIFF_LOAD_PLUGINS")
    monkeypatch.setenv("CLAIMDIFF_DISABLE_PLUGINS", "claimdiff_goodnews")
    assert "claimdiff_goodnews" not in {i.name for i in load().infos}


def test_plugins_command_lists_generic_and_survives_a_broken_plugin(fake_dist) -> None:
    fake_dist("claimdiff-broken", "import does_not_exist_anywhere\n")
    run = subprocess.run(
        [sys.executable, "-m", "claimdiff.cli", "plugins"], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    rows = {r["name"]: r for r in json.loads(run.stdout)}
    assert rows["generic"]["version"] and rows["generic"]["distribution"] == "claimdiff"
    assert "ModuleNotFoundError" in rows["claimdiff_broken"]["error"]
    assert "claimdiff_broken" in run.stderr


def test_an_invalid_gazetteer_entry_is_refused_at_registration(fake_dist) -> None:
    fake_dist(
        "claimdiff-badnames",
        """
        from claimdiff.hookspecs import hookimpl

        @hookimpl
        def claimdiff_register_gazetteer(register):
            register({"id": "place:atlantis", "type": "place", "aliases": ["أتلانتس"]})
            register({"id": "place:syria", "quoted_aliases": 5})
        """,
    )
    plugins = load()
    info = next(i for i in plugins.infos if i.name == "claimdiff_badnames")
    assert "invalid gazetteer entry 'place:syria'" in (info.error or "")
    assert [e["id"] for e in plugins.gazetteer_entries if e.get("source") == "claimdiff_badnames"] == [
        "place:atlantis"
    ]
