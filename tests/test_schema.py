from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff import schema
from claimdiff.errors import ClaimdiffError, UnknownIdError
from claimdiff.schema import (
    Alignment,
    Claim,
    Document,
    EntityMention,
    Finding,
    QuantityMention,
    Report,
    Severity,
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


# --- documented models, ordered severities, lookups (issue 11) ---


LIBRARY_MD = Path(__file__).resolve().parent.parent / "docs" / "library.md"
MODELS = [
    m
    for _, m in inspect.getmembers(schema, inspect.isclass)
    if issubclass(m, schema.Model) and m not in (schema.Model, schema.MentionBase)
]


def test_every_model_and_field_is_described_in_the_json_schema() -> None:
    assert len(MODELS) >= 12
    for model in MODELS:
        assert model.__doc__ and model.__doc__.strip(), model.__name__
        for name, f in model.model_fields.items():
            assert f.description, f"{model.__name__}.{name} has no description"
    defs = json_schema()["$defs"]  # type: ignore[index]
    for model in MODELS:
        if model is Report:
            continue
        entry = defs[model.__name__]  # type: ignore[index]
        assert entry.get("description"), model.__name__
        for name, prop in entry["properties"].items():
            assert prop.get("description"), f"{model.__name__}.{name}"


def _section(text: str, name: str) -> str:
    m = re.search(rf"^### {name}\n(.*?)(?=^### |\Z)", text, re.S | re.M)
    assert m, f"docs/library.md has no section for {name}"
    return m.group(1)


def test_library_md_lists_every_model_field_with_its_description() -> None:
    text = LIBRARY_MD.read_text(encoding="utf-8")
    for model in MODELS:
        section = _section(text, model.__name__)
        rows = re.findall(r"^\| `(\w+)` \| .*\| (.*) \|$", section, re.M)
        assert [name for name, _ in rows] == list(model.model_fields), model.__name__
        for name, described in rows:
            assert described == model.model_fields[name].description, f"{model.__name__}.{name}"


def test_library_md_names_the_public_api() -> None:
    import claimdiff

    text = LIBRARY_MD.read_text(encoding="utf-8")
    for name in claimdiff.__all__:
        if not name.startswith("_"):
            assert name in text, name
    for name in ("render_text", "render_markdown", "render_json", "document(id)", "label"):
        assert name in text


def test_severity_compares_by_rank_not_alphabetically() -> None:
    assert Severity.high > Severity.medium > Severity.low > Severity.info
    assert Severity.high >= "medium" and not Severity.low >= Severity.medium
    assert sorted([Severity.medium, Severity.info, Severity.high, Severity.low]) == [
        Severity.info,
        Severity.low,
        Severity.medium,
        Severity.high,
    ]
    kept = [s for s in Severity if s >= Severity.medium]
    assert set(kept) == {Severity.high, Severity.medium}
    with pytest.raises(TypeError):
        _ = Severity.high < 3  # type: ignore[operator]


def _small_report() -> Report:
    text = "abc def"
    span = make_span("d1", text, 0, 3)
    return Report(
        documents=[Document(id="d1", source="a.txt", text=text, outlet="France 24", relayed_from=["AFP"])],
        mentions=[EntityMention(id="d1:e1", entity_id="x:y", **span.model_dump())],
        claims=[Claim(id="d1:c1", **span.model_dump())],
        alignments=[Alignment(id="a1", claim_ids=["d1:c1"], score=0.5)],
        findings=[
            Finding(id="f1", kind="divergence", code="c", severity="low", message="m", evidence=[span])
        ],
    )


def test_report_lookups_by_id_and_unknown_ids() -> None:
    report = _small_report()
    assert report.document("d1").source == "a.txt"
    assert report.claim("d1:c1").text == "abc"
    assert report.mention("d1:e1").kind == "entity"
    assert report.alignment("a1").score == 0.5
    assert report.finding("f1").code == "c"
    with pytest.raises(UnknownIdError) as info:
        report.claim("d9:c9")
    assert isinstance(info.value, ClaimdiffError) and isinstance(info.value, KeyError)
    assert "d9:c9" in str(info.value)


def test_document_label_and_a_document_from_text_alone() -> None:
    report = _small_report()
    assert report.document("d1").label == "France 24, relaying AFP"
    bare = Document(text="x")
    assert bare.label == "unknown outlet" and bare.readable
    assert Document(text="", errors=[schema.DocumentError(stage="read", message="m")]).readable is False


def test_renderers_are_public() -> None:
    from claimdiff.render import render, render_json, render_markdown, render_text

    report = _small_report()
    assert render(report, "markdown") == render_markdown(report)
    assert render(report) == render_text(report)
    assert json.loads(render_json(report))["documents"][0]["id"] == "d1"
