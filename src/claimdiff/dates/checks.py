"""Date checks: each problem becomes a ``date_issue`` finding with evidence spans and a plain message.

Checked: dates that cannot exist (a negative Hijri year, 31 April, day 32 of a Solar month), two
calendars of one date that name different days (a dateline, a الموافق pair), paired month names
that differ (آذار/أبريل), a weekday that does not match its date, relative references that cannot
hold together (يوم أمس الاثنين ... يوم أمس الخميس), a dateline updated before it was published
or years after, and a date after publication described as past.  The checks live by what a date
is held against: itself (:mod:`.validity`), its other calendar (:mod:`.calendar_pairs`), the
article's own date (:mod:`.publication`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimdiff.dates.calendar_pairs import adjacent_pairs, calendar_pairs, sighted
from claimdiff.dates.publication import past_after_publication, relative_conflicts
from claimdiff.dates.validity import invalid_dates, month_pairs, weekday_mismatch
from claimdiff.schema import Finding, TimeMention

if TYPE_CHECKING:
    from claimdiff.dates.dateline import Datelines

__all__ = ["check_dates"]


def check_dates(
    text: str, *, doc_id: str, times: Sequence[TimeMention], datelines: Datelines
) -> list[Finding]:
    """Date issues in ``times`` (the dateline's own issues are in ``datelines.issues``)."""
    body = [t for t in times if t.role is None]
    return [
        *invalid_dates(text, doc_id, body, sighted(adjacent_pairs(text, body))),
        *month_pairs(text, doc_id, body),
        *calendar_pairs(text, doc_id, body),
        *weekday_mismatch(text, doc_id, body),
        *relative_conflicts(text, doc_id, body, datelines),
        *past_after_publication(text, doc_id, body, datelines),
    ]
