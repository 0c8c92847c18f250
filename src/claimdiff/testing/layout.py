"""Expectations about one article's layout, for an outlet plugin's own tests."""

from __future__ import annotations

from collections.abc import Sequence

from claimdiff.extractors.base import Extractor, Layout


def _expect(ok: bool, message: str) -> None:
    if not ok:
        raise AssertionError(message)


def assert_layout(
    extractor: Extractor,
    text: str,
    *,
    outlet: str | None,
    relayed_from: Sequence[str],
    headline: str,
    not_body: Sequence[str] = (),
    body_count: int | None = None,
    datelines: Sequence[tuple[str, str]] | None = None,
    min_confidence: float = 0.5,
) -> Layout:
    """Check what ``extractor`` makes of ``text`` and return the layout for further checks.

    ``not_body`` quotes (boilerplate, metadata) must not appear in the body; ``datelines`` are
    (role, quoted date) pairs in order; ``body_count`` is the number of body ranges.
    """
    confidence = extractor.detect(text)
    _expect(confidence > min_confidence, f"{extractor.name}: detect() gave {confidence} on its own article")
    layout = extractor.layout(text)
    _expect(layout.outlet == outlet, f"{extractor.name}: outlet {layout.outlet!r}, expected {outlet!r}")
    _expect(
        layout.relayed_from == list(relayed_from),
        f"{extractor.name}: relayed_from {layout.relayed_from}, expected {list(relayed_from)}",
    )
    got = text[layout.headline.start : layout.headline.end] if layout.headline else None
    _expect(got == headline, f"{extractor.name}: headline {got!r}, expected {headline!r}")
    if body_count is not None:
        _expect(
            len(layout.body) == body_count,
            f"{extractor.name}: {len(layout.body)} body ranges, expected {body_count}",
        )
    body = "\n".join(text[r.start : r.end] for r in layout.body)
    for quote in not_body:
        _expect(quote not in body, f"{extractor.name}: {quote!r} is in the body but is not article text")
    if datelines is not None:
        found = [(d.role, text[d.start : d.end]) for d in layout.datelines]
        _expect(found == list(datelines), f"{extractor.name}: datelines {found}, expected {list(datelines)}")
    return layout
