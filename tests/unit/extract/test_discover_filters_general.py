"""The last precision check on discovered actors (discover/filters_general.py): invented texts, one quirk each."""

from __future__ import annotations

from discovery import discover_texts
from nea_site.extract.discover import Discovery


def _names(found: Discovery, kind: str) -> set[str]:
    return {(a.name.en or a.name.zh or "").strip() for a in found.actors if a.type == kind}


def test_a_korean_date_word_beside_a_title_is_no_name() -> None:
    found = discover_texts("외교부는 김민수 장관이 오는 21일부터 22일까지 방문한다고 밝혔다.", lang="ko")
    assert "오는" not in _names(found, "person")


def test_korean_today_beside_a_title_is_no_name() -> None:
    found = discover_texts("김민수 장관은 오늘 공식 오찬을 한 뒤 오후에 회의를 가질 예정이다.", lang="ko")
    assert "오늘" not in _names(found, "person")
    assert "김민수" in _names(found, "person")


def test_a_korean_photo_credit_and_a_chaired_meeting_are_no_names() -> None:
    found = discover_texts(
        "김민수 장관 주재로 회의가 열린다. 남궁민 대변인 [사진=예시부] 이날 열린 회견에서 밝혔다.", lang="ko"
    )
    assert not {"주재", "사진", "이날"} & _names(found, "person")


def test_a_korean_meeting_noun_beside_a_title_is_no_name() -> None:
    found = discover_texts("앞서 오전에는 두 장관의 양자회담도 개최됩니다.", lang="ko")
    assert "양자회담" not in _names(found, "person")


def test_reporters_in_a_chinese_credit_line_are_no_actors() -> None:
    found = discover_texts(
        "外交部发言人李示范表示，三方保持沟通。", "来源：示例台 作者：记者 张道远 王晓明 编辑：李嘉明", lang="zh"
    )
    people = _names(found, "person")
    assert not {"张道远", "王晓明"} & people
    assert "李示范" in people


def test_reporters_in_a_traditional_credit_line_are_no_actors() -> None:
    found = discover_texts("來源：示例台 作者：記者 張道遠 王曉明 編輯：李嘉明", lang="zh")
    assert not {"張道遠", "王曉明"} & _names(found, "person")


def test_a_reporter_named_in_the_story_too_stays() -> None:
    found = discover_texts("外交部发言人张道远表示，三方保持沟通。", "作者：记者 张道远 王晓明", lang="zh")
    assert "张道远" in _names(found, "person")


def test_a_secretariat_named_by_a_pointing_determiner_is_no_new_organisation() -> None:
    found = discover_texts("三国の外相は同事務局による行事表の発出を歓迎しました。", lang="ja")
    assert "同事務局" not in _names(found, "organization")


def test_a_reporter_in_an_agencys_bracketed_dateline_is_no_actor() -> None:
    found = discover_texts("(示例社記者廖禹明首爾4日專電)外交部發言人李示範表示，三方保持溝通。", lang="zh")
    assert "廖禹明" not in _names(found, "person")


def test_a_japanese_courtesy_call_beside_a_title_is_no_name() -> None:
    found = discover_texts("総理は24日夕、来日した韓国の外交部長官の表敬を受けた。", lang="ja")
    assert "表敬" not in _names(found, "person")


def test_a_word_after_a_korean_title_closed_by_a_particle_is_no_name() -> None:
    found = discover_texts(
        "세 장관이 한자리에 모였다. 김민수 총리와 제9차 정상회의를 열었다. 중국 총리가 방한했다.", lang="ko"
    )
    people = _names(found, "person")
    assert not {"한자리", "제9차", "방한했다"} & people
    assert "김민수" in people


def test_a_sentence_after_a_chinese_title_and_colon_is_no_name() -> None:
    found = discover_texts("示例台记者：据报道，两国外长昨天举行了会谈。", "秘书长：张示范 王示例", lang="zh")
    people = _names(found, "person")
    assert "据报道" not in people
    assert {"张示范", "王示例"} <= people


def test_a_family_name_with_a_title_is_the_known_person_the_text_named_in_full() -> None:
    found = discover_texts("上川陽子外務大臣は釜山を訪れた。", "冒頭、上川大臣は会議の開催を歓迎した。", lang="ja")
    assert "上川" not in _names(found, "person")
    assert "kamikawa-yoko" in {m.actor for m in found.mentions if m.paragraph == 2}
