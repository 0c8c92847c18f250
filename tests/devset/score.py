"""Score the comparator on multi-outlet stories with planted contradictions and traps.

A set is a folder of stories, one sub-folder per story holding one ``<outlet>.txt`` per article,
and a ``gold.json`` listing planted items.  Each item names two quotes (exact, unique substrings of
their articles) and what a careful reader expects of them:

- ``contradiction`` (types antonym, negation, number, date, place, substitution, actor, modality):
  found when one finding of kind contradiction or divergence has evidence overlapping both quotes
  (for two quotes in one article: two different evidence spans, one on each quote).  A weekday or
  date clash may also be reported as a ``date_issue``.
- ``none`` (type none): a false alarm when such a finding covers both quotes.
- ``attributed`` (type attributed): an article quoting a claim and its rebuttal.  Reporting it as a
  divergence is fine; a finding of kind contradiction over both quotes is a false alarm.

Each story is analysed on its own, in one ``claimdiff.analyze`` call over all its articles.
Only finding kinds are read, never codes, so any comparator can be scored.

    python tests/devset/score.py [--set DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CONTRADICTION_TYPES = ("antonym", "negation", "number", "date", "place", "substitution", "actor", "modality")
TYPES = (*CONTRADICTION_TYPES, "attributed", "none")
_EXPECT = {**dict.fromkeys(CONTRADICTION_TYPES, "contradiction"), "attributed": "attributed", "none": "none"}
_FLAG_KINDS = frozenset({"contradiction", "divergence"})


@dataclass(frozen=True)
class Quote:
    doc: str  # "<story>/<outlet>.txt", relative to the set folder
    quote: str


@dataclass(frozen=True)
class GoldItem:
    id: str
    story: str
    type: str
    expect: str
    a: Quote
    b: Quote
    note: str

    @property
    def same_doc(self) -> bool:
        return self.a.doc == self.b.doc


@dataclass(frozen=True)
class Outcome:
    item: GoldItem
    flagged: bool  # a finding covers both quotes (for attributed: a finding of kind contradiction)
    finding: str | None = None  # "kind code: message" of the first finding that covers both


@dataclass
class Score:
    outcomes: list[Outcome]
    by_type: dict[str, tuple[int, int]] = field(default_factory=dict)  # type -> (found, planted)

    @property
    def planted(self) -> int:
        return sum(1 for o in self.outcomes if o.item.expect == "contradiction")

    @property
    def found(self) -> int:
        return sum(1 for o in self.outcomes if o.item.expect == "contradiction" and o.flagged)

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 0.0

    @property
    def traps(self) -> int:
        return sum(1 for o in self.outcomes if o.item.expect != "contradiction")

    @property
    def false_alarms(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.item.expect != "contradiction" and o.flagged]


class GoldError(ValueError):
    """The gold file or a quote in it is malformed."""


def locate(text: str, quote: str) -> tuple[int, int]:
    """Offsets of ``quote`` in ``text``; it must occur exactly once."""
    count = text.count(quote)
    if count != 1:
        raise GoldError(f"quote occurs {count} times, not once: {quote!r}")
    start = text.index(quote)
    return start, start + len(quote)


def load_gold(set_dir: Path) -> list[GoldItem]:
    """Read and validate ``gold.json`` of a set (fields, types, expectations)."""
    raw: list[dict[str, Any]] = json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))
    items: list[GoldItem] = []
    seen: set[str] = set()
    for entry in raw:
        ident = entry.get("id", "?")
        kind = entry.get("type")
        if kind not in _EXPECT:
            raise GoldError(f"{ident}: unknown type {kind!r}")
        if entry.get("expect") != _EXPECT[kind]:
            raise GoldError(f"{ident}: type {kind} expects {_EXPECT[kind]!r}, not {entry.get('expect')!r}")
        if ident in seen:
            raise GoldError(f"{ident}: duplicate id")
        seen.add(ident)
        a, b = Quote(**entry["a"]), Quote(**entry["b"])
        for q in (a, b):
            if q.doc.split("/", 1)[0] != entry["story"]:
                raise GoldError(f"{ident}: {q.doc} is not in story {entry['story']}")
        items.append(GoldItem(ident, entry["story"], kind, entry["expect"], a, b, entry.get("note", "")))
    return items


def quote_problems(set_dir: Path, items: Iterable[GoldItem]) -> list[str]:
    """Every quote that is not an exact, unique substring of its article (named by item id only)."""
    problems = []
    for item in items:
        for side, q in (("a", item.a), ("b", item.b)):
            path = set_dir / q.doc
            if not path.is_file():
                problems.append(f"{item.id}.{side}: no article {q.doc}")
                continue
            try:
                locate(path.read_text(encoding="utf-8"), q.quote)
            except GoldError as exc:
                problems.append(f"{item.id}.{side}: {str(exc).split(':', 1)[0]}")
    return problems


def stories(set_dir: Path) -> dict[str, list[Path]]:
    """Story name -> its articles, sorted."""
    return {
        d.name: sorted(d.glob("*.txt"))
        for d in sorted(set_dir.iterdir())
        if d.is_dir() and any(d.glob("*.txt"))
    }


def _covers(finding: Any, doc_id: str, span: tuple[int, int]) -> list[int]:
    return [
        i
        for i, e in enumerate(finding.evidence)
        if e.doc_id == doc_id and e.start < span[1] and span[0] < e.end
    ]


def judge(item: GoldItem, report: Any, set_dir: Path) -> Outcome:
    """Whether one finding of the report covers both quotes of ``item``."""
    ids = {Path(d.source).resolve(): d for d in report.documents}
    sides = []
    for q in (item.a, item.b):
        doc = ids[(set_dir / q.doc).resolve()]
        sides.append((doc.id, locate(doc.text, q.quote)))
    kinds = set(_FLAG_KINDS)
    if item.type == "date":
        kinds.add("date_issue")
    if item.type == "attributed":
        kinds = {"contradiction"}
    (doc_a, span_a), (doc_b, span_b) = sides
    for f in report.findings:
        if f.kind not in kinds:
            continue
        on_a, on_b = _covers(f, doc_a, span_a), _covers(f, doc_b, span_b)
        # Two different spans: automatic across articles, required inside one.
        if any(i != j for i in on_a for j in on_b):
            return Outcome(item, True, f"{f.kind} {f.code}: {f.message}")
    return Outcome(item, False)


def run(set_dir: Path = HERE) -> Score:
    """Analyse every story of ``set_dir`` and judge every gold item."""
    import claimdiff

    set_dir = set_dir.resolve()
    items = load_gold(set_dir)
    problems = quote_problems(set_dir, items)
    if problems:
        raise GoldError("; ".join(problems))
    by_story: dict[str, list[GoldItem]] = {}
    for item in items:
        by_story.setdefault(item.story, []).append(item)
    articles = stories(set_dir)
    outcomes: list[Outcome] = []
    for story, story_items in by_story.items():
        report = claimdiff.analyze(articles[story])
        outcomes.extend(judge(item, report, set_dir) for item in story_items)
    score = Score(outcomes)
    for kind in CONTRADICTION_TYPES:
        planted = [o for o in outcomes if o.item.type == kind]
        score.by_type[kind] = (sum(o.flagged for o in planted), len(planted))
    return score


def render(score: Score, verbose: bool = False) -> str:
    """The printed summary: recall by type, flagged traps, totals."""
    lines = ["recall of planted contradictions by type:"]
    for kind, (found, planted) in score.by_type.items():
        if planted:
            lines.append(f"  {kind:<13} {found:>3}/{planted:<3} {found / planted:6.0%}")
    if verbose:
        lines.append("missed contradictions:")
        lines += [
            f"  {o.item.id} [{o.item.type}] {o.item.note}"
            for o in score.outcomes
            if o.item.expect == "contradiction" and not o.flagged
        ]
        lines.append("found contradictions:")
        lines += [
            f"  {o.item.id} [{o.item.type}] <- {o.finding}"
            for o in score.outcomes
            if o.item.expect == "contradiction" and o.flagged
        ]
    lines.append(f"flagged non-contradictions ({len(score.false_alarms)}):")
    for o in score.false_alarms:
        extra = f" <- {o.finding}" if verbose else ""
        lines.append(f"  {o.item.id} [{o.item.type}] {o.item.note}{extra}")
    lines.append(
        f"total: recall {score.found}/{score.planted} ({score.recall:.0%}), "
        f"false alarms {len(score.false_alarms)}/{score.traps}"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--set", type=Path, default=HERE, help="folder of stories with gold.json")
    parser.add_argument("--verbose", action="store_true", help="list every item with the finding that hit it")
    args = parser.parse_args(argv)
    print(render(run(args.set), args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
