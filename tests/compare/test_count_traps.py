"""Figures two reports give for different things do not clash: a figure the other report gives
too (41 rescued and 23 dead in both, in other sentences), the official and the market rate in one
sentence each, a rate per day and an amount, a total and its parts, a toll an article gives besides the
rise it reports, and a toll placed after an earlier one.  The stories
are written for these tests, not taken from the development set."""

from __future__ import annotations

import pytest

import claimdiff
from claimdiff.schema import Document


def _numbers(a: str, b: str, order: str) -> list[str]:
    texts = [a, b] if order == "forward" else [b, a]
    docs = [Document(id=f"d{n}", source=f"<d{n}>", text=t, text_origin="string") for n, t in enumerate(texts)]
    return [f.message for f in claimdiff.analyze(docs).findings if f.code == "number_conflict"]


CASES = {
    "an_article_that_gives_both_figures": (
        "غرق مركب\n\nطرابلس - قال الهلال الأحمر إن 30 مهاجرا قضوا في غرق المركب، قبل أن ترتفع "
        "الحصيلة لاحقا إلى 48.\n",
        "الحصيلة\n\nطرابلس - قضى 48 مهاجرا في غرق المركب.\n",
    ),
    "a_new_toll_and_an_earlier_one": (
        "غرق مركب\n\nطرابلس - قضى 48 مهاجرا في غرق المركب، وفق حصيلة جديدة.\n",
        "الحصيلة\n\nطرابلس - أعلن الهلال الأحمر في وقت سابق مقتل 30 مهاجرا في غرق المركب.\n",
    ),
    "a_total_and_its_parts": (
        "حرائق\n\nالجزائر - أتت النيران على 800 هكتار في ولاية بجاية و300 هكتار في ولاية تيزي وزو.\n",
        "حصيلة الحرائق\n\nالجزائر - قالت الحماية المدنية إن الحرائق أتت على 1100 هكتار في ولايتي "
        "بجاية وتيزي وزو.\n",
    ),
    "counts_of_the_dead_and_the_rescued_in_both": (
        "غرق قارب مهاجرين\n\nطرابلس - لقي 23 مهاجرا حتفهم في غرق قارب قبالة سواحل طرابلس، فيما "
        "أنقذ خفر السواحل 41 آخرين.\n",
        "مأساة جديدة في المتوسط\n\nطرابلس (أ ف ب) - أنقذ خفر السواحل الليبي 41 مهاجرا بعد غرق "
        "قاربهم، وانتشل جثث 23 آخرين.\n",
    ),
    "two_rates_in_both": (
        "تراجع الليرة السورية\n\nدمشق - سجلت الليرة السورية 14500 ليرة للدولار الواحد في السوق "
        "السوداء، بينما حدد المصرف المركزي السعر الرسمي عند 12500 ليرة.\n",
        "الليرة عند مستوى قياسي\n\nدمشق - بلغ سعر صرف الدولار 14500 ليرة في السوق الموازية، "
        "مقابل سعر رسمي يبلغ 12500 ليرة.\n",
    ),
    "a_rate_and_an_amount": (
        "صادرات النفط العراقي\n\nبغداد - بلغت صادرات العراق النفطية 3.3 ملايين برميل يوميا في "
        "آذار، بحسب وزارة النفط.\n",
        "ارتفاع صادرات النفط\n\nبغداد - قالت وزارة النفط العراقية إن إيرادات آذار بلغت 8 مليارات "
        "دولار من صادرات بلغت نحو 100 مليون برميل.\n",
    ),
}


@pytest.mark.parametrize("order", ["forward", "reverse"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_of_different_things_do_not_clash(case: str, order: str) -> None:
    assert _numbers(*CASES[case], order) == []


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_toll_given_two_values_still_clashes(order: str) -> None:
    found = _numbers(
        "غرق قارب مهاجرين\n\nطرابلس - لقي 23 مهاجرا حتفهم في غرق قارب قبالة سواحل طرابلس.\n",
        "مأساة جديدة في المتوسط\n\nطرابلس (أ ف ب) - انتشل خفر السواحل الليبي جثث 31 مهاجرا بعد "
        "غرق قاربهم قبالة طرابلس.\n",
        order,
    )
    assert any("23" in m and "31" in m for m in found), found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_articles_own_tolls_clash_in_sentences_that_share_nothing(order: str) -> None:
    """«ما أدى إلى إصابة 15 شخصا» (a clause split from its sentence) and «40 متظاهرا أصيبوا ...»
    share no word, but each is its article's only count of the injured."""
    found = _numbers(
        "احتجاجات في بغداد\n\nبغداد - خرج آلاف المحتجين إلى ساحة التحرير مساء السبت. وأطلقت قوات الأمن "
        "الغاز المسيل للدموع لتفريق المتظاهرين، ما أدى إلى إصابة 15 شخصا.\n",
        "مظاهرات الكهرباء\n\nبغداد - تظاهر مئات العراقيين في ساحة التحرير مساء السبت. وقالت مصادر طبية "
        "إن 40 متظاهرا أصيبوا بعد أن أطلقت قوات الأمن الرصاص الحي.\n",
        order,
    )
    assert any("15" in m and "40" in m for m in found), found
