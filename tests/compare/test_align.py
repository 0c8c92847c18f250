"""Alignment: same-thing claims grouped across documents, unrelated ones kept apart."""

from __future__ import annotations

import pytest
from articles import Article, run

import claimdiff.align as align_module
from claimdiff.align import Matcher, align
from claimdiff.claims.profile import build
from claimdiff.schema import Claim


def _texts(outcome_claims: list[Claim], ids: list[str]) -> set[str]:
    by_id = {c.id: c for c in outcome_claims}
    return {by_id[i].text for i in ids}


def test_two_one_line_headlines_align() -> None:
    out = run(
        [
            Article("a", "طهران تشترط رفع العقوبات للعودة إلى المفاوضات"),
            Article("b", "إيران اشترطت رفع العقوبات الاقتصادية قبل العودة للمفاوضات"),
        ]
    )
    assert len(out.alignments) == 1
    assert {c.split(":")[0] for c in out.alignments[0].claim_ids} == {"a", "b"}
    assert out.alignments[0].reasons


def test_unrelated_claims_do_not_align() -> None:
    out = run(
        [
            Article("a", "فيضانات\nقتل 12 شخصا في فيضانات ضربت مدينة حمص صباح الأحد."),
            Article("b", "سياسة\nالتقى وزيرا خارجية فرنسا وألمانيا في بروكسل لبحث ملف الهجرة."),
        ]
    )
    assert out.alignments == []


def test_alignment_ids_and_order_are_deterministic() -> None:
    arts = [
        Article(
            "a",
            "زيارة\nزار الوزير هانس مولر بغداد والتقى رئيس الوزراء العراقي.\nقتل 12 شخصا في انفجار في حمص.",
        ),
        Article("b", "زيارة\nانفجار حمص أدى إلى مقتل 12 شخصا.\nالوزير هانس مولر زار بغداد أمس."),
    ]
    first, again = run(arts), run(arts)
    assert [a.model_dump() for a in first.alignments] == [a.model_dump() for a in again.alignments]
    assert [a.id for a in first.alignments] == [f"a{n}" for n in range(1, len(first.alignments) + 1)]
    assert len(first.alignments) == 2
    # Ordered by the position of their first claim in the first document.
    starts = [
        min(c.start for c in first.claims if c.id in a.claim_ids and c.doc_id == "a")
        for a in first.alignments
    ]
    assert starts == sorted(starts)
    swapped = run(list(reversed(arts)))
    assert {frozenset(_texts(swapped.claims, a.claim_ids)) for a in swapped.alignments} == {
        frozenset(_texts(first.claims, a.claim_ids)) for a in first.alignments
    }


def test_a_hub_claim_does_not_chain_unrelated_groups() -> None:
    hub = "في بغداد زار الوزير هانس مولر العاصمة وقتل 12 شخصا في انفجار في حمص."
    out = run(
        [
            Article("a", "زيارة\nزار الوزير هانس مولر بغداد والتقى رئيس الوزراء العراقي في القصر."),
            Article("b", "انفجار\nقتل 12 شخصا في انفجار سيارة مفخخة في مدينة حمص صباح الأحد."),
            Article("c", "خلاصة\n" + hub),
        ]
    )
    for al in out.alignments:
        docs = {cid.split(":")[0] for cid in al.claim_ids}
        assert docs != {"a", "b", "c"} or len(al.claim_ids) < 3


def test_common_keys_are_not_used_for_blocking(monkeypatch: pytest.MonkeyPatch) -> None:
    arts = [
        Article(f"d{n}", f"خبر\nقالت الحكومة السورية إن الوضع في المدينة رقم {n} مستقر.") for n in range(6)
    ]
    out = run(arts)
    monkeypatch.setattr(align_module, "BLOCK_CAP", 3)
    capped = Matcher(build(out.claims, []))
    assert capped.candidates() == []  # every shared word is in more claims than the cap
    assert align(out.claims, [], out.documents) == []


def test_group_reasons_keep_one_of_each_kind() -> None:
    from claimdiff.align import _distinct_reasons

    why = ["shared words 0.38", "same predicate: meet", "shared words 0.55"]
    why += ["same predicate: visit", "same actor"]
    assert _distinct_reasons(why) == ["shared words 0.38", "same predicate: meet", "same actor"]
