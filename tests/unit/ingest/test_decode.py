"""decode: every supported encoding round-trips; NFC and LF newlines; bad input refused with exact messages."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from nea_site.errors import SourceError
from nea_site.ingest import decode
from nea_site.ingest.decode import decode_source, read_source

SIMPLIFIED = (
    "东北亚区域合作的机制建设与前景。Regional cooperation in Northeast Asia, 2023.\n"
    "中日韩三国在港口、铁路和能源领域开展了务实合作。Ports, railways and energy.\n"
)
TRADITIONAL = (
    "東北亞區域合作的機制建設與前景。Regional cooperation in Northeast Asia.\n"
    "中日韓三國在港口、鐵路和能源領域開展了務實合作，並簽署了備忘錄。\n"
)
CONVERT_HINT = "save the document as plain text, Markdown or HTML (UTF-8, GB18030, Big5 or UTF-16) and add that file"


@pytest.mark.parametrize(
    ("text", "data", "encoding"),
    [
        (SIMPLIFIED, SIMPLIFIED.encode("utf-8"), "utf_8"),
        (SIMPLIFIED, codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf_8_sig"),
        (SIMPLIFIED, codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf_16"),
        (SIMPLIFIED, codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf_16"),
        (SIMPLIFIED, SIMPLIFIED.encode("utf-16-le"), "utf_16_le"),
        (SIMPLIFIED, SIMPLIFIED.encode("utf-16-be"), "utf_16_be"),
        (SIMPLIFIED, SIMPLIFIED.encode("gb18030"), "gb18030"),
        (SIMPLIFIED, SIMPLIFIED.encode("gbk"), "gb18030"),  # GBK text is read with its superset
        (TRADITIONAL, TRADITIONAL.encode("big5"), "big5"),
        (TRADITIONAL, TRADITIONAL.encode("utf-16-le"), "utf_16_le"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "gb18030", "gbk", "big5", "hant-16"],
)
def test_encoding_round_trips(text: str, data: bytes, encoding: str) -> None:
    source = decode_source(data, file_name="Sample File.txt")
    assert source.text == text
    assert source.encoding == encoding
    assert source.file_name == "Sample File.txt"
    assert source.source_id == "sample-file"
    assert source.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("text", "codec"),
    [("图们江流域的港口合作", "gb18030"), ("臺灣與香港的經濟關係", "big5")],
    ids=["gb18030-title", "big5-title"],
)
def test_short_chinese_line_round_trips(text: str, codec: str) -> None:
    # A one-line source (a title, a note) is as legitimate as an article and must not turn into mojibake.
    assert decode_source(text.encode(codec), file_name="x.txt").text == text


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"first line\r\nsecond line\r\n", "first line\nsecond line\n"),
        (b"old mac\rline\r", "old mac\nline\n"),
        (b"mixed\r\nends\rhere\n", "mixed\nends\nhere\n"),
        ("第一行\r\n第二行\r\n".encode("utf-16"), "第一行\n第二行\n"),
        ("line\u2028break\u2029para".encode(), "line\nbreak\n\npara"),
    ],
    ids=["crlf", "cr", "mixed", "utf16-crlf", "unicode-separators"],
)
def test_newlines_become_lf(data: bytes, text: str) -> None:
    assert decode_source(data, file_name="x.txt").text == text


def test_text_is_nfc() -> None:
    source = decode_source("Cafe\u0301 coope\u0301ration, 한국".encode(), file_name="x.txt")
    assert source.text == "Café coopération, 한국"


def test_stray_control_characters_are_dropped_but_page_breaks_stay() -> None:
    # A form feed is a PDF export's page break: the layout reads it (and drops it), so it is kept here.
    assert decode_source(b"page one\x0cpage two\x07\x0b\tend", file_name="x.txt").text == "page one\x0cpage two\tend"


def _message(data: bytes, file_name: str = "x.txt") -> str:
    with pytest.raises(SourceError) as info:
        decode_source(data, file_name=file_name)
    return str(info.value)


@pytest.mark.parametrize(
    ("data", "file_name", "message"),
    [
        (b"", "x.txt", "x.txt: file is empty\n  hint: add a file with text in it"),
        (b" \n\t\r\n  ", "x.txt", "x.txt: file holds only whitespace\n  hint: add a file with text in it"),
        (
            " \u3000\n".encode("utf-16"),
            "x.txt",
            "x.txt: file holds only whitespace\n  hint: add a file with text in it",
        ),
        (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "paper.pdf",
            f"paper.pdf: binary file: looks like a PDF file, not text\n  hint: {CONVERT_HINT}",
        ),
        (
            b"{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard China and Japan signed.\\par}",
            "memo.txt",
            f"memo.txt: an RTF document: its formatting codes would be read as text\n  hint: {CONVERT_HINT}",
        ),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "scan.txt",
            f"scan.txt: binary file: looks like a PNG image, not text\n  hint: {CONVERT_HINT}",
        ),
        (
            b"PK\x03\x04\x14\x00\x06\x00word/document.xml",
            "paper.docx",
            "paper.docx: binary file: looks like a ZIP archive (or a .docx/.xlsx/.epub), not text\n"
            f"  hint: {CONVERT_HINT}",
        ),
        (
            b"\x00\x01\x02\x03\xfe\xed\x00\x10binary\x00\x00\xff",
            "blob.txt",
            f"blob.txt: binary file: contains NUL bytes, not text\n  hint: {CONVERT_HINT}",
        ),
    ],
    ids=["empty", "whitespace", "whitespace-utf16", "pdf", "rtf", "png", "zip", "nul-bytes"],
)
def test_refusals_have_exact_messages(data: bytes, file_name: str, message: str) -> None:
    assert _message(data, file_name) == message


def test_error_names_the_given_path() -> None:
    with pytest.raises(SourceError) as info:
        decode_source(b"", file_name="a.txt", path=Path("corpus/sources/a.txt"))
    assert str(info.value) == "corpus/sources/a.txt: file is empty\n  hint: add a file with text in it"


TOO_LARGE = 20 * 1024 * 1024 + 1
TOO_LARGE_MESSAGE = (
    f"file is too large: {TOO_LARGE} bytes, the limit is 20971520 bytes (20 MiB)\n  hint: split the document into parts"
)


def test_too_large_bytes_refused() -> None:
    assert decode.MAX_SOURCE_BYTES == 20 * 1024 * 1024
    # Same problem, same message, whether the bytes come from read_source or from a caller.
    assert _message(b"a" * TOO_LARGE) == f"x.txt: {TOO_LARGE_MESSAGE}"


def test_too_large_file_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(TOO_LARGE)  # sparse: st_size is what read_source checks
    with pytest.raises(SourceError) as info:
        read_source(path)
    assert str(info.value) == f"{path}: {TOO_LARGE_MESSAGE}"


def test_read_source_reads_file(tmp_path: Path) -> None:
    path = tmp_path / "Notes 2023.md"
    path.write_bytes(SIMPLIFIED.encode("gb18030"))
    source = read_source(path)
    assert (source.text, source.encoding, source.file_name, source.source_id) == (
        SIMPLIFIED,
        "gb18030",
        "Notes 2023.md",
        "notes-2023",
    )


def test_read_source_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    with pytest.raises(SourceError) as info:
        read_source(path)
    assert str(info.value) == f"{path}: cannot read file: No such file or directory"


def test_read_source_errors_name_the_full_path(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(SourceError) as info:
        read_source(path)
    assert str(info.value) == f"{path}: file is empty\n  hint: add a file with text in it"
