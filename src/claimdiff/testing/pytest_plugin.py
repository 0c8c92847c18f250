"""The kit's pytest plugin (entry point ``pytest11``): options for its limits, a config fixture.

Enabled automatically where claimdiff is installed; without the entry point, add
``pytest_plugins = ["claimdiff.testing.pytest_plugin"]`` to a ``conftest.py``.
"""

from __future__ import annotations

import dataclasses

import pytest

from claimdiff.testing.config import KitConfig
from claimdiff.testing.parametrize import active_config, configure

_OPTIONS = {
    "timeout": ("--claimdiff-timeout", float, "seconds a sandboxed check may run"),
    "memory_mb": ("--claimdiff-memory-mb", int, "MB the sandboxed child may allocate"),
    "budget_ratio": ("--claimdiff-budget-ratio", float, "time budget as a multiple of the generic extractor"),
    "large_text_kb": ("--claimdiff-large-text-kb", int, "size of the large hostile input"),
    "random_examples": ("--claimdiff-random-examples", int, "random Unicode texts to try"),
}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claimdiff", "claimdiff plugin conformance kit")
    for field, (flag, kind, help_text) in _OPTIONS.items():
        group.addoption(flag, type=kind, default=None, dest=f"claimdiff_{field}", help=help_text)
    group.addoption(
        "--claimdiff-no-sandbox",
        action="store_true",
        default=False,
        help="run the conformance checks in the test process (no time, memory or network limits)",
    )


def pytest_configure(config: pytest.Config) -> None:
    changes: dict[str, object] = {
        field: value
        for field in _OPTIONS
        if (value := config.getoption(f"claimdiff_{field}", default=None)) is not None
    }
    if config.getoption("claimdiff_no_sandbox", default=False):
        changes["sandbox"] = False
    configure(dataclasses.replace(KitConfig(), **changes) if changes else None)  # type: ignore[arg-type]


def pytest_unconfigure(config: pytest.Config) -> None:
    configure(None)


@pytest.fixture
def claimdiff_kit_config() -> KitConfig:
    """The limits the conformance checks run with in this session."""
    return active_config()
