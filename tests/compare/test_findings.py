"""Each kind of finding and each kind of non-finding, on pairs of short articles, both ways round."""

from __future__ import annotations

import pytest
from articles import Article, Outcome, evidence_texts, run

from claimdiff.schema import Qualifier

VISIT = Article(
    "a",
    "وزير الخارجية الألماني يزور بغداد\n"
    "زار وزير الخارجية الألماني هانس مولر بغداد يوم الاثنين والتقى رئيس الوزراء العراقي.",
    outlet="Outlet A",
)
VISIT_DENIED = Article(
    "b",
    "برلين تنفي زيارة مولر إلى بغداد\nنفت وزارة الخارجية الألمانية أن يكون الوزير هانس مولر قد زار بغداد.",
    outlet="Outlet B",
)
BLAST_12 = Article(
    "a",
    "مقتل 12 شخصا في انفجار بمدينة حمص\nقتل 12 شخصا في انفجار سيارة مفخخة في مدينة حمص صباح الأحد.",
    quantities=[("12 شخصا", 12, "شخص", Qualifier.exact)],
)
BLAST_30 = Article(
    "b",
    "انفجار في حمص\nأسفر انفجار سيارة مفخخة في مدينة حمص صباح الأحد عن مقتل 30 شخصا.",
    quantities=[("30 شخصا", 30, "شخص", Qualifier.exact)],
)
MEETING_CAIRO = Article(
    "a", "اجتماع مصري أردني\nعقد وزيرا خارجية مصر والأردن اجتماعا في القاهرة يوم الخميس لبحث أزمة المياه."
)
MEETING_AMMAN = Article(
    "b", "اجتماع مصري أردني\nعقد وزيرا خارجية مصر والأردن اجتماعا في عمان يوم الخميس لبحث أزمة المياه."
)
CONDITIONS_A = Article(
    "a",
    "إيران تضع شروطها\nاشترطت طهران رفع العقوبات الاقتصادية قبل العودة إلى المفاوضات. "
    "كما طلبت إيران الإفراج عن أرصدتها المجمدة في الخارج.",
)
CONDITIONS_B = Article(
    "b",
    "شروط إيرانية\nإيران اشترطت رفع العقوبات الاقتصادية للعودة إلى المفاوضات. "
    "وربطت إيران بين العودة إلى المفاوضات وسحب القوات الأجنبية من الخليج.",
)
CONDITIONS_SAME = Article(
    "b",
    "شروط إيرانية\nطلبت إيران الإفراج عن أرصدتها المجمدة في الخارج. "
    "واشترطت إيران رفع العقوبات الاقتصادية قبل العودة إلى المفاوضات.",
)
THREE_MINISTERS = Article(
    "a", "اجتماع أوروبي\nالتقى وزراء خارجية فرنسا وألمانيا وإيطاليا في بروكسل لبحث ملف الهجرة."
)
TWO_MINISTERS = Article("b", "اجتماع أوروبي\nالتقى وزيرا خارجية فرنسا وألمانيا في بروكسل لبحث ملف الهجرة.")
EUROPEANS = Article(
    "a",
    "مقاتلون أجانب\nتقدر الاستخبارات وجود 1200 مقاتل أوروبي على الأقل في صفوف التنظيم.",
    quantities=[("1200 مقاتل", 1200, "مقاتل", Qualifier.at_least)],
)
RUSSIANS = Article(
    "b",
    "مقاتلون أجانب\nتقدر الاستخبارات وجود نحو 2900 مقاتل روسي في صفوف التنظيم.",
    quantities=[("2900 مقاتل", 2900, "مقاتل", Qualifier.approx)],
)
OFFICE_NATIONAL = Article(
    "a", "اجتماع أمني\nعقد مكتب الأمن الوطني برئاسة سمير داود اجتماعا مع وفد فرنسي في دمشق."
)
OFFICE_QAWMI = Article(
    "b", "اجتماع أمني\nعقد مكتب الأمن القومي برئاسة سمير داود اجتماعا مع وفد فرنسي في دمشق."
)


def both_ways(first: Article, second: Article) -> list[Outcome]:
    return [run([first, second]), run([second, first])]


def _one(outcome: Outcome, code: str) -> list[str]:
    found = [f for f in outcome.findings if f.code == code]
    assert len(found) == 1, [f.message for f in outcome.findings]
    f = found[0]
    assert {e.doc_id for e in f.evidence} == {"a", "b"}
    for e in f.evidence:
        doc = next(d for d in outcome.documents if d.id == e.doc_id)
        assert doc.text[e.start : e.end] == e.text
    assert f.message and f.severity
    return evidence_texts(f)


@pytest.mark.parametrize("outcome", both_ways(VISIT, VISIT_DENIED))
def test_denied_visit_contradicts_reported_visit(outcome: Outcome) -> None:
    texts = _one(outcome, "stance_conflict")
    assert any("زار بغداد" in t for t in texts)
    assert any(t.startswith("زار وزير") for t in texts)
    assert outcome.of_kind("contradiction")[0].severity.value == "high"


@pytest.mark.parametrize("outcome", both_ways(BLAST_12, BLAST_30))
def test_two_counts_of_the_same_dead_contradict(outcome: Outcome) -> None:
    assert sorted(_one(outcome, "number_conflict")) == ["12 شخصا", "30 شخصا"]


