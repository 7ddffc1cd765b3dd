"""Bytes -> text: refuse binary and empty input, detect the encoding, normalise to NFC and LF newlines."""

from __future__ import annotations

import codecs
import hashlib
import logging
import re
import unicodedata
from pathlib import Path

import charset_normalizer

from nea_site.errors import SourceError
from nea_site.model import SourceText, make_source_id
from nea_site.text.lang import decoding_plausibility

log = logging.getLogger(__name__)

MAX_SOURCE_BYTES = 20 * 1024 * 1024  # 20 MiB: far above any article, small enough to parse in memory

# Magic numbers of formats researchers may drop in by mistake.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "an executable"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF32_LE, "utf_32"),
    (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)
# Control characters other than tab, newline and form feed never belong in a source text (a form feed is a page
# break of a PDF export: the layout reads page edges from it, then drops it).
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff]")
_EAST_ASIAN_CODECS = ("gb18030", "big5", "euc_kr", "shift_jis", "euc_jp", "cp1252")
_HINT_CONVERT = "save the document as plain text, Markdown or HTML (UTF-8, GB18030, Big5 or UTF-16) and add that file"


def read_source(path: Path) -> SourceText:
    """Read and decode one source file; raise SourceError naming the file on bad input."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SourceError(path, f"cannot read file: {exc.strerror}") from exc
    if size > MAX_SOURCE_BYTES:
        raise SourceError(
            path,
            f"file is too large: {size} bytes, the limit is {MAX_SOURCE_BYTES} bytes (20 MiB)",
            hint="split the document into parts",
        )
    return decode_source(path.read_bytes(), file_name=path.name, path=path)


def decode_source(data: bytes, *, file_name: str, path: Path | None = None) -> SourceText:
    """Decode raw bytes into a SourceText; `path` (default: file_name) is used in error messages."""
    where = path if path is not None else Path(file_name)
    if not data:
        raise SourceError(where, "file is empty", hint="add a file with text in it")
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(
            where,
            f"file is too large: {len(data)} bytes, the limit is {MAX_SOURCE_BYTES} bytes (20 MiB)",
            hint="split the document into parts",
        )
    for magic, kind in _BINARY_SIGNATURES:
        if data.startswith(magic):
            raise SourceError(where, f"binary file: looks like {kind}, not text", hint=_HINT_CONVERT)
    text, encoding = _decode_bytes(data, where)
    text = _normalise(text)
    if not text.strip():
        raise SourceError(where, "file holds only whitespace", hint="add a file with text in it")
    if text.lstrip().startswith("{\\rtf"):  # Rich Text: its control words would be read as the text's words
        raise SourceError(where, "an RTF document: its formatting codes would be read as text", hint=_HINT_CONVERT)
    return SourceText(
        source_id=make_source_id(file_name),
        file_name=file_name,
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _decode_bytes(data: bytes, where: Path) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec), codec
    utf16 = _guess_utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        for codec in ("utf_16_le", "utf_16_be"):
            decoded = _decode_if_textlike(data, codec)
            if decoded is not None:
                return decoded, codec
        raise SourceError(where, "binary file: contains NUL bytes, not text", hint=_HINT_CONVERT)
    try:
        return data.decode("utf_8"), "utf_8"
    except UnicodeDecodeError:
        pass
    # charset-normalizer proposes; on short CJK texts it can pick a wrong East Asian codec, so every codec that
    # decodes the bytes strictly is scored by how ordinary the resulting characters are.
    best = charset_normalizer.from_bytes(data).best()
    proposed = _prefer_superset(best.encoding) if best is not None and best.encoding else None
    scored: list[tuple[float, int, str, str]] = []
    for rank, codec in enumerate(dict.fromkeys([c for c in (proposed,) if c] + list(_EAST_ASIAN_CODECS))):
        try:
            decoded = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((decoding_plausibility(decoded), -rank, codec, decoded))
    if not scored:
        raise SourceError(where, "cannot tell the text encoding; the file may be binary", hint=_HINT_CONVERT)
    score, _, codec, decoded = max(scored)
    if score < 0.5:
        raise SourceError(where, "cannot tell the text encoding; the file may be binary", hint=_HINT_CONVERT)
    log.debug("%s: detected encoding %s (plausibility %.2f)", where, codec, score)
    return decoded, codec


def _guess_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly ASCII or CJK has NUL bytes in a regular position; tell LE from BE by where."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > half * 0.3 and even_nuls == 0:
        return "utf_16_le"
    if even_nuls > half * 0.3 and odd_nuls == 0:
        return "utf_16_be"
    return None


def _decode_if_textlike(data: bytes, codec: str) -> str | None:
    """Decode with `codec` and keep the result only if it reads as text (letters, CJK, punctuation)."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\t")
    letters = sum(1 for ch in text if ch.isalpha())
    return text if printable >= len(text) * 0.98 and letters >= len(text) * 0.3 else None


def _prefer_superset(encoding: str) -> str:
    """GB2312 and GBK text is also GB18030; decoding with the superset never fails on rarer characters."""
    if encoding in ("gb2312", "gbk", "hz"):
        return "gb18030"
    return encoding


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROL_RE.sub("", text)
    return unicodedata.normalize("NFC", text)
