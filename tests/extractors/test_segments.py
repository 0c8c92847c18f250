"""The shared layout engine, mechanism by mechanism, on short documents written for the test."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdiff.extractors.extractor import ProfileExtractor
from claimdiff.extractors.generic import GenericExtractor
from claimdiff.extractors.outlets import OutletFinder
from claimdiff.extractors.profile import parse_profile

PARA = "قال مسؤول في الوزارة إن الاجتماع الذي عقد أمس بحث ملفات عديدة بينها التعاون الأمني والاقتصادي."
PARA2 = "وأضاف المسؤول أن الجانبين اتفقا على مواصلة المشاورات خلال الأسابيع المقبلة في العاصمتين."


def kinds(ex: ProfileExtractor, text: str) -> dict[str, str]:
    """Each labelled stretch's text -> its kind (headline and body included)."""
    return {text[s.start : s.end]: s.kind for s in ex.analyse(text).segments}


def body_text(ex: ProfileExtractor, text: str) -> list[str]:
    return [text[r.start : r.end] for r in ex.layout(text).body]


def test_breadcrumb_image_name_and_first_title_line(finder: OutletFinder) -> None:
    head = "زيارة وفد رسمي إلى العاصمة"
    text = f"الرئيسية » أخبار » {head}\nIMG_20200301_1234.jpg\n\n{head}\n\n{PARA}\n"
    ex = GenericExtractor(finder=finder)
    got = kinds(ex, text)
    assert got["الرئيسية » أخبار » زيارة وفد رسمي إلى العاصمة"] == "breadcrumb"
    assert got["IMG_20200301_1234.jpg"] == "image_name"
    layout = ex.layout(text)
    assert layout.headline is not None
    assert text[layout.headline.start : layout.headline.end] == "زيارة وفد رسمي إلى العاصمة"
    assert body_text(ex, text) == [PARA]


def test_a_lone_number_under_the_headline_is_a_share_counter_but_not_in_the_body(
    finder: OutletFinder,
) -> None:
    text = f"اتفاق جديد بين البلدين على التعاون\n\n412\n\n{PARA}\n\nوبلغ عدد المشاركين\n\n250\n\n{PARA2}\n"
    ex = GenericExtractor(finder=finder)
    got = kinds(ex, text)
    assert got["412"] == "share_counter"
    assert "250" in body_text(ex, text)


def test_reading_time_badge_is_cut_from_the_headline_only(finder: OutletFinder) -> None:
    text = f"وزير الخارجية يزور موسكو لبحث الأزمة4 دقائق للقراءة\n\n{PARA}\n"
    ex = GenericExtractor(finder=finder)
    layout = ex.layout(text)
    assert layout.headline is not None
    assert text[layout.headline.start : layout.headline.end] == "وزير الخارجية يزور موسكو لبحث الأزمة"
    assert [text[r.start : r.end] for r in layout.boilerplate] == ["4 دقائق للقراءة"]


def test_a_see_also_footer_is_cut_to_the_end(finder: OutletFinder) -> None:
    footer = (
        "شاهد أيضاً\n\nعنوان خبر آخر لا علاقة له\n\n"
        "نص مقتطف من الخبر الآخر يتحدث عن موضوع مختلف تماما عن هذا الخبر …\n"
    )
    text = f"عنوان الخبر الرئيسي اليوم\n\n{PARA}\n\n{PARA2}\n\n{PARA}\n\n{footer}"
    ex = GenericExtractor(finder=finder)
    assert all("آخر" not in b for b in body_text(ex, text))
    got = kinds(ex, text)
    assert got["عنوان خبر آخر لا علاقة له"] == "teaser"


def test_a_read_also_teaser_mid_article_keeps_the_rest_of_the_article(finder: OutletFinder) -> None:
    rest = "وختم المسؤول تصريحه بالتأكيد على أن المحادثات ستستأنف في موعد يحدد لاحقا بعد التشاور مع الشركاء."
    teaser = "اقرأ أيضا\n\nعنوان مقال آخر"
    text = f"عنوان الخبر الرئيسي اليوم\n\n{PARA}\n\n{teaser}\n\n{PARA2}\n\n{rest}\n\n{PARA}\n\n{PARA2}\n"
    ex = GenericExtractor(finder=finder)
    body = body_text(ex, text)
    assert "عنوان مقال آخر" not in body and "اقرأ أيضا" not in body
    assert rest in body