@pytest.mark.parametrize("outcome", both_ways(MEETING_CAIRO, MEETING_AMMAN))
def test_one_meeting_in_two_places_contradicts(outcome: Outcome) -> None:
    assert sorted(_one(outcome, "place_conflict")) == ["القاهرة", "عمان"]


@pytest.mark.parametrize("outcome", both_ways(CONDITIONS_A, CONDITIONS_B))
def test_different_conditions_diverge(outcome: Outcome) -> None:
    texts = _one(outcome, "condition_mismatch")
    assert any("أرصدتها المجمدة" in t for t in texts)
    assert any("سحب القوات" in t for t in texts)
    assert not any("رفع العقوبات" in t for t in texts)  # the condition both report is not a difference
    assert outcome.of_kind("divergence")[0].severity.value == "medium"


@pytest.mark.parametrize("outcome", both_ways(CONDITIONS_A, CONDITIONS_SAME))
def test_same_conditions_in_another_order_do_not_diverge(outcome: Outcome) -> None:
    assert not [f for f in outcome.findings if f.code == "condition_mismatch"]


@pytest.mark.parametrize("outcome", both_ways(THREE_MINISTERS, TWO_MINISTERS))
def test_a_longer_list_of_participants_diverges(outcome: Outcome) -> None:
    texts = _one(outcome, "participants_differ")
    assert "إيطاليا" in texts
    assert not outcome.of_kind("contradiction")


@pytest.mark.parametrize("outcome", both_ways(EUROPEANS, RUSSIANS))
def test_counts_of_different_populations_are_not_a_contradiction(outcome: Outcome) -> None:
    assert not outcome.findings


@pytest.mark.parametrize("outcome", both_ways(OFFICE_NATIONAL, OFFICE_QAWMI))
def test_two_renderings_of_one_name_are_not_a_finding(outcome: Outcome) -> None:
    assert outcome.alignments  # the claims are about the same meeting
    assert not outcome.findings


def test_bounds_that_overlap_are_not_a_contradiction() -> None:
    more = Article(
        "a",
        "ضحايا\nقتل أكثر من 100 شخص في الفيضانات التي ضربت حمص.",
        quantities=[("100 شخص", 100, "شخص", Qualifier.at_least)],
    )
    about = Article(
        "b",
        "ضحايا\nقتل نحو 120 شخص في الفيضانات التي ضربت حمص.",
        quantities=[("120 شخص", 120, "شخص", Qualifier.approx)],
    )
    for outcome in both_ways(more, about):
        assert not outcome.of_kind("contradiction")


def _dated(doc_id: str, day: str, value: str) -> Article:
    return Article(
        doc_id,
        f"زيارة\nزار الوزير هانس مولر بغداد في {day} والتقى رئيس الوزراء العراقي.",
        times=[(day, value)],
    )


def test_the_same_visit_on_two_dates_of_one_year_contradicts() -> None:
    for outcome in both_ways(
        _dated("a", "12 آذار 2015", "2015-03-12"), _dated("b", "14 آذار 2015", "2015-03-14")
    ):
        texts = _one(outcome, "date_conflict")
        assert sorted(texts) == ["12 آذار 2015", "14 آذار 2015"]


def test_events_years_apart_are_not_a_contradiction() -> None:
    for outcome in both_ways(
        _dated("a", "12 آذار 2015", "2015-03-12"), _dated("b", "14 آذار 2019", "2019-03-14")
    ):
        assert not outcome.of_kind("contradiction")


def test_a_visit_denied_years_later_is_not_a_contradiction() -> None:
    visited = Article(
        "a", "زيارة\nزار الوزير هانس مولر بغداد في آذار 2015.", times=[("آذار 2015", "2015-03")]
    )
    denied = Article(
        "b",
        "نفي\nنفت الوزارة أن يكون الوزير هانس مولر قد زار بغداد في أيار 2019.",
        times=[("أيار 2019", "2019-05")],
    )
    for outcome in both_ways(visited, denied):
        assert not outcome.of_kind("contradiction")


def test_contradiction_inside_one_document() -> None:
    text = (
        "تقرير\nزار الوزير هانس مولر بغداد يوم الاثنين والتقى رئيس الوزراء العراقي.\n"
        "وفي وقت لاحق قالت الوزارة إن الوزير هانس مولر لم يزر بغداد هذا الأسبوع."
    )
    swapped = (
        "تقرير\nوفي وقت لاحق قالت الوزارة إن الوزير هانس مولر لم يزر بغداد هذا الأسبوع.\n"
        "زار الوزير هانس مولر بغداد يوم الاثنين والتقى رئيس الوزراء العراقي."
    )
    for body in (text, swapped):
        outcome = run([Article("a", body)])
        found = [f for f in outcome.findings if f.code == "stance_conflict"]
        assert len(found) == 1
        assert {e.doc_id for e in found[0].evidence} == {"a"}
        assert any("لم يزر" in t for t in evidence_texts(found[0]))


def test_partial_negation_in_one_sentence_is_not_a_contradiction() -> None:
    outcome = run(
        [Article("a", "تعاون\nأعطت الاستخبارات الفرنسيين معلومات عن المقاتلين لكنها لم تعطهم كل المعلومات.")]
    )
    assert not outcome.findings
