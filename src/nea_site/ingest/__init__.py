"""Ingest stage: source files (bytes) -> SourceText (decoded, NFC, LF newlines)."""

from nea_site.ingest.decode import MAX_SOURCE_BYTES, decode_source, read_source
from nea_site.ingest.discover import SOURCE_SUFFIXES, discover_sources

__all__ = ["MAX_SOURCE_BYTES", "SOURCE_SUFFIXES", "decode_source", "discover_sources", "read_source"]
