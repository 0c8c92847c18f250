"""One outlet reports as fact what another says is not confirmed (stories written for these tests)."""

from __future__ import annotations

import pytest
from pairs import codes_across as _codes

from claimdiff.claims.tokens import tokenize
from claimdiff.compare.unconfirmed import markers


def _marked(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[tokens[a].start : tokens[b].end] for a, b in markers(tokens)]


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("تحدثت تقارير غير مؤكدة عن إعادة الاقتراع", "غير مؤكدة"),
        ("لم يتم التأكد مخبريا من وجود الوباء", "لم يتم التأكد"),
        ("أفادت مصادر باحتجاز سفينة دون تأكيد رسمي", "دون تأكيد"),
        ("ولم يتسن التحقق من صحة الأنباء", "ولم يتسن التحقق"),
        ("ولم تؤكد الوزارة الخبر", "ولم تؤكد"),
        ("ولم يتضح بعد مكان احتجاز الصيادين", "ولم يتضح"),
        ("ولم يُعرف بعد مصير ربان السفينة", "ولم يُعرف"),
    ],
)
def test_a_negated_verb_of_confirming_marks_a_report_unconfirmed(text: str, marker: str) -> None:
    assert _marked(text) == [marker]


@pytest.mark.parametrize(
    "text",
    [
        "لم يتحقق أي تقدم في المفاوضات",  # تحقق without من: coming true, not verifying
        "أغلقت القضية دون تحقيق",  # an investigation, not a verification
        "أكدت الوزارة الخبر",  # confirmed, not negated
        "وما تعرفه الحكومة عن الخلية يبقى سرا",  # ما before an imperfect: what, not not
    ],
)
def test_other_words_of_the_same_roots_mark_nothing(text: str) -> None:
    assert _marked(text) == []


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_unconfirmed_reports_against_a_confirmed_decision(order: str) -> None:
    found = _codes(
        "إعادة الاقتراع\n\nنواكشوط - أكدت اللجنة الانتخابية أنها ستعيد الاقتراع في أربع دوائر "
        "بولاية الحوض الشرقي.\n",
        "جدل انتخابي\n\nنواكشوط - تحدثت تقارير غير مؤكدة عن احتمال إعادة الاقتراع في أربع دوائر بولاية "
        "الحوض الشرقي، دون صدور قرار رسمي.\n",
        order,
    )
    assert "modality_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_seizure_without_official_confirmation_against_the_seizure(order: str) -> None:
    found = _codes(
        "السفينة المحتجزة\n\nعدن - احتجزت قوات خفر السواحل سفينة تجارية قرب جزيرة ميون صباح الخميس.\n",
        "حادث بحري\n\nعدن - أفادت مصادر ملاحية باحتمال احتجاز سفينة تجارية قرب جزيرة ميون، "
        "دون تأكيد رسمي حتى الآن.\n",
        order,
    )
    assert "modality_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_unconfirmed_reports_do_not_clash(order: str) -> None:
    """A claim awaiting confirmation (a verbal noun of confirming) reports nothing as fact."""
    found = _codes(
        "الكوليرا\n\nالحديدة - لم يتم التأكد مخبريا بعد من وجود الكوليرا في مديرية الزهرة.\n",
        "حالات اشتباه\n\nالحديدة - تنتظر السلطات نتائج الفحوص المخبرية لتأكيد وجود الكوليرا في الزهرة.\n",
        order,
    )
    assert "modality_conflict" not in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_an_unconfirmed_detail_of_another_event_does_not_clash(order: str) -> None:
    """What is unconfirmed must be what the other claim reports: the words around the marker."""
    found = _codes(
        "انفجار الميناء\n\nبيروت - وقع انفجار في مستودع بميناء بيروت مساء الثلاثاء وأصيب عشرة عمال.\n",
        "الانفجار\n\nبيروت - وقع انفجار في مستودع بميناء بيروت مساء الثلاثاء، ولم يتم التأكد من سبب الحريق "
        "الذي اندلع في مصنع بالضاحية.\n",
        order,
    )
    assert "modality_conflict" not in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_negated_second_clause_about_other_words_is_no_negation_of_the_first(order: str) -> None:
    found = _codes(
        "اعتقال صحفي\n\nتونس - اعتقلت الشرطة التونسية الصحفي مراد الزغيدي من منزله فجر السبت.\n",
        "اعتقال\n\nتونس - أوقفت الشرطة الصحفي مراد الزغيدي فجر السبت، ولم تعلن التهم الموجهة إليه.\n",
        order,
    )
    assert not found & {"modality_conflict", "negation_conflict"}, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_no_decision_taken_yet_negates_the_act_itself(order: str) -> None:
    """A negated decision (لم يتخذ أي قرار) is about the claim's own act, not other words."""
    found = _codes(
        "الليرة\n\nبيروت - رفع مصرف لبنان سعر الصرف الرسمي إلى 89500 ليرة للدولار اعتبارا من الأربعاء.\n",
        "سعر الصرف\n\nبيروت - قال مسؤولون إن مصرف لبنان قد يرفع سعر الصرف الرسمي خلال الأسابيع المقبلة، "
        "ولم يتخذ أي قرار بعد.\n",
        order,
    )
    assert "modality_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_an_arrest_against_unconfirmed_news_of_it_in_another_form_of_the_verb(order: str) -> None:
    found = _codes(
        "المركب\n\nعدن - وأوقفت قوات خفر السواحل الربان فجر الأحد.\n",
        "الغرق\n\nعدن - وتحدثت أنباء غير مؤكدة عن توقيف الربان.\n",
        order,
    )
    assert "modality_conflict" in found, found


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_port_not_yet_known_against_the_port_told_however_little_else_is_shared(order: str) -> None:
    found = _codes(
        "السفينة\n\nالحديدة - واقتيدت السفينة إلى ميناء الصليف، حيث ستُستكمل التحقيقات بإشراف النيابة "
        "العامة في المحافظة وبحضور ممثلين عن وزارة النقل وهيئة الشؤون البحرية وشركة التأمين المالكة.\n",
        "احتجاز السفينة\n\nالحديدة - ولم يتضح بعد إلى أين ستُقتاد السفينة، وقد تُنقل إلى أحد الموانئ "
        "القريبة، بحسب مصدر ملاحي.\n",
        order,
    )
    assert "modality_conflict" in found, found
