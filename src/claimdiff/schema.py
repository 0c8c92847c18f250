"""The canonical claimdiff schema: the one source of truth for reports and their JSON Schema.

Spans follow the W3C Web Annotation selectors: ``start``/``end`` are a TextPositionSelector
(Unicode code points into ``Document.text``), ``text`` with ``prefix``/``suffix`` a
TextQuoteSelector that lets a span be re-anchored if offsets drift.  Attribution steps use
PROV terms (``prov:hadPrimarySource`` for a relayed outlet, ``prov:wasQuotedFrom`` for a speaker).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from claimdiff.errors import UnknownIdError

SCHEMA_VERSION = "1.0"
CONTEXT_CHARS = 24


class Model(BaseModel):
    """Base of every report model: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False)


_RANKS = ("info", "low", "medium", "high")


class Severity(StrEnum):
    """How much a finding matters. Levels compare by rank: ``info < low < medium < high``
    (a plain string such as ``"medium"`` may stand on either side)."""

    high = "high"
    medium = "medium"
    low = "low"
    info = "info"

    @property
    def rank(self) -> int:
        """0 for info up to 3 for high."""
        return _RANKS.index(self.value)

    def _other(self, other: object) -> int | None:
        if isinstance(other, str) and other in _RANKS:
            return _RANKS.index(other)
        return None

    def __lt__(self, other: object) -> bool:
        rank = self._other(other)
        return NotImplemented if rank is None else self.rank < rank

    def __le__(self, other: object) -> bool:
        rank = self._other(other)
        return NotImplemented if rank is None else self.rank <= rank

    def __gt__(self, other: object) -> bool:
        rank = self._other(other)
        return NotImplemented if rank is None else self.rank > rank

    def __ge__(self, other: object) -> bool:
        rank = self._other(other)
        return NotImplemented if rank is None else self.rank >= rank


class Calendar(StrEnum):
    """The calendar a date is written in; every value is also given as a Gregorian TIMEX3 value."""

    gregorian = "gregorian"
    hijri = "hijri"
    solar_hijri = "solar_hijri"


class Modality(StrEnum):
    """How a claim is put: stated outright, reported, confirmed or denied, planned, demanded..."""

    asserted = "asserted"
    reported = "reported"
    confirmed = "confirmed"
    denied = "denied"
    declined_to_comment = "declined_to_comment"
    planned = "planned"
    conditional = "conditional"
    demanded = "demanded"


class Qualifier(StrEnum):
    """How a number is hedged: exactly, about (نحو), at least (أكثر من) or at most."""

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
    """What every mention has: its span and an id."""

    id: str = Field(description="Unique within the report: '<document id>:<e|t|q|d><n>'.")


class EntityMention(MentionBase):
    """A named person, organisation, outlet, place or group, resolved to a canonical id."""

    kind: Literal["entity"] = Field(default="entity", description="Always 'entity'.")
    entity_id: str = Field(description="Canonical id, equal for every name of one referent.")
    entity_type: str = Field(default="other", description="person, organization, outlet, place, group...")
    label: str | None = Field(default=None, description="Canonical English label, when known.")
    in_gazetteer: bool = Field(default=True, description="False for names found by pattern only.")


class TimeMention(MentionBase):
    """A date, time or duration, normalised to a TIMEX3 value in the Gregorian calendar."""

    kind: Literal["time"] = Field(default="time", description="Always 'time'.")
    value: str = Field(description="TIMEX3-style value; X for unknown parts (XXXX-11-26).")
    timex_type: Literal["DATE", "TIME", "DURATION", "SET"] = Field(
        default="DATE", description="TIMEX3 type: a date, a clock time, a duration or a recurrence."
    )
    granularity: str = Field(default="day", description="day, month, year, quarter, season, part...")
    calendar: Calendar = Field(default=Calendar.gregorian, description="The calendar the text wrote it in.")
    original: str | None = Field(
        default=None, description="The date as written in its own calendar, e.g. 1435-12-13 (hijri)."
    )
    tolerance_days: int = Field(default=0, description="Sighting tolerance for lunar calendars.")
    relative: bool = Field(default=False, description="Resolved against the document's own date.")
    weekday: int | None = Field(default=None, description="ISO weekday named in the text (1=Monday).")
    role: str | None = Field(default=None, description="published / updated for dateline parts.")


