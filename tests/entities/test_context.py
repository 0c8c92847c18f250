"""Readings that depend on the words around a name: quotes, adjectives, particles, prepositions."""

from __future__ import annotations

import pytest

from claimdiff.entities import Gazetteer, find_entities
from claimdiff.schema import EntityMention, TextRange


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def run(gaz: Gazetteer, text: str) -> list[EntityMention]:
    return find_entities(text, [TextRange(start=0, end=len(text))], doc_id="t", id_prefix="e", gazetteer=gaz)


def found(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in run(gaz, text)]


def test_a_bare_outlet_name_between_quotes_is_the_outlet(gaz: Gazetteer) -> None:
    assert found(gaz, "وقال مسؤول لـ«الشرق الأوسط» إن الوضع هادئ") == [
        ("الشرق الأوسط", "outlet:asharq-al-awsat")
    ]
    assert found(gaz, "تشهد منطقة الشرق الأوسط توترا متزايدا") == [("الشرق الأوسط", "place:middle-east")]


@pytest.mark.parametrize(
    "text",
    ["دفع المواطن 25 ألف ليرة سورية ثمنا للخبز", "قالت منظمات حقوقية سورية إن المعتقلين بالآلاف"],
)
def test_a_country_spelt_like_an_adjective_after_an_indefinite_noun_is_the_adjective(
    gaz: Gazetteer, text: str
) -> None:
    assert "place:syria" not in {eid for _, eid in found(gaz, text)}


def test_the_same_spelling_after_a_noun_it_does_not_qualify_is_the_country(gaz: Gazetteer) -> None:
    assert ("سورية", "place:syria") in found(gaz, "أكد الوزير دعم بلاده لسيادة سورية ووحدة أراضيها")


def test_a_dot_may_join_the_parts_of_one_name(gaz: Gazetteer) -> None:
    assert found(gaz, "نقلت العربية.نت عن مصادر") == [("العربية.نت", "outlet:al-arabiya")]
    assert ("أ.ف.ب", "agency:afp") in found(gaz, "قال مصدر لـ أ.ف.ب إن")


def test_a_given_name_is_not_a_place_with_the_article(gaz: Gazetteer) -> None:
    got = found(gaz, "ويقول خليل العبد الله إنه زرع القمح. وقصفت المدفعية مدينة الخليل")
    assert got == [("خليل العبد الله", "name:خليل-عبدالله"), ("الخليل", "place:hebron")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المنسق المقيم للأمم المتحدة في سوريا نادر الشهابي إن", "نادر الشهابي"),
        ("ويقول الباحث في شؤون الجماعات المسلحة فراس الجبوري إن", "فراس الجبوري"),
        ("وأكد رئيس المركز اللواء أليكسي باكين أن", "أليكسي باكين"),
        ("وكان المتحدث باسم الحركة عبد اللطيف القانوع قد دعا", "عبد اللطيف القانوع"),
        ("وقال الرئيس المشارك لهيئة الزراعة سلمان بارودو إن", "سلمان بارودو"),
        ("ويرى الخبير الاقتصادي السوري وسيم العمر أن", "وسيم العمر"),
        ("وأكد محافظ حمص نمير مخلوف أن", "نمير مخلوف"),
        ("وقال عضو المكتب السياسي لحركة حماس باسم نعيم إن", "باسم نعيم"),
        ("وقال المتحدث الرسمي باسم الوزارة أحمد سعيد إن", "أحمد سعيد"),
        ("وأوضح مدير المكتب الإعلامي في المجلس المحلي لمدينة الباب، خالد أحمد، أن", "خالد أحمد"),
        ("وقالت وزيرة الشؤون الاجتماعية والعمل ريما القادري إن", "ريما القادري"),
    ],
)
def test_names_after_longer_title_phrases(gaz: Gazetteer, text: str, name: str) -> None:
    assert [m.text for m in run(gaz, text) if m.entity_type == "person"] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث في مؤتمره الصحفي الأسبوعي إن الوضع مستقر",
        "الحكومة تعلن خطة لإعادة 20 ألف عائلة",
        "وتقول منظمات حقوقية إن ظروف المعيشة قاسية",
        "حذر قادة عسكريون من أن الانسحاب السريع خطير",
        "دمشق تعلن إطلاق سراح 500 معتقل",
        "وزير الخارجية المصري يبحث مع نظيره السوري الأوضاع",
        "قال الوزير، في كلمته، إن بلاده تدعم الحل",
        "خطة لإقامة مواقع على قمم جبل الشيخ وفي ريف القنيطرة",
    ],
)
def test_common_words_after_titles_and_verbs_are_no_names(gaz: Gazetteer, text: str) -> None:
    assert [m.text for m in run(gaz, text) if not m.in_gazetteer] == []


def test_a_future_verb_and_a_single_given_name_still_read_right(gaz: Gazetteer) -> None:
    got = [m.text for m in run(gaz, "وقال العميد أحمد رحال إن الهجوم فشل. وأضاف رحال أن")]
    assert got == ["أحمد رحال", "رحال"]


def test_a_surname_with_its_article_resolves_however_short(gaz: Gazetteer) -> None:
    mentions = run(gaz, "وقال مدير المؤسسة المهندس حسان العلي إن الباخرة وصلت. وأوضح العلي أن الشحنة كبيرة")
    people = [(m.text, m.entity_id) for m in mentions if m.entity_type == "person"]
    assert people == [("حسان العلي", "name:حسان-علي"), ("العلي", "name:حسان-علي")]
    # without the article it is the given name Ali, not him
    ids = {m.text: m.entity_id for m in run(gaz, "قال حسان العلي إن. وقال علي إن")}
    assert ids["حسان العلي"] == "name:حسان-علي" and ids.get("علي") != "name:حسان-علي"
