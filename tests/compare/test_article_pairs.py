"""Cues between article sentences: one count given two values clashes, two counts of one class said
of different things do not; a swapped entity clashes when the clause around it is the same, even in
sentences that say much else.  The sentences are written for these tests (not from the seeds)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

import claimdiff
from claimdiff.schema import Document, Report

if TYPE_CHECKING:
    from claimdiff.compare.context import ClaimView
    from claimdiff.compare.pairdiff import PairDiff

HEAD = ("سيول جارفة تضرب مدينة البيضاء الليبية", "فيضانات في شرق ليبيا بعد عاصفة قوية")


def _report(a: str, b: str, order: str) -> Report:
    texts = [f"{HEAD[0]}\n\nالبيضاء (ليبيا) - {a}\n", f"{HEAD[1]}\n\nبنغازي - {b}\n"]
    if order == "reverse":
        texts.reverse()
    docs = [
        Document(id=f"d{n}", source=f"<d{n}>", text=t, text_origin="string") for n, t in enumerate(texts, 1)
    ]
    return claimdiff.analyze(docs)


def _counts(report: Report) -> list[str]:
    return [f.message for f in report.findings if f.code == "number_conflict"]


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_count_introduced_by_the_same_words_clashes(order: str) -> None:
    report = _report(
        "قال الهلال الأحمر إن عدد المفقودين في مدينة البيضاء بلغ 37 شخصا.",
        "أفادت مصادر طبية بأن عدد المفقودين في البيضاء وصل إلى 51 شخصا.",
        order,
    )
    assert any("37" in m and "51" in m for m in _counts(report)), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_count_at_one_stated_time_clashes(order: str) -> None:
    report = _report(
        "وأعلن الهلال الأحمر أن 37 شخصا لقوا حتفهم حتى مساء الثلاثاء في الأحياء المنخفضة.",
        "قالت وزارة الصحة إن السيول قتلت 51 شخصا حتى مساء الثلاثاء.",
        order,
    )
    assert any("37" in m and "51" in m for m in _counts(report)), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_counts_of_one_class_said_of_different_things_do_not_clash(order: str) -> None:
    report = _report(
        "وقال رئيس البلدية إن الأمطار شردت 37 شخصا من القرى الجبلية.",
        "وأضاف متحدث باسم الدفاع المدني أن فرق الإنقاذ انتشلت 51 شخصا من تحت الأنقاض.",
        order,
    )
    assert not _counts(report), _counts(report)


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_pluperfect_background_figure_does_not_clash_with_the_news(order: str) -> None:
    news = "وقالت وزارة الصحة إن عدد المفقودين في البيضاء بلغ 37 شخصا."
    background = "وكان عدد المفقودين في البيضاء قد بلغ 51 شخصا خلال فيضانات العام الماضي."
    assert not _counts(_report(news, background, order))
    # the same sentence told as news clashes: the pluperfect is what keeps it quiet
    assert _counts(_report(news, "وقال الهلال الأحمر إن عدد المفقودين في البيضاء بلغ 51 شخصا.", order))


def _states(report: Report) -> list[str]:
    return [f.message for f in report.findings if f.code == "antonym_conflict"]


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_state_reached_follows_its_opposite_unless_both_say_when(order: str) -> None:
    closed = "وقالت مديرية الأمن إن الطريق الساحلي بين البيضاء وشحات أغلق أمام حركة السير."
    reopened = "وأفادت مديرية الأمن بأن الطريق الساحلي بين البيضاء وشحات بات مفتوحا أمام حركة السير."
    assert not _states(_report(closed, reopened, order))
    dated = "وأفادت مديرية الأمن بأن الطريق الساحلي بين البيضاء وشحات بات مفتوحا أمام حركة السير الثلاثاء."
    still = "وظل الطريق الساحلي بين البيضاء وشحات مغلقا أمام حركة السير الثلاثاء."
    assert _states(_report(still, dated, order))


def _codes(report: Report, code: str) -> list[str]:
    return [f.message for f in report.findings if f.code == code]


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_swapped_country_in_the_same_clause_of_long_sentences_clashes(order: str) -> None:
    report = _report(
        "وأشار رئيس البلدية في مؤتمر صحفي عقده مساء أمس إلى وصول فرق إنقاذ متخصصة من تونس للمساعدة.",
        "وأضاف البيان الذي وزعته الحكومة على الصحفيين صباح اليوم أنه تم استقبال فرق إنقاذ متخصصة من "
        "الجزائر وسط توقعات الأرصاد الجوية باستمرار الأمطار الغزيرة حتى نهاية الأسبوع.",
        order,
    )
    assert any("تونس" in m and "الجزائر" in m for m in _codes(report, "entity_substitution")), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_titles_of_one_person_are_not_a_substitution(order: str) -> None:
    report = _report(
        "وقال رئيس الحكومة أسامة حماد إن الدولة ستعوض المتضررين.",
        "وقال قائد الجيش أسامة حماد إن الدولة ستعوض المتضررين.",
        order,
    )
    assert not _codes(report, "substitution")


def test_a_member_written_with_ta_marbuta_needs_it_in_the_document() -> None:
    """Folding writes الشرطة (police) like شرط (a condition): the original spelling decides."""
    from claimdiff.compare.opposition import substitution_member, written_as
    from claimdiff.text.morphkeys import noun_keys
    from claimdiff.text.normalize import fold_str

    for written, member in (("الشرطة", True), ("للشرطة", True), ("لشرط", False), ("شرط", False)):
        found = substitution_member(noun_keys(fold_str(written)))
        assert found is not None, written
        assert written_as(found[1], written) is member, written


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_event_dated_to_two_days_by_the_words_around_the_dates(order: str) -> None:
    report = _report(
        "وقال المجلس البلدي في بيان إن لجنة الطوارئ عقدت اجتماعها يوم الخميس 10 يوليو.",
        "وفاجأت الحكومة السكان بإعلان حالة الطوارئ بعد اجتماع لجنة الطوارئ يوم الأربعاء 9 يوليو "
        "وسط انتقادات واسعة من أحزاب المعارضة.",
        order,
    )
    assert any("الخميس" in m and "الأربعاء" in m for m in _codes(report, "date_mismatch")), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_unknown_names_after_one_head_noun_are_a_swap(order: str) -> None:
    """Neither town is in the gazetteer; the head noun (ولاية) makes the slot."""
    report = _report(
        "وقال الدفاع المدني إن الحريق الأكبر اندلع في غابات ولاية تيغزرت قبل أن يمتد إلى القرى.",
        "وأضاف الدفاع المدني أن الحريق الأكبر اندلع في غابات ولاية أزفون.",
        order,
    )
    assert any("تيغزرت" in m and "أزفون" in m for m in _codes(report, "entity_substitution")), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_name_spelt_twice_or_described_is_not_a_swap(order: str) -> None:
    spelt = _report(
        "وقال الدفاع المدني إن الحريق الأكبر اندلع في غابات ولاية تيغزرت.",
        "وأضاف الدفاع المدني أن الحريق الأكبر اندلع في غابات ولاية تيقزيرت.",
        order,
    )
    described = _report(
        "وقال الدفاع المدني إن عناصر جماعات متشددة أشعلوا الحريق في الغابات.",
        "وأضاف الدفاع المدني أن عناصر الجماعات الإرهابية أشعلوا الحريق في الغابات.",
        order,
    )
    assert not _codes(spelt, "entity_substitution")
    assert not _codes(described, "entity_substitution")


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_towns_of_one_country_are_two_places(order: str) -> None:
    """Both towns are Syrian: sharing a country does not make them one referent."""
    report = _report(
        "وأفاد المركز الوطني للزلازل بأن مركز الهزة كان قرب مدينة حارم.",
        "وأفاد المركز الوطني للزلازل بأن مركز الهزة كان قرب مدينة سلقين.",
        order,
    )
    assert any("حارم" in m and "سلقين" in m for m in _codes(report, "entity_substitution")), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_denial_verb_in_the_perfect_denies_what_follows_its_subject(order: str) -> None:
    """نفت (not only the imperfect تنفي) is a verb of denial, and what it denies comes after its
    subject: «ونفت إدارة المعبر الأنباء عن إغلاقه»."""
    report = _report(
        "وأغلقت السلطات معبر رأس جدير الحدودي صباح الثلاثاء بحسب مصادر محلية.",
        "ونفت إدارة معبر رأس جدير الحدودي الأنباء عن إغلاقه صباح الثلاثاء.",
        order,
    )
    assert _codes(report, "negation_conflict"), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_not_confirming_negates_a_confirmation(order: str) -> None:
    """«لم تؤكد الهيئة احتجاز السفينة» negates «أكدت الهيئة احتجاز السفينة»: the verb of saying
    is looked through, and the evidence on the other side is what is negated there."""
    report = _report(
        "وأكدت هيئة الموانئ احتجاز السفينة قبالة السواحل الليبية في بيان مقتضب.",
        "ولم تؤكد هيئة الموانئ احتجاز السفينة قبالة السواحل الليبية حتى الآن.",
        order,
    )
    found = [f for f in report.findings if f.code == "negation_conflict"]
    assert found, report.findings
    assert all(len(e.text) < 20 for f in found for e in f.evidence), [
        e.text for f in found for e in f.evidence
    ]


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_results_of_one_match_clash_and_a_result_told_from_either_side_agrees(order: str) -> None:
    clash = _report(
        "وتوج فريق الأهلي بلقب الكأس بعد فوزه على الاتحاد 2-1 مساء الأحد.",
        "وتوج فريق الأهلي بلقب الكأس بعد فوزه على الاتحاد 3-1 مساء الأحد.",
        order,
    )
    same = _report(
        "وتوج فريق الأهلي بلقب الكأس بعد فوزه على الاتحاد 2-1 مساء الأحد.",
        "وتوج فريق الأهلي بلقب الكأس بعد خسارة الاتحاد أمامه 1-2 مساء الأحد.",
        order,
    )
    assert any("2-1" in m and "3-1" in m for m in _counts(clash)), clash.findings
    assert not _counts(same)


def _bodies(a: str, b: str, order: str) -> Report:
    """Two articles of a headline and one body sentence, no dateline."""
    texts = [f"{HEAD[0]}\n\n{a}\n", f"{HEAD[1]}\n\n{b}\n"]
    if order == "reverse":
        texts.reverse()
    docs = [
        Document(id=f"d{n}", source=f"<d{n}>", text=t, text_origin="string") for n, t in enumerate(texts, 1)
    ]
    return claimdiff.analyze(docs)


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_shelling_blamed_on_two_actors(order: str) -> None:
    one = "قصفت قوات الدعم السريع مخيم أبو شوك للنازحين بعد ظهر الأحد."
    blamed = _bodies(one, "قصف الجيش السوداني مخيم أبو شوك للنازحين بعد ظهر الأحد.", order)
    same = _bodies(one, "قصفت قوات الدعم السريع مخيم أبو شوك للنازحين ظهر الأحد.", order)
    assert _codes(blamed, "actor_conflict"), blamed.findings
    assert not _codes(same, "actor_conflict")


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_since_does_not_make_a_counted_noun_a_duration(order: str) -> None:
    """«سجلت منذ مطلع العام 12400 حالة اشتباه» / «بلغت 21400 حالة اشتباه»: منذ cues a duration,
    but حالة is a counted noun: both figures count cases, and they clash."""
    report = _report(
        "وأوضحت وزارة الصحة أن محافظة الحديدة سجلت منذ مطلع العام 12400 حالة اشتباه بالكوليرا.",
        "وقالت منظمة الصحة العالمية إن حالات الإسهال في محافظة الحديدة بلغت 21400 حالة اشتباه "
        "بالكوليرا، محذرة من انهيار النظام الصحي مع تراجع التمويل الإنساني في البلاد التي تشهد "
        "حربا طويلة وأزمة اقتصادية خانقة أدت إلى نزوح الملايين.",
        order,
    )
    assert any("12400" in m and "21400" in m for m in _counts(report)), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_toll_told_as_a_rise_updates_a_lower_figure(order: str) -> None:
    """«ارتفعت حصيلة القتلى إلى 20» follows «مقتل 12»; told as a rise on both sides, 20 and 23
    still clash."""
    rise = "وارتفعت حصيلة ضحايا السيول في مدينة البيضاء إلى 20 قتيلا بحسب الهلال الأحمر."
    updated = _report(rise, "وأسفرت السيول في مدينة البيضاء عن مقتل 12 شخصا بحسب الهلال الأحمر.", order)
    both = _report(
        rise, "وارتفعت حصيلة ضحايا السيول في مدينة البيضاء إلى 23 قتيلا بحسب الهلال الأحمر.", order
    )
    assert not [m for m in _counts(updated) if "20" in m and "12" in m]
    assert [m for m in _counts(both) if "20" in m and "23" in m]


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_pluperfect_event_keeps_its_date_and_place(order: str) -> None:
    """What had happened before the news may have changed (a toll, a state), but not when an event
    happened: a dam that had collapsed on Monday did not collapse on Saturday."""
    told = "وكان السد الترابي قرب المدينة قد انهار فجر الاثنين تحت ضغط المياه."
    other = "وقال السكان إن السد الترابي قرب المدينة انهار مساء السبت تحت ضغط المياه."
    assert _codes(_report(told, other, order), "date_mismatch")
    assert not _codes(_report(told, other.replace("مساء السبت", "فجر الاثنين"), order), "date_mismatch")


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_what_a_figure_counts_may_follow_it(order: str) -> None:
    """«37 شخصا ما زالوا في عداد المفقودين»: the cue comes after the counted noun, and it still
    makes the figure a count of the missing, which «أكثر من 60 مفقودا» on the same evening
    contradicts."""
    report = _report(
        "وقال متحدث باسم الهلال الأحمر إن 37 شخصا ما زالوا في عداد المفقودين في المدينة حتى مساء الثلاثاء.",
        "وقال متحدث باسم الدفاع المدني إن أكثر من 60 مفقودا ما زالوا تحت الوحل في المدينة حتى مساء الثلاثاء.",
        order,
    )
    assert any("37" in m and "60" in m for m in _counts(report)), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_counted_noun_no_class_lists_is_its_own_class(order: str) -> None:
    """Candidates are not troops or voters, whatever words stand near: 1058 candidates and 1580
    candidates clash, and 1058 candidates do not clash with 1580 polling stations."""
    a = "وتنافس في هذه الانتخابات 1058 مرشحا، أغلبهم من المستقلين، في غياب الأحزاب الكبرى."
    b = "وبحسب الهيئة، تنافس في هذه الانتخابات 1580 مرشحا وفق القائمة النهائية التي نشرتها."
    assert any("1058" in m and "1580" in m for m in _counts(_report(a, b, order)))
    c = "وبحسب الهيئة، فتح في هذه الانتخابات 1580 مكتب اقتراع وفق القائمة النهائية التي نشرتها."
    assert not _counts(_report(a, c, order))


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_bare_figure_counts_the_noun_it_takes_through_min(order: str) -> None:
    report = _report(
        "وأعلنت وزارة الدفاع أن روسيا استعادت يوم السبت 303 من عسكرييها كانوا محتجزين.",
        "وعاد 230 عسكريا روسيا إلى بلادهم يوم السبت في إطار عملية تبادل الأسرى.",
        order,
    )
    assert any("303" in m and "230" in m for m in _counts(report)), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_nisba_adjective_is_anchored_by_its_own_noun_only(order: str) -> None:
    """«أسرى الحرب الأوكرانيين» and «تبادل أسرى جرت بوساطة تركية» share أسرى three words back,
    but each adjective describes the noun right before it: no swap."""
    report = _report(
        "وسلمت روسيا مقابل ذلك العدد نفسه من أسرى الحرب الأوكرانيين على الحدود.",
        "وجرت عملية تبادل أسرى بوساطة تركية على الحدود وفق ما أعلنت السلطات في البلدين.",
        order,
    )
    assert not _codes(report, "entity_substitution"), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
@pytest.mark.parametrize(
    ("said", "denied"),
    [
        # the verb of saying the negation governs is the other claim's own (أكدت / لم تؤكد)
        (
            "وأكدت هيئة عمليات التجارة البحرية احتجاز السفينة في بيان مقتضب.",
            "ولم تؤكد هيئة عمليات التجارة البحرية البريطانية الحادث حتى الآن، مكتفية بالإشارة إلى نشاط مريب.",
        ),
        # what is denied is two words of the other claim in a row (توقيف ... مشتبه)
        (
            "وأعلنت الحماية المدنية توقيف 3 مشتبه بهم في إشعال النيران بمنطقة الغابات.",
            "ونفت المديرية العامة للأمن الوطني توقيف أي مشتبه به حتى الآن.",
        ),
    ],
)
def test_a_denial_of_the_other_claims_own_words_clashes_in_long_sentences(
    said: str, denied: str, order: str
) -> None:
    assert _codes(_report(said, denied, order), "negation_conflict")


@pytest.mark.parametrize("order", ["forward", "reverse"])
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # أجل is "yes" here, and من أجل "for": no postponement
        (
            "وقال المتحدث: أجل، إننا نتبادل المعلومات مع الجانب الفرنسي بشكل منتظم.",
            "وقال الوزير إن البلدين يتبادلان المعلومات مع الجانب الفرنسي بشكل منتظم.",
        ),
        (
            "وزار الوزير باريس من أجل تبادل المعلومات مع الجانب الفرنسي.",
            "وقال الوزير إن البلدين يتبادلان المعلومات مع الجانب الفرنسي.",
        ),
        # a condition that something stop is not its end
        (
            "وقال الوفد إن سوريا مستعدة للتعاون شرط أن تتوقف فرنسا عن دعم المعارضة المسلحة.",
            "وقال الوزير إن فرنسا تواصل دعم المعارضة المسلحة منذ سنوات.",
        ),
    ],
)
def test_words_that_only_look_like_a_negation_do_not_clash(a: str, b: str, order: str) -> None:
    report = _report(a, b, order)
    assert not _codes(report, "negation_conflict"), report.findings
    assert not _codes(report, "actor_conflict"), report.findings  # the datelines are no actors


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_two_towns_of_a_country_both_reports_name_are_two_places(order: str) -> None:
    seized = (
        "وصعد مسلحون يوم الخميس على متن سفينة الشحن أوشن بيرل قبالة ميناء {} اليمني واقتادوها إلى جهة مجهولة."
    )
    report = _report(seized.format("الحديدة"), seized.format("المخا"), order)
    assert any("الحديدة" in m and "المخا" in m for m in _codes(report, "entity_substitution")), (
        report.findings
    )
    # a town and the country it lies in are one place
    coast = (
        "وصعد مسلحون يوم الخميس على متن سفينة الشحن أوشن بيرل قبالة السواحل اليمنية واقتادوها إلى جهة مجهولة."
    )
    assert not _codes(_report(seized.format("الحديدة"), coast, order), "entity_substitution")


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_negated_confirmation_points_at_the_confirmation(order: str) -> None:
    report = _report(
        "وأكد مصدر حكومي توقيع الاتفاق بين ممثلي الطرفين في جدة مساء السبت.",
        "ولم يؤكد الطرفان توقيع اتفاق مكتوب، وسط تكهنات بأن الهدنة مجرد تفاهم شفهي.",
        order,
    )
    found = [f for f in report.findings if f.code == "negation_conflict"]
    assert found, report.findings
    assert {e.text for e in found[0].evidence} == {"وأكد", "ولم"}


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_event_dated_twice_by_the_verbs_before_the_dates(order: str) -> None:
    """انطلقت and بدأت are one predicate (begin) dating one campaign on two days, in sentences
    that share little else."""
    report = _report(
        "وانطلقت حملة التطعيم الفموي السبت 5 نيسان/أبريل بالتعاون مع السلطات الصحية المحلية.",
        "وقالت المنظمة إن الحملة التي بدأت الاثنين 7 نيسان/أبريل تهدف إلى حماية نحو 550 ألف شخص.",
        order,
    )
    assert _codes(report, "date_mismatch"), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_kind_of_event_in_two_places_on_two_days_is_two_events(order: str) -> None:
    report = _report(
        "وقتل مسلحون مجهولون ثلاثة جنود في مدينة حلب يوم السبت بحسب مصادر محلية.",
        "وقتل مسلحون مجهولون جنديين في درعا يوم الاثنين وفق ما أفاد ناشطون.",
        order,
    )
    assert not _codes(report, "date_mismatch"), report.findings
    assert not _counts(report), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # حال of «حال دون» (prevented) alone is حالة, a case
        (
            "وسجلت محافظة الحديدة منذ بداية العام 21 ألف حالة اشتباه بالكوليرا.",
            "وأكدت وزارة الصحة ظهور إصابات بالكوليرا في محافظة الحديدة منذ بداية العام.",
            False,
        ),
        # the verb of «تراجع عن» stands on its own
        (
            "وتراجعت الحكومة عن قرار رفع أسعار الوقود بعد احتجاجات واسعة.",
            "وقررت الحكومة رفع أسعار الوقود بعد احتجاجات واسعة.",
            True,
        ),
    ],
)
def test_the_head_of_a_negating_phrase_negates_only_as_its_verb(
    a: str, b: str, clash: bool, order: str
) -> None:
    assert bool(_codes(_report(a, b, order), "negation_conflict")) == clash


def _claims(
    a: str, b: str, pick: Callable[[ClaimView], bool], at: int = -1
) -> tuple[PairDiff, ClaimView, ClaimView]:
    """The word diff of the claims ``pick`` accepts in each of two test articles, the last by
    default (``at``)."""
    from claimdiff.compare.context import Context
    from claimdiff.compare.pairdiff import PairDiff

    report = _report(a, b, "forward")
    ctx = Context(report.claims, report.mentions, report.documents)
    x, y = ([v for v in ctx.views.values() if v.doc.id == d and pick(v)][at] for d in ("d1", "d2"))
    return PairDiff(x, y, ctx.mentions), x, y


def _name_spans(a: str, b: str, names: tuple[str, str]) -> bool:
    """titled_alike on the two body claims of a pair of test articles, at the two names."""
    from claimdiff.compare.named_slots import titled_alike

    diff, x, y = _claims(a, b, lambda v: names[0] in v.claim.text or names[1] in v.claim.text)
    spans = [(v.doc.text.index(n), v.doc.text.index(n) + len(n)) for v, n in zip((x, y), names, strict=True)]
    return titled_alike(diff, spans[0], spans[1])


def test_two_names_after_one_office_hold_one_role() -> None:
    assert _name_spans(
        "وأعلن رئيس الهيئة العليا المستقلة للانتخابات منير الحمروني مساء الاثنين النتائج الأولية.",
        "وقدم رئيس الهيئة سامي الكعبي الأرقام خلال مؤتمر صحفي عقده بالعاصمة.",
        ("منير الحمروني", "سامي الكعبي"),
    )
    # a province is no office: its name is a place, for the place checks
    assert not _name_spans(
        "واندلع الحريق في ولاية بجاية الساحلية مساء الأحد.",
        "وامتدت النيران في ولاية تيزي وزو إلى القرى المجاورة.",
        ("بجاية", "تيزي وزو"),
    )
    # the president of France and the president of the United States hold two offices
    assert not _name_spans(
        "والتقى الرئيس الفرنسي إيمانويل ماكرون وفدا من المعارضة في باريس.",
        "والتقى الرئيس الأمريكي جو بايدن وفدا من المعارضة في باريس.",
        ("إيمانويل ماكرون", "جو بايدن"),
    )


def _count_anchored(a: str, b: str) -> list[bool]:
    """Whether each number cue between the first figures' claims of two test articles anchors."""
    from claimdiff.compare.cues import numbers

    return [c.anchored for c in numbers(_claims(a, b, lambda v: bool(v.claim.quantity_ids), at=0)[0])]


