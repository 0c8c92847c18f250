"""What a figure counts beyond its class: the side of a vote, a change or a level, a part or the
whole, one group of the people counted, an addition, a rate's unit of time, and one amount in two
units.  The sentences are invented for these tests; each pair is read in both document orders."""

from __future__ import annotations

import pytest
from pairs import analyze_pair

import claimdiff
from claimdiff import data_files
from claimdiff.claims.tokens import tokenize
from claimdiff.compare.counted import count_class
from claimdiff.compare.facet_words import FacetData
from claimdiff.compare.facets import Facets, facets
from claimdiff.compare.lexicons import LexiconError, parse
from claimdiff.quantities import find_quantities
from claimdiff.schema import Document, TextRange


def _clashes(a: str, b: str, order: str) -> list[str]:
    report = analyze_pair(a, b, order)
    return [
        f.message
        for f in report.findings
        if f.code == "number_conflict" and len({e.doc_id for e in f.evidence}) == 2
    ]


def _story(headline: str, body: str) -> str:
    return f"{headline}\n\n{body}\n"


TWO_COUNTS = {
    "votes_for_and_votes_against": (
        _story(
            "البرلمان يقر الموازنة",
            "بغداد - صوّت 120 نائبا لصالح مشروع قانون الموازنة العامة في جلسة الثلاثاء.",
        ),
        _story(
            "إقرار الموازنة",
            "بغداد - أقر البرلمان العراقي مشروع قانون الموازنة العامة بعدما عارضه 45 نائبا في جلسة الثلاثاء.",
        ),
    ),
    "approval_and_a_vote_against_it": (
        _story("مجلس النواب", "عمان - وافق 80 نائبا على مشروع قانون الضريبة."),
        _story("قانون الضريبة", "عمان - صوت 30 نائبا ضده خلال مناقشة مشروع قانون الضريبة."),
    ),
    "a_referendum_yes_and_no": (
        _story("الاستفتاء", "تونس - صوّت 67% من المقترعين بـ«نعم» في الاستفتاء على الدستور الجديد."),
        _story("الدستور", "تونس - صوّت 28% من المقترعين بـ«لا» في الاستفتاء على الدستور الجديد."),
    ),
    "a_poll_for_and_against": (
        _story("استطلاع", "لندن - أيد 48% من المشاركين في الاستطلاع البقاء في الاتحاد الأوروبي."),
        _story("الاستفتاء", "لندن - عارض 37% من المشاركين في الاستطلاع البقاء في الاتحاد الأوروبي."),
    ),
    "a_rise_by_and_the_level_reached": (
        _story("التضخم", "القاهرة - ارتفع معدل التضخم السنوي في مصر بمقدار 2% في أيار."),
        _story("أسعار المستهلكين", "القاهرة - بلغ معدل التضخم السنوي في مصر 5% في أيار."),
    ),
    "a_cut_by_and_the_amount_left": (
        _story("الدعم", "القاهرة - خفضت الحكومة دعم الوقود بمقدار 3 مليارات جنيه في موازنة العام المقبل."),
        _story("الموازنة", "القاهرة - يبلغ دعم الوقود 30 مليار جنيه في موازنة العام المقبل."),
    ),
    "a_rise_and_the_level_it_reached": (
        _story("الإنتاج", "الرياض - زاد إنتاج المملكة من النفط 200 ألف برميل في آذار."),
        _story("النفط", "الرياض - ارتفع إنتاج المملكة من النفط في آذار ليبلغ 9 ملايين برميل."),
    ),
    "a_loan_and_its_first_tranche": (
        _story("صندوق النقد", "تونس - وافق صندوق النقد الدولي على قرض لتونس بقيمة 3 مليارات دولار."),
        _story(
            "القرض",
            "تونس - قال الصندوق إن الشريحة الأولى من القرض بقيمة 700 مليون دولار ستصرف الشهر المقبل.",
        ),
    ),
    "a_loan_and_what_is_paid_at_once": (
        _story("صندوق النقد", "القاهرة - وافق صندوق النقد الدولي على قرض لمصر بقيمة 3 مليارات دولار."),
        _story("القرض", "القاهرة - وافق صندوق النقد الدولي على قرض لمصر يتيح صرف 347 مليون دولار على الفور."),
    ),
    "a_first_batch_of_trucks": (
        _story("المساعدات", "غزة - دخلت 200 شاحنة مساعدات إلى غزة عبر معبر رفح الأحد."),
        _story(
            "المعبر",
            "غزة - دخلت الدفعة الأولى من شاحنات المساعدات وعددها 20 شاحنة إلى غزة عبر معبر رفح الأحد.",
        ),
    ),
    "everyone_killed_and_the_children_among_them": (
        _story("انفجار", "كابول - قتل 40 شخصا في انفجار استهدف مسجدا في كابول يوم الجمعة."),
        _story("هجوم", "كابول - قتل 12 طفلا في انفجار استهدف مسجدا في كابول يوم الجمعة."),
    ),
    "women_and_the_toll": (
        _story("غارة", "غزة - قتل 30 شخصا في غارة على مخيم جباليا فجر الأحد."),
        _story("قصف", "غزة - قتلت 9 نساء في غارة على مخيم جباليا فجر الأحد."),
    ),
    "new_cases_and_all_cases": (
        _story("كورونا", "الرباط - سجل المغرب 900 إصابة جديدة بفيروس كورونا يوم الأحد."),
        _story("الوباء", "الرباط - سجل المغرب 45000 إصابة بفيروس كورونا يوم الأحد."),
    ),
    "per_day_and_per_week": (
        _story("النفط", "بغداد - تصدر الحقول الشمالية 400 ألف برميل يوميا عبر ميناء جيهان."),
        _story("الصادرات", "بغداد - تصدر الحقول الشمالية 2.5 مليون برميل أسبوعيا عبر ميناء جيهان."),
    ),
    "nationals_and_the_toll": (
        _story("هجوم", "نيروبي - قتل 3 أمريكيين في هجوم على فندق في العاصمة الكينية الأحد."),
        _story("الهجوم", "نيروبي - قتل 21 شخصا في هجوم على فندق في العاصمة الكينية الأحد."),
    ),
    "a_day_count_and_a_running_total": (
        _story("كورونا", "عمان - سجل الأردن أمس 350 إصابة بفيروس كورونا."),
        _story("الوباء", "عمان - سجل الأردن 12000 إصابة بفيروس كورونا منذ بدء الجائحة."),
    ),
    "a_day_count_and_the_toll_so_far": (
        _story("المعارك", "الخرطوم - قتل 40 شخصا في معارك الفاشر أمس الأحد."),
        _story("الحصيلة", "الخرطوم - بلغ عدد قتلى معارك الفاشر حتى الآن 300 شخص."),
    ),
    "a_margin_and_a_share": (
        _story("الانتخابات", "أنقرة - فاز المرشح بفارق 4% عن منافسه في الجولة الثانية."),
        _story("النتائج", "أنقرة - فاز المرشح بنسبة 52% من الأصوات في الجولة الثانية."),
    ),
    "a_loss_and_the_rate": (
        _story("البطالة", "عمان - خسر معدل البطالة في الأردن 2% خلال الربع الأول من العام."),
        _story("سوق العمل", "عمان - بلغ معدل البطالة في الأردن 21% خلال الربع الأول من العام."),
    ),
    "years_and_months": (
        _story("سجن", "الرياض - قضت المحكمة الجزائية بسجن الناشط 3 سنوات."),
        _story("حكم", "الرياض - قضت المحكمة الجزائية بسجن الناشط 36 شهرا."),
    ),
    "kilometres_and_metres": (
        _story("الحدود", "بيروت - توغلت القوات مسافة 2 كيلومتر داخل الحدود."),
        _story("توغل", "بيروت - توغلت القوات مسافة 2000 متر داخل الحدود."),
    ),
    "about_forty_and_thirty_seven": (
        _story("انفجار", "كابول - قتل نحو 40 شخصا في انفجار استهدف مسجدا في كابول يوم الجمعة."),
        _story("هجوم", "كابول - قتل 37 شخصا في انفجار استهدف مسجدا في كابول يوم الجمعة."),
    ),
    "fifteen_in_words_and_digits": (
        _story("انفجار", "كابول - قتل خمسة عشر شخصا في انفجار استهدف مسجدا في كابول يوم الجمعة."),
        _story("هجوم", "كابول - قتل 15 شخصا في انفجار استهدف مسجدا في كابول يوم الجمعة."),
    ),
    "a_million_two_hundred_thousand_two_ways": (
        _story("نزوح", "الخرطوم - نزح 1.2 مليون شخص من ديارهم منذ اندلاع القتال في السودان."),
        _story("النزوح", "الخرطوم - نزح مليون و200 ألف شخص من ديارهم منذ اندلاع القتال في السودان."),
    ),
}

