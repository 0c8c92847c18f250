"""Dates: time expressions, a document's own datelines, and date checks.

``find_times`` reads every time expression (Gregorian with every regional month naming, Hijri,
Solar Hijri, relative and partial dates, durations) into TimeMentions with TIMEX3-style values;
``find_datelines`` finds the document's own published/updated stamps; ``check_dates`` reports
``date_issue`` findings.  See docs/dates.md.
"""

from __future__ import annotations

from claimdiff.dates.checks import check_dates
from claimdiff.dates.dateline import Datelines, find_datelines
from claimdiff.dates.finder import find_times

__all__ = ["Datelines", "check_dates", "find_datelines", "find_times"]
