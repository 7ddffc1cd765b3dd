"""Agreements and initiatives named in prose, in quotes, around an acronym or by an edition (invented texts)."""

from __future__ import annotations

from discovery import discover_texts
from nea_site.extract.discover import Discovery
from nea_site.model import Actor

_discover = discover_texts


def _kinds(found: Discovery) -> dict[str, str]:
    return {(a.name.en or a.name.zh or ""): a.type for a in found.actors}


def _actor(found: Discovery, name: str) -> Actor:
    return next(a for a in found.actors if name in (a.name.en, a.name.zh))


def test_a_prose_agreement_is_named_by_its_subject_when_the_subject_holds_a_name() -> None:
    text = (
        "They recalled the agreement on a lighthouse near Westhaven; the agreement on fishing quotas; and the "
        "agreement on AEX [3] spare parts."
    )
    assert _kinds(_discover(text)) == {
        "Agreement on a lighthouse near Westhaven": "agreement",
        "Agreement on AEX spare parts": "agreement",  # the footnote mark is no part of the name
    }


def test_a_prose_agreement_needs_its_subject_to_end_at_a_punctuation_mark() -> None:
    assert _kinds(_discover("Later the agreement on Westhaven fisheries was signed by both.")) == {}
    assert _kinds(_discover("They reached the agreement on Tuesday morning.")) == {}


def test_an_acronym_between_a_name_and_its_head_word_is_part_of_the_name() -> None:
    found = _discover("She directs the Reviving Coastal Research (RCR) Project at the institute.")
    assert _kinds(found) == {"Reviving Coastal Research (RCR) Project": "initiative"}


def test_a_possessive_of_a_common_noun_stays_inside_the_name() -> None:
    found = _discover("It runs the Atlantean Children's Reading Exchange Program every year.")
    assert _kinds(found) == {"Atlantean Children's Reading Exchange Program": "initiative"}


def test_a_head_word_in_the_plural_gives_the_singular_as_an_alias() -> None:
    found = _discover("Both sides signed the Jointly Crafted Harbour Programmes in the spring.")
    actor = _actor(found, "Jointly Crafted Harbour Programmes")
    assert actor.aliases.en == ("Jointly Crafted Harbour Programme",)


def test_a_common_head_word_needs_two_more_words() -> None:
    found = _discover(
        "The Westbrook Report came out, then the Atlantean Fisheries Report and the Northern Rowing Marathon."
    )
    assert _kinds(found) == {"Atlantean Fisheries Report": "initiative", "Northern Rowing Marathon": "initiative"}


def test_a_bracketed_title_carried_on_to_a_head_word_is_one_agreement() -> None:
    found = _discover("会议发表《甲乙渔业合作协定》部长联合声明。", lang="zh")
    assert _kinds(found)["《甲乙渔业合作协定》部长联合声明"] == "agreement"
    assert "《甲乙渔业合作协定》的联合声明" not in _kinds(
        _discover("会议发表《甲乙渔业合作协定》的联合声明。", lang="zh")
    )


def test_a_quoted_name_with_its_head_word_after_the_marks_or_ending_it() -> None:
    found = _discover("为制定实施“十六五”规划、推动改革，“青禾行动2031”今天启动，各方谈及“和平协定”。", lang="zh")
    kinds = _kinds(found)
    assert kinds["“十六五”规划"] == "initiative"
    assert kinds["青禾行动"] == "initiative"  # the series; the round of a year is its alias
    assert _actor(found, "青禾行动").aliases.zh == ("青禾行动2031",)
    assert "和平协定" not in kinds  # a kind of agreement, no name


def test_an_edition_after_its_ordinal_is_its_series_with_the_edition_as_alias() -> None:
    found = _discover("第七届青禾国际电影节昨晚开幕。", lang="zh")
    assert _kinds(found) == {"青禾国际电影节": "initiative"}
    assert _actor(found, "青禾国际电影节").aliases.zh == ("第七届青禾国际电影节",)
    assert [m.surface for m in found.mentions] == ["第七届青禾国际电影节"]


def test_a_known_name_quoted_before_its_kind_word_is_the_known_one() -> None:
    assert _kinds(_discover("各方共建“一带一路”倡议。", lang="zh")) == {}


def test_a_year_before_a_quoted_name_makes_it_a_round_of_the_series() -> None:
    found = _discover("商务部称，“2031全国青禾购物节”首日销售额创新高。", lang="zh")
    assert _kinds(found) == {"全国青禾购物节": "initiative"}
    assert _actor(found, "全国青禾购物节").aliases.zh == ("2031全国青禾购物节",)


def test_a_numbered_craft_s_mission_is_an_initiative() -> None:
    found = _discover("青禾二十七号载人飞行任务发射场区展开合练。", lang="zh")
    assert _kinds(found) == {"青禾二十七号载人飞行任务": "initiative"}