def test_two_articles_own_tolls_clash_however_they_are_put() -> None:
    """Each article gives one death toll, in sentences with nothing else in common: the tolls
    are the articles' own, and they differ.  An article that gives two tolls (one of them for a
    district) has no single toll to set against the other's."""
    one = "وأضافت الوزارة في بيان أن عدد الوفيات بلغ 86 حالة وفاة منذ ظهور الوباء."
    other = "وبحسب المنظمة، سجلت 68 وفاة مرتبطة بالمرض."
    assert _count_anchored(one, other) == [True]
    two = f"{one} وسجلت مديرية الزهرة وحدها 31 وفاة."
    assert _count_anchored(two, other) == [False]


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_opposed_words_with_one_object_clash_in_long_sentences(order: str) -> None:
    """Suspending classes and classes going on as normal: the two words share their object
    (الدراسة), which anchors them however little else the sentences share."""
    texts = [
        "زلزال يضرب ولاية ملاطية شرق تركيا\n\nملاطية - وقررت السلطات المحلية تعليق الدراسة في مدارس "
        "الولاية ليومين كإجراء احترازي بعد الزلزال.\n",
        "زلزال بقوة 5.6 درجات يهز ملاطية\n\nأنقرة - من جهتها، أعلنت مديرية التعليم في ملاطية استمرار "
        "الدراسة بشكل طبيعي في جميع المدارس بعد الزلزال، داعية الأهالي إلى عدم الانسياق وراء الشائعات.\n",
    ]
    if order == "reverse":
        texts.reverse()
    docs = [
        Document(id=f"d{n}", source=f"<d{n}>", text=t, text_origin="string") for n, t in enumerate(texts, 1)
    ]
    report = claimdiff.analyze(docs)
    assert any("تعليق" in m and "استمرار" in m for m in _states(report)), report.findings


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("تعليق", "تعليم", False),  # suspension, education: one consonant apart, two words
        ("يرليكايا", "يرليقايا", True),  # one name, its k written two ways
        ("الانتخابات", "الانتخاب", True),  # an inflection adds letters
    ],
)
def test_a_spelling_differs_in_vowels_or_transliteration_not_in_a_consonant(
    a: str, b: str, one: bool
) -> None:
    from claimdiff.compare.pairdiff import other_consonant

    assert other_consonant(a, b) is not one


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_a_denial_points_at_the_act_it_denies(order: str) -> None:
    """«نفى ... أن يكون الجيش قد قبل أي هدنة» denies the act «قبوله بهدنة»: past the light verb,
    the first act after أن is the one denied, whatever else the sentences say."""
    report = _report(
        "وأعلن الجيش السوداني يوم الأحد قبوله بهدنة إنسانية في مدينة الفاشر لمدة ثلاثة أيام استجابة "
        "لمبادرة طرحت بوساطة سعودية.",
        "ونفى مكتب الناطق الرسمي باسم الجيش أن يكون الجيش قد قبل أي هدنة في الفاشر، متهما قوات الدعم "
        "السريع بالتحشيد حول المدينة.",
        order,
    )
    assert _codes(report, "modality_conflict") or _codes(report, "negation_conflict"), report.findings


