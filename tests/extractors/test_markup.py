"""HTML pages read with their markup blanked: same length, text at its own offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.text.markup import blank_markup, looks_like_markup

PAGE = (
    "<!DOCTYPE html><html><head><title>عنوان | الموقع</title><script>var x = 'سوريا';</script></head>"
    "<body><nav><a href='/'>الرئيسية</a></nav><h1>وزير يزور المدينة</h1>"
    "<p>قال الوزير إن <b>الزيارة</b> ناجحة&nbsp;جدا &amp; مفيدة.</p><!-- تعليق --></body></html>"
)


def test_text_keeps_its_offsets_and_markup_is_gone() -> None:
    text = blank_markup(PAGE)
    assert len(text) == len(PAGE)
    for word in ("وزير يزور المدينة", "قال الوزير إن", "الزيارة", "الرئيسية"):
        at = PAGE.find(word)
        assert text[at : at + len(word)] == word
    for gone in ("<", ">", "script", "سوريا", "عنوان", "تعليق", "href", "&amp;"):
        assert gone not in text
    assert "ناجحة جدا &" in " ".join(text.split())
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    assert lines[:2] == ["الرئيسية", "وزير يزور المدينة"]


@given(st.text(alphabet=st.sampled_from(list("<>/&;#abp سوريا\n=\"'!-x1"))))
def test_length_is_kept_for_any_input(page: str) -> None:
    assert len(blank_markup(page)) == len(page)


def test_looks_like_markup() -> None:
    assert looks_like_markup(PAGE)
    assert looks_like_markup("  <div class='x'>نص</div>")
    assert not looks_like_markup("قال الوزير إن الزيارة ناجحة <جدا>")


def test_unclosed_hidden_element_runs_to_the_end_like_a_browser() -> None:
    page = "<p>نص ظاهر</p><script>var a = 1;<p>ليس نصا</p>" + "<!--x" * 50
    text = blank_markup(page)
    assert len(text) == len(page)
    assert "نص ظاهر" in text
    assert "ليس نصا" not in text and "var" not in text


def test_a_lone_less_than_sign_is_text() -> None:
    page = "<p>الحرارة > 40</p> والعدد <a x بلا إغلاق"
    text = blank_markup(page)
    assert "الحرارة > 40" in text
    assert text.endswith("<a x بلا إغلاق")
