"""dateparser, where it is right: one isolated stamp an extractor pointed at, in a format the
grammar does not read (``Tue, 07 Oct 2014 14:07:00 GMT``, ``7. Oktober 2014``).

Only complete dates are accepted (day, month and year all written), so no part is ever filled
from today's clock; numeric stamps are read day-first, as Arabic outlets write them.
"""

from __future__ import annotations

import datetime
import logging

log = logging.getLogger(__name__)

_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_LOCALE_DATE_ORDER": False,
}


def parse_stamp(text: str) -> datetime.date | None:
    """The date of one stamp, or None when dateparser cannot read a complete date in it."""
    text = text.strip()
    if not text or len(text) > 120 or not any(c.isdigit() for c in text):
        return None
    import dateparser  # heavy import, needed only for hinted stamps

    try:
        parsed = dateparser.parse(text, settings=_SETTINGS)
    except Exception as exc:  # dateparser raises assorted errors on odd input
        log.debug("dateparser failed on %r: %s", text, exc)
        return None
    return parsed.date() if parsed is not None else None
