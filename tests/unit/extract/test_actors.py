"""Names nested in a longer name are found in Traditional text as in Simplified, surfaces kept as written."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import REPO
from nea_site.curation import read_vocabulary
from nea_site.extract import make_extractor
from nea_site.extract.actors import (
    build_gazetteer,
    extract_mentions,
    find_actor_spans,
    find_nested_spans,
    without_ones_own,
)
from nea_site.model import Actor, ActorId, LocalizedText, Paragraph, Terms, Vocabulary

GAZETTEER = build_gazetteer(read_vocabulary(REPO / "corpus" / "curated"))


def _nested(text: str) -> list[tuple[int, str, tuple[str, ...]]]:
    return [
        (inner.start, inner.surface, inner.actors)
        for span in find_actor_spans(text, GAZETTEER)
        for inner in find_nested_spans(span, GAZETTEER)
    ]


def test_nested_names_in_traditional_text() -> None:
    simplified = _nested("由中日韩合作秘书处举办")
    traditional = _nested("由中日韓合作秘書處舉辦")
    assert (1, "中日韩", ("china", "japan", "south-korea")) in simplified
    assert [(at, actors) for at, _, actors in traditional] == [(at, actors) for at, _, actors in simplified]
    assert (1, "中日韓", ("china", "japan", "south-korea")) in traditional  # the surface as written


def test_a_not_name_wins_over_the_name_inside_it_and_names_no_one() -> None:
    vocabulary = Vocabulary(
        actors=(Actor(id=ActorId("united-states"), type="country", name=LocalizedText(en="United States"), iso="USA",
                      aliases=Terms(en=("US",))),),
        not_names=("US dollars",),
    )  # fmt: skip
    gazetteer = build_gazetteer(vocabulary)
    spans = find_actor_spans("Trade reached 700 billion US dollars, the US said.", gazetteer)
    assert [(s.surface, s.actors) for s in spans] == [("US", ("united-states",))]


def test_the_curated_not_names_keep_currencies_from_naming_their_country() -> None:
    gazetteer = build_gazetteer(read_vocabulary(REPO / "corpus" / "curated"))
    spans = find_actor_spans(
        "Exports reached 173 billion US dollars, while U.S. dollars dominate invoicing.", gazetteer
    )
    assert spans == []


def test_a_short_chinese_name_across_a_word_break_names_no_one() -> None:
    spans = find_actor_spans("加强司法国际合作，扩大连接，精英国际学校与法国、英国和大连的港口。", GAZETTEER)
    assert [(s.surface, s.actors) for s in spans] == [
        ("法国", ("france",)), ("英国", ("united-kingdom",)), ("大连", ("dalian",))
    ]  # fmt: skip


def test_names_an_unseen_text_on_the_region_uses() -> None:
    english = (
        "At APEC and the G20, the Chinese Foreign Ministry and Japan's Ministry of Foreign Affairs discussed "
        "Fukushima's treated water with the IAEA; Kim Jong Un met Putin in Vladivostok, not Pyongyang."
    )
    chinese = "上海合作组织峰会期间，金正恩与普京在平壤会谈；国务院与韩国外交部讨论独岛（日本称竹岛）和黄海问题。"
    assert [a for s in find_actor_spans(english, GAZETTEER) for a in s.actors] == [
        "apec", "g20", "china-mfa", "japan-mofa", "fukushima", "iaea", "kim-jong-un", "vladimir-putin",
        "vladivostok", "pyongyang",
    ]  # fmt: skip
    assert [a for s in find_actor_spans(chinese, GAZETTEER) for a in s.actors] == [
        "shanghai-cooperation-organisation", "kim-jong-un", "vladimir-putin", "pyongyang", "china-state-council",
        "rok-mofa", "dokdo", "japan", "dokdo", "yellow-sea",
    ]  # fmt: skip


def test_korean_and_japanese_forms_of_the_curated_names() -> None:
    gazetteer = build_gazetteer(read_vocabulary(REPO / "corpus" / "curated"))
    korean = "윤석열 대통령과 리창 중국 총리, 기시다 후미오 일본 총리가 서울에서 한중일 정상회의를 열었다."
    japanese = "日中韓首脳会議がソウルで開かれ、岸田文雄首相と李強首相が出席した。米国は歓迎した。"
    assert {a for s in find_actor_spans(korean, gazetteer) for a in s.actors} == {
        "yoon-suk-yeol", "li-qiang", "china", "kishida-fumio", "japan", "seoul", "trilateral-summit"
    }  # fmt: skip
    assert {a for s in find_actor_spans(japanese, gazetteer) for a in s.actors} == {
        "trilateral-summit", "seoul", "kishida-fumio", "li-qiang", "united-states"
    }  # fmt: skip


def test_other_script_forms_are_not_chinese_words() -> None:
    gazetteer = build_gazetteer(read_vocabulary(REPO / "corpus" / "curated"))
    words = {w.word for w in gazetteer.words}
    assert "서울" not in words and "米国" not in words and "首尔" in words


def test_a_family_name_in_capitals_names_the_person() -> None:
    vocabulary = Vocabulary(
        actors=(
            Actor(id=ActorId("iwaya"), type="person", name=LocalizedText(en="Iwaya Takeshi"),
                  aliases=Terms(en=("Takeshi Iwaya",))),
            Actor(id=ActorId("wang-yi"), type="person", name=LocalizedText(en="Wang Yi")),
            Actor(id=ActorId("korea"), type="country", name=LocalizedText(en="Korea")),
        ),
    )  # fmt: skip
    gazetteer = build_gazetteer(vocabulary)
    text = "Mr. IWAYA Takeshi hosted H.E. Mr. WANG Yi; Takeshi IWAYA spoke. KOREA is no person's name."
    assert [(s.surface, s.actors) for s in find_actor_spans(text, gazetteer)] == [
        ("IWAYA Takeshi", ("iwaya",)),
        ("WANG Yi", ("wang-yi",)),
        ("Takeshi IWAYA", ("iwaya",)),
    ]


def test_a_name_built_from_another_name_is_no_mention_of_it() -> None:
    assert _nested("North Korea and Inner Mongolia") == []  # no South Korea, no Mongolia
    assert _nested("东北亚与印度尼西亚") == []  # no Northeast China (东北), no India (印度)
    assert _nested("亚太经合组织") == [(0, "亚太", ("asia-pacific",))]  # no OECD (经合组织)
    assert _nested("Kim Jong UN") == []  # no United Nations
    # an agreement's name ending a longer agreement's name: the CPTPP, not the TPP
    assert _nested("Comprehensive and Progressive Agreement for Trans-Pacific Partnership") == []
    assert _nested("全面与进步跨太平洋伙伴关系协定") == []
    assert (25, "Communist Party of China", ("communist-party-of-china",)) in _nested(
        "National Congress of the Communist Party of China"
    )  # after "of": the party is named


SEGMENTER = make_extractor(read_vocabulary(REPO / "corpus" / "curated")).segmenter


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("其中日本的出口增长较快。", ["japan"]),  # 其中 + 日本, not 其 + 中日
        ("过程中日本企业加快了布局。", ["japan"]),
        ("集中韩国市场的优势资源。", ["south-korea"]),
        ("欧美国家纷纷响应。", []),  # 欧美 + 国家, not the United States
        ("其中国家层面的合作最多。", []),
        ("从中国进口大量中间产品。", ["china"]),  # 从 + 中国: jieba's cut keeps it
        ("当中国经济增长放缓时。", ["china"]),
        ("今日中国与世界。", ["china"]),
        ("中美日三国与中朝、朝韩关系。", ["china", "united-states", "japan", "china", "north-korea", "south-korea",
                                        "north-korea"]),
        ("这一安排美中不足。", []),
    ],
)  # fmt: skip
def test_a_chinese_name_beginning_inside_a_word_is_no_match(text: str, named: list[str]) -> None:
    spans = find_actor_spans(text, GAZETTEER, segmenter=SEGMENTER)
    assert [a for s in spans for a in s.actors] == named


def test_a_lower_case_name_after_an_organisation_s_is_its_own() -> None:
    text = "The WTO secretariat and ASEAN's secretariat met the secretariat in Seoul."
    spans = without_ones_own(find_actor_spans(text, GAZETTEER), text, GAZETTEER)
    assert [(s.surface, s.actors) for s in spans] == [
        ("WTO", ("wto",)),
        ("ASEAN", ("asean",)),
        ("secretariat", ("trilateral-cooperation-secretariat",)),
        ("Seoul", ("seoul",)),
    ]


def test_a_title_and_a_full_name_are_one_mention() -> None:
    spans = find_actor_spans("South Korean President Yoon Suk Yeol met President Xi Jinping.", GAZETTEER)
    assert [s.surface for s in spans] == ["South Korean", "President Yoon Suk Yeol", "President Xi Jinping"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a Hangul letter before a name: the name ends a longer word
        ("태평양 연안 국가들이 모였다.", ["pacific"]),  # 태평양 (the Pacific) holds no 평양 (Pyongyang)
        ("환태평양 협력이 논의됐다.", []),
        # Hangul letters after a name that are no particle or suffix: the name begins a longer word
        ("서울경제신문에 따르면 부산은행이 참여했다.", []),  # an outlet and a bank, not Seoul and Busan
        ("인도적 지원이 필요하다.", []),  # humanitarian, not India
        # particles, the copula and suffixes keep the name
        ("서울에서는 중국인 관광객이 일본과 미국의 시장을 찾았다.", ["seoul", "china", "japan", "united-states"]),
        ("수도는 평양이다. 인도를 방문했다.", ["pyongyang", "india"]),
        ("서울특별시와 중국측 대표단", ["seoul", "china"]),
        # a prefix at a word's start: 대중국 (towards China), 주일본 (stationed in Japan)
        ("대중국 수출과 주일본 대사관", ["china", "japan"]),
        # a longer name the vocabulary lists wins
        ("아시아태평양 지역", ["asia-pacific"]),
        ("범죄인 인도 조약", []),  # extradition, listed as a not-name
        # abbreviations of states, alone or written onto a noun
        ("한미동맹과 한일관계, 미중 갈등", ["united-states", "south-korea", "japan", "south-korea", "china",
                                          "united-states"]),
        ("한일 양국", ["japan", "south-korea"]),
    ],
)  # fmt: skip
def test_a_korean_name_is_a_word_of_its_own(text: str, named: list[str]) -> None:
    assert [a for s in find_actor_spans(text, GAZETTEER) for a in s.actors] == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("タイとベトナムが参加した。", ["thailand", "vietnam"]),
        ("タイトルとタイムライン", []),  # katakana letters around タイ: other words
        ("パプアニューギニアとニューギニア島", ["papua-new-guinea"]),  # no Guinea inside ニューギニア
        ("インドネシア・マレーシア・タイ", ["indonesia", "malaysia", "thailand"]),  # the middle dot separates
    ],
)
def test_a_katakana_name_is_not_part_of_a_longer_katakana_word(text: str, named: list[str]) -> None:
    assert [a for s in find_actor_spans(text, GAZETTEER) for a in s.actors] == named


def test_a_hangul_letter_before_a_korean_name_makes_it_part_of_a_word() -> None:
    vocabulary = Vocabulary(
        actors=(
            Actor(id=ActorId("pyongyang"), type="place", name=LocalizedText(en="Pyongyang"),
                  aliases=Terms(other=("평양",))),
            Actor(id=ActorId("seoul"), type="place", name=LocalizedText(en="Seoul"), aliases=Terms(other=("서울",))),
        )
    )  # fmt: skip
    gazetteer = build_gazetteer(vocabulary)
    text = "태평양, 아시아태평양, (평양) 평양의 서울과 서울경제"
    assert [(s.start, s.surface) for s in find_actor_spans(text, gazetteer)] == [
        (14, "평양"), (18, "평양"), (22, "서울")
    ]  # fmt: skip
    # Without the lexicon's endings, any Hangul letter after a name ends the match.
    assert [s.surface for s in find_actor_spans("서울 서울에서 서울경제", replace(gazetteer, edges=None))] == ["서울"]


def test_a_two_character_chinese_name_across_a_word_break_is_no_match() -> None:
    vocabulary = Vocabulary(
        actors=(
            Actor(id=ActorId("haiti"), type="country", name=LocalizedText(en="Haiti", zh="海地"), iso="HTI"),
            Actor(id=ActorId("ghana"), type="country", name=LocalizedText(en="Ghana", zh="加纳"), iso="GHA"),
            Actor(id=ActorId("nanning"), type="place", name=LocalizedText(en="Nanning", zh="南宁")),
        )
    )  # fmt: skip
    extractor = make_extractor(vocabulary)  # no not-names: the rule alone decides
    text = "沿海地区与湖南宁乡增加纳税人。海地和加纳的代表在南宁会谈。"
    spans = find_actor_spans(text, extractor.gazetteer, segmenter=extractor.segmenter)
    assert [(s.start, s.surface) for s in spans] == [(15, "海地"), (18, "加纳"), (24, "南宁")]
    assert len(find_actor_spans(text, extractor.gazetteer)) == 6  # without the segmenter, every occurrence


def test_a_city_in_capitals_in_a_dateline_is_the_city() -> None:
    vocabulary = Vocabulary(
        actors=(Actor(id=ActorId("hanoi"), type="place", name=LocalizedText(en="Hanoi")),),
    )
    spans = find_actor_spans("HANOI, Nov. 15 (Wire) -- Talks ended in Hanoi.", build_gazetteer(vocabulary))
    assert [(s.surface, s.actors) for s in spans] == [("HANOI", ("hanoi",)), ("Hanoi", ("hanoi",))]


def test_a_province_written_before_its_city_is_the_city_s_address() -> None:
    vocabulary = Vocabulary(
        actors=(
            Actor(id=ActorId("north-province"), type="place", name=LocalizedText(zh="北河")),
            Actor(id=ActorId("harbour-city"), type="place", name=LocalizedText(zh="港川")),
        ),
    )
    gazetteer = build_gazetteer(vocabulary)
    text = "游客在北河港川观光，北河的冬天很冷。"
    spans = find_actor_spans(text, gazetteer)
    mentions = extract_mentions(
        (Paragraph(index=1, anchor="p", text=text, lang="zh", section_id=None),), (), gazetteer, {1: spans}
    )
    assert [(m.surface, m.nested) for m in mentions] == [("北河", True), ("港川", False), ("北河", False)]
