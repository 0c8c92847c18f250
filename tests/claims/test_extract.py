"""Claim extraction: clauses, predicates, modality, polarity, attribution, spans and ids."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.claims import extract_claims
from claimdiff.schema import (
    Document,
    EntityMention,
    Modality,
    QuantityMention,
    TextRange,
    TimeMention,
    make_span,
)


def doc(text: str, **kw: object) -> Document:
    first = text.split("\n", 1)[0]
    return Document(
        id=str(kw.pop("doc_id", "d")),
        source="t",
        text=text,
        headline=TextRange(start=0, end=len(first)),
        body=[TextRange(start=len(first), end=len(text))],
        **kw,  # type: ignore[arg-type]
    )


def claims_of(text: str, mentions: list = [], **kw: object):  # noqa: B006
    d = doc(text, **kw)
    return d, extract_claims(d, mentions)


def body(text: str, **kw: object):
    _, cs = claims_of("عنوان\n" + text, **kw)
    return [c for c in cs if not c.is_headline]


def test_ids_in_text_order_and_spans_exact() -> None:
    d, cs = claims_of(
        "وزير يزور بغداد\nزار الوزير بغداد والتقى رئيس الوزراء. كما بحث معه ملف المياه.", doc_id="x7"
    )
    assert [c.id for c in cs] == [f"x7:c{n}" for n in range(1, len(cs) + 1)]
    assert [c.start for c in cs] == sorted(c.start for c in cs)
    for c in cs:
        assert d.text[c.start : c.end] == c.text and c.doc_id == "x7"
    assert cs[0].is_headline and not any(c.is_headline for c in cs[1:])


def test_coordinated_propositions_become_separate_claims() -> None:
    cs = body(
        "زار الوفد دمشق والتقى مسؤولين كبار في الحكومة وأعطوا الأمر بالتعاون "
        "لكن سوريا طلبت إعادة فتح السفارة فوعد الفريق بدراسة الطلب"
    )
    texts = [c.text for c in cs]
    assert texts[0] == "زار الوفد دمشق"
    assert "والتقى مسؤولين كبار في الحكومة" in texts
    assert "سوريا طلبت إعادة فتح السفارة" in texts  # "لكن" itself is left out
    assert texts[-1].startswith("فوعد")


def test_relative_clause_is_not_cut() -> None:
    cs = body("أبلغ الوفد الفرنسي الوفد السوري الذي التقاه وكان برئاسة اللواء سمير تحيات الرئيس")
    assert len(cs) == 1


def test_predicates_are_normalized_keys() -> None:
    cs = body(
        "اجتمع الوزيران في القاهرة. وأعطت الاستخبارات الوفد معلومات عن المقاتلين. اشترطت إيران رفع العقوبات."
    )
    assert [c.predicate for c in cs] == ["meet", "give", "condition"]


def test_modalities() -> None:
    cases = {
        "نفت الوزارة أن يكون الوزير قد زار بغداد": Modality.denied,
        "ورفض مسؤولون في وزارة الخارجية التعليق على الخبر": Modality.declined_to_comment,
        "من المقرر أن يعقد الاجتماع في موسكو الأسبوع المقبل": Modality.planned,
        "سيعقد الوزيران اجتماعا في موسكو": Modality.planned,
        "اشترطت دمشق إعادة فتح السفارة": Modality.conditional,
        "طالبت المعارضة بالإفراج عن المعتقلين": Modality.demanded,
        "أكد المتحدث أن الوفد وصل إلى دمشق": Modality.confirmed,
        "قالت الصحيفة إن الوفد وصل إلى دمشق": Modality.reported,
        "وصل الوفد إلى دمشق مساء أمس": Modality.asserted,
    }
    for text, want in cases.items():
        cs = body(text)
        assert [c.modality for c in cs] == [want], text


def test_polarity() -> None:
    negative = [
        "لم يزر الوزير بغداد",
        "لن يلتقي الرئيسان هذا العام",
        "المحادثات ليست انفتاحا دبلوماسيا واسعا",
    ]
    positive = ["لا تزال الخلافات قائمة بين البلدين", "زار الوزير بغداد", "لم يزر الوزير إلا بغداد"]
    for text in negative:
        assert [c.polarity for c in body(text)] == ["negative"], text
    for text in positive:
        assert [c.polarity for c in body(text)] == ["positive"], text


def test_attribution_chain() -> None:
    cs = body(
        "وقالت الصحيفة إن الوفد التقى مسؤولين في دمشق. "
        "وقال الموقع نقلا عن مصادر خاصة إن الاجتماع سيعقد قريبا.",
        outlet="Sham Times",
        relayed_from=["The Wall Street Journal"],
    )
    first, second = cs
    assert first.text == "الوفد التقى مسؤولين في دمشق"
    assert [(s.relation, s.name) for s in first.attribution] == [
        ("publishedBy", "Sham Times"),
        ("hadPrimarySource", "The Wall Street Journal"),
    ]
    assert ("wasQuotedFrom", "sources") in [(s.relation, s.name) for s in second.attribution]
    assert first.modality == Modality.reported


def test_quoted_speaker() -> None:
    (c,) = body("وقال المتحدث باسم الوزارة سمير داود إن البلدين يتبادلان المعلومات")
    step = c.attribution[-1]
    assert step.relation == "wasQuotedFrom" and step.name == "المتحدث باسم الوزارة سمير داود"
    assert step.span is not None and step.span.text == step.name


def test_mentions_are_referenced_only_inside_the_claim() -> None:
    text = "عنوان\nالتقى سمير داود الوزير في بغداد يوم 3 آذار. وقتل 12 شخصا في انفجار."
    d = doc(text)

    def span(s: str) -> dict[str, object]:
        i = text.index(s)
        return make_span("d", text, i, i + len(s)).model_dump()

    ms = [
        EntityMention(id="e1", entity_id="person:samir", entity_type="person", **span("سمير داود")),
        EntityMention(id="e2", entity_id="place:baghdad", entity_type="place", **span("بغداد")),
        TimeMention(id="t1", value="XXXX-03-03", **span("3 آذار")),
        QuantityMention(id="q1", value=12, unit="شخص", **span("12 شخصا")),
    ]
    cs = [c for c in extract_claims(d, ms) if not c.is_headline]
    assert cs[0].mention_ids == ["e1", "e2"] and cs[0].time_ids == ["t1"] and cs[0].quantity_ids == []
    assert cs[1].quantity_ids == ["q1"] and cs[1].mention_ids == []
    assert cs[0].actor is not None and cs[0].actor.entity_id == "person:samir"
    assert cs[0].place is not None and cs[0].place.text == "بغداد"


def test_nothing_outside_headline_and_body() -> None:
    text = (
        "عنوان الخبر هنا\nزار الوزير بغداد والتقى المسؤولين.\nشاهد أيضا: الوزير يناقش خطة السياحة لعام 2021"
    )
    footer = text.index("شاهد")
    d = Document(
        id="d",
        source="t",
        text=text,
        headline=TextRange(start=0, end=15),
        body=[TextRange(start=15, end=footer)],
        boilerplate=[TextRange(start=footer, end=len(text))],
    )
    cs = extract_claims(d, [])
    assert cs and all(c.end <= footer for c in cs)
    assert extract_claims(d.model_copy(update={"headline": None, "body": []}), []) == []


_VOCABULARY = """زار التقى الوزير بغداد وقال إن لم لكن كما واعطى المعلومات سوريا فرنسا شرط أن طلبت"""
_WORDS = st.sampled_from([*_VOCABULARY.split(), ".", "،", "“", "”", "\n", " "])


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_claims_are_exact_spans_inside_the_body(parts: list[str]) -> None:
    text = "عنوان\n" + " ".join(parts)
    d = doc(text)
    for c in extract_claims(d, []):
        assert text[c.start : c.end] == c.text
        assert c.start < c.end


def test_a_denial_with_a_verbal_noun_object_is_a_denied_claim_and_its_participle_clause_is_not() -> None:
    """«ونفت الشرطة توقيف أي مشتبه به، مؤكدة أن التحقيقات جارية»: the denial is a claim of its
    own; what the participle of saying confirms is not denied."""
    text = "حرائق في الغابات\nونفت إدارة الأمن توقيف أي مشتبه به، مؤكدة أن التحقيقات جارية لتحديد الأسباب."
    claims = extract_claims(doc(text), [])
    denied = [c for c in claims if "توقيف" in c.text]
    confirmed = [c for c in claims if "التحقيقات" in c.text]
    assert denied and denied[0].modality == Modality.denied
    assert confirmed and confirmed[0].modality != Modality.denied
    assert "التحقيقات" not in denied[0].text


def test_what_a_source_says_is_a_claim_even_without_a_verb() -> None:
    """«وأفادت المصادر بأن قبطان السفينة روماني»: a nominal sentence reported by a verb of saying."""
    text = "احتجاز سفينة في البحر الأحمر\nوأفادت المصادر بأن قبطان السفينة روماني."
    claims = extract_claims(doc(text), [])
    assert any(c.text == "قبطان السفينة روماني" for c in claims), [c.text for c in claims]


def test_a_percent_sign_ending_a_sentence_stays_with_its_figure() -> None:
    """«… 48%.»: the % is the figure's unit, so the quantity ending there is the claim's."""
    text = "عنوان\nبلغت نسبة المشاركة في الانتخابات 48%. وقال مسؤول إن الإقبال ضعيف."
    start = text.index("48%")
    q = QuantityMention(
        **make_span("d", text, start, start + 3).model_dump(), id="q1", value=48.0, unit="percent"
    )
    cs = [c for c in claims_of(text, [q])[1] if not c.is_headline]
    assert cs[0].text.endswith("48%") and cs[0].quantity_ids == ["q1"]
