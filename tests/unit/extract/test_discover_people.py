"""Discovered people and places (discover/people_*.py): invented texts, each named for the quirk it shows."""

from __future__ import annotations

from conftest import REPO
from discovery import discover_texts, extract_text
from nea_site.extract.discover import Discovery
from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document

_discover = discover_texts


def _names(found: Discovery, kind: str | None = None) -> set[str]:
    return {(a.name.en or a.name.zh or "") for a in found.actors if kind is None or a.type == kind}


# --- places -----------------------------------------------------------------------------------------------------


def test_a_chinese_port_is_a_proper_noun_and_a_place_head() -> None:
    found = _discover("在广西凭祥友谊关口岸，货车来往不断。", lang="zh")
    assert _names(found, "place") == {"广西凭祥友谊关口岸"}


def test_a_chinese_airport_head_word_cut_in_two_by_jieba() -> None:
    found = _discover("对首都大马士革国际机场实施空袭。", lang="zh")
    assert _names(found, "place") == {"大马士革国际机场"}


def test_a_place_head_after_common_nouns_only_names_no_place() -> None:
    found = _discover("部分地区降雪，贫困地区的综合交通运输枢纽建设加快。", lang="zh")
    assert _names(found, "place") == set()


def test_a_region_word_after_a_known_place_is_that_place() -> None:
    found = _discover("四川地区生产总值同比增长，上海地区也是。", lang="zh")
    assert _names(found, "place") == set()


def test_an_island_head_inside_a_longer_word_heads_nothing() -> None:
    found = _discover("海滨岛屿成为热门景区。", lang="zh")
    assert _names(found, "place") == set()


def test_an_editors_bracketed_head_word_completes_a_place() -> None:
    found = _discover("the prisoners returned from Tarova [Island] last year.")
    assert _names(found, "place") == {"Tarova Island"}
    assert [m.surface for m in found.mentions] == ["Tarova [Island]"]


def test_a_capitalised_word_inside_a_known_place_is_a_place() -> None:
    found = _discover("a pilot plant at Kawabata in Hokkaido will open.")
    assert _names(found, "place") == {"Kawabata"}


def test_a_town_named_with_its_state_goes_by_both() -> None:
    assert _names(_discover("a lab in Oakvale, New York, opened.")) == {"Oakvale, New York"}
    assert _names(_discover("a lab in Oakvale, Japan, opened.")) == {"Oakvale"}  # a country names no town's state


def test_a_month_or_title_inside_a_known_place_is_no_place() -> None:
    found = _discover("Talks in September in Tokyo went on; the Ministry in Japan agreed.")
    assert _names(found, "place") == set()


# --- lists and table columns ------------------------------------------------------------------------------------


def test_names_listed_beside_a_known_person_are_people() -> None:
    found = _discover("1. （2011-2013）申凤吉 / 北川真理 / 周明远 （ 韓國 / 日本 / 中國 ）", lang="zh")
    assert _names(found, "person") == {"北川真理", "周明远"}
    assert {a.found_by for a in found.actors} == {"person_list"}


def test_a_list_without_a_known_person_adds_no_one() -> None:
    found = _discover("（2011-2013）北川真理 / 周明远 （ 韓國 / 日本 ）", lang="zh")
    assert _names(found, "person") == set()


def test_a_dictionary_word_beside_a_known_person_is_no_person() -> None:
    found = _discover("申凤吉、经济、周明远", lang="zh")
    assert _names(found, "person") == {"周明远"}


_HOST_TABLE = (
    "次 | 日期 | 会议场地 | 备注",
    "1 | 2001年 | 东京 | 甲",
    "2 | 2003年 | 北京 | 乙",
    "3 | 2005年 | 首尔 | 丙",
    "4 | 2007年 | 宫之浦市 | 丁",
)


def test_a_name_in_a_column_of_known_places_is_a_place() -> None:
    found = _discover(*_HOST_TABLE, lang="zh")
    assert _names(found) == {"宫之浦市"}
    assert found.actors[0].type == "place" and found.actors[0].found_by == "table_column"


def test_a_column_with_one_known_place_tells_nothing() -> None:
    found = _discover(_HOST_TABLE[0], _HOST_TABLE[1], "2 | 2003年 | 甲乙市 | 乙", "3 | 2005年 | 丙丁市 | 丙", lang="zh")
    assert _names(found) == set()


