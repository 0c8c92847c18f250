"""The plugin guard's share of per-document time, with and without it, in one process.

    python benchmarks/guard_share.py [--rounds 5]

Documents: the seed articles (``examples/*.txt``) and the held-out articles of
``tests/heldout/articles``.  The installed plugins are loaded twice, once with the guard in its
default ``process`` mode (every call into an installed plugin's extractor goes to a forked worker
under a time limit and a memory guard) and once with ``CLAIMDIFF_PLUGIN_GUARD=off`` (the same
calls made directly); built-in extractors run in the calling process either way.  Each document is
analysed on its own (``analyse_each``, no comparison), both settings alternate over the rounds so
machine load hits both, and the best round of each counts.  Wall time, because with the guard the
plugin's work runs in the worker process.  The reports must be equal in both settings.

It also times the guarded call itself: one ``detect()`` through the guard against the same call
made directly, on every document, which is the guard's cost per call without the rest of the
analysis around it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from claimdiff import plugins as plugin_loading
from claimdiff.pipeline import analyse_each

ROOT = Path(__file__).resolve().parents[1]


def documents() -> list[tuple[str, str]]:
    """(path, text) of each document; the path is analysed (HTML is read as HTML), the text is
    what ``detect()`` is timed on."""
    seeds = sorted((ROOT / "examples").glob("*.txt"))
    held = sorted(p for p in (ROOT / "tests/heldout/articles").iterdir() if p.suffix in (".txt", ".html"))
    return [(str(p), p.read_text(encoding="utf-8")) for p in [*seeds, *held]]


def load(mode: str) -> plugin_loading.Plugins:
    os.environ["CLAIMDIFF_PLUGIN_GUARD"] = mode
    try:
        return plugin_loading.load()  # a new registry (and guard) for each setting
    finally:
        del os.environ["CLAIMDIFF_PLUGIN_GUARD"]


_in_calls = [0.0]
_call = plugin_loading.Plugins.call


def _timed_call(self: plugin_loading.Plugins, extractor: str, method: str, text: str) -> object:
    t = time.perf_counter()
    try:
        return _call(self, extractor, method, text)
    finally:
        _in_calls[0] += time.perf_counter() - t


plugin_loading.Plugins.call = _timed_call  # type: ignore[method-assign]


def analyse(docs: list[tuple[str, str]], plugins: plugin_loading.Plugins) -> tuple[float, float, list[str]]:
    """Seconds for all documents, seconds of it inside extractor calls, and the reports."""
    _in_calls[0] = 0.0
    total, out = 0.0, []
    for path, _ in docs:
        t = time.perf_counter()
        (item,) = analyse_each([path], plugins=plugins, jobs=1)
        total += time.perf_counter() - t
        out.append(item.doc.model_dump_json() + "".join(c.model_dump_json() for c in item.claims))
    return total, _in_calls[0], out


def per_call(
    texts: list[str], plugins: plugin_loading.Plugins, name: str, method: str = "detect"
) -> tuple[float, float]:
    """Seconds of ``name.<method>()`` on all ``texts``, through the guard and made directly (best
    of 5 passes)."""
    ext = plugins.extractors[name]
    guarded = direct = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        for text in texts:
            plugins.call(name, method, text)
        guarded = min(guarded, time.perf_counter() - t)
        t = time.perf_counter()
        for text in texts:
            getattr(ext, method)(text)
        direct = min(direct, time.perf_counter() - t)
    return guarded, direct


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    docs = documents()
    settings = {"guard on": load("process"), "guard off": load("off")}
    guarded = sorted(
        n for n, p in settings["guard on"].extractor_plugin.items() if p not in {"generic", "formats"}
    )
    if not guarded:
        print("no installed plugin extractors: nothing is guarded (install plugins/*)")
        return 1
    t = time.perf_counter()
    settings["guard on"].call(guarded[0], "detect", "")
    fork = time.perf_counter() - t  # the first guarded call starts the worker process
    outputs = {name: analyse(docs, p)[2] for name, p in settings.items()}  # warm-up, and the check
    if outputs["guard on"] != outputs["guard off"]:
        print("the reports differ with and without the guard")
        return 1
    best = dict.fromkeys(settings, float("inf"))
    calls = dict.fromkeys(settings, float("inf"))
    for _ in range(args.rounds):
        for name, p in settings.items():
            total, inside, _ = analyse(docs, p)
            best[name], calls[name] = min(best[name], total), min(calls[name], inside)
    n = len(docs)
    on, off = (1000 * best[k] / n for k in ("guard on", "guard off"))
    c_on, c_off = (1000 * calls[k] / n for k in ("guard on", "guard off"))
    print(f"{n} documents, best of {args.rounds} rounds; guarded extractors: {', '.join(guarded)}")
    print(f"guard on   {on:7.2f} ms per document")
    print(f"guard off  {off:7.2f} ms per document")
    print(
        f"difference {on - off:+.2f} ms per document ({100 * (on - off) / off:+.1f}%; machine noise included)"
    )
    share = c_on - c_off
    print(f"inside extractor calls: {c_on:.2f} ms guarded, {c_off:.2f} ms direct per document")
    print(f"guard share {share:+.2f} ms per document ({100 * share / off:+.1f}% of the time without it)")
    texts = [text for _, text in docs]
    extra = 0.0
    for name in guarded:
        g, d = per_call(texts, settings["guard on"], name)
        extra += g - d
        print(f"detect() of {name:10s} {1000 * g / n:6.3f} ms guarded, {1000 * d / n:6.3f} ms direct")
    plugins = settings["guard off"]
    for name in guarded:  # layout() runs for the documents a plugin claims
        mine = [t for t in texts if plugins.extractors[name].detect(t) > 0.5]
        if mine:
            g, d = per_call(mine, settings["guard on"], name, "layout")
            extra += g - d
            k = len(mine)
            print(f"layout() of {name:10s} {1000 * g / k:6.3f} ms guarded, {1000 * d / k:6.3f} ms direct")
    per_doc = 1000 * extra / n
    print(f"guarded calls, all documents: {per_doc:+.2f} ms per document ({100 * per_doc / off:+.1f}%)")
    print(f"starting the worker (once per run): {1000 * fork:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
