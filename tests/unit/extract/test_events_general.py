"""Events of texts never seen, as probes showed them (invented texts, one quirk each)."""

from __future__ import annotations

from functools import cache

import pytest

from conftest import REPO
from nea_site.curation import merge_metadata, read_vocabulary
from nea_site.extract import Extraction, Extractor, extract_document, make_extractor
from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document


@cache
def _extractor() -> Extractor:
    return make_extractor(read_vocabulary(REPO / "corpus" / "curated"))


def _extract(text: str) -> Extraction:
    source = SourceText(source_id=SourceId("g"), file_name="g.txt", text=text, encoding="utf_8", sha256="0")
    return extract_document(merge_metadata(parse_document(source), None, sha256="0"), _extractor())


def _events(text: str) -> list[str]:
    return [e.date.iso() for e in _extract(text).events]


def test_a_plans_span_of_years_in_brackets_is_no_happening() -> None:
    text = "Statement of the Ministers\n\nThe Ministers welcomed progress under the Example Work Plan (2018-2022).\n"
    assert _events(text) == []


def test_a_term_of_office_opening_a_line_still_dates_who_took_office() -> None:
    text = "历任秘书长\n\n（2011-2013）张示例出任秘书处首任秘书长，秘书处正式成立。\n"
    assert "2011" in _events(text)


def test_a_long_numbered_sentence_alone_is_a_paragraph_and_holds_its_event() -> None:
    text = (
        "Chairman's Statement of the Example Meeting\n\n"
        "1. The 20th Example Foreign Ministers' Meeting was held on 2 August 2019 in Exampleton, chaired by the "
        "Minister of Foreign Affairs of the host country, with all members taking part in the discussions.\n\n"
        "Review of the Cooperation\n\n"
        "2. The Ministers reiterated that the process remains important for the region.\n"
    )
    assert "2019-08-02" in _events(text)


def test_a_spokesperson_holding_the_regular_press_conference_is_a_happening() -> None:
    text = "外交部：三方保持沟通\n\n2023-10-20 16:08\n\n10月20日，外交部发言人张示例主持例行记者会。\n"
    assert _events(text) == ["2023-10-20"]


def test_a_korean_press_conference_is_a_happening() -> None:
    text = "외교부 브리핑\n\n입력 2023-11-06 15:49\n\n외교부 대변인은 지난 3일 정례 기자회견에서 입장을 설명했다.\n"
    assert _events(text) == ["2023-11-03"]


def _quotes(text: str) -> list[str]:
    return [e.evidence.quote for e in _extract(text).events]


def test_a_reporters_question_in_a_press_conference_is_no_event() -> None:
    text = (
        "2024年5月27日示例部发言人例行记者会\n\n"
        "示例社记者：三国领导人会议今天在首尔举行。中方对此次会议有何评价？\n\n"
        "Example Wire: The ministers met in Busan on Monday. Can you tell us whether they met again on Tuesday?\n"
    )
    quotes = _quotes(text)
    assert "示例社记者：三国领导人会议今天在首尔举行。" in quotes
    assert not [quote for quote in quotes if quote.endswith(("？", "?"))]


def test_with_japan_and_korea_is_not_the_same_day() -> None:
    text = "示例会议举行\n\n2024年5月27日\n\n会议今天在首尔举行。我们愿同日韩一道推动合作，并同日本签署协定。\n"
    assert _events(text) == ["2024-05-27"]


def test_a_timelines_items_open_with_their_year_in_the_present_tense() -> None:
    text = (
        "# A short history\n\nPublished 2024-05-25\n\n"
        "- 2011: The secretariat opens in the capital.\n"
        "- May 2012 – The three countries sign an investment agreement.\n"
        "- 2015 (Nov. 1): The sixth summit takes place after a pause.\n"
        "- 2019: 5.2% growth, the statistics office said.\n"
    )
    assert _events(text) == ["2011", "2012-05", "2015-11-01"]


def test_a_month_named_last_or_next_counts_from_the_texts_year() -> None:
    head = "# Talks\n\nPublished 2024-05-22\n\n"
    assert _events(head + "The leaders met on the sidelines of the summit last November.") == ["2023-11"]
    assert _events(head + "The next summit will be held next March in the capital.") == ["2025-03"]
    assert _events(head + "The ministers met this January in the capital.") == ["2024-01"]
    # the latest such month before the text's month, the first after it
    assert _events(head + "Last April, Atlantis hosted a summit on climate.") == ["2024-04"]
    assert _events(head + "The envoys will meet next September in the capital.") == ["2024-09"]


def test_an_event_dated_after_the_text_is_marked_scheduled() -> None:
    head = "# Talks\n\nPublished 2024-05-22\n\n"
    events = _extract(head + "The ministers met on Monday. Talks will be held early next month in the capital.").events
    assert [(e.date.iso(), e.scheduled) for e in events] == [("2024-05-20", False), ("2024-06", True)]
    assert [e.scheduled for e in _extract(head + "The pact is due to take effect in January 2026.").events] == [True]