ONE_COUNT = {
    "two_tolls_of_one_blast": (
        _story("انفجار", "كابول - قتل 12 شخصا في انفجار استهدف مسجدا في كابول يوم الجمعة."),
        _story("هجوم", "كابول - قتل 15 شخصا في انفجار استهدف مسجدا في كابول يوم الجمعة."),
    ),
    "more_than_two_hundred_and_a_hundred_and_fifty": (
        _story("انفجار", "كابول - قتل أكثر من 200 شخص في انفجار استهدف مسجدا في كابول يوم الجمعة."),
        _story("هجوم", "كابول - قتل 150 شخصا في انفجار استهدف مسجدا في كابول يوم الجمعة."),
    ),
    "twelve_in_words_and_fifteen": (
        _story("انفجار", "كابول - قتل اثنا عشر شخصا في انفجار استهدف مسجدا في كابول يوم الجمعة."),
        _story("هجوم", "كابول - قتل 15 شخصا في انفجار استهدف مسجدا في كابول يوم الجمعة."),
    ),
    "two_counts_of_votes_for": (
        _story(
            "البرلمان يقر الموازنة",
            "بغداد - صوّت 120 نائبا لصالح مشروع قانون الموازنة العامة في جلسة الثلاثاء.",
        ),
        _story("إقرار الموازنة", "بغداد - صوّت 95 نائبا لصالح مشروع قانون الموازنة العامة في جلسة الثلاثاء."),
    ),
    "two_shares_one_ending_its_sentence": (
        _story("الانتخابات", "الجزائر - بلغت نسبة المشاركة في الانتخابات الرئاسية 23 في المئة."),
        _story("الاقتراع", "الجزائر - بلغت نسبة المشاركة في الانتخابات الرئاسية 48%."),
    ),
    "two_levels": (
        _story("التضخم", "القاهرة - بلغ معدل التضخم السنوي في مصر 8% في أيار."),
        _story("أسعار المستهلكين", "القاهرة - ارتفع معدل التضخم السنوي في مصر إلى 5% في أيار."),
    ),
    "two_rises": (
        _story("التضخم", "القاهرة - ارتفع معدل التضخم السنوي في مصر بمقدار 2% في أيار."),
        _story("أسعار المستهلكين", "القاهرة - ارتفع معدل التضخم السنوي في مصر 4% في أيار."),
    ),
    "two_loans": (
        _story("صندوق النقد", "تونس - وافق صندوق النقد الدولي على قرض لتونس بقيمة 3 مليارات دولار."),
        _story("القرض", "تونس - وافق صندوق النقد الدولي على قرض لتونس بقيمة 1.9 مليار دولار."),
    ),
    "two_counts_of_children": (
        _story("غارة", "غزة - قتل 12 طفلا في غارة على مخيم جباليا فجر الأحد."),
        _story("قصف", "غزة - قتل 7 أطفال في غارة على مخيم جباليا فجر الأحد."),
    ),
    "years_and_more_months": (
        _story("سجن", "الرياض - قضت المحكمة الجزائية بسجن الناشط 3 سنوات."),
        _story("حكم", "الرياض - قضت المحكمة الجزائية بسجن الناشط 60 شهرا."),
    ),
    "about_forty_and_sixty": (
        _story("انفجار", "كابول - قتل نحو 40 شخصا في انفجار استهدف مسجدا في كابول يوم الجمعة."),
        _story("هجوم", "كابول - قتل 60 شخصا في انفجار استهدف مسجدا في كابول يوم الجمعة."),
    ),
    "migrants_drowned_and_people_killed": (
        _story("غرق مركب", "طرابلس - لقي 48 مهاجرا حتفهم في غرق مركب قبالة سواحل زوارة."),
        _story("المركب", "طرابلس - قتل 61 شخصا في غرق مركب قبالة سواحل زوارة."),
    ),
    "nationals_killed_in_both": (
        _story("غارة", "غزة - قتل 12 فلسطينيا في غارة على مخيم جباليا فجر الأحد."),
        _story("قصف", "غزة - استشهد 17 فلسطينيا في غارة على مخيم جباليا فجر الأحد."),
    ),
    "a_dual_of_billions_and_three_billion": (
        _story("صندوق النقد", "تونس - وافق صندوق النقد الدولي على قرض لتونس بقيمة ملياري دولار."),
        _story("القرض", "تونس - وافق صندوق النقد الدولي على قرض لتونس بقيمة 3 مليارات دولار."),
    ),
}