def test_comment_prompt_disclaimer_social_and_most_read_are_boilerplate(finder: OutletFinder) -> None:
    text = (
        f"عنوان الخبر الرئيسي اليوم\n\n{PARA}\n\n{PARA2}\n\n"
        "الموقع غير مسؤول عن النص وما ورد فيه\n\n"
        "تابعونا على تلغرام للاطلاع على آخر الأخبار\n\n"
        "https://t.me/example_channel\n\n"
        "اترك تعليقاً\n\nلن يتم نشر عنوان بريدك الإلكتروني.\n"
    )
    ex = GenericExtractor(finder=finder)
    got = kinds(ex, text)
    assert got["الموقع غير مسؤول عن النص وما ورد فيه"] == "disclaimer"
    assert got["تابعونا على تلغرام للاطلاع على آخر الأخبار"] == "social"
    assert got["https://t.me/example_channel"] == "social"
    assert got["لن يتم نشر عنوان بريدك الإلكتروني."] == "comments"
    assert body_text(ex, text) == [PARA, PARA2]


def test_metadata_lines_are_neither_body_nor_boilerplate(finder: OutletFinder) -> None:
    text = f"عنوان الخبر الرئيسي اليوم\n\nكتبه محمد الأحمد\n\nرقم الخبر: 55231\n\n{PARA}\n\nالمصدر: وكالات\n"
    ex = GenericExtractor(finder=finder)
    layout = ex.layout(text)
    meta = [text[r.start : r.end] for r in layout.metadata]
    assert meta == ["كتبه محمد الأحمد", "رقم الخبر: 55231", "المصدر: وكالات"]
    assert body_text(ex, text) == [PARA]


def test_dateline_labels_give_published_and_updated_date_parts(finder: OutletFinder) -> None:
    text = (
        "نشر في: 12 مارس 2021 - 10:30 | آخر تحديث: 13 مارس 2021\n"
        f"عنوان الخبر الرئيسي اليوم\n\n{PARA}\n\n"
        "نشر في صحيفة محلية تقرير عن 3 قضايا مختلفة تخص المدينة وسكانها.\n"
    )
    ex = GenericExtractor(finder=finder)
    layout = ex.layout(text)
    got = [(d.role, text[d.start : d.end]) for d in layout.datelines]
    assert got == [("published", "12 مارس 2021 - 10:30"), ("updated", "13 مارس 2021")]
    assert text.splitlines()[0] in [text[r.start : r.end] for r in layout.metadata]
    assert len(layout.body) == 2


def test_dateline_label_on_its_own_line_takes_the_next_line(finder: OutletFinder) -> None:
    text = f"عنوان الخبر الرئيسي اليوم\nتاريخ النشر:\n2021-03-12 10:30\n\n{PARA}\n"
    layout = GenericExtractor(finder=finder).layout(text)
    assert [(d.role, text[d.start : d.end]) for d in layout.datelines] == [("published", "2021-03-12 10:30")]


def test_persian_letters_in_labels_and_digits_still_match(finder: OutletFinder) -> None:
    text = f"تم التحدیث فی: ۱۸ نوفمبر ۲۰۲۳\nعنوان الخبر الرئيسي اليوم\n\n{PARA}\n"
    layout = GenericExtractor(finder=finder).layout(text)
    assert [(d.role, text[d.start : d.end]) for d in layout.datelines] == [("updated", "۱۸ نوفمبر ۲۰۲۳")]


def test_an_unlabelled_date_line_at_the_top_is_the_published_stamp(finder: OutletFinder) -> None:
    text = f"الثلاثاء 07 أكتوبر 2014 - 14:07\nعنوان الخبر الرئيسي اليوم\n\n{PARA}\n"
    layout = GenericExtractor(finder=finder).layout(text)
    assert [(d.role, text[d.start : d.end]) for d in layout.datelines] == [
        ("published", "الثلاثاء 07 أكتوبر 2014 - 14:07")
    ]


def test_a_repeated_title_line_is_the_headline_and_its_repeat_and_a_summary_copy_are_not_body(
    finder: OutletFinder,
) -> None:
    text = (
        "عنوان فرعي قصير للخبر هنا\n\nالعنوان الحقيقي للخبر المنشور اليوم\n\n"
        f"{PARA2}\n\nرقم الخبر: 11\n\nالعنوان الحقيقي للخبر المنشور اليوم\n\n{PARA}\n\n{PARA2}\n"
    )
    ex = GenericExtractor(finder=finder)
    layout = ex.layout(text)
    assert layout.headline is not None
    assert layout.headline.start == text.index("العنوان الحقيقي")
    body = body_text(ex, text)
    assert body == ["عنوان فرعي قصير للخبر هنا", PARA, PARA2]
    labelled = [s.kind for s in ex.analyse(text).segments]
    assert labelled.count("headline_repeat") == 1 and labelled.count("duplicate") == 1


