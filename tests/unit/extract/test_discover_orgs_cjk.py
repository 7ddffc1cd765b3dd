"""Chinese organisations named by what the sentence says they do; invented texts.

Also ordinals inside names, one body written two ways, and the vocabulary's credit-rating agencies and the
Security Council's permanent members.
"""

from __future__ import annotations

from conftest import REPO
from discovery import paragraph_of
from nea_site.curation import read_vocabulary
from nea_site.extract import make_extractor
from nea_site.extract.actors import find_actor_spans
from nea_site.extract.discover import Discovery, discover_actors

EXTRACTOR = make_extractor(read_vocabulary(REPO / "corpus" / "curated"))


def _discover(*texts: str) -> Discovery:
    paragraphs = [paragraph_of(i, t) for i, t in enumerate(texts, 1)]
    spans = {p.index: find_actor_spans(p.text, EXTRACTOR.gazetteer) for p in paragraphs}
    return discover_actors(paragraphs, spans, EXTRACTOR.gazetteer, EXTRACTOR.segmenter)


def _orgs(*texts: str) -> dict[str, str | None]:
    """Discovered organisations' Chinese names and the rule that found each."""
    return {a.name.zh or "": a.found_by for a in _discover(*texts).actors if a.type == "organization"}


def _known(text: str) -> set[str]:
    return {a for s in find_actor_spans(text, EXTRACTOR.gazetteer) for a in s.actors}


def test_a_body_that_publishes_figures_at_a_clause_start() -> None:
    assert _orgs("假期出行人数增加。岚铁集团数据显示，客流创新高。") == {"岚铁集团": "organisation_source"}


def test_a_body_quoted_with_according_to_and_a_day_word() -> None:
    assert "国家海洋健康委" in _orgs("据国家海洋健康委介绍，全国医护人员坚守岗位。")
    assert "加沙地带新闻办公室" in _orgs("数十人受伤。加沙地带新闻办公室今天称，营地被毁。")


def test_a_pronoun_or_one_character_opens_no_source_body() -> None:
    assert _orgs("该公司表示，产量增加。") == {}
    assert _orgs("多家银行表示，利率不变。") == {}
    assert _orgs("市文旅局介绍，游客增加。") == {}


def test_a_central_state_body_may_hold_verbs() -> None:
    found = _orgs("会议强调，高质量发展。中央海岸协调发展领导小组要加强统筹。")
    assert found == {"中央海岸协调发展领导小组": "organisation_state_body"}


def test_a_head_word_inside_a_longer_word_heads_no_state_body() -> None:
    assert _orgs("全国各地部分地区降雪。") == {}


def test_an_ordinal_inside_a_hospital_name() -> None:
    assert "岳阳市第三医院" in _orgs("1日早晨，在岳阳市第三医院急诊科，医生坚守岗位。")
    assert _orgs("政协第十四届全国委员会召开会议。").get("政协第十四届全国委员会") is None  # an edition


def test_a_place_alone_before_a_common_head_word_names_a_kind() -> None:
    assert _orgs("中国公司在海外投资。") == {}
    assert _orgs("美国科技公司在海外投资。") == {}


def test_an_oilfield_run_as_a_company_and_its_short_form_are_one_body() -> None:
    found = _discover("我国最大油气田——中国石油长庆油田全年生产油气。", "长庆油田还表示，产量创新高。")
    names = {a.name.zh: a.aliases.zh for a in found.actors if a.type == "organization"}
    assert names == {"中国石油长庆油田": ("长庆油田",)}


def test_a_country_written_short_and_in_full_before_one_body() -> None:
    found = _discover("俄罗斯国防部当天表示，防空系统拦截无人机。", "俄国防部称，行动继续。")
    names = {a.name.zh: a.aliases.zh for a in found.actors if a.type == "organization"}
    assert names == {"俄罗斯国防部": ("俄国防部",)}


def test_a_state_body_ending_is_no_short_form() -> None:
    found = _discover("英国国家统计局数据显示，物价上涨。", "国家统计局数据显示，产量增加。")
    assert "英国国家统计局" in {a.name.zh for a in found.actors}
    assert all(a.name.zh != "英国国家统计局" or not a.aliases.zh for a in found.actors)


def test_credit_rating_agencies_in_each_language() -> None:
    assert _known("穆迪和惠誉下调评级，标准普尔维持。") >= {"moodys", "fitch-ratings", "standard-and-poors"}
    assert _known("무디스는 등급을 유지했다.") == {"moodys"}
    assert _known("협상에 피치를 올렸다.") == set()  # "pitch": the bare Korean form is left out


def test_the_security_councils_permanent_members_as_a_group() -> None:
    assert "unsc-permanent-members" in _known("安理会常任理事国举行磋商。")
    assert "unsc-permanent-members" in _known("The P5 met on Monday.")


def test_a_place_before_one_bodys_known_name_is_that_body() -> None:
    found = _discover("日本共同通讯社发表评析文章指出，会谈议题广泛。")
    assert not [a for a in found.actors if a.type == "organization"]
    assert {s.surface for s in find_actor_spans("日本共同通讯社发表", EXTRACTOR.gazetteer)} >= {"共同通讯社"}


def test_a_place_before_every_states_ministry_name_is_its_own() -> None:
    assert "新西兰财政部" in _orgs("新西兰财政部发表声明，预算平衡。")


def test_a_place_word_inside_a_units_name() -> None:
    assert "国家发改委对外经济研究所" in _orgs("国家发改委对外经济研究所国际合作室主任甲乙丙说：")
    assert _orgs("他们在海外研究院工作。") == {}  # a place word alone makes no name


