"""The five seed sources: golden records, plus the structural facts the foundation issue names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import REPO
from nea_site.model import DocumentRecord
from nea_site.pipeline import BuildSettings, produce_records
from nea_site.records import dump_yaml, to_plain


@pytest.fixture(scope="module")
def seed_records(seed_project: Path) -> dict[str, DocumentRecord]:
    return {r.source: r for r in produce_records(BuildSettings(project_dir=seed_project)).records}


SOURCES = [
    "000_0610fc04e9a6b5fe.txt",
    "001_b14eb7010bb2f78a.txt",
    "002_acc5ba16afded11b.txt",
    "003_a7a90719f68ddabf.txt",
    "004_8e6ebfa50e614d2c.txt",
]


@pytest.mark.parametrize("source", SOURCES)
def test_record_matches_golden(
    seed_records: dict[str, DocumentRecord], golden: Callable[[str, str], None], source: str
) -> None:
    record = seed_records[source]
    golden(f"records/{record.id}.yml", dump_yaml(to_plain(record)))


@pytest.mark.parametrize("source", SOURCES)
def test_every_document_has_both_titles(seed_records: dict[str, DocumentRecord], source: str) -> None:
    title = seed_records[source].title
    assert title.en and title.zh


def test_chinese_outline_nests_parenthesised_numbers(seed_records: dict[str, DocumentRecord]) -> None:
    record = seed_records["001_b14eb7010bb2f78a.txt"]
    by_id = {s.id: s for s in record.sections}
    paren = [s for s in record.sections if s.number.startswith("（")]
    assert len(paren) == 8
    for section in paren:
        assert section.level == 2
        assert section.parent is not None and by_id[section.parent].number.endswith("、")
    assert [s.number for s in record.sections if s.level == 1] == ["一、", "二、", "三、", "四、"]


def test_chinese_footnotes_unique_and_all_referenced(seed_records: dict[str, DocumentRecord]) -> None:
    record = seed_records["001_b14eb7010bb2f78a.txt"]
    ids = [n.id for n in record.footnotes]
    assert len(ids) == 51 and len(set(ids)) == 51
    refs = [r.footnote_id for p in record.paragraphs for r in p.refs]
    assert sorted(refs, key=lambda i: int(i.split("-")[1])) == ids  # each note referenced exactly once, in order
    assert all(n.paragraph is not None for n in record.footnotes)


def test_sentence_cut_by_footnote_block_is_one_paragraph(seed_records: dict[str, DocumentRecord]) -> None:
    record = seed_records["001_b14eb7010bb2f78a.txt"]
    # The page break falls inside a word; the text before and after the note block must be one paragraph.
    source = (REPO / "corpus" / "sources" / record.source).read_text(encoding="utf-8")
    page, rest = source.split("\n---\n", 1)
    before = page.rstrip().splitlines()[-1][-6:]
    after = next(b for b in rest.split("\n\n") if b.strip() and not b.lstrip().startswith("["))[:6]
    assert any(before + after in p.text for p in record.paragraphs)


def test_run_in_numbered_headings_are_headings(seed_records: dict[str, DocumentRecord]) -> None:
    record = seed_records["003_a7a90719f68ddabf.txt"]
    numbers = [s.number for s in record.sections]
    assert {"2.3.1", "2.3.2", "2.4.1", "2.4.2", "2.4.3"} <= set(numbers)
    for section in record.sections:
        assert len(section.title) < 350  # a run-in heading is its first sentence, however long
        if section.number.count(".") == 2:
            assert section.level == 3
    assert record.sections[0].title == "Introduction" and record.sections[0].level == 1


def test_interview_chinese_paragraphs_marked_chinese(seed_records: dict[str, DocumentRecord]) -> None:
    record = seed_records["004_8e6ebfa50e614d2c.txt"]
    langs = {p.lang for p in record.paragraphs}
    assert langs == {"en", "zh"}
    for paragraph in record.paragraphs:
        han = sum(1 for ch in paragraph.text if "\u4e00" <= ch <= "\u9fff")
        assert (paragraph.lang == "zh") == (han > len(paragraph.text) / 3)


def test_credits_and_end_marks_are_metadata_not_body(seed_records: dict[str, DocumentRecord]) -> None:
    for record in seed_records.values():
        for paragraph in record.paragraphs:
            assert not paragraph.text.startswith(("Photo by", "[Translated by", "【责任编辑"))
            assert not paragraph.text.endswith("(End)")
    assert "Photo by Liu Xu" in seed_records["004_8e6ebfa50e614d2c.txt"].meta.credits
    assert "Translated by ERINA" in seed_records["002_acc5ba16afded11b.txt"].meta.credits


def test_untitled_source_gets_curated_title(seed_records: dict[str, DocumentRecord]) -> None:
    record = seed_records["000_0610fc04e9a6b5fe.txt"]
    assert record.meta.title is None
    assert dict(record.meta.origins)["title"] == "curated"
    assert record.meta.abstract and record.meta.abstract.startswith("As the three major economies")


def test_wrapped_pdf_outline_levels_follow_numbering(seed_records: dict[str, DocumentRecord]) -> None:
    record = seed_records["000_0610fc04e9a6b5fe.txt"]
    assert [(s.number, s.level) for s in record.sections] == [
        ("1", 1),
        ("1.1", 2),
        ("1.2", 2),
        ("1.3", 2),
        ("2", 1),
        ("2.1", 2),
        ("2.2", 2),
        ("2.3", 2),
        ("3", 1),
    ]
    assert record.sections[0].title.endswith('"Belt and Road" initiative')