def test_a_month_after_a_deadline_year_counts_from_the_texts_year() -> None:
    head = "# Budget\n\nPublished 2023-08-15\n\n"
    text = "By 2030 the plan should double the fleet. A decree was signed in June to fund it."
    assert _events(head + text) == ["2023-06"]
    assert _events(head + "到2030年，贸易额将翻一番。6月，三国签署了协议。") == ["2023-06"]


def test_the_day_before_or_after_counts_from_the_day_named_before() -> None:
    head = "# Summit\n\nPublished 2024-05-27\n\n"
    assert _events(head + "李强26日抵达首尔。次日，三国领导人举行会议。") == ["2024-05-26", "2024-05-27"]
    assert _events(head + "정상들은 27일 회의를 열었다. 대통령은 전날 총리와 회담을 했다.") == [
        "2024-05-27",
        "2024-05-26",
    ]
    assert _events(head + "The leaders met on Monday. The day before, the ministers held talks.") == [
        "2024-05-27",
        "2024-05-26",
    ]


def test_a_places_tomorrow_is_its_future_not_a_day() -> None:
    head = "# New year\n\nPublished 2024-01-01\n\n"
    assert _events(head + "市民表示，相信这座城市的明天会更好。") == []
    assert _events(head + "三国外长明天将在东京举行会谈。") == ["2024-01-02"]


def test_a_meeting_held_in_a_year_to_come_is_scheduled() -> None:
    text = (
        "# Joint Declaration\n\nVelmar City, 14 March 2025\n\n"
        "1. We decided to hold the Sixth Trilateral Summit in Tandry in 2026.\n\n"
        "2. The summit leaders expect trade to double in 2030.\n"
    )
    events = {e.date.iso(): e for e in _extract(text).events}
    assert "2026" in events and events["2026"].scheduled
    assert "2030" not in events  # a meeting noun without a verb of holding one schedules nothing


def test_a_wire_statement_of_a_body_on_a_weekday_is_an_event() -> None:
    text = (
        "Council backs the trade pact\n\nThursday, Nov 19, 2020\n\n"
        "WESTHAVEN, Nov. 18 (Examplewire) -- The Harbour Council on Wednesday stressed the importance of putting "
        "the Coastal Trade Pact into practice.\n"
    )
    events = _extract(text).events
    assert [e.date.iso() for e in events] == ["2020-11-18"]
    assert "stressed" in events[0].evidence.quote


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Utopia was granted observer status in August 2021.", "2021-08"),
        ("Utopia applied for observer status in 2018, although this was vetoed.", "2018"),
        ("On 24 July 2021, the frigate Tandry undertook an exercise with the Atlantean navy.", "2021-07-24"),
        ("This matters more after the invasion of Ruritania in 2022.", "2022"),
        ("The record of the conversation between Roe and Doe on 30th August 1956 survives.", "1956-08-30"),
        ("On 26 November 1956 the minister replied that attention had been given to it.", "1956-11-26"),
    ],
)
def test_a_grant_an_application_an_exercise_an_invasion_or_a_reply_is_a_happening(text: str, iso: str) -> None:
    assert _events(f"A note\n\n{text}\n") == [iso]


DIGEST = """# Weekly brief

## 1. Harbour

**12 March 2024**

The ministers of Atlantis and Utopia signed a fisheries protocol in Westhaven. Officials said more talks would follow.

## 2. Rail link

**14 March 2024 (Thu)**

The rail board approved the coastal line.

## 3. Outlook

Analysts expect traffic to grow.
"""


def test_a_digest_s_date_lines_date_the_happening_told_under_each() -> None:
    events = _extract(DIGEST).events
    assert [(e.date.iso(), e.evidence.quote.split()[1]) for e in events] == [
        ("2024-03-12", "ministers"),
        ("2024-03-14", "rail"),
    ]


def test_one_date_line_alone_dates_no_sentence() -> None:
    text = DIGEST.split("## 2.")[0]
    assert _extract(text).events == ()


def test_a_wire_dateline_is_when_it_was_reported_not_when_it_happened() -> None:
    head = "Route opens\n\nThursday, Nov 19, 2020\n\n"
    text = head + "WESTHAVEN, Nov. 18 (Examplewire) -- A new freight route was launched Tuesday, officials said.\n"
    assert _events(text) == ["2020-11-17"]
    # what is to come, with no other date: nothing happened on the dateline's day
    text = head + "WESTHAVEN, Nov. 18 (Examplewire) -- The premier will hold a roundtable meeting with bankers.\n"
    assert _events(text) == []
    # the same day told again: one event
    text = head + "WESTHAVEN, Nov. 18 (Examplewire) -- The council on Wednesday adopted the plan.\n"
    assert _events(text) == ["2020-11-18"]
    # after a photo's credit, and after another sentence of the paragraph
    credit = "(Examplewire/Tan Wenli) WESTHAVEN, Nov. 18 (Examplewire) -- A new freight route was launched Tuesday.\n"
    assert _events(head + credit) == ["2020-11-17"]
    later = "The port grew. WESTHAVEN, Nov. 18 (Examplewire) -- A new freight route was launched Tuesday.\n"
    assert _events(head + later) == ["2020-11-17"]


