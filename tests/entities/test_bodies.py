"""Bodies not in the gazetteer, found by the organisation or group word that opens their name."""

from __future__ import annotations

import pytest

from claimdiff.entities import Gazetteer, find_entities
from claimdiff.entities.lookup import entity_kind
from claimdiff.schema import TextRange


def found(text: str) -> list[tuple[str, str, str]]:
    gaz = Gazetteer.default()
    ms = find_entities(text, [TextRange(start=0, end=len(text))], doc_id="d", id_prefix="e", gazetteer=gaz)
    return [(text[m.start : m.end], m.entity_id, m.entity_type) for m in ms]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("وقالت جمعية الهلال الأزرق إن الوضع صعب.", "جمعية الهلال الأزرق", "organization"),
        ("وأعلن حزب الأمة مقاطعة الانتخابات.", "حزب الأمة", "group"),
        ("وحذرت منظمة أطباء العالم من تفشي الكوليرا.", "منظمة أطباء العالم", "organization"),
        ("وسيطر لواء الفتح المبين على البلدة.", "لواء الفتح المبين", "group"),
        ("وقال المتحدث باسم جمعية الهلال الأزرق إن القافلة وصلت.", "جمعية الهلال الأزرق", "organization"),
    ],
)
def test_bodies_by_their_opening_word(text: str, name: str, etype: str) -> None:
    got = [(t, eid, ty) for t, eid, ty in found(text) if t == name]
    assert got and got[0][2] == etype and got[0][1].startswith("name:")
    assert entity_kind(got[0][1]) == etype


def test_the_same_body_keeps_one_id_across_spellings() -> None:
    a = {t: eid for t, eid, _ in found("وقالت جمعية الهلال الأزرق إن الوضع صعب.")}
    b = {t: eid for t, eid, _ in found("ونددت جمعية الهلال الازرق بالهجوم.")}
    assert a["جمعية الهلال الأزرق"] == b["جمعية الهلال الازرق"]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت منظمة دولية أن الوضع صعب.",  # an indefinite adjective: a common noun phrase
        "وقالت جماعة مسلحة إنها نفذت الهجوم.",
        "ونفت هيئة الأركان ذلك.",  # a title complement
        "وقالت شركة إلى جانب الحكومة إنها ستبني المصنع.",  # إلى folds to الي
        "وقال الحزب الحاكم إنه فاز.",  # the opening word with the article is a common noun
    ],
)
def test_common_noun_phrases_are_not_bodies(text: str) -> None:
    assert not [x for x in found(text) if x[1].startswith("name:") and x[2] != "person"]


def test_a_body_is_not_read_as_a_person_after_a_speech_verb() -> None:
    assert ("جمعية الهلال", "name:جمعيه-هلال", "person") not in found(
        "وقالت جمعية الهلال الأزرق إن الوضع صعب."
    )
