"""Where a plugin keeps its example documents (the kit's convention).

An extractor's examples are real or realistic articles of its outlet, used to check detection,
layout and analysis.  The kit looks, in order, for

1. an ``examples()`` method on the extractor returning the texts (any iterable of ``str``);
2. package data of the plugin's package: ``examples/<extractor name>/*.txt`` when that folder
   exists, else ``examples/*.txt`` (UTF-8, read in file-name order), found with
   :mod:`importlib.resources` so it works from a wheel as well as from a checkout.

An extractor without examples is not a failure: the checks that need examples are skipped.
"""

from __future__ import annotations

import sys
from importlib import import_module, resources
from importlib.resources.abc import Traversable
from typing import Any

EXAMPLES_DIR = "examples"


class ExamplesError(Exception):
    """The examples exist but cannot be read (bad encoding, wrong type from ``examples()``)."""


def find_examples(extractor: Any, module_name: str) -> list[str]:
    """The example texts of ``extractor``, registered by the plugin module ``module_name``."""
    return [text for _, text in named_examples(extractor, module_name)]


def named_examples(extractor: Any, module_name: str) -> list[tuple[str, str]]:
    """(label, text) of each example: ``example 'examples/01_dams.txt'`` or ``examples()[1]``."""
    method = getattr(extractor, "examples", None)
    if callable(method):
        texts = list(method())
        bad = [type(t).__name__ for t in texts if not isinstance(t, str)]
        if bad:
            raise ExamplesError(f"examples() must return str texts, got {', '.join(sorted(set(bad)))}")
        return [(f"examples()[{i}]", t) for i, t in enumerate(texts)]
    folder = _examples_folder(module_name, str(getattr(extractor, "name", "")))
    if folder is None:
        return []
    where = EXAMPLES_DIR if folder.name == EXAMPLES_DIR else f"{EXAMPLES_DIR}/{folder.name}"
    found = []
    for item in sorted(folder.iterdir(), key=lambda t: t.name):
        if item.is_file() and item.name.endswith(".txt"):
            try:
                found.append((f"example '{where}/{item.name}'", item.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as exc:
                raise ExamplesError(f"cannot read {where}/{item.name}: {exc}") from exc
    return found


def package_of(module_name: str) -> str | None:
    """The package holding ``module_name``'s data: itself if a package, else its parent package."""
    module = sys.modules.get(module_name) or import_module(module_name)
    if hasattr(module, "__path__"):
        return module_name
    parent = module_name.rpartition(".")[0]
    return parent or None


def _examples_folder(module_name: str, extractor_name: str) -> Traversable | None:
    package = package_of(module_name)
    if package is None:
        return None
    root = resources.files(package) / EXAMPLES_DIR
    if not root.is_dir():
        return None
    own = root / extractor_name
    return own if extractor_name and own.is_dir() else root