# --- people named by the kind of text -----------------------------------------------------------------------------


def test_a_name_after_a_title_that_jieba_tags_as_a_place_is_a_person() -> None:
    found = _discover("巴林国王哈马德、埃及总统塞西出席。", lang="zh")
    assert "塞西" in _names(found, "person")


def test_a_japanese_member_of_an_organisation_is_a_person() -> None:
    found = _discover("後任には中華人民共和国財政部の張明遠が選ばれた。", lang="ja")
    assert _names(found, "person") == {"張明遠"}
    assert _names(_discover("外務省の高官が述べた。外務省の報告書が出た。", lang="ja"), "person") == set()


def test_names_set_apart_by_spaces_after_a_title_on_a_box_line() -> None:
    found = _discover("- 示例合作处 秘书长 申凤吉 副秘书长 北川真理 周明远", "- 外务大臣: 东山一郎", lang="zh")
    assert _names(found, "person") == {"北川真理", "周明远", "东山一郎"}
    assert {a.found_by for a in found.actors} == {"person_office"}


def test_a_title_in_running_text_heads_no_spaced_names() -> None:
    found = _discover("秘书长说，会议将于明年举行。", lang="zh")
    assert _names(found, "person") == set()


def test_the_authors_a_chinese_reference_entry_opens_with_are_people() -> None:
    found = _discover("[3] 程明远、林晓.《东亚合作研究》. 北京：某出版社，2015.", "- 周海：《论区域合作》", lang="zh")
    assert _names(found, "person") == {"程明远", "林晓", "周海"}
    assert {a.found_by for a in found.actors} == {"person_cited"}


def test_a_sentence_opening_with_a_verb_before_a_title_names_no_author() -> None:
    found = _discover("全会指出：《决定》是纲领性文件。", "会议认为，《规划》很重要。", lang="zh")
    assert _names(found, "person") == set()


def test_a_reporters_full_name_beside_the_role_is_a_person() -> None:
    assert _names(_discover("The story was filed by Lin Yung-fu, a reporter.")) == {"Lin Yung-fu"}
    assert _names(_discover("said correspondent Jane Roe of the paper.")) == {"Jane Roe"}
    assert _names(_discover("The reporter said little.")) == set()
    assert _names(_discover("Choo met his Japanese counterpart Taro Sato in Tokyo.")) == {"Taro Sato"}


def test_a_middle_initial_stays_inside_the_name() -> None:
    found = _discover("Secretary of State Jane Q. Roe met the minister. Secretary Roe said little.")
    assert _names(found, "person") == {"Jane Q. Roe"}


def test_a_chinese_reporter_role_heads_a_name() -> None:
    assert _names(_discover("本台记者张晓明报道。", lang="zh"), "person") == {"张晓明"}


def test_an_airport_named_without_international_is_the_one_named_in_full() -> None:
    found = _discover("袭击大马士革机场", "对首都大马士革国际机场实施空袭。", lang="zh")
    assert _names(found, "place") == {"大马士革国际机场"}
    assert [m.surface for m in found.mentions] == ["大马士革机场", "大马士革国际机场"]


def test_every_rule_of_the_people_modules_has_a_label_in_both_languages() -> None:
    import re

    import yaml

    source = "".join(
        (REPO / "src" / "nea_site" / "extract" / "discover" / f"{name}.py").read_text(encoding="utf-8")
        for name in ("people_places", "people_lists", "people_names", "speakers")
    )
    rules = set(re.findall(r'"(place_[a-z_]+|person_[a-z_]+|table_column)"\)', source))
    assert {"place_word", "place_in_place", "person_list", "table_column", "person_office", "person_speaker"} <= rules
    for lang in ("en", "zh"):
        labels = yaml.safe_load((REPO / "templates" / "labels" / f"{lang}.yml").read_text(encoding="utf-8"))
        assert {r for r in rules if f"found_by_{r}" not in labels} == set()


def test_a_foreign_name_closing_a_paragraph_leaves_its_full_stop() -> None:
    found = _discover("部长会见芬兰总统斯图布。", "部长会见德国总理默茨。", lang="zh")
    assert _names(found, "person") == {"斯图布", "默茨"}


