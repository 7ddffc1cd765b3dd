"""Archived stories: a newswire SGML story, a saved text under its web address (invented stories)."""

from __future__ import annotations

from nea_site.model import Document, SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.formats.newswire import read_newswire

ONE_STORY = """<DOC>
<DOCID> XYZ_ENG_20310304.0007.LDC2031T01 </DOCID>
<DOCTYPE SOURCE="newswire"> NEWS STORY </DOCTYPE>
<DATETIME> 2031-03-04 </DATETIME>
<BODY>
<HEADLINE>
UTOPIA JOINS THE HARBOUR COUNCIL
</HEADLINE>
<TEXT>
<P>
Velmar,  March  3  (Examplewire) (By Tan Wenli)
</P>
<P>
Utopia on March 2 became a member of the Harbour Council, the
regional body that runs the <TIMEX2 val="2031">yearly</TIMEX2> port talks.
</P>
</TEXT>
</BODY>
</DOC>
"""


def _document(text: str, name: str = "wire.txt") -> Document:
    source = SourceText(source_id=SourceId("w"), file_name=name, text=text, encoding="utf_8", sha256="0")
    return parse_document(source)


def test_a_story_gives_its_headline_date_and_paragraphs_without_tags() -> None:
    document = _document(ONE_STORY)
    assert document.meta.title == "UTOPIA JOINS THE HARBOUR COUNCIL"
    assert document.meta.published == "2031-03-04"
    texts = [p.text for p in document.paragraphs]
    assert texts == [
        "Velmar, March 3 (Examplewire) (By Tan Wenli)",
        "Utopia on March 2 became a member of the Harbour Council, the regional body that runs the yearly port talks.",
    ]


def test_the_archive_id_dates_a_story_without_a_date_field() -> None:
    wire = read_newswire(ONE_STORY.replace("<DATETIME> 2031-03-04 </DATETIME>\n", ""))
    assert wire is not None and wire.date == "20310304"


def test_several_stories_keep_their_headlines_as_headings_and_no_title() -> None:
    wire = read_newswire(ONE_STORY + ONE_STORY.replace("UTOPIA JOINS", "ATLANTIS LEAVES"))
    assert wire is not None and wire.title == "" and wire.date == ""
    assert "## ATLANTIS LEAVES THE HARBOUR COUNCIL" in wire.text.split("\n\n")


def test_text_that_only_mentions_a_doc_tag_is_no_newswire() -> None:
    assert read_newswire("The <DOC> tag opens a story in the archive.\n\n<TEXT> too.") is None
    assert read_newswire("<DOC>\n<DOCID> X </DOCID>\n</DOC>\n") is None


def test_a_web_address_alone_on_the_first_line_is_where_the_text_came_from_not_its_title() -> None:
    text = (
        "https://news.example.org/world/2031/03/04/utopia-joins-council\n\n"
        "VELMAR—Utopia became a member of the Harbour Council on Tuesday, officials said.\n\n"
        "The council meets again in May.\n"
    )
    document = _document(text, "saved-story.txt")
    assert document.meta.title is not None and "http" not in document.meta.title
    assert document.meta.published == "2031-03-04"
    assert document.paragraphs[0].text.startswith("VELMAR—Utopia became a member")


def test_a_markdown_autolink_shows_its_address_without_brackets() -> None:
    document = _document(
        "# Talks\n\nThe ministers met in Velmar.\n\nSee <https://news.example.org/talks> for more.\n", "t.md"
    )
    assert document.paragraphs[-1].text == "See https://news.example.org/talks for more."
