"""Footnotes of text copied out of a PDF: marks glued to words, note lines without brackets."""

from __future__ import annotations

from conftest import FIXTURES
from nea_site.ingest.decode import read_source
from nea_site.parse import parse_document
from nea_site.parse.pdfnotes import mark_pdf_notes


def test_glued_marks_and_their_note_lines_become_footnotes() -> None:
    doc = parse_document(read_source(FIXTURES / "pdf_glued_note_marks.txt"))
    assert [s.title for s in doc.sections] == ["Introduction", "The secretariat"]  # note 3 was a heading
    assert [n.text[:30] for n in doc.footnotes] == [
        "Ministry of Foreign Affairs of",
        "See the chronology in Example ",
        "Trilateral Cooperation Secreta",
    ]
    first, second = doc.paragraphs
    assert "in 2008. Since then" in first.text and first.text.endswith("between 2012 and 2015.")
    assert [(first.text[: r.offset][-5:], r.footnote_id) for r in first.refs] == [("2008.", "fn-1"), ("2015.", "fn-2")]
    assert [r.footnote_id for r in second.refs] == ["fn-3"]


def test_one_number_that_only_looks_like_a_mark_changes_nothing() -> None:
    text = (
        "Growth reached 2.1 percent in 2019.2 Then it slowed.\n\n"
        "1 Introduction of the new rules came later.\n\n2 Background to the talks is given below.\n"
    )
    assert mark_pdf_notes(text) == text  # only note 2 has a mark before it: too little to go on


def test_text_without_note_lines_is_unchanged() -> None:
    text = "The summit of 2008.1 Since then, cooperation grew.\n\n1. Introduction\n"
    assert mark_pdf_notes(text) == text
