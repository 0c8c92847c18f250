"""Regression tests for review findings: deduplication of findings, nominal denials, over-alignment."""

from __future__ import annotations

import pytest
from articles import Article, Outcome, run

from claimdiff.schema import Qualifier


def both_ways(first: Article, second: Article) -> list[Outcome]:
    return [run([first, second]), run([second, first])]


QUAKE_A = Article(
    "a",
    "زلزال بقوة 6.2 درجة يقتل 12 شخصا في تركيا\nضرب زلزال جنوب البلاد فجر السبت.",
    quantities=[("6.2 درجة", 6.2, "درجة", Qualifier.exact), ("12 شخصا", 12, "شخص", Qualifier.exact)],
)
QUAKE_B = Article(
    "b",
    "زلزال بقوة 6.4 درجة يقتل 15 شخصا في تركيا\nضرب زلزال جنوب البلاد فجر السبت.",
    quantities=[("6.4 درجة", 6.4, "درجة", Qualifier.exact), ("15 شخصا", 15, "شخص", Qualifier.exact)],
)


@pytest.mark.parametrize("outcome", both_ways(QUAKE_A, QUAKE_B))
def test_two_slots_of_one_claim_pair_are_two_contradictions(outcome: Outcome) -> None:
    numbers = sorted(
        tuple(sorted(e.text for e in f.evidence)) for f in outcome.findings if f.code == "number_conflict"
    )
    assert numbers == [("12 شخصا", "15 شخصا"), ("6.2 درجة", "6.4 درجة")]


REPEAT_A = Article(
    "a",
    "مقتل 12 شخصا في انفجار بمدينة حمص\nقتل 12 شخصا في انفجار سيارة مفخخة في مدينة حمص صباح الأحد.",
    quantities=[("12 شخصا", 12, "شخص", Qualifier.exact)],
)
REPEAT_B = Article(
    "b",
    "مقتل 30 شخصا في انفجار بمدينة حمص\nقتل 30 شخصا في انفجار سيارة مفخخة في مدينة حمص صباح الأحد.",
    quantities=[("30 شخصا", 30, "شخص", Qualifier.exact)],
)


@pytest.mark.parametrize("outcome", both_ways(REPEAT_A, REPEAT_B))
def test_a_headline_repeating_the_body_is_one_contradiction(outcome: Outcome) -> None:
    assert len([f for f in outcome.findings if f.code == "number_conflict"]) == 1


VISITED = Article(
    "a",
    "مولر في بغداد\nزار وزير الخارجية الألماني هانس مولر بغداد يوم الاثنين والتقى رئيس الوزراء.",
    outlet="Outlet A",
)
NOUN_DENIAL = Article(
    "b",
    "ألمانيا والعراق\nنفت الخارجية الألمانية الأنباء عن زيارة الوزير هانس مولر إلى بغداد يوم الاثنين.",
    outlet="Outlet B",
)
HEADLINE_DENIAL = Article(
    "b",
    "برلين تنفي زيارة مولر إلى بغداد\nوأكدت الوزارة أن الوزير يقضي عطلته في ألمانيا.",
    outlet="Outlet B",
)


@pytest.mark.parametrize("outcome", [*both_ways(VISITED, NOUN_DENIAL), *both_ways(VISITED, HEADLINE_DENIAL)])
def test_a_denial_phrased_as_a_noun_contradicts_the_reported_act(outcome: Outcome) -> None:
    found = [f for f in outcome.findings if f.code == "stance_conflict"]
    assert len(found) == 1, [f.message for f in outcome.findings]
    texts = [e.text for e in found[0].evidence]
    assert any(t.startswith("زار وزير") for t in texts)
    assert any("زيارة" in t for t in texts)


def test_the_predicate_of_a_nominal_denial_is_what_is_denied() -> None:
    outcome = run([NOUN_DENIAL])
    claim = next(c for c in outcome.claims if "زيارة" in c.text)
    assert claim.predicate == "visit"
    assert claim.modality.value == "denied"


