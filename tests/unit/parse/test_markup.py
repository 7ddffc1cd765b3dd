"""markup: web pages keep their article (title, byline, headings, paragraphs, tables) and lose the page around it."""

from __future__ import annotations

from functools import cache

import pytest

from conftest import FIXTURES
from nea_site.ingest.decode import read_source
from nea_site.model import Document, SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.formats.markup import reduce_markup
from nea_site.parse.structure import join_cells


@cache
def _page(name: str) -> Document:
    return parse_document(read_source(FIXTURES / name))


def _body(doc: Document) -> str:
    return "\n".join([*(p.text for p in doc.paragraphs), *(s.title for s in doc.sections)])


def _reduce(body: str, head: str = "") -> str:
    return reduce_markup(f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>").text


def test_article_title_byline_and_date_come_from_the_article_not_the_page() -> None:
    doc = _page("web_page_with_chrome.html")
    # The site's logo is the page's only <h1>; the article's own heading is an <h2> after a kicker.
    assert doc.meta.title == "Flood warnings across the Yellow Sea"
    assert doc.meta.authors == ("Ortega Lucía", "Park Sunhee")
    assert doc.meta.published == "2022-06-08"
    assert doc.meta.outlet == "Coastal Policy Review"  # the site's name, after the title in <title>


def test_article_outline_and_paragraphs() -> None:
    doc = _page("web_page_with_chrome.html")
    assert [(s.title, s.level, s.parent) for s in doc.sections] == [
        ("How the exchange works", 1, None),  # a bold-only paragraph
        ("Next steps", 1, None),
    ]
    assert [p.text for p in doc.paragraphs] == [
        "China and South Korea agreed in April 2021 to exchange river-level readings from the estuaries that drain "
        "into the Yellow Sea. The exchange began with four stations and now covers eleven.",
        "Readings are sent every hour to both weather agencies.",  # two <br> in a row end a paragraph
        "A shared dashboard shows them in Chinese and Korean.",
        "Stations | Year",  # a table row per paragraph, never a heading, never joined to the next
        "4 | 2021",
        "11 | 2022",
        "Japan has been invited to join the exchange, which would make it trilateral.",
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "cookies",  # a banner, before the article
        "About us",  # <nav>
        "Analysis",  # breadcrumbs and the kicker before the title
        "Share on social media",  # class="share-bar"
        "Draft paragraph",  # hidden
        "pull-quote",
        "helps the other two",  # <aside>
        "teaser",  # a smaller <article>
        "rights reserved",  # <footer>
        "Subscribe",  # <form>, <button>
        "page furniture",  # <script>
    ],
)
def test_page_furniture_is_left_out(furniture: str) -> None:
    assert furniture not in _body(_page("web_page_with_chrome.html"))


def test_page_without_article_element() -> None:
    doc = _page("web_page_no_article_zh.html")
    assert doc.meta.title == "三国海洋环境合作会议在青岛举行"
    assert (doc.meta.published, doc.meta.outlet) == ("2022-09-21", "示例晚报")  # the line under the title
    assert [p.text for p in doc.paragraphs] == [
        "中国、日本和韩国的海洋环境官员于2022年9月20日在青岛举行会议。",
        "与会代表同意每年发布一份联合海洋垃圾监测报告。",
    ]
    assert doc.sections == ()


def test_title_falls_back_to_the_page_title_without_the_site_name() -> None:
    text = _reduce(
        "<p>Body text of a page without headings.</p>", head="<title>Trade talks resume – Example Wire</title>"
    )
    assert text.startswith("# Trade talks resume\n\nBody text")


def test_declared_title_wins_over_an_h1_outside_the_article() -> None:
    text = _reduce(
        '<div class="logo"><h1>Site</h1></div><article><p>Body.</p></article>',
        head='<meta property="og:title" content="The real title">',
    )
    assert text.startswith("# The real title\n\nBody.")


@pytest.mark.parametrize(
    ("block", "heading"),
    [
        ("<p><strong>Why it matters</strong></p>", True),
        ("<p><b>Note:</b> the text goes on.</p>", False),  # plain text beside the bold part
        ("<p><strong>A bold sentence that ends with a full stop.</strong></p>", False),
        ("<ul><li><strong>Item</strong></li></ul>", False),
    ],
)
def test_bold_only_paragraph_is_a_heading(block: str, heading: bool) -> None:
    text = _reduce(f"<h1>Title</h1>{block}<p>Body.</p>")
    assert text.split("\n\n")[1].startswith("## ") is heading


