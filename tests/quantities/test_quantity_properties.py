"""Properties of quantity finding on arbitrary text: exact spans, exclusions honoured, never raising."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.quantities import find_quantities
from claimdiff.schema import TextRange

PIECES = [
    "200",
    "۶۰۴۱۶",
    "٢٫٥",
    "1,200",
    "1.200.000",
    "2014",
    "ألف",
    "آلاف",
    "مليون",
    "ونصف",
    "ثلاثة",
    "عشر",
    "وعشرين",
    "مائة",
    "سنتين",
    "أيام",
    "شخصا",
    "نحو",
    "بنحو",
    "على الأقل",
    "أكثر من",
    "بين",
    "و",
    "إلى",
    "من",
    "-",
    ":",
    "/",
    "%",
    "(",
    ")",
    "“",
    "_",
    "\n",
    " ",
    "،",
    ".",
    "رمز الخبر",
    "عام",
    "تشرين",
    "x",
    "١٤:٠٧",
    "0",
    "ـ",
    "\u064b",
]
texts = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=25).map("".join),
)


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, list[TextRange], list[TextRange]]:
    text = draw(texts)
    n = len(text)

    def spans() -> list[TextRange]:
        cuts = sorted(draw(st.lists(st.integers(0, n), max_size=4)))
        return [TextRange(start=a, end=b) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]

    ranges = [TextRange(start=0, end=n)] if draw(st.booleans()) else spans()
    return text, ranges, spans()


@settings(max_examples=400, deadline=None)
@given(cases())
def test_spans_exact_inside_ranges_and_outside_exclusions(
    case: tuple[str, list[TextRange], list[TextRange]],
) -> None:
    text, ranges, exclude = case
    found = find_quantities(text, ranges, doc_id="d", id_prefix="n", exclude=exclude)
    assert [q.id for q in found] == [f"n{i}" for i in range(1, len(found) + 1)]
    for q in found:
        assert text[q.start : q.end] == q.text and q.start < q.end
        assert any(r.start <= q.start and q.end <= r.end for r in ranges)
        assert not any(q.start < x.end and x.start < q.end for x in exclude)
        assert q.upper is None or q.upper >= 0
        assert q.value >= 0
