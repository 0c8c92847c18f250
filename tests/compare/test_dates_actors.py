"""Dates and actors between two short reports of one event, on stories the comparator's rules were
not grown on (written for these tests): a date written without its year, a lunar day, a verb far
from its date; other acts' dates, one person named near two dates; an unnamed subject, a drone of
an army; two parties reacting to one event."""

from __future__ import annotations

import pytest

import claimdiff
from claimdiff.schema import Document, Finding


def _across(a: str, b: str, order: str) -> list[Finding]:
    texts = [a, b] if order == "forward" else [b, a]
    docs = [Document(id=f"d{n}", source=f"<d{n}>", text=t, text_origin="string") for n, t in enumerate(texts)]
    return [f for f in claimdiff.analyze(docs).findings if len({e.doc_id for e in f.evidence}) == 2]


def _codes(a: str, b: str, order: str) -> set[str]:
    return {f.code for f in _across(a, b, order)}


ORDERS = ["forward", "reverse"]


@pytest.mark.parametrize("order", ORDERS)
def test_two_days_of_a_month_written_without_the_year_clash(order: str) -> None:
    found = _across(
        "إقرار الموازنة\n\nبغداد - صوت مجلس النواب العراقي في 14 آذار/مارس على قانون الموازنة العامة "
        "بعد أشهر من الخلافات.\n",
        "البرلمان يقر الموازنة\n\nبغداد - أقر البرلمان العراقي قانون الموازنة العامة في 16 آذار/مارس "
        "منهيا أشهرا من الخلافات.\n",
        order,
    )
    assert any(f.code == "date_mismatch" and "14" in f.message and "16" in f.message for f in found), found


@pytest.mark.parametrize("order", ORDERS)
def test_two_days_of_a_lunar_month_clash_beyond_the_sighting(order: str) -> None:
    a = "اشتباكات في طرابلس\n\nطرابلس - اندلعت اشتباكات عنيفة بين فصيلين مسلحين في باب بن غشير في 12 رمضان."
    b = "معارك في العاصمة\n\nطرابلس - قال شهود إن اشتباكات اندلعت بين فصيلين في باب بن غشير في {} رمضان."
    assert "date_mismatch" in _codes(a, b.format(14), order)
    assert "date_mismatch" not in _codes(a, b.format(13), order)  # one day: a sighting's difference


@pytest.mark.parametrize("order", ORDERS)
def test_a_date_far_after_its_verb_is_still_its_date(order: str) -> None:
    assert "date_mismatch" in _codes(
        "زلزال يضرب جنوب إيران\n\nطهران - ضرب زلزال بقوة 5.6 درجات محافظة هرمزغان جنوب إيران عند "
        "الساعة الثالثة فجر الجمعة، بحسب مركز رصد الزلازل.\n",
        "هزة أرضية في هرمزغان\n\nطهران (إرنا) - أفاد مركز رصد الزلازل الإيراني بأن زلزالا بقوة 5.6 "
        "درجات ضرب محافظة هرمزغان مساء الخميس.\n",
        order,
    )


@pytest.mark.parametrize("order", ORDERS)
def test_dates_both_reports_give_leave_their_other_dates_alone(order: str) -> None:
    assert "date_mismatch" not in _codes(
        "الانتخابات البلدية\n\nالجزائر - تجري الانتخابات البلدية يوم 27 تشرين الثاني/نوفمبر 2025، "
        "وتنطلق الحملة في 4 تشرين الثاني/نوفمبر 2025.\n",
        "موعد الانتخابات\n\nالجزائر - حددت السلطة يوم 27 تشرين الثاني/نوفمبر 2025 موعدا للانتخابات "
        "البلدية، على أن تبدأ الحملة في 4 تشرين الثاني/نوفمبر 2025.\n",
        order,
    )


