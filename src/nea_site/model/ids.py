"""Stable identifiers: slugs of names or short content hashes, never counters."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import NewType

from slugify import slugify

SourceId = NewType("SourceId", str)
ActorId = NewType("ActorId", str)
ThemeId = NewType("ThemeId", str)
EventId = NewType("EventId", str)
ClaimId = NewType("ClaimId", str)

_NON_ID_CHARS = re.compile(r"[^a-z0-9]+")


def content_hash(*parts: str, length: int = 8) -> str:
    """Return a short hex digest of the given parts, joined unambiguously."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def make_source_id(file_name: str) -> SourceId:
    """Derive a URL-safe source id from a file name (stem, lower-case ASCII).

    Accents fold ("café" -> cafe); a stem written in another script is spelled in Latin letters
    (python-slugify's transliteration: "ko-한일_관계" -> ko-hanil-gwangye, "zh-中韩关系" -> zh-zhong-han-guan-xi), so
    two such files get ids of their own, not "ko" and "ko-2".
    """
    stem = file_name.rsplit(".", 1)[0] if "." in file_name else file_name
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii").lower()
    if _OTHER_SCRIPT_RE.search(stem):
        ascii_stem = slugify(stem)
    slug = _NON_ID_CHARS.sub("-", ascii_stem).strip("-")
    if not slug:
        slug = "doc-" + content_hash(file_name)
    return SourceId(slug)


# A letter no accent folding makes Latin: CJK, Hangul, kana, Cyrillic, Arabic...
_OTHER_SCRIPT_RE = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\W\d_]")