def test_notes_in_a_footer_are_kept_as_notes() -> None:
    text = _reduce('<h1>T</h1><p>Body.<sup>1</sup></p><footer class="footnotes"><ol><li>A source.</li></ol></footer>')
    assert text.endswith("---\n\n[1] A source.\n")


def test_unclosed_head_keeps_the_body() -> None:
    text = reduce_markup("<html><head><title>T</title><body><h1>Title</h1><p>Body.</p></body></html>").text
    assert text == "# Title\n\nBody.\n"


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("See [the statement](https://example.org/s) here.", "See the statement here."),
        ('A [titled link](https://example.org "Title") here.', "A titled link here."),
        ("A chart: ![Emissions](chart.png) above.", "A chart:  above."),
        (
            "In **2020**, the *Basic Strategy* and __the plan__ and _the roadmap_.",
            "In 2020, the Basic Strategy and the plan and the roadmap.",
        ),
        ("The `RCEP` text.", "The RCEP text."),
        ("> Quoted words.", "Quoted words."),
        ("| China | 2060 |", join_cells(["China", "2060"])),  # a row, as parse carries it
        # Left as written: note marks, escapes, snake_case, arithmetic, a lone star.
        (
            "Text[^1] and \\*starred\\* and a_b_c and 2*3*4 and * item",
            "Text[^1] and \\*starred\\* and a_b_c and 2*3*4 and * item",
        ),
    ],
)
def test_markdown_inline_syntax_gives_way_to_its_text(markdown: str, text: str) -> None:
    assert reduce_markup(markdown).text == text


def test_markdown_setext_headings_tables_and_note_links() -> None:
    source = (
        "Energy in the Region\n====================\n\nSummary\n-------\n\nBody text, two\nlines long.\n---\n\n"
        "| Country | Year |\n|---------|:----:|\n| China | 2060 |\n\n"
        "[1] [A report](https://example.org/r), 2020.\n"
    )
    assert reduce_markup(source).text == (
        "# Energy in the Region\n\n## Summary\n\nBody text, two\nlines long.\n---\n\n"
        f"{join_cells(['Country', 'Year'], header=True)}\n{join_cells(['China', '2060'])}\n\n"
        "[1] [A report](https://example.org/r), 2020.\n"  # the notes' cleaning keeps the address
    )


def test_markdown_table_rows_are_paragraphs_not_headings() -> None:
    doc = parse_document(
        SourceText(
            source_id=SourceId("t"),
            file_name="t.md",
            text="Targets\n=======\n\nThe targets differ by country and by year.\n\n| Country | Year |\n|---|---|\n"
            "| China | 2060 |\n| Japan | 2050 |\n\nCooperation on grids remains limited, as the table shows clearly.\n",
            encoding="utf_8",
            sha256="0",
        )
    )
    assert doc.meta.title == "Targets"
    assert doc.sections == ()
    assert [p.text for p in doc.paragraphs][1:4] == ["Country | Year", "China | 2060", "Japan | 2050"]


def test_the_heading_the_page_title_names_wins_over_a_logo_h1() -> None:
    text = _reduce(
        '<h1 class="logo">Example Wire</h1><h2>Ministers agree on ports</h2><p>The ministers met on Sunday and '
        "agreed on a plan for the ports.</p>",
        head="<title>Ministers agree on ports | Example Wire</title>",
    )
    assert text == "# Ministers agree on ports\n\nThe ministers met on Sunday and agreed on a plan for the ports.\n"


@pytest.mark.parametrize(
    ("attributes", "dropped"),
    [
        ('id="main-menu"', True),
        ('class="post-share"', True),
        ('class="post-comments"', True),
        ('class="content-with-sidebar"', False),  # the text's own container, whatever sits beside it
        ('class="entry-content"', False),
    ],
)
def test_furniture_by_class_name(attributes: str, dropped: bool) -> None:
    text = _reduce(f"<h1>Title</h1><div {attributes}><p>Words of the block.</p></div><p>The body text.</p>")
    assert ("Words of the block." not in text) is dropped


WORD_EXPORT = (
    '<html><head><meta charset="utf-8"><title>Memo</title></head><body><div class=WordSection1>'
    "<p class=MsoTitle>Trilateral Cooperation on Disaster Management</p>"
    "<p class=MsoSubtitle>A memo</p>"
    "<p class=MsoNormal><b>Author: Jane Roe</b></p>"
    "<h1>1. Background</h1><p class=MsoNormal>The three countries held a joint exercise in 2013.</p>"
    "</div></body></html>"
)


