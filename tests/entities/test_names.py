"""Names not in the gazetteer: found by titles and speech verbs, with ids stable across spellings."""

from __future__ import annotations

import pytest

from claimdiff.entities import Gazetteer, find_entities, name_id
from claimdiff.schema import EntityMention, TextRange


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def run(gaz: Gazetteer, text: str) -> list[EntityMention]:
    return find_entities(text, [TextRange(start=0, end=len(text))], doc_id="t", id_prefix="e", gazetteer=gaz)


def names(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in run(gaz, text) if not m.in_gazetteer]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال اللواء رستم غزالي إن الوضع مستقر", "رستم غزالي"),
        ("أعلن وزير الدفاع البلجيكي ستيفن فاندبوت أن", "ستيفن فاندبوت"),
        ("وقال نائب وزير الخارجية السوري أيمن سوسان في تصريح", "أيمن سوسان"),
        ("ناقش وزير السياحة “محمد مرتيني” خطة", "محمد مرتيني"),
        ("أعلن الناطق باسم الجيش الروسي إيغور كوناشينكوف أن", "إيغور كوناشينكوف"),
        ("وصرح كريستوف بيغو للصحافيين بأن", "كريستوف بيغو"),
        ("التقى الرئيس الفرنسي نظيره الإيراني حسن روحاني", "حسن روحاني"),
    ],
)
def test_names_after_titles_and_speech_verbs(gaz: Gazetteer, text: str, name: str) -> None:
    found = [m for m in run(gaz, text) if m.entity_type == "person"]
    assert [m.text for m in found] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الصحيفة إن المحادثات جرت",
        "وقال مصدر أمني إن الهجوم فشل",
        "وقال دبلوماسيون إن المحادثات فشلت",
        "وأكد متحدث باسم الإستخبارات الإسبانية أن مدريد",
        "وكان برئاسة اللواء",
        "ورئيس الحكومة ايضا على علم",
        "قال رئيس الوزراء إن",
    ],
)
def test_common_nouns_are_not_names(gaz: Gazetteer, text: str) -> None:
    assert names(gaz, text) == []


def test_name_stops_before_prepositional_phrases(gaz: Gazetteer) -> None:
    assert [t for t, _ in names(gaz, "صرح العميد أحمد رحال لوكالة الأنباء بأن")] == ["أحمد رحال"]
    assert [t for t, _ in names(gaz, "قال سفير سوريا لدى الأمم المتحدة بشار الجعفري")] == []


@pytest.mark.parametrize(
    "variant",
    [
        "قال اللواء رستم الغزالي",  # article
        "قال اللواء رستم غزالى",  # alef maqsura
        "قال اللواء رستم غزالی",  # Persian yeh
        "قال اللواء رُستم غزالي",  # harakat
    ],
)
def test_unknown_name_ids_are_stable_across_spellings(gaz: Gazetteer, variant: str) -> None:
    base = names(gaz, "قال اللواء رستم غزالي")
    assert len(base) == 1 and base[0][1] == name_id(("رستم", "غزالي"))
    assert [eid for _, eid in names(gaz, variant)] == [base[0][1]]


def test_hamza_and_ta_marbuta_in_unknown_names(gaz: Gazetteer) -> None:
    a = names(gaz, "قالت السيدة أسامة فاطمة حمزة")
    b = names(gaz, "قالت السيدة اسامه فاطمه حمزه")
    assert a and [e for _, e in a] == [e for _, e in b]


def test_surname_alone_resolves_to_the_full_name(gaz: Gazetteer) -> None:
    text = "قال العميد أحمد رحال إن المعارك مستمرة. وأضاف رحال أن الوضع صعب، وتابع الرحال حديثه"
    found = names(gaz, text)
    assert [t for t, _ in found] == ["أحمد رحال", "رحال", "الرحال"]
    assert len({e for _, e in found}) == 1


def test_full_name_repeats_without_a_title(gaz: Gazetteer) -> None:
    text = "رستم غزالي يكشف عن تعاون. وقال اللواء رستم غزالي إن التعاون قائم"
    found = names(gaz, text)
    assert [t for t, _ in found] == ["رستم غزالي", "رستم غزالي"]
    assert found[0][1] == found[1][1]


def test_gazetteer_surname_alone(gaz: Gazetteer) -> None:
    text = "أعلن وزير الدفاع الفرنسي جان إيف لودريان أن باريس مستعدة. وصرح لودريان للصحافيين"
    found = [m.entity_id for m in run(gaz, text) if m.entity_type == "person"]
    assert found == ["person:jean-yves-le-drian", "person:jean-yves-le-drian"]


def test_surname_of_a_gazetteer_person_learned_in_the_document(gaz: Gazetteer) -> None:
    extra = [
        {
            "id": "person:rustum-ghazaleh",
            "type": "person",
            "label": "Rustum Ghazaleh",
            "aliases": ["رستم غزالة"],
        }
    ]
    g = Gazetteer.default(extra)
    found = [m.entity_id for m in run(g, "التقى رستم غزالة الوفد ثم غادر غزالة دمشق")]
    assert found == ["person:rustum-ghazaleh", "person:rustum-ghazaleh", "place:damascus"]


def test_shared_surname_is_left_ambiguous(gaz: Gazetteer) -> None:
    text = "قال العميد أحمد رحال إن. وقال العقيد محمود رحال إن. وأضاف رحال أن"
    found = names(gaz, text)
    assert [t for t, _ in found] == ["أحمد رحال", "محمود رحال", "رحال"]
    assert found[2][1] not in {found[0][1], found[1][1]}


def test_given_name_joins_a_gazetteer_surname(gaz: Gazetteer) -> None:
    found = [(m.text, m.entity_id) for m in run(gaz, "قال الرئيس الأمريكي باراك حسين أوباما إن")]
    assert found == [("باراك حسين أوباما", "person:barack-obama")]


def test_transliteration_of_a_gazetteer_person_resolves(gaz: Gazetteer) -> None:
    found = [m.entity_id for m in run(gaz, "قال وزير الخارجية الروسي سيرجيه لافروف إن")]
    assert found == ["person:sergei-lavrov"]


def test_similar_but_different_person_stays_apart(gaz: Gazetteer) -> None:
    found = [m.entity_id for m in run(gaz, "قال المتحدث جون كيربي للصحفيين")]
    assert found == [name_id(("جون", "كيربي"))]


def test_ids_number_mentions_in_text_order(gaz: Gazetteer) -> None:
    found = run(gaz, "قال رستم غزالي في دمشق إن فرنسا وروسيا")
    assert [m.id for m in found] == ["e1", "e2", "e3", "e4"]
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(m.label is None for m in found if not m.in_gazetteer)
    assert all(m.label for m in found if m.in_gazetteer)


def test_spelling_variant_of_a_full_name_resolves_to_the_gazetteer(gaz: Gazetteer) -> None:
    found = [m.entity_id for m in run(gaz, "قالت المرشحة هيلاري كلنتون إن")]
    assert found == ["person:hillary-clinton"]
    assert gaz.resolve_person(("هيلاري", "كلنتون")) == "person:hillary-clinton"
    assert gaz.resolve_person(("جون", "كيربي")) is None
