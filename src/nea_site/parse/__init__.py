"""Parse stage: SourceText -> Document (metadata, section tree, paragraphs, footnotes)."""

from nea_site.parse.document import parse_document

__all__ = ["parse_document"]