def test_a_word_export_keeps_its_title_and_its_bold_author_line() -> None:
    reduced = reduce_markup(WORD_EXPORT)
    assert reduced.text.split("\n\n") == [
        "# Trilateral Cooperation on Disaster Management",
        "A memo",
        "Author: Jane Roe",  # a bold label with its text: a line for the header, not a heading
        "# 1. Background",
        "The three countries held a joint exercise in 2013.\n",
    ]


def test_a_saved_wiki_page_keeps_its_article_marks_and_reference_list() -> None:
    doc = _page("wiki_page.html")
    assert doc.meta.title == "Trilateral Cooperation Secretariat"
    assert doc.meta.outlet == "Wikipedia"
    body = _body(doc)
    # Furniture of the page: language menu, "From Wikipedia…", "[edit]" links, "[citation needed]", the navigation
    # box, "Retrieved from", categories; and the infobox's caption repeating the title.
    for furniture in ("languages", "中文", "From Wikipedia", "edit", "citation needed", "Regional organizations",
                      "Retrieved from", "Categories", "Hidden categories", "Contents"):  # fmt: skip
        assert furniture not in body, furniture
    assert [p.text for p in doc.paragraphs[:2]] == ["Abbreviation | TCS", "Formation | 1 September 2011"]
    lead = next(p for p in doc.paragraphs if p.text.startswith("The Trilateral Cooperation Secretariat (TCS)"))
    assert [(lead.text[: r.offset][-10:], r.footnote_id) for r in lead.refs] == [
        ("countries.", "fn-1"),
        (" in Seoul.", "fn-2"),
    ]
    # The reference list is the notes ("^ a b" back-links dropped); its heading has nothing left under it.
    assert [n.text for n in doc.footnotes] == [
        '"History of the secretariat". Example Secretariat. Retrieved 2 March 2024.',
        'Kim, Minji (14 May 2019). "A small office with a large agenda". Example Times.',
        "Lee, Jae-won (2020). Regional Institutions in Northeast Asia. Example University Press. p. 112.",
    ]
    assert [s.title for s in doc.sections] == [
        "History",
        "Secretaries-General",
        "Structure",
        "See also",
        "External links",
    ]


@pytest.mark.parametrize(
    ("attributes", "dropped"),
    [
        ('class="noprint"', True),
        ('class="d-print-none"', True),
        ('role="navigation"', True),
        ('class="vector-dropdown"', True),
        ('class="mw-editsection"', True),
        ('role="note"', False),
        ('class="printable"', False),
    ],
)
def test_furniture_by_role_and_print_class(attributes: str, dropped: bool) -> None:
    text = _reduce(f"<h1>Title</h1><div {attributes}><p>Words of the block.</p></div><p>The body text.</p>")
    assert ("Words of the block." not in text) is dropped


@pytest.mark.parametrize("mark", ["<sup>1</sup>", "<sup>[1]</sup>", "<sup><span>[</span>1<span>]</span></sup>"])
def test_a_superscript_number_is_a_note_mark_however_bracketed(mark: str) -> None:
    text = _reduce(f'<h1>T</h1><p>Body.{mark}</p><ol class="references"><li>A source.</li></ol>')
    assert text == "# T\n\nBody.<sup>[1]</sup>\n\n---\n\n[1] A source.\n"


def test_a_superscript_that_is_not_a_number_stays_text() -> None:
    assert _reduce("<h1>T</h1><p>E = mc<sup>2a</sup> here.</p>") == "# T\n\nE = mc2a here.\n"


def test_a_hidden_inline_tag_leaves_its_sentence_whole() -> None:
    text = _reduce('<h1>T</h1><p>三国各承担三分之一<sup class="noprint"><a>来源请求</a></sup>。</p>')
    assert text == "# T\n\n三国各承担三分之一。\n"


def test_a_chinese_site_name_before_its_slogan_is_the_outlet() -> None:
    doc = _page("wiki_page_zh.html")
    assert (doc.meta.title, doc.meta.outlet) == ("中日韩三国合作秘书处", "维基百科")
    assert [s.title for s in doc.sections] == ["历史", "外部链接"]  # 参考文献 held only the notes
    assert [n.text for n in doc.footnotes] == ["秘书处简介. 示例秘书处. [2024-03-02]."]
    assert "三国政府各承担三分之一的运营经费。" in [p.text for p in doc.paragraphs]


