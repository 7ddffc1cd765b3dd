"""Extract stage: Document record + Vocabulary -> mentions, dates, themes, events, claims; candidates on request."""

from nea_site.extract.extract import (
    Extraction,
    Extractor,
    extract_document,
    find_document_candidates,
    make_extractor,
    search_dictionary,
    vocabulary_words,
)

__all__ = [
    "Extraction",
    "Extractor",
    "extract_document",
    "find_document_candidates",
    "make_extractor",
    "search_dictionary",
    "vocabulary_words",
]
