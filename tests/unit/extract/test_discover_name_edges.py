"""Edges of discovered Chinese-script names (discover/name_edges.py): invented texts, one quirk each."""

from __future__ import annotations

from discovery import discover_texts
from nea_site.extract.discover import Discovery


def _names(found: Discovery, kind: str) -> set[str]:
    return {(a.name.zh or a.name.en or "") for a in found.actors if a.type == kind}


def test_a_day_glued_to_a_name_is_no_part_of_it() -> None:
    found = discover_texts("市委书记李丙1日到工厂调研。", lang="zh")
    assert "李丙1日" not in _names(found, "person")
    assert "李丙" in _names(found, "person")


def test_a_preposition_or_verb_glued_to_a_name_is_cut_off() -> None:
    found = discover_texts("副主席邵丙作年度工作报告。", "某国总统萨克拉贝卢致贺电。", lang="zh")
    people = _names(found, "person")
    assert "邵丙作" not in people and "萨克拉贝卢致" not in people
    assert "萨克拉贝卢" in people


def test_a_name_in_two_parts_is_one_person_and_its_last_part_is_theirs() -> None:
    found = discover_texts("欢迎某国总统亚历克斯·卢卡维奇来访。", "会见某国总统卢卡维奇。", lang="zh")
    assert _names(found, "person") == {"亚历克斯·卢卡维奇"}
    assert {m.surface for m in found.mentions} >= {"亚历克斯·卢卡维奇", "卢卡维奇"}


def test_a_quoted_strategy_is_named_without_the_verb_that_carries_it_out() -> None:
    found = discover_texts("规划对“实施美丽乡村战略”作出安排。", lang="zh")
    assert "美丽乡村战略" in _names(found, "initiative")
    assert "实施美丽乡村战略" not in _names(found, "initiative")


def test_a_verb_that_opens_a_real_name_stays() -> None:
    found = discover_texts("三国领导人通过了《推动三国合作行动计划》。", lang="zh")
    assert "推动三国合作行动计划" in _names(found, "agreement")


def test_directions_of_a_province_and_a_slogan_about_a_centre_name_no_body() -> None:
    found = discover_texts("辽宁西北部有小雪。", "行业从“以产品为中心”转向新模式。", lang="zh")
    assert _names(found, "organization") == set()


def test_the_imf_by_its_short_chinese_name_is_no_new_body() -> None:
    assert _names(discover_texts("中国同基金组织开展合作。", lang="zh"), "organization") == set()