@pytest.mark.parametrize("order", ["forward", "reverse"])
@pytest.mark.parametrize(
    "text",
    [
        # غير أن is "however"
        "غير أن قوات الدعم السريع قصفت مخيم أبو شوك للنازحين بعد ظهر الأحد، بحسب لجان المقاومة.",
        # the act after أن is the announcement, which the other sentence does not make
        "وتحدثت تقارير عن احتمال إعادة الاقتراع، دون أن تعلن هيئة الانتخابات أي قرار في هذا الشأن.",
    ],
)
def test_what_only_looks_like_a_denial_of_the_other_report(text: str, order: str) -> None:
    other = "وقالت هيئة الانتخابات إن قوات الدعم السريع شاركت في تأمين مراكز الاقتراع يوم الأحد."
    assert not _codes(_report(text, other, order), "negation_conflict")


def _swap_anchored(a: str, b: str) -> list[bool]:
    """Whether each closed-class swap between the last body claims of two test articles anchors."""
    from claimdiff.compare.swaps import substitution

    return [c.anchored for c in substitution(_claims(a, b, lambda v: True)[0])]


def test_the_one_disease_each_article_names_is_the_story_s() -> None:
    """One article names only cholera, the other only dengue: the outbreak is one, so the two
    swap its disease however differently the sentences run.  An article that names both has no
    single disease to set against the other's."""
    cholera = "وأكدت وزارة الصحة ظهور إصابات بالكوليرا مؤكدة مخبريا في محافظة الحديدة."
    dengue = "وسجلت في المحافظة آلاف حالات الاشتباه بالمرض في ظل تفشي حمى الضنك في المديريات الساحلية."
    assert _swap_anchored(cholera, dengue) == [True]
    both = f"وحذرت المنظمة من انتشار الكوليرا في المخيمات. {dengue}"
    assert _swap_anchored(cholera, both) == [False]


