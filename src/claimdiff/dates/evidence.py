"""What every date check builds its finding from: the finding, a mention's evidence span, the date
as written, the date tokens of a stretch of text."""

from __future__ import annotations

from collections.abc import Sequence

from claimdiff.dates import wording
from claimdiff.dates.tokens import DateWord, date_words
from claimdiff.schema import Finding, Severity, Span, TimeMention, make_span
from claimdiff.text.document import fold_of


def finding(code: str, severity: Severity, message: str, evidence: Sequence[Span]) -> Finding:
    """A ``date_issue`` finding with its evidence; the id is left empty here."""
    return Finding(
        id="", kind="date_issue", code=code, severity=severity, message=message, evidence=list(evidence)
    )


def mention_span(doc_id: str, text: str, m: TimeMention) -> Span:
    """The mention's own text as evidence."""
    return make_span(doc_id, text, m.start, m.end)


def as_written(m: TimeMention) -> tuple[int | None, int | None, int | None]:
    """Year, month and day as the text writes them (in its own calendar), None where absent."""
    return wording.ymd(m.original if m.original is not None else m.value)


def date_tokens(text: str, start: int, end: int) -> list[DateWord]:
    """The date tokens of ``text[start:end]``, read on the document's fold."""
    return date_words(fold_of(text, start, end).text)