@pytest.mark.parametrize("order", ["forward", "reverse"])
@pytest.mark.parametrize("case", sorted(TWO_COUNTS))
def test_figures_of_two_counts_do_not_clash(case: str, order: str) -> None:
    assert _clashes(*TWO_COUNTS[case], order) == []


@pytest.mark.parametrize("order", ["forward", "reverse"])
@pytest.mark.parametrize("case", sorted(ONE_COUNT))
def test_two_values_of_one_count_clash(case: str, order: str) -> None:
    assert _clashes(*ONE_COUNT[case], order), case


def _facets(text: str) -> list[Facets]:
    qs = find_quantities(text, [TextRange(start=0, end=len(text))], doc_id="d", id_prefix="q")
    spans = [(q.start, q.end) for q in qs]
    return [facets(tokenize(text), q, spans) for q in qs]


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("وصوت 45 نائبا ضده", "stance", ["against"]),
        ("وأيده 120 عضوا مقابل 45 عضوا", "stance", ["for", None]),
        ("وأيده 120 عضوا مقابل 45 عضوا", "part", [None, "versus"]),
        ("وامتنع 10 نواب عن التصويت", "stance", ["abstain"]),
        ("صوت 45 نائبا بـ«لا» على القرار", "stance", ["against"]),
        ("صوّت 67% بنعم في الاستفتاء", "stance", ["for"]),
        ("صوت 45 نائبا بلا تردد", "stance", [None]),  # بلا is also "without"
        ("ارتفعت نسبة التضخم لتبلغ 5%", "change", [None]),
        ("ارتفع التضخم مسجلا 5%", "change", [None]),
        ("زاد معدل البطالة بمقدار 1.5% ليصل إلى 9%", "change", ["change", None]),
        ("ارتفع عدد القتلى من 12 إلى 30", "change", ["from", None]),
        ("قتل 30 شخصا بينهم 12 طفلا", "part", [None, "of"]),
        ("وصوت 45 نائبا من أصل 200 نائب", "part", ["of", None]),
        (
            "صرف الصندوق 700 مليون دولار كدفعة أولى من القرض البالغ 3 مليارات دولار",
            "part",
            ["tranche", None],
        ),
        ("أعاد 303 من عسكرييها و12 مدنيا", "group", ["security", "civilians"]),
        ("قال الصندوق إن الشريحة الأولى من القرض بقيمة 700 مليون دولار", "part", ["tranche اول"]),
        ("ويتيح القرار صرف نحو 347 مليون دولار على الفور", "part", ["at_once"]),
        ("قتل 5 سوريين", "group", ["nationals:SY"]),
        ("سجلت 900 إصابة جديدة", "new", [True]),
        ("أدى القصف إلى مقتل 14 مدنيا وإصابة آخرين", "new", [False]),  # the others are the injured
        ("تنتج الحقول 400 ألف برميل يوميا", "per", ["day"]),
        ("بلغ معدل التضخم 5% في أيار", "stance", [None]),
        ("قتل 7 أشخاص خلال الساعات الـ24 الماضية", "span", ["within:H", None]),
        ("بلغت 21400 حالة اشتباه منذ كانون الثاني", "span", ["since"]),
        ("بلغ إجمالي الإصابات 12000", "span", ["since"]),
        ("بلغ عدد القتلى حتى الآن 300 شخص", "span", ["since"]),
        ("خسرت الليرة 15% من قيمتها", "change", ["change"]),
    ],
)
def test_the_facets_a_clause_gives_its_figures(text: str, field: str, expected: list[object]) -> None:
    assert [getattr(f, field) for f in _facets(text)] == expected