@pytest.mark.parametrize("order", ORDERS)
def test_one_person_named_near_two_dates_does_not_make_one_act(order: str) -> None:
    assert "date_mismatch" not in _codes(
        "اعتقال ناشط\n\nالجزائر - اعتقلت الشرطة الناشط كريم طابو مساء الخميس من منزله.\nومثل طابو "
        "أمام النيابة يوم الأحد.\n",
        "توقيف طابو\n\nالجزائر - أوقفت قوات الأمن الناشط كريم طابو مساء الخميس، وفق محاميه.\n",
        order,
    )


@pytest.mark.parametrize("order", ORDERS)
def test_unnamed_gunmen_and_named_forces_killing_one_man_clash(order: str) -> None:
    found = _across(
        "اغتيال قيادي\n\nدرعا - قتل مسلحون مجهولون القيادي المحلي أحمد العودة برصاص في ريف درعا الشرقي.\n",
        "مقتل العودة\n\nعمان - قتلت قوات الأمن السورية القيادي المحلي أحمد العودة خلال مداهمة في ريف "
        "درعا الشرقي.\n",
        order,
    )
    assert any(f.code == "actor_conflict" and "مسلحون مجهولون" in f.message for f in found), found


@pytest.mark.parametrize("order", ORDERS)
def test_an_army_drone_and_a_militia_shelling_one_hospital_clash(order: str) -> None:
    assert "actor_conflict" in _codes(
        "قصف مستشفى\n\nالفاشر - قصفت طائرة مسيرة تابعة للجيش السوداني المستشفى السعودي في الفاشر.\n",
        "قصف في الفاشر\n\nنيروبي - قالت لجان المقاومة إن قوات الدعم السريع قصفت المستشفى السعودي في "
        "الفاشر بمسيرة.\n",
        order,
    )


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("verb", ["وأدانت", "ورحبت"])
def test_two_parties_reacting_to_one_event_do_not_clash(order: str, verb: str) -> None:
    found = _codes(
        f"هجوم على قاعدة\n\nمقديشو - تبنت حركة الشباب الهجوم على قاعدة قرب مقديشو.\n{verb} الحكومة "
        f"الصومالية الهجوم.\n",
        f"هجوم قرب مقديشو\n\nمقديشو - أعلنت حركة الشباب مسؤوليتها عن الهجوم على القاعدة.\n{verb} "
        f"الاتحاد الأفريقي الهجوم.\n",
        order,
    )
    assert not found & {"entity_substitution", "actor_conflict"}, found


@pytest.mark.parametrize("order", ORDERS)
def test_two_unnamed_bodies_suspending_one_athlete_clash(order: str) -> None:
    assert "actor_conflict" in _codes(
        "إيقاف رباع\n\nالمنامة - أوقفت الوكالة الدولية لمكافحة المنشطات الرباع البحريني لمدة عامين.\n",
        "إيقاف رباع بحريني\n\nالمنامة - أوقف الاتحاد الدولي لرفع الأثقال الرباع البحريني لمدة عامين.\n",
        order,
    )


@pytest.mark.parametrize("order", ORDERS)
def test_one_statement_given_to_two_speakers_clashes(order: str) -> None:
    found = _across(
        "أزمة المياه\n\nطهران - قال وزير الخارجية الإيراني عباس عراقجي إن بناء السد انتهاك صريح "
        "لمعاهدة عام 1973.\n",
        "سد هلمند\n\nطهران - قال الرئيس الإيراني مسعود بزشكيان إن بناء السد انتهاك صريح لمعاهدة عام 1973.\n",
        order,
    )
    assert any(f.code == "entity_substitution" and "بزشكيان" in f.message for f in found), found


@pytest.mark.parametrize("order", ORDERS)
def test_one_statement_from_a_ministry_and_its_minister_does_not_clash(order: str) -> None:
    found = _codes(
        "أزمة المياه\n\nطهران - قالت وزارة الخارجية الإيرانية إن بناء السد انتهاك صريح لمعاهدة عام 1973.\n",
        "سد هلمند\n\nطهران - قال وزير الخارجية الإيراني إن بناء السد انتهاك صريح لمعاهدة عام 1973.\n",
        order,
    )
    assert "entity_substitution" not in found, found


