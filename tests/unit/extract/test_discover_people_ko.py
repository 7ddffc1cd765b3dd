"""Korean people next to a title with the office's body between, and the name's gloss in parentheses; invented."""

from __future__ import annotations

from conftest import REPO
from discovery import discover_texts, paragraph_of
from nea_site import lexicon
from nea_site.curation import read_vocabulary
from nea_site.extract import make_extractor
from nea_site.extract.actors import find_actor_spans
from nea_site.extract.discover import Discovery, discover_actors
from nea_site.extract.discover.ja_ko import ko_names
from nea_site.extract.discover.rules import compiled_rules

EXTRACTOR = make_extractor(read_vocabulary(REPO / "corpus" / "curated"))
RULES = compiled_rules(lexicon.current())


def _people(text: str) -> dict[str, str | None]:
    return {f.name: f.other for f in ko_names(text, RULES) if f.type == "person"}


def _discover(*texts: str) -> Discovery:
    paragraphs = [paragraph_of(i, t) for i, t in enumerate(texts, 1)]
    spans = {p.index: find_actor_spans(p.text, EXTRACTOR.gazetteer) for p in paragraphs}
    return discover_actors(paragraphs, spans, EXTRACTOR.gazetteer, EXTRACTOR.segmenter)


def test_a_name_before_the_offices_body_and_title() -> None:
    assert _people("송민석 외교통상부 장관이 회의에 참석했다.") == {"송민석": None}


def test_a_word_that_is_no_body_between_keeps_no_name() -> None:
    assert _people("송민석 오늘 장관이 참석했다.") == {}


def test_the_names_chinese_characters_in_parentheses() -> None:
    assert _people("윤민세(尹敏世) 외교부 장관은 말했다.") == {"윤민세": "尹敏世"}


def test_a_latin_gloss_between_name_and_title() -> None:
    assert _people("김철수(Kim Chul-soo) 교수는 말했다.") == {"김철수": "Kim Chul-soo"}


def test_a_glossed_korean_person_is_named_in_chinese_not_in_english() -> None:
    found = _discover("윤민세(尹敏世) 외교부 장관은 말했다.")
    person = next(a for a in found.actors if a.type == "person")
    assert (person.name.zh, person.name.en, person.aliases.other) == ("尹敏世", None, ("윤민세",))


def test_a_gloss_the_vocabulary_knows_is_that_actor() -> None:
    found = _discover("왕이밍(王毅) 외교부장은 말했다.")
    assert not [a for a in found.actors if a.type == "person"]
    assert "wang-yi" in {m.actor for m in found.mentions}


def test_a_body_and_its_title_written_as_one_word() -> None:
    found = {(f.name, f.type) for f in ko_names("송민석 외교부장관은 말했다.", RULES)}
    assert found == {("송민석", "person")}  # the office, as "外交部长" names no ministry


def test_a_verb_after_a_title_is_no_name() -> None:
    assert _people("장관이 방문했다.") == {}


def test_a_numbered_vice_minister_is_a_title() -> None:
    assert _people("송민석 외교부 1차관은 이날 도쿄에서 회담했다.") == {"송민석": None}


def test_an_office_s_field_and_title_written_as_one_word() -> None:
    found = _discover("한편 홍지민 국민소통수석은 입장문에서 기대했다.")
    assert [a.aliases.other for a in found.actors] == [("홍지민",)]


def test_a_common_title_wants_a_full_name_beside_it() -> None:
    assert _discover("지역 대표 기업이 참석했다. 최고 수석은 말했다.").actors == ()
    found = _discover("오늘 남궁진 대표는 국회에서 말했다.")
    assert [a.aliases.other for a in found.actors] == [("남궁진",)]


def test_a_direction_or_a_place_ending_like_a_body_is_no_organisation() -> None:
    found = {(f.name, f.type) for f in ko_names("사람들은 반도 남서부에 살았고 청군은 이태원 일대를 공격했다.", RULES)}
    assert not any(kind == "organization" for _, kind in found)


def test_a_research_fellow_is_a_person_not_a_body() -> None:
    # "연구위원" ends like a body ("…원") but is a title: the name beside it is a person's.
    found = ko_names("가나연구소 송민석 수석연구위원은 이번 회담은 의미가 크다고 평가했다.", RULES)
    assert {(f.name, f.type) for f in found} == {("가나연구소", "organization"), ("송민석", "person")}


def test_a_fund_is_a_body() -> None:
    found = ko_names("가나국제교류기금은 다음 달 학술회의를 연다.", RULES)
    assert {(f.name, f.type) for f in found} == {("가나국제교류기금", "organization")}


def test_a_country_between_a_name_and_its_title() -> None:
    # "왕소명 중국 외교부장": the country the vocabulary knows stands where a body's name may.
    found = _discover("송민석 장관은 지난 22일 왕소명 중국 외교부장과 회담했다.")
    assert "왕소명" in {a.name.zh or a.name.en for a in found.actors if a.type == "person"}
    assert _people("왕소명 중국 외교부장과 회담했다.") == {}  # without the vocabulary, no known country


def test_a_known_place_before_a_declaration_word_names_it() -> None:
    found = discover_texts("2006년 회의에서는 쿠알라룸푸르 선언이 채택되었다.", lang="ko").actors
    assert [(a.name.en, a.type) for a in found] == [("쿠알라룸푸르 선언", "agreement")]
    assert discover_texts("정부는 선언을 발표했다.", lang="ko").actors == ()  # the word alone names nothing


def test_a_post_ending_like_a_body_names_no_organisation() -> None:
    found = _discover("2031.04.10. 갑시 공무원 을시 파견(1년간/1명), 승무원과 임원도 함께 갔다.")
    assert not [a.name.en or a.name.zh for a in found.actors if a.type == "organization"]


def test_a_name_ending_like_a_body_before_a_persons_title_is_a_person() -> None:
    found = _discover("나은원 원내대표는 회동 직후 말했다. 한지원 대변인도 말했다.")
    assert {(a.name.en or a.name.zh, a.type) for a in found.actors} >= {("나은원", "person")}
    assert not [a for a in found.actors if a.type == "organization"]
    # a title ending in 장 heads a body: "국정원 원장" keeps the body
    kept = _discover("갑을원 원장이 보고했다.")
    assert [(a.name.en or a.name.zh, a.type) for a in kept.actors] == [("갑을원", "organization")]


def test_support_after_a_noun_and_a_visit_after_a_title_name_nobody() -> None:
    found = discover_texts("양측은 중유지원에 합의했다. 예시기구 사무총장 방북 예정.", lang="ko").actors
    names = {a.name.en or a.name.zh for a in found}
    assert "중유지원" not in names and "방북" not in names