def test_facets_apart_one_sided_only_for_marked_kinds() -> None:
    """A side of a vote or a rate's unit parts two figures only when both name one; a change or
    a group parts a figure from one that is none."""
    assert not Facets(stance="for").apart(Facets())
    assert Facets(stance="for").apart(Facets(stance="against"))
    assert not Facets(per="day").apart(Facets())
    assert Facets(per="day").apart(Facets(per="week"))
    assert Facets(change="change").apart(Facets())
    assert Facets(group="children").apart(Facets())
    assert not Facets(group="children").apart(Facets(group="children"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مقتل 48 مهاجرا في غرق قارب", "killed"),  # who they are; the cue says what befell them
        ("فر 3000 لاجئ إلى تشاد", "displaced"),
        ("قتل 12 فلسطينيا", "killed"),  # a nationality counts people
        ("استشهاد 12 مواطنا", "killed"),  # the accusative alif is no part of the noun
        ("حصد أرواح 40 شخصا", "killed"),
        ("حصد الحزب 40 مقعدا", "seats"),
        ("أودى الزلزال الذي ضرب شرق تركيا الأحد بحياة 95 شخصا", "killed"),
        ("عادت الحياة إلى طبيعتها في 5 مدن", "places"),  # مدن as written, before مدني's key
    ],
)
def test_what_a_figure_counts(text: str, expected: str) -> None:
    q = find_quantities(text, [TextRange(start=0, end=len(text))], doc_id="d", id_prefix="q")[0]
    assert count_class(q, tokenize(text)) == expected


