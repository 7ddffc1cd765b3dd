"""Footnotes of text copied out of a PDF: marks glued to words, note lines without brackets."""

from __future__ import annotations

from conftest import FIXTURES
from nea_site.ingest.decode import read_source
from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.formats.pdfnotes import mark_pdf_notes


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


def test_endnotes_numbered_like_a_list_under_their_heading() -> None:
    text = (
        "Trilateral Cooperation and Its Limits\n\n"
        "The three countries agreed to cooperate on disaster management in 2008.1 Since then they have held a joint "
        "exercise every two years, although tension interrupted the summits between 2012 and 2015.2\n\n"
        "Notes\n\n"
        '1. Ministry of Foreign Affairs of Japan, "Joint Statement," 2008.\n'
        "2. See the chronology in Example Institute, Trilateral Cooperation Report 2016.\n"
    )
    doc = parse_document(
        SourceText(source_id=SourceId("e"), file_name="e.txt", text=text, encoding="utf_8", sha256="0")
    )
    assert [p.text[-22:] for p in doc.paragraphs] == ["between 2012 and 2015."]  # no "Notes" line left over
    assert [n.label for n in doc.footnotes] == ["1", "2"]
    assert [r.footnote_id for r in doc.paragraphs[0].refs] == ["fn-1", "fn-2"]


def test_numbered_paragraphs_are_no_endnotes_without_their_heading() -> None:
    text = "A declaration\n\nThey met in 2008.1 Then in 2012.2 Again.\n\n1. We met in Seoul.\n2. We agreed.\n"
    assert mark_pdf_notes(text) == text
