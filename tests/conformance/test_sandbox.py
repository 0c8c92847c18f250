"""A plugin that hangs or allocates without bound is stopped and reported; the run still finishes."""

from __future__ import annotations

import dataclasses
import socket
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from claimdiff.testing import KitConfig, PluginSpec, check_names, run_checks
from claimdiff.testing.netguard import no_network
from claimdiff.testing.sandbox import SCRATCH_PREFIX, _death

Install = Callable[[str], PluginSpec]

AFTER_HOSTILE = check_names()[check_names().index("check_hostile_input") + 1 :]


def test_a_hanging_plugin_is_timed_out_and_the_other_checks_still_run(
    install_plugin: Install, kit_config: KitConfig
) -> None:
    spec = install_plugin("claimdiff_specimen_hang")
    results = {
        r.check: r
        for r in run_checks(
            [spec], config=dataclasses.replace(kit_config, timeout=6, large_text_kb=8, random_examples=2)
        )
    }
    hostile = results["check_hostile_input"]
    assert hostile.status == "failed"
    assert "timed out after 6s during layout() on whitespace-only text" in hostile.message
    assert "plugin 'specimen_hang'" in hostile.message
    assert list(results) == check_names()
    # the checks after it that call layout() again skip, pointing at the one failure
    for c in AFTER_HOSTILE:
        r = results[c]
        assert r.status == "passed" or (r.status == "skipped" and "see check_hostile_input" in r.message), r


def test_a_plugin_that_hoards_memory_is_stopped_and_reported(
    install_plugin: Install, kit_config: KitConfig
) -> None:
    spec = install_plugin("claimdiff_specimen_hungry")
    results = {r.check: r for r in run_checks([spec], config=dataclasses.replace(kit_config, memory_mb=256))}
    hostile = results["check_hostile_input"]
    assert hostile.status == "failed"
    assert "exceeded the memory limit of 256 MB during detect() on binary junk" in hostile.message
    others = [r for c, r in results.items() if c != "check_hostile_input" and r.status == "failed"]
    assert not others, others


def test_a_killed_child_is_described_by_its_signal() -> None:
    assert "SIGKILL (likely out of memory) during layout()" in _death(-9, "layout()")
    assert "exited with status 3" in _death(3, "x")


def test_the_network_guard_refuses_and_records_look_ups_and_connections() -> None:
    with no_network(lambda: "a test") as guard:
        with pytest.raises(OSError):
            socket.getaddrinfo("example.invalid", 80)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(OSError):
            sock.connect(("192.0.2.1", 9))
    assert [(a.call, a.target, a.during) for a in guard.attempts] == [
        ("getaddrinfo", "example.invalid", "a test"),
        ("connect", "192.0.2.1:9", "a test"),
    ]
    assert socket.getaddrinfo.__module__ == "socket"  # restored


def test_local_sockets_stay_allowed_under_the_guard() -> None:
    left, right = socket.socketpair()
    with no_network() as guard, left, right:
        left.sendall(b"x")
        assert right.recv(1) == b"x"
    assert not guard.attempts


@pytest.mark.parametrize(
    ("package", "check", "words"),
    [
        ("claimdiff_specimen_cwd", "check_no_file_writes", "specimen-last-layout.json"),
        ("claimdiff_specimen_crash", "check_hostile_input", "killed by SIGKILL"),
        ("claimdiff_specimen_hang", "check_hostile_input", "timed out after 3s"),
    ],
)
def test_the_sandbox_leaves_no_scratch_directory_behind(
    install_plugin: Install,
    kit_config: KitConfig,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    package: str,
    check: str,
    words: str,
) -> None:
    """Whether the plugin writes into its working directory, kills its process or hangs."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    spec = install_plugin(package)
    config = dataclasses.replace(kit_config, timeout=3, large_text_kb=8, random_examples=2)
    (result,) = run_checks([spec], checks=[check], config=config)
    assert result.status == "failed" and words in result.message, result
    assert not list(temp.glob(f"{SCRATCH_PREFIX}*"))
