"""Outlets, publishers and authors named in footnotes and reference lists; invented citations."""

from __future__ import annotations

from discovery import EXTRACTOR
from nea_site.extract.actors import find_actor_spans
from nea_site.extract.discover import Discovery, discover_actors
from nea_site.extract.discover.citations import citation_names
from nea_site.model import ContentLang, Paragraph


def _names(text: str) -> set[tuple[str, str]]:
    return {(f.name, f.type) for f in citation_names(text)}


def test_the_outlet_after_a_title_and_before_the_link() -> None:
    assert _names("甲乙两国将加快合作, 示例新闻网, http://news.example.com/a/1.html") == {
        ("示例新闻网", "organization")
    }


def test_an_author_first_then_the_title_then_a_dated_outlet() -> None:
    found = _names("欧阳明, 两国合作再出发 新一轮谈判登场, 远东时报, 2018-12-07, https://example.com/n/2")
    assert found == {("欧阳明", "person"), ("远东时报", "organization")}


def test_the_publisher_in_a_dated_parenthesis_after_a_link() -> None:
    assert _names("第3回首脳会議（概要） (http://example.go.jp/a.html)（外務省 2010年5月30日）") == {
        ("外務省", "organization")
    }


def test_an_outlet_before_a_colon_and_a_byline_of_author_and_outlet() -> None:
    assert _names("示例资讯：三国敲定合作方向 (http://example.com/x)，2009年10月11日") == {("示例资讯", "organization")}
    assert _names("三國合作加速 應即早因應 陳某某/示例研究會 2011/08/18 (http://example.org/c)") == {
        ("陳某某", "person"),
        ("示例研究會", "organization"),
    }


def test_an_outlet_after_the_last_space_of_a_title_only_with_an_outlet_ending() -> None:
    assert _names("日本為什麼輸給德國 示例中文網, example.com, http://example.com/1") == {
        ("示例中文網", "organization")
    }
    assert _names("两国峰会 同意早日召开三国峰会, http://example.com/2") == set()  # the title's own words


def test_a_title_alone_or_a_site_name_in_capitals_names_no_one() -> None:
    assert _names("秘书处概况, http://example.org/overview") == set()
    assert _names("ABC China, 秘书处概况, http://example.org/overview") == set()


def test_english_authors_before_a_quoted_title_and_the_outlet_after_it() -> None:
    found = _names("Jane Roe, “Chips and the alliance,” Harbour Review, March 3, 2021, https://example.com/chips")
    assert found == {("Jane Roe", "person"), ("Harbour Review", "organization")}


def _discover(notes: list[tuple[int, str | None, str]]) -> Discovery:
    paragraph = Paragraph(index=1, anchor="p-1", text="两国举行会谈。", lang="zh", section_id=None)
    spans = {1: find_actor_spans(paragraph.text, EXTRACTOR.gazetteer)}
    return discover_actors([paragraph], spans, EXTRACTOR.gazetteer, EXTRACTOR.segmenter, citations=notes)


def test_a_footnotes_outlet_is_a_discovered_actor_whose_mention_points_to_the_note() -> None:
    found = _discover([(0, "fn-1", "两国举行会谈, 示例晚报, 2015-09-02, http://example.com/a")])
    assert [(a.type, a.name.zh, a.found_by) for a in found.actors] == [("organization", "示例晚报", "citation")]
    assert [(m.paragraph, m.section, m.surface) for m in found.mentions] == [(0, "fn-1", "示例晚报")]


def test_a_reference_list_entry_points_to_its_paragraph() -> None:
    found = _discover([(7, None, "两国举行会谈, 示例晚报, 2015-09-02")])
    assert [(m.paragraph, m.section, m.offset) for m in found.mentions] == [(7, None, 8)]


def test_a_note_citing_several_works_and_a_title_with_commas_inside_quotes() -> None:
    found = _names(
        "「甲乙会談（結果）」、外務省、2023年7月12日、https://example.jp/a；"
        "“Ports, Rails, and Roads,” Harbour Review, May 2, 2023, pp.8-9."
    )
    assert found == {("外務省", "organization"), ("Harbour Review", "organization")}


def test_two_authors_and_an_editor_after_in() -> None:
    found = _names("Jane Roe and Li Wei, “Chips,” in T. J. Doe, ed., Book of Chips, Vol.4, 2020, pp.1-9.")
    assert found == {("Jane Roe", "person"), ("Li Wei", "person")}


def test_a_link_runs_to_the_next_citation_only_through_latin_letters() -> None:
    found = _names("王某：《两国贸易》，2023年；《三国合作》，示例周刊，http://example.com/a.aspx；张某：《展望》")
    assert found == {("王某", "person"), ("示例周刊", "organization"), ("张某", "person")}