FOOTBALL = Article(
    "a", "مصر تفوز على تونس\nفاز منتخب مصر على منتخب تونس بهدفين في مباراة ودية أقيمت في القاهرة مساء الجمعة."
)
RATES = Article(
    "b",
    "البنك المركزي يرفع الفائدة\n"
    "رفع البنك المركزي في مصر أسعار الفائدة بنسبة واحد بالمئة في اجتماعه في القاهرة الجمعة.",
)
FRAGMENT_A = Article(
    "a", "تعاون أمني\nأكد الوزير أن بلاده مستعدة للعمل مع الحكومة الجديدة في بغداد. ويجب التعاون معه."
)
FRAGMENT_B = Article(
    "b", "مباحثات\nوبحث الرئيس مع ضيفه مسألة التعاون في مكافحة تهريب المخدرات عبر الحدود الجنوبية."
)


@pytest.mark.parametrize(
    "outcome", [*both_ways(FOOTBALL, RATES), *both_ways(FRAGMENT_A, FRAGMENT_B)], ids=["f1", "f2", "g1", "g2"]
)
def test_unrelated_claims_sharing_a_country_or_a_word_do_not_align(outcome: Outcome) -> None:
    assert not outcome.alignments, [a.reasons for a in outcome.alignments]
    assert not outcome.findings


EMBASSY_A = Article(
    "a", "دمشق وباريس\nطلبت سوريا إعادة فتح السفارة الفرنسية في دمشق مقابل التعاون الأمني.", outlet="A"
)
EMBASSY_B = Article(
    "b", "شروط سورية\nاشترطت سوريا إعادة فتح سفارتها في دمشق قبل أي تعاون أمني مع فرنسا.", outlet="B"
)
BORDER = Article(
    "b", "معبر حدودي\nقررت سوريا إعادة فتح المعبر الحدودي مع الأردن أمام الشاحنات التجارية.", outlet="B"
)


@pytest.mark.parametrize("outcome", both_ways(EMBASSY_A, EMBASSY_B))
def test_the_same_verb_and_object_align_without_a_listed_phrase(outcome: Outcome) -> None:
    assert len(outcome.alignments) == 1
    texts = [c.text for c in outcome.claims if c.id in outcome.alignments[0].claim_ids]
    assert any("طلبت" in t for t in texts) and any("اشترطت" in t for t in texts)


@pytest.mark.parametrize("outcome", both_ways(EMBASSY_A, BORDER))
def test_the_same_verb_with_another_object_does_not_align(outcome: Outcome) -> None:
    assert not outcome.alignments, [a.reasons for a in outcome.alignments]


GAVE = Article(
    "a",
    "تعاون استخباري\nوأعطت الاستخبارات الأردنية الوفد الألماني معلومات عن المقاتلين الأجانب في بغداد.",
    outlet="A",
)
ASKED_DROPPED = Article(
    "b",
    "خلاف\nوقررت الاستخبارات الألمانية صرف النظر عن طلب المعلومات عن المقاتلين الأجانب في بغداد.",
    outlet="B",
)


@pytest.mark.parametrize("outcome", both_ways(GAVE, ASKED_DROPPED))
def test_giving_and_a_dropped_request_are_different_predicates_not_a_contradiction(outcome: Outcome) -> None:
    assert not [f for f in outcome.findings if f.code == "stance_conflict"]


STOPPED = Article(
    "a", "دعم المعارضة\nأوقفت الحكومة الإيطالية دعم المعارضة المسلحة في بغداد منذ الصيف الماضي.", outlet="A"
)
NOT_STOPPED = Article(
    "b", "روما والمعارضة\nلم توقف الحكومة الإيطالية دعم المعارضة المسلحة في بغداد حتى الآن.", outlet="B"
)
STOPPED_OTHER = Article(
    "b", "روما والمعارضة\nلم توقف الحكومة الإيطالية رحلاتها الجوية إلى بغداد حتى الآن.", outlet="B"
)


@pytest.mark.parametrize("outcome", both_ways(STOPPED, NOT_STOPPED))
def test_stopping_and_not_stopping_the_same_thing_contradict(outcome: Outcome) -> None:
    assert len([f for f in outcome.findings if f.code == "stance_conflict"]) == 1


@pytest.mark.parametrize("outcome", both_ways(STOPPED, STOPPED_OTHER))
def test_stopping_two_different_things_is_no_contradiction(outcome: Outcome) -> None:
    assert not [f for f in outcome.findings if f.code == "stance_conflict"]
