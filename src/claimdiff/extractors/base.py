"""What an outlet extractor is: detection and layout of one outlet's articles."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from pydantic import Field

from claimdiff.schema import Model, TextRange


class DatelineField(Model):
    """Where an extractor saw a date stamp of the document itself (parsed by the core)."""

    role: str = Field(description="published or updated")
    start: int
    end: int


class Layout(Model):
    """What an extractor knows about one document's layout; every range indexes the document text."""

    outlet: str | None = None
    relayed_from: list[str] = Field(default_factory=list)
    headline: TextRange | None = None
    body: list[TextRange] = Field(default_factory=list)
    boilerplate: list[TextRange] = Field(default_factory=list)
    metadata: list[TextRange] = Field(
        default_factory=list,
        description="About the article, not its content: bylines, datelines, news codes, credit lines.",
    )
    datelines: list[DatelineField] = Field(default_factory=list)


@runtime_checkable
class Extractor(Protocol):
    """An outlet extractor.  ``name`` is unique; ``outlets`` are the English names it handles."""

    name: str
    version: str
    outlets: tuple[str, ...]

    def detect(self, text: str) -> float:
        """How sure the extractor is that ``text`` comes from its outlet, in [0, 1]."""
        ...

    def layout(self, text: str) -> Layout:
        """Headline, body, boilerplate, outlet, relayed sources and dateline locations of ``text``."""
        ...
