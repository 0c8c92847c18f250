"""Filing tags, implied outlet names, and the publisher evidence the generic extractor weighs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from claimdiff.extractors.generic import GenericExtractor
from claimdiff.extractors.lines import split_lines
from claimdiff.extractors.outlets import OutletFinder, OutletHit, with_implied
from claimdiff.extractors.tags import find_tag
from claimdiff.schema import TextRange

PARA = "قال مسؤول في الوزارة إن الاجتماع الذي عقد أمس بحث ملفات عديدة بينها التعاون الأمني والاقتصادي."
PARA2 = "وأضاف المسؤول أن الجانبين اتفقا على مواصلة المشاورات خلال الأسابيع المقبلة في العاصمتين."
HEAD = "الحكومة تبحث خطة جديدة لإعادة الإعمار"

NAMES = {
    "رويترز": ("Reuters", "agency"),
    "reuters": ("Reuters", "agency"),
    "ارنا": ("IRNA", "agency"),
    "العربية.نت": ("Al Arabiya", "outlet"),
    "القدس العربي": ("Al-Quds Al-Arabi", "outlet"),
    "عنب بلدي": ("Enab Baladi", "outlet"),
    "صحيفة النهار": ("An-Nahar", "outlet"),
    "صحيفة الشرق الأوسط": ("Asharq Al-Awsat", "outlet"),
    "الغارديان": ("The Guardian", "outlet"),
}


FinderFor = Callable[[dict[str, tuple[str, str]]], OutletFinder]


@pytest.fixture
def names(finder_for: FinderFor) -> OutletFinder:
    return with_implied(finder_for(NAMES), "صحيفة")


def tag_of(line_text: str, finder: OutletFinder) -> tuple[str, str, bool] | None:
    line = split_lines(line_text)[0]
    tag = find_tag(line_text, line, finder)
    return None if tag is None else (line_text[tag.start : tag.end], tag.label, tag.whole_line)


@pytest.mark.parametrize(
    ("line", "tag", "label", "whole"),
    [
        ("دمشق - (رويترز): قال مسؤولون إن المحادثات انتهت", "دمشق - (رويترز):", "Reuters", False),
        (
            "DAMASCUS, March 10 (Reuters) - Talks ended on Monday",
            "DAMASCUS, March 10 (Reuters) -",
            "Reuters",
            False,
        ),
        ("طهران/ 23 اسفند/ ارنا - أكد وزير الخارجية أن", "طهران/ 23 اسفند/ ارنا -", "IRNA", False),
        ("لندن ـ «القدس العربي»: كشفت صحيفة أمريكية أن", "لندن ـ «القدس العربي»:", "Al-Quds Al-Arabi", False),
        ("دبي - العربية.نت", "دبي - العربية.نت", "Al Arabiya", True),
        ("عنب بلدي – درعا", "عنب بلدي – درعا", "Enab Baladi", True),
        ("بيروت - النهار", "بيروت - النهار", "An-Nahar", True),
        ("دمشق: «الشرق الأوسط»", "دمشق: «الشرق الأوسط»", "Asharq Al-Awsat", True),
    ],
)
def test_filing_tags(names: OutletFinder, line: str, tag: str, label: str, whole: bool) -> None:
    assert tag_of(line, names) == (tag, label, whole)


@pytest.mark.parametrize(
    "line",
    [
        "وقال مصدر لـ«الشرق الأوسط»: إن الاجتماع انتهى دون نتائج",
        "ذكرت صحيفة الغارديان: إن الحكومة تدرس الخطة",
        "قال دبلوماسيون لرويترز إن المحادثات ستستأنف الأسبوع المقبل - بحسب مصادر",
        "في الصباح الباكر وقبل أن تبدأ المحادثات. رويترز - دمشق",
    ],
)
def test_a_name_in_a_sentence_is_no_tag(names: OutletFinder, line: str) -> None:
    assert tag_of(line, names) is None


def test_a_bare_name_is_read_only_between_separators(names: OutletFinder, finder_for: FinderFor) -> None:
    plain = finder_for(NAMES)
    text = "بيروت - النهار"
    whole = [TextRange(start=0, end=len(text))]
    assert plain(text, whole) == []
    assert [(text[h.start : h.end], h.label) for h in names(text, whole)] == [("النهار", "An-Nahar")]
    prose = "قالت النهار إن الحكومة ستجتمع غدا لبحث الموازنة العامة"
    assert names(prose, [TextRange(start=0, end=len(prose))]) == []


def layout_of(text: str, finder: OutletFinder) -> tuple[str | None, list[str], list[str]]:
    ex = GenericExtractor(finder=finder)
    lay = ex.layout(text)
    return lay.outlet, lay.relayed_from, [text[r.start : r.end] for r in lay.body]


def test_an_outlet_tag_names_the_publisher(names: OutletFinder) -> None:
    text = f"{HEAD}\nدبي - العربية.نت\n{PARA}\n{PARA2}\n"
    assert layout_of(text, names) == ("Al Arabiya", [], [PARA, PARA2])


def test_an_agency_tag_alone_is_a_relay_not_the_publisher(names: OutletFinder) -> None:
    text = f"{HEAD}\nدمشق - (رويترز): {PARA}\n{PARA2}\n"
    outlet, relayed, body = layout_of(text, names)
    assert (outlet, relayed) == (None, ["Reuters"])
    assert body == [PARA, PARA2]


def test_an_agency_tag_with_the_desks_own_credits_is_the_publisher(names: OutletFinder) -> None:
    credit = "(تغطية صحفية أحمد رشيد - إعداد معاذ عبد العزيز للنشرة العربية - تحرير أحمد ماهر)"
    text = f"{HEAD}\nبغداد (رويترز) - {PARA}\n{PARA2}\n{credit}\n"
    outlet, relayed, body = layout_of(text, names)
    assert (outlet, relayed) == ("Reuters", [])
    assert credit not in body


def test_source_lines_credit_the_publisher_only_when_it_is_clear() -> None:
    def finder(text: str, ranges: Sequence[TextRange]) -> list[OutletHit]:
        found = []
        for r in ranges:
            for name, label, lang in (
                ("الجزيرة", "Al Jazeera", "ar"),
                ("فورين بوليسي", "Foreign Policy", "en"),
            ):
                at = text.find(name, r.start, r.end)
                if at >= 0:
                    found.append(OutletHit(at, at + len(name), label, "outlet", lang))
        return sorted(found, key=lambda h: h.start)

    base = f"{HEAD}\n{PARA}\n{PARA2}\n"
    assert layout_of(base + "المصدر : الجزيرة + وكالات\n", finder)[:2] == ("Al Jazeera", [])
    assert layout_of(base + "المصدر: الجزيرة\n", finder)[:2] == ("Al Jazeera", [])
    # a foreign outlet alone in a source line is what the article translates, not its publisher
    assert layout_of(base + "المصدر: فورين بوليسي\n", finder)[:2] == (None, ["Foreign Policy"])


def test_chrome_that_names_the_site_names_the_publisher(names: OutletFinder) -> None:
    text = f"{HEAD}\n{PARA}\n{PARA2}\nتابعوا عنب بلدي على تلغرام\n"
    assert layout_of(text, names)[0] == "Enab Baladi"


def test_photo_credits_are_neither_publisher_nor_relay(names: OutletFinder) -> None:
    text = f"{HEAD}\nعناصر من الشرطة في موقع الانفجار (رويترز)\n© Reuters . John Smith\n{PARA}\n{PARA2}\n"
    outlet, relayed, body = layout_of(text, names)
    assert (outlet, relayed, body) == (None, [], [PARA, PARA2])
    signed = f"{HEAD}\n{PARA}\n{PARA2}\n© 2024 عنب بلدي. جميع الحقوق محفوظة\n"
    assert layout_of(signed, names)[0] == "Enab Baladi"


def test_a_teaser_block_ends_at_the_next_paragraph_of_prose(names: OutletFinder) -> None:
    teasers = "اقرأ أيضا\nlist of 2 items\nlist 1 of 2\nالوزير يزور المدينة\nend of list"
    text = f"{HEAD}\n{PARA}\n{teasers}\n{PARA2}\n"
    assert layout_of(text, names)[2] == [PARA, PARA2]


def test_an_unlabelled_date_before_an_update_label_is_the_publication_date(names: OutletFinder) -> None:
    text = f"{HEAD}\nسامر أحمد   |14.01.2025 - تحديث : 15.01.2025\n{PARA}\n"
    lay = GenericExtractor(finder=names).layout(text)
    assert [(d.role, text[d.start : d.end]) for d in lay.datelines] == [
        ("published", "14.01.2025"),
        ("updated", "15.01.2025"),
    ]
