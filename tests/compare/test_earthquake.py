"""The earthquake story of issue 10, told by four outlets with five planted differences.

The articles under ``earthquake/`` describe one quake in north-west Syria on one day.  They agree on
most of it and differ on the dead (37 vs 29), the injured (210 vs more than 300), the magnitude
(6.1 vs 5.9), the epicentre (Harem vs Jisr al-Shughur), and the Bab al-Hawa crossing (closed say
two outlets, the crossing's administration denies it in a third).  Each difference must come out as
one finding of kind contradiction or divergence whose evidence covers both values, whatever the
order the articles are given in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff import analyze
from claimdiff.schema import Finding, Report, Severity, make_span

STORY = Path(__file__).parent / "earthquake"
FLAG_KINDS = frozenset({"contradiction", "divergence"})

# (outlet, value): the value is a substring of the outlet's article that the evidence must cover.
Side = tuple[str, str]
CASES = [
    pytest.param(("enab", "37"), ("halab_today", "29"), id="dead"),
    pytest.param(("enab", "210"), ("syria_tv", "300"), id="injured"),
    pytest.param(("enab", "6.1"), ("north_press", "5.9"), id="magnitude"),
    pytest.param(("enab", "حارم"), ("halab_today", "جسر الشغور"), id="epicentre"),
    pytest.param(("enab", "أغلقت"), ("syria_tv", "نفت"), id="closure-denied-1"),
    pytest.param(("halab_today", "أغلق"), ("syria_tv", "نفت"), id="closure-denied-2"),
]


@pytest.fixture(scope="module", params=["forward", "reverse"])
def report(request: pytest.FixtureRequest) -> Report:
    paths = sorted(STORY.glob("*.txt"))
    return analyze(paths if request.param == "forward" else paths[::-1])


def _text(report: Report, outlet: str) -> tuple[str, str]:
    doc = next(d for d in report.documents if Path(d.source).stem == outlet)
    return doc.id, doc.text


def _covers(report: Report, finding: Finding, side: Side) -> bool:
    """Whether one evidence span of ``finding`` contains an occurrence of the side's value."""
    doc_id, text = _text(report, side[0])
    value = side[1]
    starts = [i for i in range(len(text)) if text.startswith(value, i)]
    return any(
        e.doc_id == doc_id and e.start <= i and i + len(value) <= e.end
        for e in finding.evidence
        for i in starts
    )


def test_story_has_every_planted_value() -> None:
    for param in CASES:
        for outlet, value in param.values:  # type: ignore[misc]
            assert value in (STORY / f"{outlet}.txt").read_text(encoding="utf-8"), (outlet, value)


def _flagged(report: Report, a: Side, b: Side) -> list[Finding]:
    return [
        f for f in report.findings if f.kind in FLAG_KINDS and _covers(report, f, a) and _covers(report, f, b)
    ]


def test_checker_accepts_a_covering_finding_only(report: Report) -> None:
    """The check itself can pass: a finding spanning both values counts, one on a single side does not."""
    spans = []
    for outlet, value in (("enab", "37"), ("halab_today", "29")):
        doc_id, text = _text(report, outlet)
        start = text.index(value)
        spans.append(make_span(doc_id, text, start, start + len(value) + 6))
    both = Finding(id="t1", kind="divergence", code="test", severity=Severity.low, message="", evidence=spans)
    one = both.model_copy(update={"evidence": spans[:1]})
    fake = report.model_copy(update={"findings": [one]})
    assert not _flagged(fake, ("enab", "37"), ("halab_today", "29"))
    fake = report.model_copy(update={"findings": [one, both]})
    assert _flagged(fake, ("enab", "37"), ("halab_today", "29")) == [both]


@pytest.mark.parametrize(("a", "b"), CASES)
def test_planted_difference_is_flagged(report: Report, a: Side, b: Side) -> None:
    hits = _flagged(report, a, b)
    seen = "\n".join(f"  {f.kind} {f.code}: {f.message}" for f in report.findings)
    assert hits, f"no finding covers {a} and {b}; findings:\n{seen}"
