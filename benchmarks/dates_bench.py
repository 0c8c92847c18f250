"""Dates benchmark: claimdiff's finder against dateparser's search_dates, and the finder's cost on
adversarial input.

    python benchmarks/dates_bench.py [--check]

1. Throughput (KB/s) of ``claimdiff.dates.find_times`` and of
   ``dateparser.search.search_dates(languages=["ar"])`` on the same texts: the five seed articles
   and the sentences of the labelled table (tests/dates/date_cases.py), twenty to a text.  Both are
   warmed up on other text first; the best of several passes counts.
2. Recall of both on the labelled table: a case is found when a result overlaps the expected span
   (span recall) and when its value agrees with the expected one on every part the case knows
   (value recall).  Each sentence is read on its own; dateparser gets the case's document date as
   RELATIVE_BASE, as claimdiff gets it as its anchor.
3. The finder (and the whole date layer) on 128 KB to 1 MB of adversarial text: long digit runs,
   repeated month names, unclosed brackets, label lines without dates.  Cost per KB stays flat.

``--check`` exits 1 unless claimdiff is at least 20 times faster, recalls more, and the cost per KB
on 1 MB is within twice the cost per KB on 128 KB.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import re
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from claimdiff.dates import check_dates, find_datelines, find_times
from claimdiff.dates.finder import analyse
from claimdiff.schema import TextRange

ROOT = Path(__file__).resolve().parent.parent


def load_table() -> ModuleType:
    spec = importlib.util.spec_from_file_location("date_cases", ROOT / "tests" / "dates" / "date_cases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["date_cases"] = module
    spec.loader.exec_module(module)
    return module


def kb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1024


def claimdiff_pass(texts: list[str], anchors: list[datetime.date | None]) -> list[list[Any]]:
    analyse.cache_clear()
    return [
        find_times(t, [TextRange(start=0, end=len(t))], doc_id="b", anchor=a, id_prefix="t")
        for t, a in zip(texts, anchors, strict=True)
    ]


def dateparser_pass(texts: list[str], anchors: list[datetime.date | None]) -> list[list[Any]]:
    from dateparser.search import search_dates

    out = []
    for t, a in zip(texts, anchors, strict=True):
        settings = {"RELATIVE_BASE": datetime.datetime(a.year, a.month, a.day)} if a else None
        out.append(search_dates(t, languages=["ar"], settings=settings) or [])
    return out


def best_of(runs: int, fn: Any, *args: Any) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


_DATE = re.compile(r"^(\d{4}|XXXX)(?:-(\d\d|XX)(?:-(\d\d|XX))?)?$")
_WEEKDAY = re.compile(r"^XXXX-WXX-(\d)$")
_CLOCK = re.compile(r"T(\d\d):(\d\d)$")


def dateparser_agrees(expected: str, found: datetime.datetime) -> bool:
    """Whether a dateparser datetime agrees with a TIMEX value on every part the value knows."""
    m = _DATE.match(expected)
    if m:
        parts = [found.year, found.month, found.day]
        return all(g is None or "X" in g or int(g) == p for g, p in zip(m.groups(), parts, strict=True))
    w = _WEEKDAY.match(expected)
    if w:
        return found.isoweekday() == int(w.group(1))
    c = _CLOCK.search(expected)
    if c:
        return (found.hour, found.minute) == (int(c.group(1)), int(c.group(2)))
    return False  # durations, quarters, seasons, weeks, decades: dateparser has no such value


def recall(cases: list[Any], claimdiff: list[list[Any]], dateparser: list[list[Any]]) -> dict[str, list[int]]:
    scores = {"claimdiff": [0, 0], "dateparser": [0, 0]}
    for case, ours, theirs in zip(cases, claimdiff, dateparser, strict=True):
        at = case.sentence.index(case.span)
        span = (at, at + len(case.span))
        hits = [m for m in ours if m.start < span[1] and span[0] < m.end]
        scores["claimdiff"][0] += bool(hits)
        scores["claimdiff"][1] += any(m.value == case.value for m in hits)
        found = []
        for text, dt in theirs:
            pos = case.sentence.find(text)
            if pos >= 0 and pos < span[1] and span[0] < pos + len(text):
                found.append(dt)
        scores["dateparser"][0] += bool(found)
        scores["dateparser"][1] += any(dateparser_agrees(case.value, dt) for dt in found)
    return scores


def adversarial(size: int) -> str:
    pieces = [
        "7" * 4000 + " ",
        "مارس " * 300,
        "آذار/مارس/آذار/" * 80 + " ",
        "مارس(آذار" * 150 + " ",
        "(((((( [[[[ ((( " * 40,
        "1/1/1/1/1/1/1/1/1/1/" * 60 + " ",
        "12-12-12-12-12-2014-" * 40 + " ",
        "۲ ربیع الثانی -۶۴۱ -۶۴۱ -۶۴۱ " * 40,
        "أمس أمس الاثنين الاثنين اليوم اليوم " * 40,
        "ثلاثة عشر خمسة وعشرين وعشرين وعشرين " * 40,
        "\nتاريخ النشر: \nآخر تحديث: -\n" * 60,
        "14:07:07:07:07:07 " * 60,
        "الربع الأول من الربع الأول من " * 40,
    ]
    out: list[str] = []
    total, i = 0, 0
    while total < size:
        piece = pieces[i % len(pieces)]
        out.append(piece)
        total += len(piece.encode("utf-8"))
        i += 1
    return "".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 unless the claims above hold")
    args = parser.parse_args()

    table = load_table()
    cases = list(table.CASES)
    sentences = [c.sentence for c in cases]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    # throughput on article-sized texts: the seeds, and the table's sentences twenty to a text
    table_texts = ["\n".join(sentences[i : i + 20]) for i in range(0, len(sentences), 20)]
    groups = {"articles": seeds, "table": table_texts}
    texts = [t for g in groups.values() for t in g]
    size = kb(texts)

    # warm both up on other text first (dateparser loads and compiles its language data lazily)
    warm = [t.replace("ال", "ال ") for t in texts]
    dateparser_pass(warm, [None] * len(warm))
    claimdiff_pass(warm, [None] * len(warm))
    speed: dict[str, dict[str, float]] = {"claimdiff": {}, "dateparser": {}}
    for name, group in groups.items():
        none: list[datetime.date | None] = [None] * len(group)
        speed["claimdiff"][name] = kb(group) / best_of(10, claimdiff_pass, group, none)[0]
        speed["dateparser"][name] = kb(group) / best_of(2, dateparser_pass, group, none)[0]
    for tool in speed:
        seconds = sum(kb(g) / speed[tool][n] for n, g in groups.items())
        speed[tool]["all"] = size / seconds

    # recall: each sentence on its own, with its document date
    anchors = [c.anchor for c in cases]
    scores = recall(cases, claimdiff_pass(sentences, anchors), dateparser_pass(sentences, anchors))

    print(
        f"texts: {len(seeds)} seed articles ({kb(seeds):.1f} KB) + {len(cases)} table sentences "
        f"in {len(table_texts)} texts ({kb(table_texts):.1f} KB)"
    )
    print(
        f"{'':26}{'KB/s':>8}{'ms/KB':>8}{'articles':>10}{'table':>8}{'span recall':>13}{'value recall':>14}"
    )
    for name, key in (("claimdiff find_times", "claimdiff"), ("dateparser search_dates", "dateparser")):
        span, value = scores[key]
        v = speed[key]
        print(
            f"{name:26}{v['all']:>8.0f}{1000 / v['all']:>8.3f}{v['articles']:>10.0f}{v['table']:>8.0f}"
            f"{span / len(cases):>12.0%} {value / len(cases):>13.0%}"
        )
    speedup = speed["claimdiff"]["all"] / speed["dateparser"]["all"]
    print(f"claimdiff is {speedup:.0f} times faster ({len(cases)} labelled expressions for recall)")

    print("\nadversarial text (digit runs, repeated month names, unclosed brackets, empty labels):")
    print(f"{'KB':>6}{'find_times s':>14}{'ms/KB':>8}{'mentions':>10}{'date layer s':>14}{'ms/KB':>8}")
    per_kb: list[float] = []
    for n in (128, 256, 512, 1024):
        text = adversarial(n * 1024)
        ranges = [TextRange(start=0, end=len(text))]
        analyse.cache_clear()
        start = time.perf_counter()
        found = find_times(text, ranges, doc_id="a", anchor=None, id_prefix="t")
        finder = time.perf_counter() - start
        analyse.cache_clear()
        start = time.perf_counter()
        lines = find_datelines(text, [], doc_id="a", id_prefix="d")
        times = find_times(text, ranges, doc_id="a", anchor=lines.published, id_prefix="t")
        check_dates(text, doc_id="a", times=[*lines.parts, *times], datelines=lines)
        layer = time.perf_counter() - start
        per_kb.append(finder * 1000 / n)
        row = f"{n:>6}{finder:>14.3f}{finder * 1000 / n:>8.3f}{len(found):>10}"
        print(f"{row}{layer:>14.3f}{layer * 1000 / n:>8.3f}")

    ok = speedup >= 20 and scores["claimdiff"][1] > scores["dateparser"][1] and per_kb[-1] <= 2 * per_kb[0]
    if args.check and not ok:
        print("CHECK FAILED")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
