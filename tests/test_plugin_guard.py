"""A broken plugin cannot hang ``claimdiff diff``, keep it alive, or write into its report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimdiff.errors import PluginError
from claimdiff.guard import GuardLimits, PluginGuard
from claimdiff.pipeline import analyze
from claimdiff.plugins import load
from claimdiff.sources import Text

# Claims any text holding the word MARKER; a broken layout() on those (hangs, prints, leaks...).
TEMPLATE = """
import threading, time
from claimdiff.hookspecs import hookimpl
from claimdiff.extractors.generic import GenericExtractor

class Extractor(GenericExtractor):
    name = "{name}"
    outlets = ("{name} outlet",)
    def __init__(self):
        super().__init__()
        self.name, self.outlets = "{name}", ("{name} outlet",)
    def detect(self, text):
        return 0.9 if "MARKER" in text else 0.0
    def layout(self, text):
{body}
        return super().layout(text)

{extra}

@hookimpl
def claimdiff_register_extractors(register):
    register(Extractor())
"""

BROKEN = {
    "hang": ("        while True:\n            pass", ""),
    "chatty": ("        print('debug: laying out', len(text))", "print('chatty: loaded')"),
    "greedy_memory": ("        hoard = [bytearray(2**26) for _ in range(1000)]", ""),
    "leak": (
        "        pass",
        "threading.Thread(target=time.sleep, args=(3600,), name='plugin-poller').start()",
    ),
}

# Arabic: a text in another language is not compared (and carries a note saying so).
ARTICLE = (
    "المجلس البلدي يقر إصلاح الجسور\n\n"
    "صوت المجلس البلدي يوم الثلاثاء على إصلاح ثلاثة جسور قديمة فوق النهر، بحسب ما قال رئيس البلدية.\n\n"
    "ومن المتوقع أن تبدأ الأعمال الشهر المقبل وأن تستمر نحو عام، كما قال مسؤولون يوم الأربعاء.\n"
)


def _install(fake_dist, name: str) -> None:
    body, extra = BROKEN[name]
    fake_dist(f"claimdiff-{name}", TEMPLATE.format(name=name, body=body, extra=extra))


def _files(tmp_path: Path) -> list[str]:
    marked, plain = tmp_path / "marked.txt", tmp_path / "plain.txt"
    marked.write_text("MARKER\n" + ARTICLE, encoding="utf-8")
    plain.write_text(ARTICLE.replace("المجلس", "مجلس المحافظة"), encoding="utf-8")
    return [str(marked), str(plain)]


def _diff(tmp_path: Path, *env: str) -> subprocess.CompletedProcess[str]:
    import os

    environ = {**os.environ, "CLAIMDIFF_PLUGIN_TIMEOUT": "2", "CLAIMDIFF_PLUGIN_MEMORY_MB": "256"}
    environ.update(dict(e.split("=", 1) for e in env))
    return subprocess.run(
        [sys.executable, "-m", "claimdiff.cli", "diff", *_files(tmp_path), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        env=environ,
        check=False,
    )


@pytest.mark.parametrize("name", ["hang", "leak", "chatty", "greedy_memory"])
def test_diff_finishes_reports_every_document_and_names_the_plugin(
    fake_dist, tmp_path: Path, name: str
) -> None:
    _install(fake_dist, name)
    run = _diff(tmp_path)
    assert run.returncode in (0, 1), run.stderr
    report = json.loads(run.stdout)  # stdout holds the report and nothing else
    marked, plain = report["documents"]
    assert plain["extractor"] == "generic" and not plain["errors"]
    assert report["claims"], "the documents are still analysed"
    if name in ("hang", "greedy_memory"):
        assert marked["extractor"] == "generic"
        (error,) = marked["errors"]
        assert f"plugin 'claimdiff_{name}'" in error["message"], error
        assert ("timed out after 2s" if name == "hang" else "memory") in error["message"], error
    else:
        assert marked["extractor"] == name and not marked["errors"]
    if name == "leak":
        assert "plugin claimdiff_leak left thread 'plugin-poller' running" in run.stderr
    if name == "chatty":  # at import and in layout(): on stderr, never in the report
        assert "chatty: loaded" in run.stderr and "debug: laying out" in run.stderr


def test_a_call_that_raises_is_a_plugin_error_naming_the_plugin() -> None:
    class Bad:
        name = "bad"

        def detect(self, text: str) -> float:
            raise ValueError("no idea")

    guard = PluginGuard({"bad": Bad()}, {"bad": "claimdiff-bad"}, limits=GuardLimits(timeout_s=5))
    try:
        with pytest.raises(PluginError, match=r"plugin 'claimdiff-bad': extractor 'bad': detect\(\) raised"):
            guard.call("bad", "detect", "text")
    finally:
        guard.close()


def test_the_thread_mode_times_out_and_then_leaves_the_extractor_alone() -> None:
    class Slow:
        name = "slow"
        calls = 0

        def detect(self, text: str) -> float:
            Slow.calls += 1
            import time

            time.sleep(1)
            return 0.0

    guard = PluginGuard({"slow": Slow()}, {}, limits=GuardLimits(timeout_s=0.1, mode="thread"))
    with pytest.raises(PluginError, match="timed out"):
        guard.call("slow", "detect", "x")
    with pytest.raises(PluginError, match="not called again"):
        guard.call("slow", "detect", "x")
    assert Slow.calls == 1


def test_builtins_run_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMDIFF_LOAD_PLUGINS", "none")
    plugins = load()
    report = analyze([Text(ARTICLE)], plugins=plugins)
    assert report.documents[0].extractor == "generic" and plugins._guard is not None
    assert plugins._guard._worker is None


def test_guarded_and_unguarded_runs_give_the_same_report(
    examples: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    guarded = analyze(examples[:4]).model_dump_json()
    monkeypatch.setenv("CLAIMDIFF_PLUGIN_GUARD", "off")
    assert analyze(examples[:4]).model_dump_json() == guarded
