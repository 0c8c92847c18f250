"""Properties: calendar round trips, digits of any script, exact spans, and no input that raises."""

from __future__ import annotations

import datetime

from hijridate import ummalqura
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimdiff.dates import check_dates, find_datelines, find_times, hijri, solar
from claimdiff.schema import TextRange
from claimdiff.text.normalize import _fold_slow, fold, fold_str

_G_MIN, _G_MAX = (datetime.date(*d) for d in ummalqura.GREGORIAN_RANGE)
_SCRIPTS = {"ascii": 0x30, "arabic": 0x660, "persian": 0x6F0}

FRAGMENTS = [
    "7",
    "07",
    "13",
    "31",
    "2014",
    "1435",
    "۱۴۳۵",
    "٢٠١٤",
    "-641",
    "-",
    "/",
    ".",
    ":",
    "(",
    ")",
    " ",
    "  ",
    "\n",
    "،",
    ",",
    "هـ",
    "ه.ش",
    "م",
    "الموافق",
    "مارس",
    "آذار",
    "آذر",
    "آب",
    "آبان",
    "تشرين الأول",
    "كانون الثاني",
    "ربيع الثاني",
    "ذي الحجة",
    "رمضان",
    "مهر",
    "October",
    "octobre",
    "الاثنين",
    "يوم",
    "أمس",
    "اليوم",
    "غداً",
    "الماضي",
    "المقبل",
    "الجاري",
    "منذ",
    "قبل",
    "خلال",
    "ثلاثة",
    "عشر",
    "وعشرين",
    "أعوام",
    "سنتين",
    "الأيام",
    "الربع",
    "الأول",
    "من",
    "مطلع",
    "منتصف",
    "الصيف",
    "العام",
    "هذا",
    "التسعينيات",
    "تاريخ النشر:",
    "آخر تحديث:",
    "Published:",
    "في",
    "و",
    "ب",
    "ال",
    "x",
    "ً",
    "ـ",
    "\u200f",
    "ﻻ",
    "İ",
]
texts = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=40).map("".join)
anchors = st.none() | st.dates()


@given(st.dates(min_value=_G_MIN, max_value=_G_MAX))
@example(datetime.date(1926, 12, 6))  # 31 Jumada I 1345: a 31-day month on the published table
def test_gregorian_to_hijri_to_gregorian_round_trips(day: datetime.date) -> None:
    h = hijri.from_gregorian(day)
    assert h is not None
    assert hijri.to_gregorian(*h) == day


@given(st.integers(hijri.MIN_YEAR, hijri.MAX_YEAR), st.integers(1, 12), st.integers(1, 31))
@example(1343, 9, 29)  # Ramadan 1343 has 28 days on the table
@example(1345, 5, 31)  # Jumada I 1345 has 31
def test_hijri_dates_are_either_valid_and_round_trip_or_a_problem(year: int, month: int, day: int) -> None:
    length = hijri.month_length(year, month)
    assert length is not None
    first, g = hijri.to_gregorian(year, month, 1), hijri.to_gregorian(year, month, day)
    assert first is not None
    # the month's length is where conversion says it ends: its last day is followed by the next month
    after = hijri.from_gregorian(first + datetime.timedelta(days=length))
    assert after is None or after[2] == 1
    if day <= length:
        assert g is not None and hijri.problem(year, month, day) is None
        assert hijri.from_gregorian(g) == (year, month, day)
    else:
        expected = "hijri-invalid-day" if day > 30 else "hijri-day-past-month-end"
        assert g is None and hijri.problem(year, month, day) == expected


@given(st.integers(-10_000, 10_000), st.integers(-5, 20), st.integers(-5, 40))
def test_calendar_wrappers_never_raise(year: int, month: int, day: int) -> None:
    for module in (hijri, solar):
        code = module.problem(year, month, day)
        g = module.to_gregorian(year, month, day)
        assert (g is None) or code is None


