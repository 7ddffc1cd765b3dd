"""Raw wiki source and converted encyclopedia pages: no markup in the title, the lead's bold term names the text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nea_site.model import Document, SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.formats.wikitext import is_silent_link_target, is_wikitext, reduce_wikitext
from nea_site.parse.structure import join_cells

INFOBOX_PAGE = """{{Infobox organization
| name = 示例合作机构
| image = Logo.png
| leader_name1 = {{flagicon|KOR}} [[张三|张三]]
| established = {{nowrap|{{flagicon|KOR}} 2011年}}
}}
[[File:Example_map.png|250px|thumb|A map [[Asia|of Asia]]]]
'''示例合作机构'''（{{lang-en|Example Cooperation Body}}；{{kor|k=예시}}）成立于2011年9月1日，是一个\
[[国际组织|国际组织]]。\
<ref>{{cite web |url=http://example.org/a |title=机构概况 |publisher=示例网 |date=2013-05-17}}</ref>

== 沿革 ==
2010年12月，三国签署协议。<ref name="b">[http://example.org/b 签署协议-2010.12.01]</ref>第二句。<ref name="b"/>

=== 职能 ===
# 提供行政支持。
# 评估合作项目。

{| class="wikitable"
|-
! 次数 !! 日期
|-
| 1 || 2008年12月13日
|}

[[Category:国际组织]]
"""


def _parse(text: str, name: str = "t.md") -> Document:
    return parse_document(SourceText(source_id=SourceId("t"), file_name=name, text=text, encoding="utf_8", sha256="0"))


def test_infobox_and_file_link_never_become_the_title() -> None:
    assert _parse(INFOBOX_PAGE).meta.title == "示例合作机构"


def test_wiki_source_reduces_to_text_headings_notes_and_rows() -> None:
    reduced = reduce_wikitext(INFOBOX_PAGE)
    text = reduced.text
    for markup in ("{{", "}}", "[[", "]]", "'''", "<ref", "250px", "Category", "flagicon", "{|"):
        assert markup not in text
    assert "示例合作机构（Example Cooperation Body）成立于2011年9月1日，是一个国际组织。<sup>[1]</sup>" in text
    assert "## 沿革" in text and "### 职能" in text
    assert "- 1. 提供行政支持。\n- 2. 评估合作项目。" in text  # items of a list, never numbered headings
    assert join_cells(["1", "2008年12月13日"]) in text
    assert "第二句。<sup>[2]</sup>" in text  # a named ref used again points to its note
    assert text.count("[2] ") == 1
    assert "[1] 机构概况, 示例网, 2013-05-17, http://example.org/a" in text


def test_a_page_without_a_bold_lead_term_has_no_wiki_title() -> None:
    page = "{{Infobox x\n| name = y\n}}\n'''Bold''' later.\n\n== History ==\nIt began in 2001. [[Link|text]]\n"
    assert reduce_wikitext(page).title == "Bold"
    plain = "{{Infobox x\n| name = y\n}}\n" + "A long lead sentence without any bold term at all in it. " * 3
    assert reduce_wikitext(plain + "\n== History ==\n").title is None


@pytest.mark.parametrize(
    ("text", "wiki"),
    [
        (INFOBOX_PAGE, True),
        ("# Title\n\nSee [[Note]] and **bold** words.\n", False),
        ("Plain text with 'quotes' and a {brace}.\n", False),
        ("# Note\n\n==marked==\n\nSee [[Other note]] and {{placeholder}}.\n", False),
    ],
)
def test_wiki_source_is_told_from_markdown(text: str, wiki: bool) -> None:
    assert is_wikitext(text) is wiki


@given(st.text(alphabet="{}[]|'=<>/ref\nab", max_size=120))
def test_any_markup_reduces_without_error(text: str) -> None:
    reduced = reduce_wikitext(text)
    assert reduced.title is None or "'''" not in reduced.title


def test_converted_article_named_by_its_bold_lead_term() -> None:
    text = (
        "The **Example Cooperation Body** (**ECB**) is an international organization\n"
        "established in 2011.\n\n## Background\n\nIt began in 1999.\n"
    )
    assert _parse(text).meta.title == "Example Cooperation Body"


def test_a_converted_articles_short_description_and_captions_stand_over_its_lead() -> None:
    text = (
        "Annual example meeting since 2005\n\nMap of members\n\n"
        "| **This article has issues.** Please help improve it\nor discuss them. _(Learn more)_ |\n---|---\n\n"
        "The **Example Cooperation Body** , (named for its founding city), is an\n"
        "international organization established in 2011.\n\n## Background\n\nIt began in 1999.\n\n"
        "## Members\n\nThree states are members.\n"
    )
    doc = _parse(text)
    assert doc.meta.title == "Example Cooperation Body"
    assert doc.meta.published is not None  # an encyclopedia's article: a year inferred from its text
    assert [s.title for s in doc.sections] == ["Background", "Members"]  # its short lines are no headings


def test_a_title_line_wins_over_a_bold_term_below_it() -> None:
    text = "Leaders meet again\n\nThe **summit** of the three leaders opened on Monday in the capital.\n"
    assert _parse(text).meta.title == "Leaders meet again"


@pytest.mark.parametrize(
    "note",
    [
        "> This page was converted from an online encyclopedia: [source](https://example.org/wiki/x).",
        "> この文書は[例](https://example.org/wiki/例)から翻訳されています。",
    ],
)
def test_a_conversion_note_opening_the_file_is_metadata_not_text(note: str) -> None:
    doc = _parse(f"{note}\n\n\n**Example Body** is an organization founded in 2011.\n")
    assert doc.meta.title == "Example Body"
    assert not any("converted" in p.text or "翻訳" in p.text for p in doc.paragraphs)
    assert [key for key, _ in doc.meta.identifiers] == ["source note"]


def test_a_quote_that_is_no_source_note_stays() -> None:
    doc = _parse("> We will meet again, the minister said.\n\nThe talks ended on Friday in the capital.\n")
    assert any("We will meet again" in p.text for p in doc.paragraphs)


def test_an_empty_first_heading_is_no_title() -> None:
    doc = _parse("#\n\nLeaders meet again\n\nThe summit of the three leaders opened on Monday in the capital.\n")
    assert doc.meta.title == "Leaders meet again"


def test_an_article_without_a_date_is_dated_by_the_newest_year_it_states() -> None:
    text = (
        "The **Example Body** was founded in 2011.\n\n## History\n\nIts second board met in 2013 and its third in"
        " 2015. It aims to double trade by 2030. Membership may grow in 2045.\n\nSee https://example.org/2019/a.\n"
    )
    doc = _parse(text)
    assert (doc.meta.published, dict(doc.meta.origins)["published"]) == ("2015", "inferred")


def test_an_article_s_years_to_come_and_decades_do_not_date_it() -> None:
    text = (
        "The **Example Pact** was signed in 2021.\n\n## Plans\n\nIts first boat arrived in 2023. He said that, in"
        " 2032 and 2035, Atlantis will sell two boats to Utopia. A third would follow in 2038.\n\nThe navy expects a"
        " new class in the early 2040s.\n"
    )
    doc = _parse(text)
    assert (doc.meta.published, dict(doc.meta.origins)["published"]) == ("2023", "inferred")


def test_a_dated_article_keeps_its_own_date() -> None:
    text = "---\ntitle: Example\ndate: 2020-01-02\n---\n\nThe **Example Body** was founded in 2011 and met in 2019.\n"
    assert _parse(text).meta.published == "2020-01-02"


def test_a_korean_bold_term_with_its_particle_names_the_article() -> None:
    doc = _parse("**예시 정상회의**는 2008년부터 매년 열리는 회의이다.\n\n## 회의\n\n2011년 회의는 도쿄에서 열렸다.\n")
    assert doc.meta.title == "예시 정상회의"
    assert doc.paragraphs[0].text.startswith("예시 정상회의는")


DATA_TABLE = """## Meetings

<table>
<thead><tr><th><p><a href="/a">Round</a></p></th><th><p><a href="/b">Host</a></p></th></tr></thead>
<tbody>
<tr><td><p>1st</p></td><td><p><strong>Exampleton</strong><br />
2007</p></td></tr>
</tbody>
</table>

## Notes

Text after the table, long enough to be a paragraph of its own.
"""


def test_cells_of_a_data_table_keep_their_paragraphs_on_their_row() -> None:
    texts = [p.text for p in _parse(DATA_TABLE).paragraphs]
    assert texts[:2] == ["Round | Host", "1st | Exampleton 2007"]  # a header row of links is no menu


def test_a_converted_page_s_category_links_are_no_text() -> None:
    text = (
        "**Example Body** is an organization founded in 2011.\n\n"
        '[Category:Example](https://example.org/wiki/Category:Example "wikilink") '
        '[Category:Trade](https://example.org/wiki/Category:Trade "wikilink")\n\n분류:예시 분류:무역\n'
    )
    assert [p.text for p in _parse(text).paragraphs] == ["Example Body is an organization founded in 2011."]


def test_a_bold_dateline_or_label_is_no_lead_term() -> None:
    doc = _parse("**SEOUL** — The ministers met on Monday and agreed to meet again in 2019 and 2020.\n")
    assert (doc.meta.title, doc.meta.published) == (None, None)


def test_a_flag_template_that_shows_a_name_leaves_the_name_and_a_flag_icon_nothing() -> None:
    text = reduce_wikitext(
        "'''Example Talks''' are yearly.\n\n== Members ==\n"
        "* {{flagcountry|Ruritania|name=Kingdom of Ruritania}}: its king\n"
        "* {{flag|Elbonia}}: its president\n"
        "* {{flagicon|XYZ}} Osterlich: its chancellor\n"
    ).text
    assert "- Kingdom of Ruritania: its king" in text
    assert "- Elbonia: its president" in text
    assert "- Osterlich: its chancellor" in text


CONVERTED_PAGE = """# Example Forum

## Overview

The **Example Forum** meets every year.

<table>
<tr><th><p>Item</p></th><th><p>Value</p></th></tr>
<tr><td><p><a href="https://xx.wikipedia.org/wiki/File:Map.png" title="wikilink">345px</a> Map</p></td>
<td><p>12</p></td></tr>
</table>

## Notes

<references />

[Category:Forums](https://xx.wikipedia.org/wiki/Category:Forums "wikilink") \
[분류:2008년 회의](https://ko.wikipedia.org/wiki/분류:2008년_회의 "wikilink")

[en:Example Forum](https://ja.wikipedia.org/wiki/en:Example_Forum "wikilink")

Call [02-123-4567](tel:02-123-4567) or see the [annual report](https://example.org/reports/report:2023).
"""


def test_links_to_a_wikis_files_categories_and_other_languages_show_nothing() -> None:
    text = "\n".join(p.text for p in _parse(CONVERTED_PAGE).paragraphs)
    for gone in ("345px", "Category:", "분류:", "en:Example", "<references"):
        assert gone not in text
    assert "Map | 12" in text
    assert "Call 02-123-4567 or see the annual report." in text


@pytest.mark.parametrize(
    ("target", "silent"),
    [
        ("https://ko.wikipedia.org/wiki/파일:Map.png", True),
        ("../Page/分类:中日关系.md", True),
        ("https://ja.wikipedia.org/wiki/Category:%E5%9C%B0%E5%9F%9F", True),
        ("https://ja.wikipedia.org/wiki/en:Some_Article#Section", True),
        ("https://ja.wikipedia.org/wiki/日中韓首脳会談", False),
        ("https://example.org/reports/en:2023", False),  # no wiki page: a language prefix means nothing
        ("tel:02-123-4567", False),
        ("file:report.pdf", False),
    ],
)
def test_which_link_targets_are_silent(target: str, silent: bool) -> None:
    assert is_silent_link_target(target) is silent


def test_wikitable_rows_that_open_with_a_number_stay_rows_under_their_heading() -> None:
    doc = _parse(
        "'''Example Talks''' are yearly.\n\n== Meetings ==\n"
        '{| class="wikitable"\n! No. !! Date !! Host\n|-\n| align="center"|1\n| 2008年12月13日\n| 東京\n'
        '|-\n| align="center"|2\n| 2009年10月10日\n| 北京\n|}\n\n=== 2008 ===\nThe first meeting.\n'
    )
    assert [s.title for s in doc.sections] == ["Meetings", "2008"]
    assert [p.text for p in doc.paragraphs if "|" in p.text][1:] == [
        "1 | 2008年12月13日 | 東京",
        "2 | 2009年10月10日 | 北京",
    ]


def test_a_cell_holding_only_a_coded_flag_template_keeps_the_code_as_the_rows_label() -> None:
    text = reduce_wikitext(
        "'''Example Talks''' are yearly.\n\n== Members ==\n"
        '{| class="wikitable"\n! Country !! Area\n|-\n| style="text-align:left;" | {{XYZ}}\n| align="center" | 4,321\n'
        "|-\n| {{flagicon|XYZ}} Ruritania\n| 56,789\n|}\n"
    ).text
    assert join_cells(["XYZ", "4,321"]) in text
    assert join_cells(["Ruritania", "56,789"]) in text


_BOXED_PAGE = """{{Infobox organization
| name = 示例合作处
| leader_title1 = 秘书长
| leader_name1 = {{flagicon|KOR}} [[甲乙丙|甲乙丙]]
| leader_title2 = 副秘书长
| leader_name2 = [[丁戊己庚|丁戊己庚]]<br> [[辛壬|辛壬]]
| established_date1 = 2011年9月
}}
{{Sidebar
|title = 示例
|content1 =
* '''示例国''' <div style="font-size:85%;">[[示例国总理|总理]]: [[癸子丑|癸子丑]]</div>
}}
'''示例合作处'''是一个国际组织。

== 沿革 ==
2011年成立。
"""


def test_a_boxs_officeholders_and_body_follow_the_lead_as_a_list() -> None:
    reduced = reduce_wikitext(_BOXED_PAGE)
    lines = [line for line in reduced.text.splitlines() if line]
    assert reduced.title == "示例合作处"
    assert lines[:4] == [
        "示例合作处是一个国际组织。",
        "- 示例国 总理: 癸子丑",
        "- 秘书长: 甲乙丙",
        "- 副秘书长: 丁戊己庚 辛壬",
    ]
    assert "2011年9月" not in reduced.text  # other fields stay out


def test_a_cite_templates_author_opens_its_note() -> None:
    text = reduce_wikitext(
        "正文。<ref>{{cite news |title=两国会谈 |publisher=示例网 |author= 林某某 |date=2015-09-02}}</ref>\n"
        "又一句。<ref>{{cite web |title=合作展望 |last=某 |first=王 |work=示例周刊}}</ref>\n"
        "Third.<ref>{{cite web |title=Outlook |last=Roe |first=Jane |work=Harbour Review}}</ref>\n"
    ).text
    assert "[1] 林某某, 两国会谈, 示例网, 2015-09-02" in text
    assert "[2] 王某, 合作展望, 示例周刊" in text  # family name given as the first name: put first
    assert "[3] Jane Roe, Outlook, Harbour Review" in text


def test_a_meeting_still_to_be_held_does_not_date_an_article() -> None:
    text = (
        "The **Example Forum** is a yearly meeting of four states.\n\n## Meetings\n\n"
        "Year | Host | City\n---|---|---\n2019 | Westland | Port Town\n2021 | Eastland | Hill City\n"
        "2029 | Northland | TBA\n"
    )
    assert _parse(text).meta.published == "2021"


def test_a_list_of_editions_to_come_does_not_date_an_article() -> None:
    # A navigation box lists the series' editions by year, those still to come too.
    text = (
        "The **Example Forum** is a yearly meeting of four states. Its 2021 meeting was held in Hill City.\n\n"
        "## See also\n\n  * Example Forum Westland 2020\n  * Example Forum Eastland 2021\n"
        "  * Example Forum Northland 2026\n  * Example Forum Southland 2027\n"
    )
    assert _parse(text).meta.published == "2021"
    # Two such items are no list of editions: each is a statement's year.
    two = text.replace(
        "  * Example Forum Eastland 2021\n  * Example Forum Northland 2026\n  * Example Forum Southland 2027\n",
        "  * Annual report 2023\n",
    )
    assert _parse(two).meta.published == "2023"