IN_ONE_ARTICLE = {
    "votes_for_and_against": (
        "البرلمان يقر الموازنة\n\nبغداد - صوّت 120 نائبا لصالح مشروع قانون الموازنة العامة في جلسة "
        "الثلاثاء.\nوعارض المشروع 45 نائبا خلال الجلسة نفسها.\n"
    ),
    "new_cases_and_all_cases": (
        "كورونا\n\nالرباط - سجل المغرب 900 إصابة جديدة بفيروس كورونا يوم الأحد.\nوبلغ عدد الإصابات "
        "بفيروس كورونا 45000 إصابة.\n"
    ),
}


@pytest.mark.parametrize("case", sorted(IN_ONE_ARTICLE))
def test_an_article_giving_two_counts_of_one_class_is_consistent(case: str) -> None:
    """The ledger of an article's figures keeps a side of a vote or an addition apart too."""
    doc = Document(id="d0", source="<d0>", text=IN_ONE_ARTICLE[case], text_origin="string")
    assert [f.message for f in claimdiff.analyze([doc]).findings if f.code == "number_conflict"] == []


def test_an_article_giving_one_toll_two_values_still_contradicts_itself() -> None:
    text = (
        "انفجار\n\nكابول - قتل 12 شخصا في انفجار استهدف مسجدا.\nوأسفر الانفجار الذي استهدف المسجد عن "
        "19 قتيلا.\n"
    )
    doc = Document(id="d0", source="<d0>", text=text, text_origin="string")
    assert [f.code for f in claimdiff.analyze([doc]).findings if f.code == "number_conflict"]


def test_a_broken_facets_file_names_the_file_and_the_cause() -> None:
    raw = dict(data_files.load("claimdiff", "compare/facets.json"))
    del raw["stance"]
    with pytest.raises(LexiconError, match=r"compare/facets\.json: stance"):
        parse(FacetData, raw, "compare/facets.json")
