"""Extract stage: Document record + Vocabulary -> mentions, dates, themes, events, claims, candidates."""

from nea_site.extract.extract import (
    Extraction,
    Extractor,
    extract_document,
    make_extractor,
    search_dictionary,
    vocabulary_words,
)

__all__ = [
    "Extraction",
    "Extractor",
    "extract_document",
    "make_extractor",
    "search_dictionary",
    "vocabulary_words",
]
