"""Paragraph kinds: a table row is known from its source's table, a list item from its bullet; text stays plain."""

from __future__ import annotations

import pytest

from nea_site.model import TABLE_CELL_JOIN, Paragraph, SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.formats.tables import is_header_row
from nea_site.parse.structure import typed


def _paragraphs(text: str, name: str = "t.md") -> tuple[Paragraph, ...]:
    source = SourceText(source_id=SourceId("t"), file_name=name, text=text, encoding="utf_8", sha256="0")
    return parse_document(source).paragraphs


def _body(paragraphs: tuple[Paragraph, ...], start: str) -> list[Paragraph]:
    first = next(i for i, p in enumerate(paragraphs) if p.text.startswith(start))
    return list(paragraphs[first:])


def _assert_rows_hold_their_cells(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> None:
    for p in paragraphs:
        if p.is_row:
            assert p.text == TABLE_CELL_JOIN.join(p.cells)
            assert [p.text[s:e] for s, e in p.cell_spans()] == list(p.cells)
        else:
            assert p.cells == ()
        assert "\ufdd0" not in p.text and "\ufdd1" not in p.text


PROSE_WITH_BARS = """# Notes on a Meeting

The agenda was short.

Options were weighed as trade | security | culture, in that order of the ministers' interest.

The talks closed early.
"""


def test_prose_holding_bars_stays_a_text_paragraph() -> None:
    paragraphs = _paragraphs(PROSE_WITH_BARS)
    prose = next(p for p in paragraphs if "trade | security" in p.text)
    assert prose.kind == "text" and prose.cells == ()
    assert prose.text.startswith("Options were weighed as trade | security | culture")


PLAIN_LINES_WITH_BARS = """Notes of the Week

Home | News | Contact

The forum met in the spring and agreed to meet again.
"""


def test_plain_text_lines_with_bars_are_no_table() -> None:
    paragraphs = _paragraphs(PLAIN_LINES_WITH_BARS, "notes.txt")
    assert all(p.kind == "text" for p in paragraphs)


PIPE_TABLE_WITHOUT_OUTER_BARS = """# Boards

The board changes every two years.

| Head | Deputy
---|---|---
First board 2011 | Alpha | Beta
Second board 2013 | Gamma | Delta

The table ends here.
"""


def test_a_pipe_table_without_outer_bars_is_read_from_its_delimiter_row() -> None:
    paragraphs = _body(_paragraphs(PIPE_TABLE_WITHOUT_OUTER_BARS), " | Head")
    header, first, second, after = paragraphs[:4]
    assert header.kind == "table_header" and header.cells == ("", "Head", "Deputy")
    assert header.text == " | Head | Deputy"  # the empty corner cell keeps the columns in place
    assert first.kind == "table_row" and first.cells == ("First board 2011", "Alpha", "Beta")
    assert second.cells == ("Second board 2013", "Gamma", "Delta")
    assert after.kind == "text" and after.text == "The table ends here."
    _assert_rows_hold_their_cells(paragraphs)


MARKDOWN_TABLE_AND_LIST = """# Trade in Numbers

Some words first.

- Trade peaked in 2022.
* Supply chains remain linked.

| Year | Trade |
|------|-------|
| 2020 | 690 |
| 2021 |  |
"""


def test_list_items_lose_their_bullet_and_table_rows_keep_empty_cells() -> None:
    paragraphs = _body(_paragraphs(MARKDOWN_TABLE_AND_LIST), "Trade peaked")
    kinds = [(p.kind, p.text) for p in paragraphs]
    assert kinds == [
        ("list_item", "Trade peaked in 2022."),
        ("list_item", "Supply chains remain linked."),
        ("table_header", "Year | Trade"),
        ("table_row", "2020 | 690"),
        ("table_row", "2021 | "),
    ]
    assert paragraphs[4].cells == ("2021", "")
    _assert_rows_hold_their_cells(paragraphs)


HTML_TABLES = """<html><head><title>Meetings</title></head><body><article>
<h1>Meetings</h1>
<p>The ministers met three times.</p>
<table>
<tr><th>Round</th><th>City</th></tr>
<tr><td>1</td><td>Seoul</td></tr>
<tr><td></td><td>Tokyo</td></tr>
</table>
<ul><li>A list item after the table.</li><li>And another one.</li></ul>
</article></body></html>
"""


def test_an_html_table_header_is_its_row_of_th_cells() -> None:
    paragraphs = _body(_paragraphs(HTML_TABLES, "meetings.html"), "Round")
    assert [(p.kind, p.cells) for p in paragraphs[:3]] == [
        ("table_header", ("Round", "City")),
        ("table_row", ("1", "Seoul")),
        ("table_row", ("", "Tokyo")),
    ]
    assert [p.kind for p in paragraphs[3:]] == ["list_item", "list_item"]
    assert paragraphs[3].text == "A list item after the table."
    _assert_rows_hold_their_cells(paragraphs)


WIKITABLE = """'''Meetings''' of the ministers.

== Rounds ==
{| class="wikitable"
! Round !! City
|-
| 1 || Seoul
|-
! 2
| Tokyo
|}

The rounds went on.
"""


def test_a_wikitable_header_is_its_row_of_bang_cells() -> None:
    paragraphs = [p for p in _paragraphs(WIKITABLE, "meetings.wiki") if p.is_row]
    assert [(p.kind, p.cells) for p in paragraphs] == [
        ("table_header", ("Round", "City")),
        ("table_row", ("1", "Seoul")),
        ("table_row", ("2", "Tokyo")),  # a row labelled with "!" is no header row
    ]


def test_a_source_holding_the_internal_marks_loses_them() -> None:
    paragraphs = _paragraphs("# Title\n\nA line with a stray \ufdd0 mark and \ufdd1 another.\n\nMore text here.\n")
    assert all(p.kind == "text" for p in paragraphs)
    _assert_rows_hold_their_cells(paragraphs)


@pytest.mark.parametrize(
    ("carried", "offset", "kind", "text", "moved"),
    [
        ("a \ufdd0 bb \ufdd0 c", 5, "table_row", "a | bb | c", 5),  # the separator is as long as the join
        ("\ufdd0 100 \ufdd0 x", 2, "table_row", " | 100 | x", 3),  # an empty first cell
        ("a \ufdd0 \ufdd0 b", 6, "table_row", "a |  | b", 7),  # an empty cell in the middle
        ("- item words", 7, "list_item", "item words", 5),
        ("plain words", 3, "text", "plain words", 3),
    ],
)
def test_typed_reads_the_carried_text_and_moves_offsets(
    carried: str, offset: int, kind: str, text: str, moved: int
) -> None:
    shape = typed(carried)
    assert (shape.kind, shape.text, shape.move(offset)) == (kind, text, moved)


@pytest.mark.parametrize(
    ("first", "later", "header"),
    [
        (["Year", "Trade (USD bn)"], [["2020", "690"]], True),
        (["Indicator", "2021", "2022"], [["Trade", "690", "780"]], True),  # years head the columns
        (["1999", "Manila meeting"], [["2008", "Fukuoka summit"]], False),  # a chronology: years are data
        (["Trade", "690", "780"], [["Investment", "12", "15"]], False),
    ],
)
def test_which_first_row_of_a_tab_table_is_a_header(first: list[str], later: list[list[str]], header: bool) -> None:
    assert is_header_row(first, later) is header


def test_tab_separated_rows_are_a_table_whose_header_is_guessed() -> None:
    text = "# Trade\n\nFigures follow.\n\nYear\tTrade\n2020\t690\n2021\t780\n\nThat is all.\n"
    rows = [p for p in _paragraphs(text) if p.is_row]
    assert [(p.kind, p.cells) for p in rows] == [
        ("table_header", ("Year", "Trade")),
        ("table_row", ("2020", "690")),
        ("table_row", ("2021", "780")),
    ]


def test_a_table_opening_the_file_leaves_no_mark_in_its_title() -> None:
    text = "| Name | Year |\n|---|---|\n| Alpha | 2011 |\n| Beta | 2013 |\n\nThe table opens the file, prose follows.\n"
    source = SourceText(source_id=SourceId("t"), file_name="t.md", text=text, encoding="utf_8", sha256="0")
    document = parse_document(source)
    assert document.meta.title == "Name | Year"  # the header took the header row, shown as prose shows it
    _assert_rows_hold_their_cells(document.paragraphs)


# A converter's pipe table whose cells held line breaks: the second line of a cell stands alone between two rows,
# or a short row goes on in the next line; the bold label of a row is no outlet's byline.
CONVERTED_TABLE_WITH_BROKEN_CELLS = """# Meetings

#  | Date  | Host  | Note
---|---|---|---
**1st** | 4 May 2001  | Examplia | Opened the series.
Adopted the Sample Accord
**2nd** | 9 June 2003  | Otherland and
Fourland | Held in two places.
**3rd** | 2 July 2005  | Examplia |
Country X | Spanning a merged cell | Note
**4th** | 8 August 2007  | Thirdland |

After the table.
"""


def test_a_converted_tables_broken_cells_stay_in_their_rows() -> None:
    rows = [p for p in _paragraphs(CONVERTED_TABLE_WITH_BROKEN_CELLS) if p.is_row]
    assert [p.cells for p in rows] == [
        ("#", "Date", "Host", "Note"),
        ("1st", "4 May 2001", "Examplia", "Opened the series.; Adopted the Sample Accord"),
        ("2nd", "9 June 2003", "Otherland and; Fourland", "Held in two places."),
        ("3rd", "2 July 2005", "Examplia", ""),
        ("Country X", "Spanning a merged cell", "Note"),
        ("4th", "8 August 2007", "Thirdland", ""),
    ]
    _assert_rows_hold_their_cells(rows)


MARKDOWN_WITH_FIGURES = """# Talks in Velmar

<figure>
<img src="https://example.org/photos/velmar-talks.jpg" alt="">
<figcaption>The two leaders after the signing. Examplewire</figcaption>
</figure>

<figure>
<img src="https://example.org/photos/velmar-crowd.jpg" alt="">
</figure>

The leaders of Atlantis and Utopia signed the accord on Wednesday.

<iframe src="https://example.org/embed/1"></iframe>

<script>alert("x")</script>

They met again the next day.
"""


def test_figures_and_embeds_among_markdown_paragraphs_leave_no_markup() -> None:
    texts = [p.text for p in _paragraphs(MARKDOWN_WITH_FIGURES)]
    assert "The leaders of Atlantis and Utopia signed the accord on Wednesday." in texts
    assert "They met again the next day." in texts
    assert not any("<" in t or "alert" in t or "Examplewire" in t for t in texts)  # the caption goes with its photo
    source = SourceText(
        source_id=SourceId("t"), file_name="t.md", text=MARKDOWN_WITH_FIGURES, encoding="utf_8", sha256="0"
    )
    assert not [s.title for s in parse_document(source).sections if "Examplewire" in s.title]


CJK_PARAGRAPHS_AS_HEADINGS = """# 世界这一天　甲乙恢复对话

#### 甲国与乙国周一在例示市举行经济高层对话，这是两国多年来的首次对话。参加会议的两国外长表示，要让关系进入新起点。

#### 甲国外长表示，双方合作面临新的历史条件和宏观环境，站在新的起点上。

## 一、会谈背景

双方同意继续对话。
"""


def test_cjk_paragraphs_marked_as_headings_are_paragraphs() -> None:
    paragraphs = _paragraphs(CJK_PARAGRAPHS_AS_HEADINGS)
    texts = [p.text for p in paragraphs]
    assert texts[0].startswith("甲国与乙国周一在例示市举行经济高层对话")
    assert texts[1].startswith("甲国外长表示")
    assert "一、会谈背景" not in texts  # a heading of a few words stays a heading
