"""The vocabulary's leaders of the region (section `# --- people ---`): full names only, linked in every language.

The sentences are invented; each names a leader the way news or official records of its language do.
"""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import REPO
from discovery import EXTRACTOR, paragraph_of
from nea_site.extract.actors import find_actor_spans
from nea_site.extract.discover import discover_actors
from nea_site.text.script import to_simplified

_ACTORS = REPO / "corpus" / "curated" / "actors.yml"
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _people_section() -> list[dict[str, object]]:
    text = _ACTORS.read_text(encoding="utf-8")
    start = text.index("# --- people ---")
    end = text.index("\n# ", start + 1)  # the next top-level comment: the actors list ends there
    entries = yaml.safe_load("actors:\n" + text[start:end])["actors"]
    assert isinstance(entries, list)
    return entries


def _forms(entry: dict[str, object]) -> list[str]:
    aliases = entry.get("aliases") or {}
    assert isinstance(aliases, dict)
    return [*aliases.get("en", []), *aliases.get("zh", []), *aliases.get("other", [])]


def _is_full_name(form: str) -> bool:
    """Two words or more, or three or more CJK characters (Han, kana, Hangul): never a family name alone."""
    words = [w for w in re.split(r"[\s·・]+", form) if w]
    return len(words) >= 2 or len(_CJK_RE.findall(form)) >= 3


def test_the_section_is_people_with_names_in_both_languages() -> None:
    entries = _people_section()
    assert len(entries) > 150
    for entry in entries:
        assert entry["type"] == "person", entry["id"]
        name = entry["name"]
        assert isinstance(name, dict) and name.get("en") and name.get("zh"), entry["id"]


def test_every_alias_of_the_section_is_a_full_name() -> None:
    for entry in _people_section():
        name = entry["name"]
        assert isinstance(name, dict)
        for form in _forms(entry):
            # a two-character Chinese name in Traditional characters (張勉) is the full name too
            assert _is_full_name(form) or to_simplified(form) == name["zh"], (entry["id"], form)


def test_the_full_name_check_refuses_a_bare_family_name() -> None:
    assert not _is_full_name("Kishi")
    assert not _is_full_name("岸田")
    assert not _is_full_name("왕이")
    assert _is_full_name("Nobusuke Kishi")
    assert _is_full_name("기시 노부스케")
    assert _is_full_name("岸信介")


def test_no_form_of_the_section_belongs_to_another_actor() -> None:
    vocabulary = yaml.safe_load(_ACTORS.read_text(encoding="utf-8"))
    section_ids = {entry["id"] for entry in _people_section()}
    owners: dict[str, set[str]] = {}
    for actor in vocabulary["actors"]:
        name = actor["name"]
        for form in [name.get("en"), name.get("zh"), *_forms(actor)]:
            if form:
                owners.setdefault(to_simplified(form), set()).add(actor["id"])
    for form, ids in owners.items():
        assert len(ids) == 1 or not ids & section_ids, (form, sorted(ids))
    assert len(section_ids) == len(_people_section())  # no id twice