class QuantityMention(MentionBase):
    """A number with what it counts: casualties, money, percentages..."""

    kind: Literal["quantity"] = Field(default="quantity", description="Always 'quantity'.")
    value: float = Field(description="The number (lower bound for ranges).")
    upper: float | None = Field(default=None, description="Upper bound of a range.")
    unit: str | None = Field(default=None, description="Unit or counted noun, normalized.")
    qualifier: Qualifier = Field(default=Qualifier.exact, description="exact, approx, at_least or at_most.")


#: Any mention; the ``kind`` field tells which.
Mention = Annotated[EntityMention | TimeMention | QuantityMention, Field(discriminator="kind")]


class AttributionStep(Model):
    """One link from the publishing outlet towards the original speaker."""

    relation: Literal["publishedBy", "hadPrimarySource", "wasQuotedFrom"] = Field(
        description="publishedBy: the outlet; hadPrimarySource: a relayed outlet; wasQuotedFrom: a speaker."
    )
    name: str = Field(description="The outlet or speaker as the text names it (or its canonical label).")
    entity_id: str | None = Field(default=None, description="Canonical entity id, when the name is known.")
    span: Span | None = Field(default=None, description="Where the text names it, when it does.")


class Slot(Model):
    """A filled argument of a claim: its text and, when known, the mention behind it."""

    text: str = Field(description="The words of the claim that fill the slot.")
    mention_id: str | None = Field(default=None, description="The mention behind it, when there is one.")
    entity_id: str | None = Field(default=None, description="Its canonical entity (or party) id, when known.")


class Claim(Span):
    """One proposition a document reports: who did what to whom, where and when, and who says so.

    The span is the claim's own words, without the attribution lead-in ("قال الوزير إن").
    """

    id: str = Field(description="'<document id>:c<n>', numbered in text order.")
    is_headline: bool = Field(default=False, description="True for a claim inside the headline.")
    actor: Slot | None = Field(default=None, description="Who acts (the subject), when found.")
    predicate: str | None = Field(default=None, description="Normalized predicate key.")
    target: Slot | None = Field(default=None, description="Who or what is acted on, when found.")
    place: Slot | None = Field(default=None, description="Where, when named.")
    time_ids: list[str] = Field(
        default_factory=list, description="Ids of the time mentions inside the claim."
    )
    quantity_ids: list[str] = Field(
        default_factory=list, description="Ids of the quantity mentions inside the claim."
    )
    mention_ids: list[str] = Field(default_factory=list, description="Ids of the entity mentions inside it.")
    modality: Modality = Field(default=Modality.asserted, description="How the claim is put.")
    polarity: Literal["positive", "negative"] = Field(
        default="positive", description="negative when the claim is negated."
    )
    attribution: list[AttributionStep] = Field(
        default_factory=list, description="From the publishing outlet to the original speaker, in that order."
    )


class Alignment(Model):
    """Claims of different documents that report the same thing (one story)."""

    id: str = Field(description="'a<n>'.")
    claim_ids: list[str] = Field(
        description="The aligned claims, at most one per document, in document order."
    )
    score: float = Field(ge=0, le=1, description="How sure the alignment is, 0 to 1.")
    reasons: list[str] = Field(default_factory=list, description="What the claims share, for a reader.")


class Finding(Model):
    """Something a reader should check: a contradiction, a divergence or a date problem.

    When ``claim_ids`` is not empty it runs parallel to ``evidence``: ``evidence[i]`` quotes the
    claim ``claim_ids[i]``. Date issues quote the text and name no claim.
    """

    id: str = Field(description="'f<n>', numbered from the most severe.")
    kind: Literal["date_issue", "contradiction", "divergence"] = Field(
        description="The family of the finding."
    )
    code: str = Field(description="A stable machine-readable code, e.g. number_mismatch.")
    severity: Severity = Field(description="high, medium, low or info; ordered by rank.")
    message: str = Field(description="One sentence for a reader; the same whatever the input order.")
    evidence: list[Span] = Field(description="The quoted stretches the finding rests on.")
    claim_ids: list[str] = Field(default_factory=list, description="The claims quoted, parallel to evidence.")