def test_an_acronym_after_a_role_and_at_is_where_someone_works() -> None:
    from discovery import discover_texts

    found = discover_texts("Jane Roe is a Visiting Fellow at KIPX and writes on EUV and DRAM for the GDP tables.")
    assert {(a.name.en, a.type) for a in found.actors if a.type == "organization"} == {("KIPX", "organization")}


def test_an_author_note_is_read_and_its_mentions_point_to_the_note() -> None:
    from nea_site.extract.discover import author_note_paragraphs, from_author_notes

    notes = author_note_paragraphs(["Jane Roe is a professor at the University of Atlantis."], "en")
    spans = {n.index: find_actor_spans(n.text, EXTRACTOR.gazetteer) for n in notes}
    found = discover_actors(notes, spans, EXTRACTOR.gazetteer, EXTRACTOR.segmenter)
    assert {(a.name.en, a.type) for a in found.actors} == {
        ("Jane Roe", "person"),
        ("University of Atlantis", "organization"),
    }
    assert {(m.paragraph, m.section) for m in from_author_notes(found.mentions)} == {(0, "author-note-1")}


def test_a_list_under_external_links_is_read_as_citations() -> None:
    from nea_site.extract.discover.citations import link_list_heading_re

    assert link_list_heading_re().match("外部連結") and link_list_heading_re().match("External links")
    assert _names("- 《第二次三国会议在甲市举行》 示例政府网") == {("示例政府网", "organization")}


def _one(text: str, lang: ContentLang = "ja") -> Discovery:
    paragraph = Paragraph(index=1, anchor="p-1", text=text, lang=lang, section_id=None)
    spans = {1: find_actor_spans(text, EXTRACTOR.gazetteer)}
    return discover_actors([paragraph], spans, EXTRACTOR.gazetteer, EXTRACTOR.segmenter, chinese=EXTRACTOR.chinese)


def test_a_japanese_name_gets_its_chinese_form_from_the_names_it_holds() -> None:
    found = _one("- 日中韓漁業協定")
    assert [(a.name.zh, a.aliases.zh) for a in found.actors] == [("日中韓漁業協定", ("中日韩渔业协定",))]
    found = _one("「クアラルンプール宣言」が採択された。")
    assert [a.aliases.zh for a in found.actors] == [("吉隆坡宣言",)]


def test_no_chinese_form_while_kana_is_left_or_for_a_chinese_name() -> None:
    assert all(not a.aliases.zh for a in _one("「東アジアにおける協力に関する共同声明」が採択された。").actors)
    assert all(not a.aliases.zh for a in _one("中日韩渔业协定正式生效。", lang="zh").actors)


def test_the_places_a_work_was_published_in_are_no_outlet() -> None:
    found = _discover([(0, "fn-2", "Jane Roe, “Chips,” London and New York, 2020.")])
    assert [a.name.en for a in found.actors] == ["Jane Roe"]


def test_a_unit_named_with_a_known_owners_possessive_goes_by_both_names() -> None:
    from discovery import discover_texts

    found = discover_texts("The tools will be tested at TSMC’s Harbour Packaging Center in the north.")
    assert [(a.name.en, a.aliases.en) for a in found.actors] == [
        ("Harbour Packaging Center", ("TSMC Harbour Packaging Center",))
    ]


def test_the_kind_of_piece_after_an_outlet_is_not_its_name() -> None:
    found = _names("[http://example.com/a.htm 三方合作进入新阶段] 2010-05-31 來源：遠東線上專稿")
    assert ("遠東線上", "organization") in found
    assert not any(name.endswith("專稿") for name, _ in found)


def test_a_title_runs_on_after_a_name_quoted_inside_it() -> None:
    found = _names("甲国提出加入《某某条约》条件, 示例网, 2005-09-20, http://example.com/a.html")
    assert found == {("示例网", "organization")}
    found = _names("两国会谈复会 各方强调“对等”原则, 示例新闻网, 2006-12-18, http://example.com/b.html")
    assert found == {("示例新闻网", "organization")}


def test_a_template_citation_keeps_its_chinese_title_whole() -> None:
    found = _names("甲国会谈 乙方、丙方全面让步, 远东时报, 2016-11-19, http://example.com/c.html")
    assert found == {("远东时报", "organization")}


def test_an_author_s_role_or_the_making_of_the_work_follows_the_name() -> None:
    assert ("杜明远", "person") in _names("示例研究院网站，《两国关系流变》，杜明远教授")
    assert ("严志", "person") in _names("示例大学·《两国关系论》，严志等编写·1993年8月由示例社出版")


def test_an_english_outlet_where_the_authors_stand() -> None:
    assert _names("Harbour Post - Summit may be reset for May (http://example.com/x)") == {
        ("Harbour Post", "organization")
    }