def test_a_note_app_s_markdown_keeps_its_words_and_hides_its_comments() -> None:
    doc = _page("note_app_markdown.md")
    assert (doc.meta.published, doc.meta.keywords) == ("2024-06-02", ("trilateral", "FTA"))  # created:, tags:
    texts = [p.text for p in doc.paragraphs]
    assert texts[:5] == [
        "These are my notes on the ninth summit, for the chapter on institutions.",  # callout type and link gone
        "The leaders agreed to regularize the summit (see Joint Declaration 2024).",  # list items, no bullet
        "The FTA talks were to be sped up; no date was set.",
        "☐ Check the Chinese text of the declaration.",
        "☑ Compare with the 2019 Chengdu declaration.",
    ]
    assert not any("private" in t or "%%" in t for t in texts)  # a comment is for the writer alone
    assert not any(label == "!note" for label, _ in doc.meta.identifiers)


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("See [[Target#Part]] and ![[figure.png]] here.", "See Target › Part and  here."),
        ("Kept <!-- hidden\nover lines --> text.", "Kept \n text."),
        ("A ==marked== word, not a == b.", "A marked word, not a == b."),
    ],
)
def test_note_app_inline_syntax(markdown: str, text: str) -> None:
    assert reduce_markup(markdown).text == text


def test_a_page_laid_out_with_tables_keeps_its_text_only() -> None:
    doc = _page("web_page_table_layout_zh.html")
    assert (doc.meta.title, doc.meta.published, doc.meta.outlet) == (
        "中日韩三国外长会在釜山举行",  # not joined to its bold repetition over the text
        "2023-11-26",
        "中华人民共和国外交部",
    )
    assert [p.text[:12] for p in doc.paragraphs] == [
        "2023年11月26日，",
        "王毅表示，中日韩合作是亚",
        "三方同意为举办下一次中日",
    ]


@pytest.mark.parametrize(
    ("block", "kept"),
    [
        ('<p><a href="/">Home</a> | <a href="/news">News</a> | <a href="/policy">Policy</a></p>', False),
        ('<td><a href="/1">外交部长</a><br><a href="/2">新闻发布</a></td>', False),
        ('<p>See the <a href="/a">joint statement</a> and the <a href="/b">action plan</a> of the summit.</p>', True),
        ('<p><a href="/site">Official website</a></p>', True),
    ],
)
def test_a_block_of_links_only_is_a_menu(block: str, kept: bool) -> None:
    text = _reduce(f"<h1>Title</h1>{block}<p>The body text of the page.</p>")
    assert (len(text.split("\n\n")) == 3) is kept


def test_markdown_holding_an_html_table_stays_markdown() -> None:
    doc = _page("markdown_with_html_table.md")
    assert doc.meta.title == "Trade among the three countries"
    assert [s.title for s in doc.sections] == ["Overview", "Outlook"]
    assert [p.text for p in doc.paragraphs][1:5] == [
        "Year | China–Japan | China–Korea",
        "2020 | 317 | 285",
        "2021 | 371 | 362",
        "2022 | 357 | 362",
    ]
    assert doc.paragraphs[-1].text.startswith("Negotiations on a trilateral free trade agreement resumed")


def test_numeric_table_rows_are_not_joined_as_a_cut_paragraph() -> None:
    text = "# T\n\n## Data\n\n| Year | Trade |\n|---|---|\n| 2020 | 317 |\n| 2021 | 371 |\n\nThe end of the text.\n"
    doc = parse_document(SourceText(source_id=SourceId("m"), file_name="m.md", text=text, encoding="utf_8", sha256="0"))
    assert [p.text for p in doc.paragraphs] == ["Year | Trade", "2020 | 317", "2021 | 371", "The end of the text."]


def test_toml_front_matter_is_metadata() -> None:
    reduced = reduce_markup(
        '+++\ntitle = "A Post"\ndate = 2024-05-27\nauthors = ["Jane Roe"]\n+++\n\nThe leaders met.\n'
    )
    assert reduced.text.strip() == "The leaders met."
    assert (reduced.meta["title"], reduced.meta["date"], reduced.authors) == ("A Post", "2024-05-27", ["Jane Roe"])


def test_a_broken_toml_front_matter_is_dropped_unread() -> None:
    reduced = reduce_markup("+++\ntitle = \n+++\n\nThe leaders met.\n")
    assert (reduced.text.strip(), reduced.meta) == ("The leaders met.", {})
