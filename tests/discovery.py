"""Discovery and extraction of invented texts with the repository's vocabulary: shared by the extract unit tests."""

from __future__ import annotations

from conftest import REPO
from nea_site.curation import merge_metadata, read_vocabulary
from nea_site.extract import Extraction, extract_document, make_extractor
from nea_site.extract.actors import find_actor_spans
from nea_site.extract.discover import Discovery, discover_actors
from nea_site.model import TABLE_CELL_JOIN, ContentLang, Paragraph, SourceId, SourceText
from nea_site.parse import parse_document

EXTRACTOR = make_extractor(read_vocabulary(REPO / "corpus" / "curated"))


def paragraph_of(index: int, text: str, lang: ContentLang = "en") -> Paragraph:
    """An invented paragraph; one written "cell | cell" is a table row, as parse gives one (its cells joined)."""
    if "|" not in text:
        return Paragraph(index=index, anchor=f"p-{index}", text=text, lang=lang, section_id=None)
    cells = tuple(cell.strip() for cell in text.split("|"))
    joined = TABLE_CELL_JOIN.join(cells)
    return Paragraph(
        index=index, anchor=f"p-{index}", text=joined, lang=lang, section_id=None, kind="table_row", cells=cells
    )


def discover_texts(*texts: str, lang: ContentLang = "en") -> Discovery:
    """What discovery finds in `texts`, one paragraph each, in language `lang`."""
    paragraphs = [paragraph_of(i, t, lang) for i, t in enumerate(texts, 1)]
    spans = {p.index: find_actor_spans(p.text, EXTRACTOR.gazetteer) for p in paragraphs}
    return discover_actors(paragraphs, spans, EXTRACTOR.gazetteer, EXTRACTOR.segmenter)


def extract_text(text: str) -> Extraction:
    """The records of a Markdown text, as the pipeline reads it (parse, metadata, extraction with EXTRACTOR)."""
    source = SourceText(source_id=SourceId("w"), file_name="w.md", text=text, encoding="utf_8", sha256="0")
    return extract_document(merge_metadata(parse_document(source), None, sha256="0"), EXTRACTOR)