def test_short_lines_around_the_headline_are_furniture_and_trailing_ones_too(finder: OutletFinder) -> None:
    text = f"سياسة\n\nعنوان الخبر الرئيسي اليوم\n\nفريق التحرير\n\n{PARA}\n\n{PARA2}\n\nمشاركة\n\nطباعة\n"
    ex = GenericExtractor(finder=finder)
    got = kinds(ex, text)
    assert got["سياسة"] == "section" and got["فريق التحرير"] == "header"
    assert body_text(ex, text) == [PARA, PARA2]


def test_credit_line_at_the_end_is_metadata_and_names_relays(finder: OutletFinder) -> None:
    text = f"عنوان الخبر الرئيسي اليوم\n\n{PARA}\n\n{PARA2}\n\nفرانس24/ أ ف ب\n"
    layout = GenericExtractor(finder=finder).layout(text)
    assert [text[r.start : r.end] for r in layout.metadata] == ["فرانس24/ أ ف ب"]
    assert layout.relayed_from == ["France 24", "AFP"]
    assert layout.outlet is None


def test_generic_names_an_outlet_only_from_a_clear_masthead(finder: OutletFinder) -> None:
    ex = GenericExtractor(finder=finder)
    top = f"نورث ليدجر\n\nعنوان الخبر الرئيسي اليوم\n\n{PARA}\n"
    assert ex.layout(top).outlet == "The Northern Ledger"
    tag = f"عنوان الخبر الرئيسي اليوم\n\nالأفق - خاص\n\n{PARA}\n"
    assert ex.layout(tag).outlet == "Al-Ufuq"
    mention = f"عنوان الخبر الرئيسي اليوم\n\n{PARA} وذكرت صحيفة الأفق ذلك أيضا.\n"
    assert ex.layout(mention).outlet is None


def test_a_profile_rule_runs_before_the_generic_ones(finder: OutletFinder) -> None:
    profile = parse_profile(
        {
            "name": "acme",
            "outlet": "Acme",
            "rules": [{"kind": "promo", "pattern": "اشترك الآن.*", "scope": "line"}],
        },
        "test",
    )
    ex = ProfileExtractor(profile, version="0", finder=finder)
    text = f"عنوان الخبر الرئيسي اليوم\n\n{PARA}\n\nاشترك الآن في النشرة\n"
    assert kinds(ex, text)["اشترك الآن في النشرة"] == "promo"
    assert ex.layout(text).outlet == "Acme"


def test_names_make_masthead_lines_and_name_tags(finder: OutletFinder) -> None:
    profile = parse_profile({"name": "acme", "outlet": "Acme", "names": ["أكمي نيوز"]}, "test")
    ex = ProfileExtractor(profile, version="0", finder=finder)
    text = f"أكمي نيوز\n\nعنوان الخبر الرئيسي اليوم\n\nأكمي نيوز – بيروت {PARA}\n"
    got = kinds(ex, text)
    assert got["أكمي نيوز"] == "masthead" and got["أكمي نيوز – بيروت"] == "agency_tag"
    assert body_text(ex, text) == [PARA]


lines = st.sampled_from(
    [
        "",
        "   ",
        "23",
        "الرئيسية » أخبار",
        "شاهد أيضاً",
        "نشر في: 12 مارس 2021",
        "اترك تعليقاً",
        PARA,
        PARA2,
        "عنوان الخبر الرئيسي اليوم",
        "2 دقيقة للقراءة",
        "فرانس24/ أ ف ب",
        "كتبه فلان",
        "\u00a0",
        "x",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(lines, max_size=14), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_ranges_are_inside_the_text_disjoint_and_trimmed(
    finder: OutletFinder, parts: list[str], sep: str
) -> None:
    text = sep.join(parts)
    layout = GenericExtractor(finder=finder).layout(text)
    ranges = [
        *([layout.headline] if layout.headline else []),
        *layout.body,
        *layout.boilerplate,
        *layout.metadata,
    ]
    spans = sorted((r.start, r.end) for r in ranges)
    for (_, e), (s2, _) in itertools.pairwise(spans):
        assert e <= s2
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
    for d in layout.datelines:
        assert any(s <= d.start and d.end <= e for s, e in spans)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("اب تثجة ۱۲3 ی،.:»-/\n\r\u00a0\u200faZ")), max_size=300))
def test_any_text_lays_out_without_error_inside_its_bounds(finder: OutletFinder, text: str) -> None:
    layout = GenericExtractor(finder=finder).layout(text)
    ranges = [
        *([layout.headline] if layout.headline else []),
        *layout.body,
        *layout.boilerplate,
        *layout.metadata,
    ]
    assert all(0 <= r.start <= r.end <= len(text) for r in ranges)
    assert all(0 <= d.start <= d.end <= len(text) for d in layout.datelines)
