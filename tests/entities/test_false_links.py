"""False links the world gazetteer must not make, and names found by cue (kunya)."""

from __future__ import annotations

from claimdiff.entities import Gazetteer, find_entities
from claimdiff.entities.lookup import country_of, entity_kind, nationality, same_kind
from claimdiff.schema import TextRange


def found(text: str) -> list[tuple[str, str]]:
    gaz = Gazetteer.default()
    ms = find_entities(text, [TextRange(start=0, end=len(text))], doc_id="d", id_prefix="e", gazetteer=gaz)
    return [(text[m.start : m.end], m.entity_id) for m in ms]


def test_a_proclitic_before_a_bare_word_is_not_an_article_name() -> None:
    got = found("وانتشرت فرقه في المدينة، ثم وصلت القوات إلى الرقة وبالرقة وللرقة.")
    assert ("فرقه", "place:raqqa") not in got and ("رقه", "place:raqqa") not in got
    assert [t for t, eid in got if eid == "place:raqqa"] == ["الرقة", "الرقة", "رقة"]


def test_a_common_noun_after_a_speech_verb_is_not_a_person() -> None:
    assert found("وقال عامل إغاثة إن الوضع صعب في المخيم.") == []
    assert found("وقال موظف في البلدية إن المياه مقطوعة.") == []


def test_a_misspelt_known_name_links_and_does_not_swallow_the_next_words() -> None:
    got = found("وقال الرئيس الفرنسي إيمانويل ماكرو الجديد في باريس إن")
    assert ("إيمانويل ماكرو", "person:emmanuel-macron") in got
    got = found("وقال الرئيس التركي رجب طيب اردغان امس إن")
    assert ("رجب طيب اردغان", "person:recep-tayyip-erdogan") in got


def test_a_preposition_is_not_a_definite_noun() -> None:
    assert ("السعودية", "place:saudi-arabia") in found("وصل الوفد إلى السعودية أمس.")


def test_kunya_opens_a_name_without_a_title() -> None:
    assert found("وأكد أبو عمر الشامي أن المقاتلين انسحبوا.") == [("أبو عمر الشامي", "name:ابوعمر-شامي")]
    assert found("وكان أبو محمد يعمل في المخبز.") == [("أبو محمد", "name:ابومحمد")]
    assert ("أبو ظبي", "place:abu-dhabi") in found("وصلت القافلة إلى أبو ظبي.")


def test_lookup_api() -> None:
    assert entity_kind("place:lebanon") == "country" and entity_kind("place:antakya") == "city"
    assert entity_kind("place:cairo") == "capital" and entity_kind("place:fezzan") == "region"
    assert same_kind("place:egypt", "place:lebanon") and same_kind("place:cairo", "place:harem")
    assert not same_kind("place:egypt", "place:cairo")
    assert country_of("place:antakya") == "place:turkey" and country_of("place:egypt") == "place:egypt"
    assert country_of("person:khalifa-haftar") == "place:libya"
    for word, country in [
        ("مصري", "place:egypt"),
        ("المصرية", "place:egypt"),
        ("والمصريين", "place:egypt"),
        ("اللبنانية", "place:lebanon"),
        ("للبنانيين", "place:lebanon"),
        ("أتراك", "place:turkey"),
        ("الإيرانيون", "place:iran"),
        ("السودانيات", "place:sudan"),
    ]:
        assert nationality(word) == country, word
    assert nationality("الحكومة") is None and nationality("مالي") is None
