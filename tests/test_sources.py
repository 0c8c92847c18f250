from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from claimdiff import sources
from claimdiff.errors import InputError
from claimdiff.sources import clean_text, decode, display_name, read_path

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
    with pytest.raises(InputError, match=r"not a regular file \(a directory\)"):
        read_path(tmp_path)


def test_huge_file_is_refused_at_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(InputError, match="over the 1024-byte limit"):
        read_path(big, max_bytes=1024)
    assert read_path(big, max_bytes=2048).text == "a" * 2048


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"pipe\.txt: not a regular file \(a named pipe\)"):
        read_path(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_before_any_read() -> None:
    with pytest.raises(InputError, match=r"/dev/zero: not a regular file \(a character device\)"):
        read_path("/dev/zero")


def test_a_symlink_loop_is_not_a_regular_file(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(InputError, match=r"loop\.txt: not a regular file \(a symbolic link loop\)"):
        read_path(loop)


def test_reading_is_chunked_and_ignores_the_size_the_file_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that claims a small size (as /proc files claim 0) is still cut at the limit."""
    big = tmp_path / "grows.txt"
    big.write_bytes(b"a" * 5000)
    reads: list[int] = []
    real_read = os.read

    def spy(fd: int, n: int) -> bytes:
        reads.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(sources, "CHUNK_BYTES", 1000)
    monkeypatch.setattr(sources.os, "read", spy)
    with pytest.raises(InputError, match="over the 4096-byte limit"):
        read_path(big, max_bytes=4096)
    assert max(reads) <= 1000 and sum(reads) <= 4097 + 1000


def test_an_undecodable_file_name_is_escaped(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(ARTICLE.encode())
    name = os.fsdecode(raw)
    assert display_name(name).endswith("caf\\xe9.txt")
    assert read_path(name).text == ARTICLE
    with pytest.raises(InputError) as info:
        read_path(os.fsdecode(os.fsencode(tmp_path) + b"/gon\xe9.txt"))
    assert info.value.source.endswith("gon\\xe9.txt")
    str(info.value).encode("utf-8")  # printable: no lone surrogate left


def test_lone_surrogates_become_replacement_characters() -> None:
    text, n = clean_text("a\ud800b\udfffc")
    assert (text, n) == ("a\ufffdb\ufffdc", 2)
    assert clean_text("plain")[1] == 0
