"""The findings between two documents do not depend on what else is in the batch.

The harness puts a pair of analysed articles in a batch of 2 and in batches of many, filled
with renamed copies of analysed articles on the same stories (so that alignment groups pass the
aligner's old cap), and compares the findings whose evidence lies in exactly that pair.  Only
alignment and comparison run on the large batches, so they stay quick.
"""

from __future__ import annotations

import pytest
from scale_corpus import EXAMPLES

from claimdiff.pipeline import Analysed, analyse_each, compare_analysed
from claimdiff.schema import Claim, Document, Mention, Report


def clone(item: Analysed, new_id: str) -> Analysed:
    """The same analysis as if another outlet had published it: every id and doc_id renamed."""
    from pydantic import TypeAdapter

    old = item.doc.id

    def renamed(json: str) -> str:
        return json.replace(f'"{old}:', f'"{new_id}:').replace(f'"doc_id":"{old}"', f'"doc_id":"{new_id}"')

    doc = Document.model_validate_json(
        item.doc.model_dump_json().replace(f'"id":"{old}"', f'"id":"{new_id}"', 1)
    )
    mention: TypeAdapter[Mention] = TypeAdapter(Mention)
    return Analysed(
        doc,
        mentions=[mention.validate_json(renamed(m.model_dump_json())) for m in item.mentions],
        claims=[Claim.model_validate_json(renamed(c.model_dump_json())) for c in item.claims],
        findings=[],
    )


def pair_findings(report: Report, pair: set[str]) -> list[tuple[str, str, tuple[tuple[str, int, int], ...]]]:
    return sorted(
        (f.code, f.message, tuple(sorted((e.doc_id, e.start, e.end) for e in f.evidence)))
        for f in report.findings
        if {e.doc_id for e in f.evidence} == pair
    )


@pytest.fixture(scope="module")
def seeds() -> list[Analysed]:
    return list(analyse_each(sorted(str(p) for p in EXAMPLES.glob("*.txt"))))


def test_a_pair_has_the_same_findings_among_copies_of_every_story(seeds: list[Analysed]) -> None:
    a, b = seeds[0], seeds[1]
    ids = {a.doc.id, b.doc.id}
    alone = pair_findings(compare_analysed([a, b]), ids)
    assert alone, "the pair must disagree on something for the test to mean anything"
    crowd = [clone(s, f"copy{k}x{n}") for k in range(2) for n, s in enumerate(seeds)]
    assert pair_findings(compare_analysed([a, b, *crowd]), ids) == alone


@pytest.mark.slow
def test_a_pair_has_the_same_findings_among_more_copies_of_its_story_than_a_group_holds(
    seeds: list[Analysed],
) -> None:
    from claimdiff.align import MAX_GROUP

    a, b = seeds[0], seeds[1]
    ids = {a.doc.id, b.doc.id}
    alone = pair_findings(compare_analysed([a, b]), ids)
    half = MAX_GROUP // 2 + 1
    crowd = [clone(s, f"copy{k}x{n}") for k in range(half) for n, s in enumerate((a, b))]
    assert pair_findings(compare_analysed([a, b, *crowd]), ids) == alone


@pytest.mark.parametrize("pair", [(0, 1), (0, 3), (3, 4)])
def test_every_pair_of_seeds_has_the_same_findings_in_a_batch_of_two_and_of_many(
    seeds: list[Analysed], pair: tuple[int, int]
) -> None:
    a, b = seeds[pair[0]], seeds[pair[1]]
    ids = {a.doc.id, b.doc.id}
    alone = pair_findings(compare_analysed([a, b]), ids)
    assert pair_findings(compare_analysed([b, a]), ids) == alone
    small = [s for s in seeds if s.doc.id not in ids]
    assert pair_findings(compare_analysed([*small[:1], a, *small[1:], b]), ids) == alone
    crowd = [clone(s, f"copy{k}x{n}") for k in range(6) for n, s in enumerate(seeds)]
    assert pair_findings(compare_analysed([*crowd[:17], b, *crowd[17:], a]), ids) == alone


def test_findings_inside_a_document_do_not_depend_on_the_batch(seeds: list[Analysed]) -> None:
    a = seeds[0]
    own = {a.doc.id}
    alone = pair_findings(compare_analysed([a]), own)
    assert alone, "the seed must hold a finding inside itself for the test to mean anything"
    crowd = [clone(s, f"copy{k}x{n}") for k in range(3) for n, s in enumerate(seeds)]
    assert pair_findings(compare_analysed([*crowd, a]), own) == alone
