"""Stable identifiers: slugs of names or short content hashes, never counters."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import NewType

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
    """Derive a URL-safe source id from a file name (stem, lower-case ASCII)."""
    stem = file_name.rsplit(".", 1)[0] if "." in file_name else file_name
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_ID_CHARS.sub("-", ascii_stem).strip("-")
    if not slug:
        slug = "doc-" + content_hash(file_name)
    return SourceId(slug)
