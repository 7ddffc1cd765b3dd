"""Raw wikitext blocks that are no prose (invented pages, one quirk each): boxes as tables, galleries, labels."""

from __future__ import annotations

from nea_site.model import Document, SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.formats.wikiblocks import flag_names, reduce_galleries, take_box_tables
from nea_site.parse.formats.wikitext import reduce_wikitext


def _parse(text: str) -> Document:
    source = SourceText(source_id=SourceId("w"), file_name="w.md", text=text, encoding="utf_8", sha256="0")
    return parse_document(source)


BOX_TABLE_PAGE = """{| class="infobox" style="float: right"
|-
!{{Collapsible list |title= 例示峰会}}
|-
|[[File:Example_map.svg|300px]]
|-
|
; {{flag|Examplia}}
: [[例示国总理|总理]] '''[[甲某|甲某]]'''

; {{flag|Testland}}
: [[测试国总统|总统]] '''[[乙某|乙某]]'''
|}

'''例示峰会'''（{{lang-en|'''Example Summit'''}}），是每年一次的国际会议。

== 历史 ==
第一届峰会于2005年12月14日举行。
"""


def test_a_box_drawn_as_a_table_names_neither_the_page_nor_its_lead() -> None:
    document = _parse(BOX_TABLE_PAGE)
    assert document.meta.title == "例示峰会"
    texts = [p.text for p in document.paragraphs]
    assert texts[0].startswith("例示峰会（Example Summit）")
    assert texts[1:3] == ["Examplia: 总理 甲某", "Testland: 总统 乙某"]
    assert {p.kind for p in document.paragraphs[1:3]} == {"list_item"}


def test_take_box_tables_leaves_other_tables() -> None:
    table = '{| class="wikitable"\n|-\n| 1 || 2008年\n|}'
    text, items = take_box_tables('{| class="infobox"\n|-\n| 首都 || 例示市\n|}\n' + table)
    assert text == table
    assert items == ["首都: 例示市"]


def test_a_gallerys_captions_are_items_and_its_file_names_no_words() -> None:
    text = "<gallery>\nFile:Portrait of A 2009.jpg|{{flagicon|AAA}} 例示国 总理 甲某\nFile:Blank.png\n</gallery>"
    assert reduce_galleries(text).strip() == "* {{flagicon|AAA}} 例示国 总理 甲某"


def test_flag_templates_named_by_code_or_name_keep_the_label() -> None:
    assert flag_names("* {{PRK}}：[[甲某|甲某]]，副局长") == "* PRK：[[甲某|甲某]]，副局长"
    assert flag_names("| {{越南}}") == "| 越南"
    assert flag_names("{{RUS}}以观察员身份参加。") == "RUS以观察员身份参加。"


def test_a_navigation_box_alone_on_its_line_or_a_tag_in_a_sentence_stays_a_template() -> None:
    assert flag_names("正文。\n{{东亚主题}}\n") == "正文。\n{{东亚主题}}\n"
    assert flag_names("会议于当年举行。{{来源请求}}") == "会议于当年举行。{{来源请求}}"
    assert flag_names("见下。{{TOC}}") == "见下。{{TOC}}"


def test_a_definitions_term_is_a_label_and_text_after_a_list_a_paragraph() -> None:
    page = (
        "'''例示会谈'''是一系列谈判。\n\n=== 第一轮（2003年8月27日至29日） ===\n;会谈地点\n*例示市\n"
        ";各国代表团团长\n* {{AAA}}：[[甲某|甲某]]，副局长\n2003年8月29日，会谈结束。\n"
    )
    document = _parse(page)
    assert [s.title for s in document.sections] == ["第一轮（2003年8月27日至29日）"]
    assert [p.text for p in document.paragraphs][1:] == [
        "会谈地点：",
        "例示市",
        "各国代表团团长：",
        "AAA：甲某，副局长",
        "2003年8月29日，会谈结束。",
    ]


def test_a_link_template_of_any_language_shows_its_first_argument() -> None:
    text = reduce_wikitext("'''例示'''是会议。\n\n* {{link-ru|甲某|Имя|甲某}}，外交部副部长\n").text
    assert "甲某，外交部副部长" in text


def test_closing_brackets_of_no_link_go() -> None:
    text = reduce_wikitext("'''例示'''是会议。\n\n[[File:Map.png|thumb]]成员国；绿色为例示国]]\n").text
    assert "]]" not in text and "成员国；绿色为例示国" in text


def test_brackets_a_removed_template_emptied_go() -> None:
    text = reduce_wikitext("'''例示关系'''（{{kor|諺=예시|漢=例示}}），是指两国之间的关系。\n").text
    assert text.startswith("例示关系，是指")


def test_a_short_numbered_item_is_an_item_not_a_numbered_heading() -> None:
    page = "'''例示协定'''是一项协定。\n\n== 目标 ==\n建立了四个工作领域：\n# 知识产权保护\n# 竞争\n# 分歧解决\n"
    document = _parse(page)
    assert [s.title for s in document.sections] == ["目标"]
    assert [(p.kind, p.text) for p in document.paragraphs[2:]] == [
        ("list_item", "1. 知识产权保护"),
        ("list_item", "2. 竞争"),
        ("list_item", "3. 分歧解决"),
    ]


def test_a_wiki_sources_short_line_is_text_its_headings_are_marked() -> None:
    page = (
        "'''例示峰会'''是一个会议。\n\n== 未来成员 ==\n{{PAK}}和{{BAN}}由例示国支持\n\n{{PNG}}被例示国提议成为成员。\n"
    )
    document = _parse(page)
    assert [s.title for s in document.sections] == ["未来成员"]
    assert [p.text for p in document.paragraphs][1:] == ["PAK和BAN由例示国支持", "PNG被例示国提议成为成员。"]


def test_a_bilateral_boxs_envoys_are_items_after_the_lead() -> None:
    page = (
        "{{Infobox Bilateral relations|甲国－乙国|A|B|envoytitle1=[[甲国驻乙国大使列表|大使]]|envoy1=[[某甲|某甲]]"
        "|envoytitle2=大使|envoy2=[[某乙|某乙]]}}\n'''甲乙关系'''是指两国之间的关系。\n"
    )
    text = reduce_wikitext(page).text
    assert text.startswith("甲乙关系是指两国之间的关系。\n\n- 大使: 某甲\n- 大使: 某乙")
