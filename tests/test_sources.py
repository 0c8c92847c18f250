from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from claimdiff.errors import InputError
from claimdiff.sources import decode, read_path

ARTICLE = "قال المتحدث إن الوفد زار دمشق.\nSecond line.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),
        (ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (ARTICLE.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_text_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    loaded = decode(data, "a.txt")
    assert loaded.text == ARTICLE
    assert loaded.encoding == encoding
    assert loaded.origin == "file"


@pytest.mark.parametrize(
    ("data", "cause"),
    [
        (b"", "empty file"),
        (b"  \n\t ", "only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
        ("نص عربي".encode("cp1256"), "not valid UTF-8"),
        (bytes(range(1, 9)) * 50, "binary data"),
    ],
)
def test_bad_input_names_the_file_and_the_cause(data: bytes, cause: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, "dir/bad.txt")
    assert info.value.source == "dir/bad.txt"
    assert cause in str(info.value)
    assert str(info.value).startswith("dir/bad.txt: ")


def test_html_keeps_file_offsets_with_markup_and_scripts_blanked() -> None:
    html = (
        "<html><head><title>t</title><script>steal()</script></head><body><nav>menu</nav>"
        "<article><h1>عنوان الخبر</h1><p>قال الوزير إن المحادثات جرت في موسكو يوم الإثنين &amp; أمس.</p>"
        "</article><iframe src='x'>frame text</iframe></body></html>"
    )
    loaded = decode(html.encode(), "page.html")
    assert loaded.origin == "html-blanked"
    assert len(loaded.text) == len(html)
    start = html.index("قال الوزير")
    assert loaded.text[start : start + 10] == "قال الوزير"
    for hidden in ("steal()", "<p>", "frame text", "<title>"):
        assert hidden not in loaded.text
    assert "& " in loaded.text


def test_html_without_visible_text_is_an_error() -> None:
    with pytest.raises(InputError, match=r"page\.html: .*no visible text"):
        decode(b"<html><body><script>x()</script></body></html>", "page.html")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="No such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(InputError, match="over the 1024-byte limit"):
        read_path(big, max_bytes=1024)
