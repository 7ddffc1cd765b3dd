"""A reference list is citations: its entries give no heading, mention, date, theme, event or claim of the text."""

from __future__ import annotations

from functools import cache

from conftest import REPO
from nea_site.extract import Extraction, extract_document, make_extractor
from nea_site.extract.extract import reference_sections
from nea_site.model import DocumentRecord, Section, SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.records import merge_metadata, read_vocabulary

PAPER = """# Fisheries Cooperation in the Yellow Sea

By Example Author

## 1. Introduction

China and South Korea signed a fisheries agreement in August 2000, which entered into force in June 2001.

## 2. Assessment

The agreement has reduced disputes, but illegal fishing remains a serious problem for both coast guards.

## References

Kim, J. (2019). Fisheries governance in Northeast Asia. Journal of Example Ocean Policy, 12(3), 45–67.

Li, W., & Park, S. (2021). The China-Korea fisheries agreement after twenty years. Example Review, 8, 101–120.
"""


@cache
def _paper() -> tuple[DocumentRecord, Extraction]:
    source = SourceText(source_id=SourceId("p"), file_name="p.md", text=PAPER, encoding="utf_8", sha256="0")
    record = merge_metadata(parse_document(source), None, sha256="0")
    return record, extract_document(record, make_extractor(read_vocabulary(REPO / "corpus" / "curated")))


def test_outline_keeps_the_heading_under_the_byline_and_reads_no_citation_as_a_heading() -> None:
    record, _ = _paper()
    assert [s.title for s in record.sections] == ["Introduction", "Assessment", "References"]
    assert record.meta.authors == ("Example Author",) and record.meta.author_notes == ()
    assert [p.section_id for p in record.paragraphs] == ["s-1", "s-2", "s-references", "s-references"]


def test_citations_give_no_records() -> None:
    _, found = _paper()
    cited = {3, 4}
    assert {e.date.iso() for e in found.events} == {"2000-08", "2001-06"}
    assert not [c for c in found.claims if c.evidence.paragraph in cited]
    assert not [d for d in found.dates if d.paragraph in cited]
    assert not [m for m in found.mentions if m.paragraph in cited]
    assert {m.actor for m in found.mentions} == {"china", "south-korea"}


def test_sections_under_a_reference_list_are_citations_too() -> None:
    sections = (
        Section(id="s-1", number="1", title="Findings", level=1, parent=None),
        Section(id="s-bib", number="", title="参考文献", level=1, parent=None),
        Section(id="s-bib-books", number="", title="Books", level=2, parent="s-bib"),
    )
    assert reference_sections(sections) == {"s-bib", "s-bib-books"}