def test_a_name_opening_two_turns_of_an_interview_is_a_speaker() -> None:
    found = _discover(
        "Reporter: How do you see the summit?",
        "Lin Haoran: It will be the first in four years.",
        "Reporter: And the trade talks?",
        "Lin Haoran: They began long ago.",
        "Trade Talks: a note on the timeline.",
    )
    assert _names(found, "person") == {"Lin Haoran"}
    assert [m.paragraph for m in found.mentions if m.actor == "found-lin-haoran"] == [2, 4]


def test_a_name_opening_one_paragraph_only_is_no_speaker() -> None:
    assert _names(_discover("Lin Haoran: a life in diplomacy.", "The book appeared in 2020.")) == set()


def test_an_ordinal_or_former_between_a_name_and_its_title() -> None:
    assert _names(_discover("Kim Minsu, South Korea's first vice foreign minister, met them.")) == {"Kim Minsu"}
    assert _names(_discover("The talks, the first in years, ended.")) == set()


def test_a_records_item_labels_are_no_speakers() -> None:
    found = _discover(
        "Dried Figs: The figs quota stayed unfilled.",
        "Dried Figs: Both sides want dried figs listed.",
        "Canned Fish: The request stands.",
    )
    assert _names(found, "person") == set()


def test_a_military_title_before_a_meetings_word_names_no_one() -> None:
    assert _names(_discover("Delegates argued at the General Meeting of the union for hours.")) == set()
    assert _names(_discover("General Milley said the drills would go on."), "person") == {"Milley"}


# Two meeting tables one under the other, the second's header right under the first's last row (a converter
# drops the blank line), and a city not yet chosen.
_STACKED_TABLES = """# Meetings

Ministers' meetings Year | Country | City
---|---|---
2001 | Japan | Tokyo
2003 | China | Beijing
Leaders' meetings Year | Country | City
---|---|---
2005 | South Korea | Seoul
2007 | Japan | Tokyo
2009 | China | Eastport
2011 | South Korea | TBA
"""


def test_a_second_tables_header_and_a_placeholder_are_no_places() -> None:
    source = SourceText(source_id=SourceId("t"), file_name="t.md", text=_STACKED_TABLES, encoding="utf_8", sha256="0")
    paragraphs = parse_document(source).paragraphs
    assert not any("---" in p.text for p in paragraphs)
    assert [p.kind for p in paragraphs].count("table_header") == 2
    extraction = extract_text(_STACKED_TABLES)
    found = {a.name.en for a in extraction.discovered if a.found_by == "table_column"}
    assert found == {"Eastport"}


def test_a_table_headers_column_names_are_no_places() -> None:
    text = "# Members\n\nCountry | Capital City | Leader\n---|---|---\nJapan | Tokyo | Prime Minister\n"
    extraction = extract_text(text)
    assert "Capital City" not in {a.name.en for a in extraction.discovered}
    prose = extract_text("# Members\n\nThe office moved to Capital City, the new seat of government.\n")
    assert "Capital City" in {a.name.en for a in prose.discovered}  # in prose the same words name a place


def test_a_verb_jieba_joins_to_a_chinese_name_of_three_is_no_part_of_it() -> None:
    assert _names(_discover("财经委主任委员杨明华作了说明。", lang="zh"), "person") == {"杨明华"}


def test_an_office_field_after_a_title_is_no_name() -> None:
    # "General" is a rank before a name ("General Halvard"), not before the body a chief heads.
    found = _discover("The Chief of the General Staff met the envoy in Velmar on Monday.", lang="en")
    assert _names(found, "person") == set()
    found = _discover("General Halvard Ostrem met the envoy in Velmar on Monday.", lang="en")
    assert _names(found, "person") == {"Halvard Ostrem"}


def test_a_possessive_ends_a_name_with_its_family_name() -> None:
    found = _discover("Velmar Assembly Speaker Jane Roe’s visit to Tandry angered Ostrel in May 2022.", lang="en")
    assert "Jane Roe" in _names(found, "person")
    assert "Jane" not in _names(found, "person")


def test_a_body_before_a_titled_person_after_and() -> None:
    text = "It was signed by Mr A.B. Halvard, General Manager, Velmar Grain Board and Mr S. Tandry, Director, Ostrel."
    found = _discover(text, lang="en")
    assert _names(found, "organization") == {"Velmar Grain Board"}
    assert _names(found, "person") == {"A.B. Halvard", "S. Tandry"}