class DocumentError(Model):
    """Why a document, or one step of its analysis, failed."""

    stage: str = Field(description="read, decode, extract, plugin...")
    message: str = Field(description="The source named and the cause, for a reader.")


class Document(Model):
    """One analysed source: its text, its layout (headline, body, boilerplate), who published it and
    whom it relays, its dates, and any errors. A document that could not be read has no text."""

    id: str = Field(default="", description="Unique in the report; given, or the file's stem, or doc<n>.")
    source: str = Field(
        default="", description="The path or name the document was given as (undecodable bytes escaped)."
    )
    text: str = Field(description="The text claimdiff analysed; every span points into it.")
    text_origin: Literal["file", "html-blanked", "string"] = Field(
        default="file",
        description="file: the decoded file; html-blanked: the page, markup blanked; string: given as text.",
    )
    encoding: str | None = Field(default=None, description="The encoding the file was decoded from.")
    language: str | None = Field(default=None, description="ISO 639-1 code of the text, when known.")
    extractor: str | None = Field(default=None, description="The extractor (outlet layout) that was used.")
    outlet: str | None = Field(default=None, description="The publishing outlet, when known.")
    relayed_from: list[str] = Field(
        default_factory=list, description="Outlets and agencies the article relays, in the order found."
    )
    published: str | None = Field(default=None, description="YYYY-MM-DD from dateline or metadata.")
    updated: str | None = Field(default=None, description="YYYY-MM-DD of the last update, when stated.")
    headline: TextRange | None = Field(default=None, description="The headline, when found.")
    body: list[TextRange] = Field(default_factory=list, description="The article's own paragraphs.")
    boilerplate: list[TextRange] = Field(
        default_factory=list, description="Page chrome: navigation, share buttons, related links..."
    )
    errors: list[DocumentError] = Field(default_factory=list, description="What went wrong, if anything.")

    @property
    def label(self) -> str:
        """A display label: 'France 24, relaying AFP', or 'unknown outlet'."""
        who = self.outlet or "unknown outlet"
        return f"{who}, relaying {' and '.join(self.relayed_from)}" if self.relayed_from else who

    @property
    def readable(self) -> bool:
        """False for a source that could not be read (it has errors and no text)."""
        return bool(self.text) or not self.errors


Item = TypeVar("Item", bound=BaseModel)


class Report(Model):
    """Everything claimdiff found in a set of documents; every span indexes its document's text.

    Look items up by id with :meth:`document`, :meth:`claim`, :meth:`mention`, :meth:`alignment`
    and :meth:`finding`; an unknown id raises :class:`~claimdiff.errors.UnknownIdError`.
    """

    schema_version: str = Field(default=SCHEMA_VERSION, description="Version of this schema.")
    generator: str = Field(default="claimdiff", description="The program that wrote the report.")
    documents: list[Document] = Field(default_factory=list, description="Every source, in input order.")
    mentions: list[Mention] = Field(
        default_factory=list, description="Entity, time and quantity mentions, by document then offset."
    )
    claims: list[Claim] = Field(default_factory=list, description="Every claim, by document then offset.")
    alignments: list[Alignment] = Field(
        default_factory=list, description="Claims aligned across documents (stories)."
    )
    findings: list[Finding] = Field(
        default_factory=list, description="Contradictions, divergences and date issues, most severe first."
    )

    def document(self, id: str) -> Document:
        """The document with this id."""
        return _by_id(self.documents, id, "document")

    def claim(self, id: str) -> Claim:
        """The claim with this id."""
        return _by_id(self.claims, id, "claim")

    def mention(self, id: str) -> EntityMention | TimeMention | QuantityMention:
        """The mention with this id."""
        return _by_id(self.mentions, id, "mention")

    def alignment(self, id: str) -> Alignment:
        """The alignment with this id."""
        return _by_id(self.alignments, id, "alignment")

    def finding(self, id: str) -> Finding:
        """The finding with this id."""
        return _by_id(self.findings, id, "finding")


def _by_id(items: list[Item], id: str, what: str) -> Item:
    for item in items:
        if getattr(item, "id", None) == id:
            return item
    raise UnknownIdError(what, id)


def json_schema() -> dict[str, object]:
    """The JSON Schema of a report, generated from the models."""
    return Report.model_json_schema()