@given(st.lists(st.integers(0, 9), min_size=1, max_size=12), st.sampled_from(sorted(_SCRIPTS)))
def test_digits_in_any_script_fold_alike(digits: list[int], script: str) -> None:
    written = "".join(chr(_SCRIPTS[script] + d) for d in digits)
    assert fold(written).text == "".join(map(str, digits))


@given(
    st.integers(1, 28),
    st.integers(1, 12),
    st.integers(1950, 2030),
    st.sampled_from(["{d}/{m}/{y}", "{y}-{m}-{d}", "في {d} {name} {y} وصل", "{name} {y}", "عام {y}"]),
)
def test_dates_read_the_same_in_any_digits(day: int, month: int, year: int, template: str) -> None:
    names = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول"]
    names += ["تشرين الأول", "تشرين الثاني", "كانون الأول"]

    def render(script: str) -> str:
        def digits(n: int, width: int) -> str:
            return "".join(chr(_SCRIPTS[script] + int(c)) for c in f"{n:0{width}d}")

        return template.format(d=digits(day, 2), m=digits(month, 2), y=digits(year, 4), name=names[month - 1])

    values = set()
    for script in _SCRIPTS:
        text = render(script)
        found = find_times(text, [TextRange(start=0, end=len(text))], doc_id="x", anchor=None, id_prefix="t")
        values.add(tuple(m.value for m in found))
    assert len(values) == 1 and values != {()}


@settings(max_examples=300)
@given(texts, anchors)
def test_no_input_makes_the_date_functions_raise_and_every_span_is_exact(
    text: str, anchor: datetime.date | None
) -> None:
    ranges = [TextRange(start=0, end=len(text))]
    times = find_times(text, ranges, doc_id="x", anchor=anchor, id_prefix="t")
    lines = find_datelines(text, [], doc_id="x", id_prefix="d")
    findings = [*lines.issues, *check_dates(text, doc_id="x", times=[*lines.parts, *times], datelines=lines)]
    spans = [*times, *lines.parts, *(e for f in findings for e in f.evidence)]
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert text[max(0, s.start - 24) : s.start] == s.prefix
        assert text[s.end : s.end + 24] == s.suffix
    for f in findings:
        assert f.kind == "date_issue" and f.id == "" and f.message and f.evidence


@given(st.text(max_size=60), anchors)
def test_arbitrary_unicode_never_raises(text: str, anchor: datetime.date | None) -> None:
    times = find_times(text, [TextRange(start=0, end=len(text))], doc_id="x", anchor=anchor, id_prefix="t")
    lines = find_datelines(text, [], doc_id="x", id_prefix="d")
    check_dates(text, doc_id="x", times=times, datelines=lines)
    assert all(text[m.start : m.end] == m.text for m in times)


@given(st.text(max_size=80) | texts, st.data())
def test_folded_ranges_map_back_exactly(text: str, data: st.DataObject) -> None:
    f = fold(text)
    assert len(f.origin) == len(f.text)
    a = data.draw(st.integers(0, len(f.text)))
    b = data.draw(st.integers(a, len(f.text)))
    s, e = f.to_original(a, b)
    assert 0 <= s <= e <= len(text)
    # whole original characters: the folded range is part of their fold, all of it at character bounds
    assert f.text[a:b] in fold_str(text[s:e])
    at_bounds = (a == 0 or f.origin[a - 1] != f.origin[a] if a < len(f.text) else True) and (
        b == len(f.text) or f.origin[b - 1] != f.origin[b]
    )
    if at_bounds and a < b:
        assert fold_str(text[s:e]) == f.text[a:b]


@given(st.text(max_size=80) | texts)
def test_the_fast_fold_agrees_with_the_character_by_character_fold(text: str) -> None:
    fast, slow = fold(text), _fold_slow(text)
    assert (fast.text, fast.origin) == (slow.text, slow.origin)
