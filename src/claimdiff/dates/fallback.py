"""dateparser, where it is right: one isolated stamp an extractor pointed at, in a format the
grammar does not read (``Tue, 07 Oct 2014 14:07:00 GMT``, ``7. Oktober 2014``).

Only complete dates are accepted (day, month and year all written), and only dates that do not
move with the reference date: dateparser reads "منذ 3 ساعات" or "yesterday 14:07" against today's
clock whatever REQUIRE_PARTS says, so every stamp is read against two reference dates and dropped
when the two readings differ.  Numeric stamps are read day-first, as Arabic outlets write them.
"""

from __future__ import annotations

import datetime
import email.utils
import logging
import re

log = logging.getLogger(__name__)

_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_LOCALE_DATE_ORDER": False,
}
# two reference dates far apart (different years, months, days, weekdays): a written date reads
# the same against both, a relative one does not
_BASES = (datetime.datetime(2001, 2, 3, 4, 5), datetime.datetime(2032, 11, 26, 21, 43))


_YEAR = re.compile(r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)")


def _rfc2822(text: str) -> datetime.date | None:
    """An e-mail style header date (``Tue, 07 Oct 2014 14:07:00 GMT``), read by the standard library."""
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def parse_stamp(text: str) -> datetime.date | None:
    """The date of one stamp, or None when dateparser cannot read a complete date in it."""
    text = text.strip()
    if not text or len(text) > 120 or not _YEAR.search(text):
        return None  # no written year: relative ("2 hours ago") or partial, never a complete date
    rfc = _rfc2822(text)
    if rfc is not None:
        return rfc
    # dateparser's first call costs seconds (its locale data): only stamps nothing else reads get here
    import dateparser

    readings = []
    for base in _BASES:
        try:
            parsed = dateparser.parse(text, settings={**_SETTINGS, "RELATIVE_BASE": base})
        except Exception as exc:  # dateparser raises assorted errors on odd input
            log.debug("dateparser failed on %r: %s", text, exc)
            return None
        if parsed is None:
            return None
        day: datetime.date = parsed.date()
        readings.append(day)
    if readings[0] != readings[1]:
        log.debug("relative stamp %r left unresolved", text)
        return None
    return readings[0]
