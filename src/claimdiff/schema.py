"""The canonical claimdiff schema: the one source of truth for reports and their JSON Schema.

Spans follow the W3C Web Annotation selectors: ``start``/``end`` are a TextPositionSelector
(Unicode code points into ``Document.text``), ``text`` with ``prefix``/``suffix`` a
TextQuoteSelector that lets a span be re-anchored if offsets drift.  Attribution steps use
PROV terms (``prov:hadPrimarySource`` for a relayed outlet, ``prov:wasQuotedFrom`` for a speaker).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"
CONTEXT_CHARS = 24


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Severity(StrEnum):
    high = "high"
    medium = "medium"
    low = "low"
    info = "info"

    @property
    def rank(self) -> int:
        return ["info", "low", "medium", "high"].index(self.value)


class Calendar(StrEnum):
    gregorian = "gregorian"
    hijri = "hijri"
    solar_hijri = "solar_hijri"


class Modality(StrEnum):
    asserted = "asserted"
    reported = "reported"
    confirmed = "confirmed"
    denied = "denied"
    declined_to_comment = "declined_to_comment"
    planned = "planned"
    conditional = "conditional"
    demanded = "demanded"


class Qualifier(StrEnum):
    exact = "exact"
    approx = "approx"
    at_least = "at_least"
    at_most = "at_most"


class TextRange(Model):
    """A half-open range of code points in a document's text."""

    start: int = Field(ge=0, description="First code point (inclusive).")
    end: int = Field(ge=0, description="Last code point (exclusive).")


class Span(TextRange):
    """A quoted stretch of one document: position and quote selectors together."""

    doc_id: str = Field(description="Id of the document the offsets point into.")
    text: str = Field(description="Exactly document.text[start:end].")
    prefix: str = Field(default="", description="Up to a few characters before the span.")
    suffix: str = Field(default="", description="Up to a few characters after the span.")


def make_span(doc_id: str, text: str, start: int, end: int) -> Span:
    """Build a Span over ``text[start:end]`` with its quote context."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}:{end} outside a text of {len(text)} characters")
    return Span(
        doc_id=doc_id,
        start=start,
        end=end,
        text=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


class MentionBase(Span):
    id: str = Field(description="Unique within the report.")


class EntityMention(MentionBase):
    kind: Literal["entity"] = "entity"
    entity_id: str = Field(description="Canonical id, equal for every name of one referent.")
    entity_type: str = Field(default="other", description="person, organization, outlet, place, group...")
    label: str | None = Field(default=None, description="Canonical English label, when known.")
    in_gazetteer: bool = Field(default=True, description="False for names found by pattern only.")


class TimeMention(MentionBase):
    kind: Literal["time"] = "time"
    value: str = Field(description="TIMEX3-style value; X for unknown parts (XXXX-11-26).")
    timex_type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    granularity: str = Field(default="day", description="day, month, year, quarter, season, part...")
    calendar: Calendar = Calendar.gregorian
    original: str | None = Field(
        default=None, description="The date as written in its own calendar, e.g. 1435-12-13 (hijri)."
    )
    tolerance_days: int = Field(default=0, description="Sighting tolerance for lunar calendars.")
    relative: bool = Field(default=False, description="Resolved against the document's own date.")
    weekday: int | None = Field(default=None, description="ISO weekday named in the text (1=Monday).")
    role: str | None = Field(default=None, description="published / updated for dateline parts.")


class QuantityMention(MentionBase):
    kind: Literal["quantity"] = "quantity"
    value: float = Field(description="The number (lower bound for ranges).")
    upper: float | None = Field(default=None, description="Upper bound of a range.")
    unit: str | None = Field(default=None, description="Unit or counted noun, normalized.")
    qualifier: Qualifier = Qualifier.exact


Mention = Annotated[EntityMention | TimeMention | QuantityMention, Field(discriminator="kind")]


class AttributionStep(Model):
    """One link from the publishing outlet towards the original speaker."""

    relation: Literal["publishedBy", "hadPrimarySource", "wasQuotedFrom"]
    name: str
    entity_id: str | None = None
    span: Span | None = None


class Slot(Model):
    """A filled argument of a claim: its text and, when known, the mention behind it."""

    text: str
    mention_id: str | None = None
    entity_id: str | None = None


class Claim(Span):
    id: str
    is_headline: bool = False
    actor: Slot | None = None
    predicate: str | None = Field(default=None, description="Normalized predicate key.")
    target: Slot | None = None
    place: Slot | None = None
    time_ids: list[str] = Field(default_factory=list)
    quantity_ids: list[str] = Field(default_factory=list)
    mention_ids: list[str] = Field(default_factory=list)
    modality: Modality = Modality.asserted
    polarity: Literal["positive", "negative"] = "positive"
    attribution: list[AttributionStep] = Field(default_factory=list)


class Alignment(Model):
    id: str
    claim_ids: list[str]
    score: float = Field(ge=0, le=1)
    reasons: list[str] = Field(default_factory=list)


class Finding(Model):
    id: str
    kind: Literal["date_issue", "contradiction", "divergence"]
    code: str
    severity: Severity
    message: str
    evidence: list[Span]
    claim_ids: list[str] = Field(default_factory=list)


class DocumentError(Model):
    stage: str = Field(description="read, decode, extract, plugin...")
    message: str


class Document(Model):
    id: str
    source: str = Field(description="The path or name the document was given as.")
    text: str = Field(description="The text claimdiff analysed; every span points into it.")
    text_origin: Literal["file", "html-blanked", "string"] = Field(
        default="file", description="file: the decoded file; html-blanked: the page with markup as spaces."
    )
    encoding: str | None = None
    language: str | None = None
    extractor: str | None = None
    outlet: str | None = None
    relayed_from: list[str] = Field(default_factory=list)
    published: str | None = Field(default=None, description="YYYY-MM-DD from dateline or metadata.")
    updated: str | None = None
    headline: TextRange | None = None
    body: list[TextRange] = Field(default_factory=list)
    boilerplate: list[TextRange] = Field(default_factory=list)
    errors: list[DocumentError] = Field(default_factory=list)


class Report(Model):
    schema_version: str = SCHEMA_VERSION
    generator: str = "claimdiff"
    documents: list[Document] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    alignments: list[Alignment] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)


def json_schema() -> dict[str, object]:
    """The JSON Schema of a report, generated from the models."""
    return Report.model_json_schema()