def test_a_note_telling_a_later_day_as_done_is_no_scheduled_happening() -> None:
    text = (
        "Cablegram to Westhaven\n\n22nd November, 1956\n\nThe talks stalled again this week.\n\n"
        "1 On 26 November Roe replied that the talks had resumed.\n\n"
        "2 Doe said that the council had agreed to open an office by the beginning of December.\n"
    )
    events = {e.date.iso(): e.scheduled for e in _extract(text).events}
    assert events.get("1956-11-26") is False


def test_one_date_over_a_text_and_at_its_signature_dates_no_sentence() -> None:
    text = (
        "# Joint statement\n\n## Text\n\n**12 March 2024**\n\n"
        "The ministers of Atlantis and Utopia signed a fisheries protocol in Westhaven.\n\n**12 March 2024**\n"
    )
    assert _extract(text).events == ()


def test_the_date_naming_a_numbered_order_or_resolution_dates_no_happening() -> None:
    text = (
        "Joint Statement\n\n"
        "Atlantis will remove the duties imposed by Executive Order 9876 of March 3, 2031, on goods of Utopia.\n\n"
        "Utopia will lift the measures imposed by Announcement of the Tariff Board No. 4 of 2030.\n\n"
        "On May 5, 2031, the President signed Executive Order 9901.\n"
    )
    assert _events(text) == ["2031-05-05"]


def test_becoming_a_member_is_a_happening() -> None:
    head = "# Talks\n\nPublished 2031-03-04\n\n"
    assert _events(head + "Utopia on March 2 became a member of the Harbour Council, the regional body.") == [
        "2031-03-02"
    ]


def test_a_negated_happening_is_no_event() -> None:
    head = "# Talks\n\nPublished 2031-03-04\n\n"
    assert _events(head + "That was not discussed today.") == []
    assert _events(head + "The ministers did not sign the accord on Monday.") == []
    assert _events(head + "The ministers signed the accord on Monday.") == ["2031-03-03"]
    assert _events(head + "双方3月2日未签署任何协定。") == []
    assert _events(head + "双方3月2日签署了协定。") == ["2031-03-02"]


def test_months_counted_from_january_are_a_statistics_period_without_fen() -> None:
    text = "例示新闻\n\n2022-11-12\n\n例示部今天发布，今年1—10月，例示省新开工项目3100个。\n"
    assert _events(text) == ["2022-11-12"]


def test_a_later_date_in_a_chinese_sentence_does_not_take_the_verb_before_its_comma() -> None:
    text = "例示新闻\n\n2022-11-12\n\n甲国11日发布的统计显示，甲国10月物价涨幅为6.1%。\n"
    assert _events(text) == ["2022-11-11"]


def test_an_air_strike_told_after_a_statement_is_its_own_happening() -> None:
    text = "例示新闻\n\n2024-05-27\n\n例示省应急部门今天（5月27日）发表通报说，26日晚，乙方无人机空袭了一处仓库。\n"
    assert _events(text) == ["2024-05-27", "2024-05-26"]


def test_a_bulletins_summary_line_dates_nothing_its_report_below_does() -> None:
    text = (
        "# 例示新闻 (20230901)\n\n## 新闻摘要\n\n8.甲某将在2023年例示国际交易会全球峰会上致辞；\n\n"
        "（4）例示保护法今天正式施行；\n\n## 详细新闻\n\n### 甲某将在2023年例示国际交易会全球峰会上致辞\n\n"
        "2023年例示国际交易会全球峰会将于9月2日在例示市举行，甲某将以视频方式致辞。\n\n"
        "### 国内快讯\n\n例示保护法今天正式施行。该法共六章。\n"
    )
    events = _extract(text).events
    assert sorted(e.date.iso() for e in events) == ["2023-09-01", "2023-09-02"]
    assert not any("；" in e.evidence.quote for e in events)


def test_a_year_naming_a_fair_leaves_the_verb_to_the_day_before_it() -> None:
    text = "例示新闻\n\n2024-09-12\n\n9月12日，例示省省长甲某向2024年例示农业博览会致贺信。\n"
    assert _events(text) == ["2024-09-12"]
    assert _events("例示新闻\n\n2018-05-10\n\n2018年甲乙丙领导人会议在例示市举行。\n") == ["2018"]


def test_a_date_followed_by_since_counts_a_stretch_not_a_happening() -> None:
    text = (
        "例示新闻\n\n2024-10-10\n\n乙方9日称，3月初以来，乙方已在例示省开展了400余次巡查。\n\n"
        "甲某指出，今年以来，例示省旅游业稳步回暖。\n"
    )
    assert _events(text) == ["2024-10-09"]