def test_an_armed_group_and_a_brigade_by_name() -> None:
    assert "库尔德武装" in _orgs("库尔德武装控制了该镇。")
    assert _orgs("反政府武装控制了该镇。") == {}  # no proper noun: a kind of group


def test_words_ending_like_a_brigade_that_are_travel_or_a_team() -> None:
    assert _orgs("推动北京文旅融合发展。") == {}
    assert _orgs("中国商旅市场回暖。") == {}


def test_a_source_jieba_knows_whole_as_a_body() -> None:
    assert "中国汽车工业协会" in _orgs("销量增长。中国汽车工业协会数据显示，出口增加。")


def test_a_common_head_after_places_and_common_nouns_speaks_for_a_kind() -> None:
    assert _orgs("消息传来。美国科技公司表示，将增加投资。") == {}
    assert _orgs("消息传来。科技公司称，将增加投资。") == {}
    assert _orgs("市场回暖。市文旅局介绍，游客增加。") == {}


def test_a_short_form_two_bodies_end_is_neither() -> None:
    found = _discover("北京大学国际关系学院和复旦大学国际关系学院的学者与会。", "国际关系学院院长表示，合作将继续。")
    assert all(not a.aliases.zh for a in found.actors if a.type == "organization")


def test_a_forum_branded_with_its_year() -> None:
    assert _orgs("2025甲乙街论坛年会今天在北京举行。") == {"甲乙街论坛": "organisation_year_forum"}
    assert _orgs("2020年经济论坛在北京举行。") == {}  # a kind of forum
    assert _orgs("2024年国际合作论坛在北京举行。") == {}  # a qualifier opens it


def test_every_rule_of_the_cjk_modules_has_a_label_in_both_languages() -> None:
    import re

    import yaml

    source = "".join(
        (REPO / "src" / "nea_site" / "extract" / "discover" / f"{name}.py").read_text(encoding="utf-8")
        for name in ("organizations_zh_context", "agreements_cjk")
    )
    rules = set(re.findall(r'"(?:organization|agreement)",\s*"([a-z_]+)"', source))
    assert {"organisation_source", "organisation_state_body", "organisation_year_forum", "meeting_declaration"} <= rules
    for lang in ("en", "zh"):
        labels = yaml.safe_load((REPO / "templates" / "labels" / f"{lang}.yml").read_text(encoding="utf-8"))
        assert {r for r in rules if f"found_by_{r}" not in labels} == set()


def test_a_ministry_of_two_fields_is_one_name_and_on_behalf_of_is_no_part_of_one() -> None:
    found = _orgs("甲省人民政府、文化和旅游部、国家广播电视总局主办。", "近日，住房和城乡建设部联合部署。")
    assert "文化和旅游部" in found and "住房和城乡建设部" in found and "旅游部" not in found
    assert set(_orgs("陈明代表中共中央统战部发言。")) == {"中共中央统战部"}
    assert "外交部和商务部" not in _orgs("外交部和商务部发表声明。")


def test_the_parties_a_dash_joins_open_an_initiatives_name() -> None:
    found = {a.name.zh for a in _discover("推动中国—东盟命运共同体建设，宣布明年为中国—东盟人文交流年。").actors}
    assert {"中国—东盟命运共同体", "中国—东盟人文交流年"} <= found
    assert "东盟命运共同体" not in found


def test_a_verb_phrase_or_a_joining_word_opens_no_body() -> None:
    assert _orgs("双方愿充分发挥中蒙科技合作委员会作用。") == {"中蒙科技合作委员会": "organisation_suffix"}
    # "暨" joins a conference and a group's meeting: no body runs across it
    assert _orgs("全国普查工作推进会暨评估领导小组第二次会议今天召开。") == {}


def test_a_preposition_jieba_took_into_a_name_after_a_title_is_no_person() -> None:
    found = {a.name.zh: a.type for a in _discover("他转达了主席对萨勒姆国王的问候。").actors}
    assert "对萨勒姆" not in found


def test_two_one_character_countries_open_a_community_s_name() -> None:
    found = {a.name.zh: a.type for a in _discover("双方同意为推进中柬命运共同体建设作出贡献。").actors}
    assert found == {"中柬命运共同体": "initiative"}


def test_a_dictionary_word_after_a_title_and_before_de_is_no_name() -> None:
    found = {a.name.zh: a.type for a in _discover("报道展现了主席卓越的领导才能。").actors}
    assert "卓越" not in found


def test_deepening_a_partnership_is_no_part_of_its_name() -> None:
    found = {a.name.zh for a in _discover("双方要深化甲乙全面战略伙伴关系，推动合作。").actors}
    assert not any(name.startswith("深化") for name in found)


def test_a_national_committee_after_an_edition_is_the_named_bodys_not_its_own() -> None:
    text = "例示会第六届全国委员会常务委员会第三次会议今天在例示市闭幕。"
    assert not any("委员会" in name for name in _orgs(text))


def test_points_of_the_compass_before_a_region_name_no_place() -> None:
    text = "例示铁路建成后，将带动中东部地区的旅游业发展。"
    assert {a.name.zh for a in _discover(text).actors if a.type == "place"} == set()


def test_a_named_group_is_an_organisation_and_a_bare_one_is_none() -> None:
    text = "“例示展望小组”于2030年发表了第二份报告。双方还成立了专家小组和工作组。"
    orgs = _orgs(text)
    assert "例示展望小组" in orgs
    assert not {"专家小组", "工作组", "小组"} & set(orgs)