def _linked(text: str) -> dict[str, tuple[str, ...]]:
    spans = find_actor_spans(text, EXTRACTOR.gazetteer, segmenter=EXTRACTOR.segmenter)
    return {s.surface: tuple(s.actors) for s in spans}


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("岸信介首相は会談で貿易問題を取り上げた。", "岸信介", "kishi-nobusuke"),
        ("Prime Minister Nobusuke Kishi received the delegation in Velmar.", "Nobusuke Kishi", "kishi-nobusuke"),
        ("기시 노부스케 총리는 회담에서 무역 문제를 거론했다.", "기시 노부스케", "kishi-nobusuke"),
        ("日本首相佐藤荣作当天发表讲话。", "佐藤荣作", "sato-eisaku"),
        ("佐藤栄作首相は声明を発表した。", "佐藤栄作", "sato-eisaku"),
        ("Mr Eisaku Sato wrote to the Prime Minister.", "Eisaku Sato", "sato-eisaku"),
        ("The letter from Masayoshi Ohira reached Velmar.", "Masayoshi Ohira", "ohira-masayoshi"),
        ("朴正熙總統當日抵達。", "朴正熙", "park-chung-hee"),
        ("박정희 대통령은 이날 담화를 발표했다.", "박정희", "park-chung-hee"),
        ("Chou En-lai received the visitors.", "Chou En-lai", "zhou-enlai"),
        ("周恩來總理會見了代表團。", "周恩來", "zhou-enlai"),
        ("Sir Robert Menzies arrived on Monday.", "Sir Robert Menzies", "robert-menzies"),
        ("The cable quoted Kim Il Sung at length.", "Kim Il Sung", "kim-il-sung"),
        ("김일성 주석은 연설에서 이를 언급했다.", "김일성", "kim-il-sung"),
        ("美国国务卿布林肯当天抵达。", "国务卿布林肯", "antony-blinken"),
        ("蔣經國先生當年推動改革。", "蔣經國", "chiang-ching-kuo"),
        ("반기문 유엔 사무총장은 회의에 참석했다.", "반기문", "ban-ki-moon"),
        ("銭其琛外相は記者会見を開いた。", "銭其琛", "qian-qichen"),  # a Japanese shinjitai form
        ("朴正煕大統領が訪日した。", "朴正煕", "park-chung-hee"),
        ("ムン・ジェイン大統領は演説した。", "ムン・ジェイン", "moon-jae-in"),  # katakana in Japanese news
        ("Premier Sato told the Diet that talks would resume.", "Premier Sato", "sato-eisaku"),  # office + family
        ("大平首相は北京を訪問した。", "大平首相", "ohira-masayoshi"),
        ("오히라 총리는 베이징을 방문했다.", "오히라 총리", "ohira-masayoshi"),
        ("Prime Minister Ohira Masayoshi arrived.", "Prime Minister Ohira Masayoshi", "ohira-masayoshi"),
    ],
)
def test_a_leader_is_linked_as_written_in_each_language(text: str, surface: str, actor: str) -> None:
    assert _linked(text).get(surface) == (actor,)


@pytest.mark.parametrize(
    "text",
    [
        "各方将进一步提高建设水平。",  # 高建 (Goh Kun) across 提高 + 建设
        "政府允许政府间合作继续进行。",  # 许政 (Heo Jeong) across 允许 + 政府
        "报告赵显示了新的趋势。",  # 赵显 (Cho Hyun) before 显示
        "他陈毅然决然地离开了。",  # 陈毅 (Chen Yi) before 毅然
        "张勉强同意了这个方案。",  # 张勉 (Chang Myon) before 勉强
        "The Prime Minister said that Kishi Street would be closed.",  # a family name alone is no one
        "Prime Minister Fukuda arrived.",  # two prime ministers bear the name: the office tells neither
        "President Park spoke.",
    ],
)
def test_a_short_name_inside_other_words_links_no_leader(text: str) -> None:
    section_ids = {entry["id"] for entry in _people_section()}
    assert not {a for actors in _linked(text).values() for a in actors} & section_ids


def test_a_family_name_alone_is_the_leader_the_document_names_in_full() -> None:
    paragraphs = [
        paragraph_of(1, "Prime Minister Nobusuke Kishi received the delegation."),
        paragraph_of(2, "Mr Kishi said the talks had gone well."),
    ]
    spans = {p.index: find_actor_spans(p.text, EXTRACTOR.gazetteer) for p in paragraphs}
    found = discover_actors(paragraphs, spans, EXTRACTOR.gazetteer, EXTRACTOR.segmenter, persons=EXTRACTOR.people)
    assert "kishi-nobusuke" in {m.actor for m in found.mentions if m.paragraph == 2}