def test_a_partnership_after_its_parties_abbreviation_is_named_but_one_of_counted_parties_is_not() -> None:
    assert _kinds(_discover("双方将打造更加稳定的中巴全面战略伙伴关系，造福人民。", lang="zh")) == {
        "中巴全面战略伙伴关系": "initiative"
    }
    assert _kinds(_discover("双方将深化四国伙伴关系，推进两国投资协定谈判。", lang="zh")) == {}


def test_quoted_slogans_and_bare_qualified_kinds_are_no_names() -> None:
    text = (
        "推动“三个坚持”，实现“手相牵”，授予“青禾标兵”称号，“十六五”时期，“双绿”目标，“甲乙制造2035”，"
        "举办“国际博览会”，第九届国际电影节开幕。"
    )
    assert _kinds(_discover(text, lang="zh")) == {}


def test_a_quoted_name_before_a_strategy_word_is_an_initiative() -> None:
    assert _kinds(_discover("实施“走向远海”战略。", lang="zh")) == {"“走向远海”战略": "initiative"}


def test_japanese_and_korean_festivals_and_exchange_years() -> None:
    assert _kinds(_discover("甲乙映画祭が開かれ、日中韓文化交流年が始まった。", lang="ja")) == {
        "甲乙映画祭": "initiative",
        "日中韓文化交流年": "initiative",
    }
    assert _kinds(_discover("갑을국제영화제가 열렸다. 프로젝트를 시작했다.", lang="ko")) == {
        "갑을국제영화제": "initiative"
    }


def test_an_ordinal_before_an_event_s_name_gives_the_edition_as_alias() -> None:
    found = _discover(
        "He will attend the Second Westhaven Summit for Growth and the 9th Northbay International Film Festival."
    )
    assert _actor(found, "Westhaven Summit for Growth").aliases.en == ("Second Westhaven Summit for Growth",)
    assert _actor(found, "Northbay International Film Festival").aliases.en == (
        "9th Northbay International Film Festival",
    )


def test_a_name_opening_with_its_ordinal_is_the_series_and_an_ordinal_summit_alone_is_none() -> None:
    found = _discover(
        "The Fifth Westhaven Summit, presided by the host, adopted a declaration.",
        "The Sixth Summit gathered the largest ever number of guests.",
    )
    assert _kinds(found) == {"Westhaven Summit": "organization"}
    assert _actor(found, "Westhaven Summit").aliases.en == ("Fifth Westhaven Summit",)


def test_a_kind_of_pact_is_no_agreement_and_a_named_one_is() -> None:
    found = _discover(
        "Twenty countries signed a Memorandum of Understanding, then a Framework Agreement, and hope for future "
        "Free Trade Agreements, among them the Westhaven Free Trade Agreement.",
        "They recalled the Treaty of Peace and Friendship.",  # a treaty's own name, made of common words
    )
    assert _kinds(found) == {
        "Westhaven Free Trade Agreement": "agreement",
        "Treaty of Peace and Friendship": "agreement",
    }


def test_the_parties_after_between_stay_inside_the_name() -> None:
    found = _kinds(_discover("The Agreement between Atlantis and the Republic of Utopia on Fisheries was signed."))
    assert found.get("Agreement between Atlantis and the Republic of Utopia on Fisheries") == "agreement"
    # an "and" after both parties still starts a new name
    found = _kinds(_discover("It cited the Treaty of Amity between Atlantis and Utopia and the Bank of Ruritania."))
    assert found.get("Treaty of Amity between Atlantis and Utopia") == "agreement"
    assert found.get("Bank of Ruritania") == "organization"


def test_an_abbreviated_month_after_on_or_of_ends_a_name() -> None:
    found = _kinds(_discover("He spoke at the third Westhaven Peace Forum on Nov. 12, 2020, by video."))
    assert found.get("Westhaven Peace Forum") == "organization"
    assert _kinds(_discover("They recalled the Tandry Declaration of Sept. 17 often.")).get("Tandry Declaration")


def test_a_party_congress_s_ordinal_is_its_edition() -> None:
    found = _kinds(_discover("Since the Eighth Tandry Labour Party Congress in 2021, Tandry changed course."))
    assert not any(name.startswith("Eighth") for name in found)


def test_a_plan_of_action_or_an_operating_company_alone_names_nothing() -> None:
    assert _kinds(_discover("As part of an August 2022 Plan of Action, the two sides will meet.")) == {}
    assert _kinds(_discover("The leases were developed by an Operating Company formed by the firm.")) == {}
    found = _kinds(_discover("They adopted the Westhaven Climate Plan of Action last year."))
    assert found.get("Westhaven Climate Plan of Action") == "initiative"