@pytest.mark.parametrize("order", ORDERS)
def test_two_bodies_imposing_one_ban_clash_without_a_named_target(order: str) -> None:
    assert "actor_conflict" in _codes(
        "الإيقاف\n\nالمنامة - فرضت وحدة النزاهة في ألعاب القوى عقوبة الإيقاف على العداءة البحرينية.\n",
        "إيقاف العداءة\n\nالمنامة - فرضت الوكالة العالمية لمكافحة المنشطات عقوبة الإيقاف على "
        "العداءة البحرينية.\n",
        order,
    )


@pytest.mark.parametrize("order", ORDERS)
def test_two_deputies_making_one_short_statement_do_not_clash(order: str) -> None:
    found = _codes(
        "البرلمان الكويتي\n\nالكويت - قال النائب مهلهل المضف إن الاستجواب سيمضي قدما.\n",
        "الاستجواب\n\nالكويت - قال النائب عبدالكريم الكندري إن الاستجواب سيمضي قدما.\n",
        order,
    )
    assert "entity_substitution" not in found, found


@pytest.mark.parametrize("order", ORDERS)
def test_a_date_set_off_by_commas_dates_what_the_claim_says(order: str) -> None:
    """Whole articles: the date follows the place after a comma, and an attribution ends the claim."""
    found = _across(
        "انهيار منجم ذهب في السودان يودي بحياة عمال\nالخرطوم - (الأناضول)\n\nلقي 38 عاملا على "
        "الأقل حتفهم إثر انهيار منجم للذهب في ولاية نهر النيل شمالي السودان، صباح الثلاثاء، وفق "
        "ما أعلنت الشركة السودانية للموارد المعدنية. وقالت الشركة في بيان إن المنجم التقليدي يقع "
        "في منطقة هويد الصحراوية، وإن فرق الإنقاذ انتشلت الجثث بعد ساعات من العمل. وأوضح البيان "
        "أن المنجم كان قد أغلق بقرار حكومي الشهر الماضي لعدم استيفائه شروط السلامة، لكن العمال "
        "عادوا إليه دون إذن. وأكد مدير الشركة أن السلطات فتحت تحقيقا في الحادث، وأن عمليات "
        "التعدين في المنطقة علقت حتى إشعار آخر. ويعد التعدين الأهلي مصدر رزق لأكثر من مليوني "
        "سوداني.\n",
        "مصرع عشرات العمال في انهيار منجم بالسودان\nبورتسودان - أ ف ب\n\nقتل 24 عاملا في انهيار "
        "منجم ذهب تقليدي في منطقة هويد بولاية نهر النيل مساء الاثنين، بحسب مصدر في وزارة "
        "المعادن. وقال المصدر إن المنجم كان يعمل بترخيص رسمي ولم يصدر أي قرار بإغلاقه. ونفى "
        "المصدر فتح أي تحقيق رسمي حتى الآن، مشيرا إلى أن عمليات التعدين في المنطقة مستمرة بشكل "
        "طبيعي. وأضاف أن فرق الدفاع المدني هي التي انتشلت الجثث. ويعمل في التعدين الأهلي أكثر من "
        "مليوني سوداني، وفق تقديرات رسمية.\n",
        order,
    )
    assert any(f.code == "date_mismatch" and "الثلاثاء" in f.message for f in found), found


@pytest.mark.parametrize("order", ORDERS)
def test_suspended_and_continuing_as_participles_clash(order: str) -> None:
    found = _codes(
        "التعدين\n\nالخرطوم - وأكد مدير الشركة أن عمليات التعدين في المنطقة علقت حتى إشعار آخر.\n",
        "التعدين الأهلي\n\nبورتسودان - وأشار المصدر إلى أن عمليات التعدين في المنطقة مستمرة بشكل طبيعي.\n",
        order,
    )
    assert "antonym_conflict" in found, found