def _typed(a: str, b: str, loose: bool) -> list[str]:
    """typed_findings between the last body claims of two test articles, as codes."""
    from claimdiff.compare.typed import typed_findings

    diff, x, y = _claims(a, b, lambda v: True)
    return [f.code for f in typed_findings(x, y, diff.mentions, 0.0, loose=loose)]


def test_claims_too_far_apart_to_be_related_keep_only_the_cues_that_anchor_themselves() -> None:
    # the two articles' own tolls anchor themselves
    one = "وأضافت الوزارة في بيان أن عدد الوفيات بلغ 86 حالة وفاة منذ ظهور الوباء."
    other = "وبحسب المنظمة، سجلت 68 وفاة مرتبطة بالمرض."
    assert _typed(one, other, loose=True) == ["number_conflict"]
    # a swapped country in the same clause is a clash between related claims only
    tunis = "وأشار رئيس البلدية في مؤتمر صحفي عقده مساء أمس إلى وصول فرق إنقاذ متخصصة من تونس للمساعدة."
    algiers = "وأضاف البيان أنه تم استقبال فرق إنقاذ متخصصة من الجزائر وسط توقعات باستمرار الأمطار الغزيرة."
    assert "entity_substitution" in _typed(tunis, algiers, loose=False)
    assert _typed(tunis, algiers, loose=True) == []
