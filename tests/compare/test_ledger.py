"""Inside one article, the same count given two values is a finding; a part, a running total, a
toll elsewhere, a background figure or another moment's count is not.  Texts written for these
tests, none from the seeds."""

from __future__ import annotations

import pytest

import claimdiff
from claimdiff.schema import Document, Finding

HEAD = "فيضانات تجتاح مدينة البيضاء في شرق ليبيا"


def _numbers(body: str) -> list[Finding]:
    doc = Document(id="d", source="<d>", text=f"{HEAD}\n\n{body}\n", text_origin="string")
    report = claimdiff.analyze([doc])
    return [f for f in report.findings if f.code in ("number_conflict", "attributed_disagreement")]


def test_one_count_given_two_values_in_one_article_is_a_finding() -> None:
    found = _numbers(
        "وقالت السلطات إن 37 شخصا فقدوا في المدينة. وتواصل فرق الإنقاذ عملها في الأحياء المنخفضة. "
        "وأوضح البيان أن فرق البحث تبحث عن 51 مفقودا تحت الركام."
    )
    assert any("37" in f.message and "51" in f.message for f in found), found


@pytest.mark.parametrize(
    "second",
    [
        "وأوضح البيان أن من المفقودين أسرا كاملة بينهم 51 مفقودا من الأطفال.",  # a part of the missing
        "وأوضح البيان أن إجمالي المفقودين منذ بداية الموسم بلغ 51 مفقودا.",  # a running total
        "وكان عدد المفقودين قد بلغ 51 مفقودا في فيضانات العام الماضي.",  # background
    ],
)
def test_a_part_a_total_or_background_is_not_the_same_count(second: str) -> None:
    first = "وقالت السلطات إن فرق البحث تبحث عن 37 مفقودا في المدينة."
    found = _numbers(f"{first} وتواصل فرق الإنقاذ عملها في الأحياء المنخفضة. {second}")
    assert not [f for f in found if "37" in f.message and "51" in f.message], found


def test_the_rule_itself_needs_the_same_count() -> None:
    """The quiet cases above are quiet for their markers: without them the figures clash."""
    first = "وقالت السلطات إن فرق البحث تبحث عن 37 مفقودا في المدينة."
    second = "وأوضح البيان أن فرق البحث تبحث عن 51 مفقودا تحت الركام."
    found = _numbers(f"{first} وتواصل فرق الإنقاذ عملها في الأحياء المنخفضة. {second}")
    assert [f for f in found if "37" in f.message and "51" in f.message], found


@pytest.mark.parametrize(
    "later",
    [
        "وكان بين المصابين الـ51 أطفال ونساء نقلوا إلى مستشفى المدينة.",  # the definite figure
        "وقالت منظمات إنسانية إن المصابين الـ51 من سكان الأحياء المنخفضة.",
    ],
)
def test_a_definite_figure_repeats_the_count_of_the_noun_before_it(later: str) -> None:
    found = _numbers(f"وأصيب 37 شخصا بجروح جراء السيول. وتواصل فرق الإنقاذ عملها في الأحياء. {later}")
    assert any("37" in f.message and "51" in f.message for f in found), found
    agreeing = later.replace("51", "37")
    assert not _numbers(f"وأصيب 37 شخصا بجروح جراء السيول. وتواصل فرق الإنقاذ عملها في الأحياء. {agreeing}")
