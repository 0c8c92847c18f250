from __future__ import annotations

import pytest

from claimdiff.extractors.outlets import OutletFinder
from claimdiff.extractors.relay import find_relays, lead_ranges, make_cues
from claimdiff.schema import TextRange

FILLER = "وأوضح التقرير أن المباحثات تناولت ملفات عديدة بينها التعاون الأمني والاقتصادي بين البلدين."


def ranges(text: str, *parts: str) -> list[TextRange]:
    return [TextRange(start=text.index(p), end=text.index(p) + len(p)) for p in parts]


def relays(
    text: str,
    finder: OutletFinder,
    *,
    headline: str | None,
    body: list[str],
    credits: list[str] = (),
    exclude=(),
):  # type: ignore[assignment]
    head = ranges(text, headline)[0] if headline else None
    return find_relays(
        text,
        headline=head,
        body=ranges(text, *body),
        credits=ranges(text, *credits),
        exclude=exclude,
        finder=finder,
    )


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("ذكرت صحيفة (لوموند) أن الوفد زار دمشق سرا في الربيع الماضي وبحث ملفات أمنية.", ["Le Monde"]),
        ("كشف موقع “الأفق” يوم أمس أن الوفد زار دمشق سرا في الربيع الماضي.", ["Al-Ufuq"]),
        ("وقالت الغارديان في تقرير لها إن الوفد زار دمشق سرا في الربيع الماضي.", ["The Guardian"]),
        ("نقلت وكالة رويترز عن مصادر مطلعة أن الوفد زار دمشق سرا في الربيع الماضي.", ["Reuters"]),
        (
            "The delegation visited Damascus in secret last spring, according to Le Monde reporting.",
            ["Le Monde"],
        ),
        ("Le Monde reported that the delegation visited Damascus in secret last spring.", ["Le Monde"]),
        ("باريس (أ ف ب) - زار الوفد دمشق سرا في الربيع الماضي وبحث ملفات أمنية عديدة.", ["AFP"]),
        ("زار الوفد دمشق سرا في الربيع الماضي وبحث ملفات أمنية عديدة مع المسؤولين.", []),
        ("زار الوفد دمشق سرا، وكان رئيسه قد أجرى مقابلة سابقة، في الربيع الماضي لوموند.", []),
    ],
)
def test_an_outlet_named_with_a_cue_near_the_start_is_relayed(
    finder: OutletFinder, lead: str, expected: list[str]
) -> None:
    text = f"عنوان الخبر عن الزيارة السرية\n\n{lead}\n\n{FILLER}\n"
    assert relays(text, finder, headline="عنوان الخبر عن الزيارة السرية", body=[lead, FILLER]) == expected


def test_an_outlet_mentioned_later_in_the_body_is_not_a_relay(finder: OutletFinder) -> None:
    later = "وكانت صحيفة الغارديان قد نشرت في وقت سابق تقريرا عن الموضوع نفسه بتفاصيل مختلفة."
    text = f"عنوان الخبر عن الزيارة السرية\n\n{FILLER}\n\n{FILLER} ثانيا\n\n{later}\n"
    body = [FILLER, f"{FILLER} ثانيا", later]
    assert relays(text, finder, headline="عنوان الخبر عن الزيارة السرية", body=body) == []


def test_outlet_leading_the_headline(finder: OutletFinder) -> None:
    for head in ("لوموند تكشف: فرنسا حاولت التعاون مع دمشق", "لوموند : فرنسا حاولت التعاون مع دمشق"):
        text = f"{head}\n\n{FILLER}\n"
        assert relays(text, finder, headline=head, body=[FILLER]) == ["Le Monde"]
    plain = "فرنسا ولوموند والإعلام الفرنسي في دمشق"
    assert relays(f"{plain}\n\n{FILLER}\n", finder, headline=plain, body=[FILLER]) == []


def test_credit_lines_relay_every_name_but_the_publisher(finder: OutletFinder) -> None:
    text = f"عنوان الخبر عن الزيارة السرية\n\n{FILLER}\n\nفرانس24/ أ ف ب\n"
    got = relays(
        text, finder, headline=None, body=[FILLER], credits=["فرانس24/ أ ف ب"], exclude=["france 24"]
    )
    assert got == ["AFP"]


def test_lead_ranges_count_only_real_paragraphs() -> None:
    text = "قصير\n\n" + FILLER + "\n\nعنوان فرعي\n\n" + FILLER + " ب\n\n" + FILLER + " ج\n"
    body = ranges(text, "قصير", FILLER, "عنوان فرعي", FILLER + " ب", FILLER + " ج")
    got = lead_ranges(text, body, paragraphs=2, min_words=8)
    assert got == body[:4]


def test_cues_are_data() -> None:
    cues = make_cues({"before": ["تحدثت"], "descriptors": [], "after": ["يروي"], "window": 5})
    assert cues.before.search("تحدثت ") and not cues.before.search("ذكرت ")
    assert cues.after.match(" يروي") and cues.window == 5
