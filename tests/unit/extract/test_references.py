"""A reference list is citations: its entries give no heading, mention, date, theme, event or claim of the text."""

from __future__ import annotations

from functools import cache

import pytest

from conftest import REPO
from nea_site.curation import merge_metadata, read_vocabulary
from nea_site.extract import Extraction, extract_document, make_extractor
from nea_site.extract.section_kinds import reference_sections
from nea_site.model import DocumentRecord, Section, SourceId, SourceText
from nea_site.parse import parse_document

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
    assert {m.actor for m in found.mentions if m.section != "title"} == {"china", "south-korea"}
    assert [(m.actor, m.section) for m in found.mentions if m.paragraph == 0] == [("yellow-sea", "title")]


def test_sections_under_a_reference_list_are_citations_too() -> None:
    sections = (
        Section(id="s-1", number="1", title="Findings", level=1, parent=None),
        Section(id="s-bib", number="", title="参考文献", level=1, parent=None),
        Section(id="s-bib-books", number="", title="Books", level=2, parent="s-bib"),
    )
    assert reference_sections(sections) == {"s-bib", "s-bib-books"}


@pytest.mark.parametrize(
    "heading", ["Footnotes", "脚注", "注釈", "出典", "각주", "참고 문헌", "註釋", "參考資料", "Sources:"]
)
def test_a_notes_heading_of_any_language_is_a_reference_list(heading: str) -> None:
    sections = (
        Section(id="s-1", number="", title="Summary", level=1, parent=None),
        Section(id="s-notes", number="", title=heading, level=1, parent=None),
    )
    assert reference_sections(sections) == {"s-notes"}


@pytest.mark.parametrize("title", ["Notes on the Talks", "注意事項", "각주의 의미", "出典の問題"])
def test_a_heading_that_only_begins_with_such_a_word_is_no_reference_list(title: str) -> None:
    sections = (Section(id="s-1", number="", title=title, level=1, parent=None),)
    assert reference_sections(sections) == frozenset()


def test_a_citation_date_under_a_japanese_notes_heading_is_no_event() -> None:
    text = (
        "# 例示フォーラム\n\n## 概要\n\n2019年5月に三か国の首脳が会合を開いた。\n\n## 脚注\n\n"
        "「首脳会合の記録」例示新聞、2019年6月3日。\n"
    )
    source = SourceText(source_id=SourceId("j"), file_name="j.md", text=text, encoding="utf_8", sha256="0")
    record = merge_metadata(parse_document(source), None, sha256="0")
    found = extract_document(record, make_extractor(read_vocabulary(REPO / "corpus" / "curated")))
    cited = {p.index for p in record.paragraphs if "例示新聞" in p.text}
    assert cited and not [d for d in found.dates if d.paragraph in cited]
