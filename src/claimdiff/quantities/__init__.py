"""Quantities: numbers in any script or in Arabic words, with their unit, qualifier and range.

One pass over the folded text of each range: a number (digits, or number words such as ``ثلاثة``,
``مائتين وخمسين ألف``, the dual ``سنتين``) is read with the scale words after it (``200 ألف``), the
counted noun after it (the unit), a qualifier before or after it (``نحو``, ``على الأقل``) and a second
bound (``بين 1000 و2000``).  Numbers that are identifiers, dates, clock times, parts of URLs or file
names, or alone on their line are not quantities.  Cue words live in ``data/numbers.json`` and
``data/quantities.json``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate

from claimdiff.entities.keys import folded_range
from claimdiff.quantities.lexicon import lexicon
from claimdiff.quantities.lexing import comma_decimal, lex_range
from claimdiff.quantities.scanner import Found, Scanner
from claimdiff.schema import QuantityMention, TextRange, make_span
from claimdiff.text.document import view

__all__ = ["comma_decimal", "find_quantities"]


class _Ranges:
    """Ranges sorted by start with the running furthest end: an overlap test by bisection."""

    def __init__(self, ranges: Sequence[TextRange]) -> None:
        ordered = sorted((r.start, r.end) for r in ranges)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # the ranges that start before ``end``
        return k > 0 and self.reach[k - 1] > start


def find_quantities(
    text: str,
    ranges: Sequence[TextRange],
    *,
    doc_id: str,
    id_prefix: str,
    exclude: Sequence[TextRange] = (),
    language: str | None = None,
) -> list[QuantityMention]:
    """Quantities in ``ranges`` of ``text``; nothing overlapping ``exclude`` (e.g. time expressions).
    ``language`` (ISO 639-1) says how digits are grouped (:func:`comma_decimal`).

    Ids are ``f"{id_prefix}{n}"`` (n from 1) in text order.
    """
    f = view(text).folded  # the document's one fold (opened here when called alone)
    lex = lexicon()
    found: list[Found] = []
    commas = comma_decimal(f.text, language)
    for r in ranges:
        s, e = folded_range(f, max(0, r.start), min(r.end, len(text)))
        if s < e:
            found.extend(Scanner(f, lex_range(f, s, e), lex, commas).scan())
    out: list[QuantityMention] = []
    seen: set[tuple[int, int]] = set()
    excluded = _Ranges(exclude)
    for q in sorted(found, key=lambda x: (x.start, x.end)):
        start, end = f.to_original(q.start, q.end)
        if (start, end) in seen or excluded.overlaps(start, end):
            continue
        seen.add((start, end))
        span = make_span(doc_id, text, start, end)
        out.append(
            QuantityMention(
                **span.model_dump(),
                id=f"{id_prefix}{len(out) + 1}",
                value=q.value,
                upper=q.upper,
                unit=q.unit,
                qualifier=q.qualifier,
            )
        )
    return out
