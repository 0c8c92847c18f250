"""Renaming documents, reordering them or re-spelling one outlet's text does not change findings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from articles import Article, Outcome, respell, run
from test_findings import (
    BLAST_12,
    BLAST_30,
    CONDITIONS_A,
    CONDITIONS_B,
    EUROPEANS,
    MEETING_AMMAN,
    MEETING_CAIRO,
    OFFICE_NATIONAL,
    OFFICE_QAWMI,
    RUSSIANS,
    THREE_MINISTERS,
    TWO_MINISTERS,
    VISIT,
    VISIT_DENIED,
)

PAIRS = [
    (VISIT, VISIT_DENIED),
    (BLAST_12, BLAST_30),
    (MEETING_CAIRO, MEETING_AMMAN),
    (CONDITIONS_A, CONDITIONS_B),
    (THREE_MINISTERS, TWO_MINISTERS),
    (EUROPEANS, RUSSIANS),
    (OFFICE_NATIONAL, OFFICE_QAWMI),
]


def _by_doc(outcome: Outcome, names: dict[str, str]) -> set[tuple[str, str, frozenset[tuple[str, int, int]]]]:
    return {
        (f.kind, f.code, frozenset((names.get(e.doc_id, e.doc_id), e.start, e.end) for e in f.evidence))
        for f in outcome.findings
    }


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_renaming_documents_keeps_findings(first: Article, second: Article) -> None:
    base = run([first, second])
    renamed = run([replace(first, doc_id="zeta"), replace(second, doc_id="alpha")])
    assert _by_doc(renamed, {"zeta": "a", "alpha": "b"}) == _by_doc(base, {})


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_reordering_documents_keeps_findings(first: Article, second: Article) -> None:
    assert _by_doc(run([second, first]), {}) == _by_doc(run([first, second]), {})


@pytest.mark.parametrize(("first", "second"), PAIRS)
@pytest.mark.parametrize("which", [0, 1])
def test_respelling_one_outlet_keeps_findings(first: Article, second: Article, which: int) -> None:
    arts = [first, second]
    changed = arts[which]
    arts[which] = replace(
        changed,
        text=respell(changed.text),
        quantities=[(respell(s), v, u, q) for s, v, u, q in changed.quantities],
        times=[(respell(s), v) for s, v in changed.times],
    )
    # Re-spelling maps one character to one, so evidence keeps its offsets.
    assert _by_doc(run(arts), {}) == _by_doc(run([first, second]), {})


def test_respelling_is_not_a_no_op() -> None:
    assert respell(VISIT.text) != VISIT.text


@pytest.mark.parametrize("n", range(5))
def test_an_article_and_its_copy_do_not_disagree(n: int, examples: list[Path], tmp_path: Path) -> None:
    """A relay that copies an article word for word disagrees with it nowhere: no finding joins
    the two documents (findings inside each one may stand, the same in both)."""
    from claimdiff import analyze

    source = examples[n]
    copy = tmp_path / f"copy_{source.name}"
    copy.write_bytes(source.read_bytes())
    report = analyze([source, copy])
    across = [f.message for f in report.findings if len({e.doc_id for e in f.evidence}) == 2]
    assert not across, across
