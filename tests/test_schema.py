from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.schema import (
    Alignment,
    Claim,
    Document,
    EntityMention,
    Finding,
    QuantityMention,
    Report,
    TimeMention,
    json_schema,
    make_span,
)

texts = st.text(min_size=1, max_size=60)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    text = draw(texts)
    n = len(text)
    a = draw(st.integers(0, n))
    b = draw(st.integers(a, n))
    span = make_span("d1", text, a, b)
    base = span.model_dump()
    ment = draw(
        st.sampled_from(
            [
                EntityMention(id="m1", entity_id=draw(st.text(min_size=1, max_size=8)), **base),
                TimeMention(
                    id="m1", value=draw(st.from_regex(r"[0-9X]{4}(-[0-9X]{2}){0,2}", fullmatch=True)), **base
                ),
                QuantityMention(
                    id="m1", value=draw(st.floats(allow_nan=False, allow_infinity=False, width=32)), **base
                ),
            ]
        )
    )
    claim = Claim(id="c1", mention_ids=["m1"], **base)
    finding = Finding(
        id="f1",
        kind="date_issue",
        code="x",
        severity=draw(st.sampled_from(["high", "low"])),
        message=draw(st.text(max_size=20)),
        evidence=[span],
    )
    doc = Document(id="d1", source="s.txt", text=text, outlet=draw(st.none() | texts))
    return Report(
        documents=[doc],
        mentions=[ment],
        claims=[claim],
        alignments=[Alignment(id="a1", claim_ids=["c1"], score=draw(st.floats(0, 1)))],
        findings=[finding],
    )


@given(reports())
def test_report_round_trips_through_json(report: Report) -> None:
    again = Report.model_validate_json(report.model_dump_json())
    assert again == report
    assert again.model_dump_json() == report.model_dump_json()


@given(st.text(max_size=40), st.data())
def test_make_span_quotes_exactly(text: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    span = make_span("d", text, a, b)
    assert span.text == text[a:b]
    assert text[: span.start].endswith(span.prefix)
    assert text[span.end :].startswith(span.suffix)


def test_unknown_fields_are_refused() -> None:
    import pydantic
    import pytest

    with pytest.raises(pydantic.ValidationError, match="extra"):
        Document.model_validate({"id": "d", "source": "s", "text": "t", "colour": "red"})


def test_json_schema_describes_the_report_contract() -> None:
    schema = json_schema()
    props = schema["properties"]
    assert isinstance(props, dict)
    assert {"documents", "mentions", "claims", "alignments", "findings"} <= set(props)
    dumped = json.dumps(schema)
    for kind in ('"entity"', '"time"', '"quantity"'):
        assert kind in dumped
