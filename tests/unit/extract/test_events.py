"""Events from news sentences: happening words, weekdays counted from the text's date, forecasts left out."""

from __future__ import annotations

from functools import cache

from conftest import REPO
from nea_site.curation import merge_metadata, read_vocabulary
from nea_site.extract import Extraction, Extractor, extract_document, make_extractor
from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document


@cache
def _extractor() -> Extractor:
    return make_extractor(read_vocabulary(REPO / "corpus" / "curated"))


def _extract(body: str) -> Extraction:
    text = f"Leaders meet in Seoul\n\nMay 28, 2024\n\n{body}\n"  # a Tuesday
    source = SourceText(source_id=SourceId("e"), file_name="e.txt", text=text, encoding="utf_8", sha256="0")
    return extract_document(merge_metadata(parse_document(source), None, sha256="0"), _extractor())


def _events(body: str) -> list[tuple[str, str]]:
    return [(e.date.iso(), e.resolution) for e in _extract(body).events]


def test_attending_is_a_happening() -> None:
    assert _events("Chinese Premier Li Qiang on Monday attended a banquet given by the host.") == [
        ("2024-05-27", "relative")
    ]


def test_a_bare_weekday_of_news_style_dates_its_event() -> None:
    assert _events("South Korea, China and Japan agreed Monday to resume their talks.") == [("2024-05-27", "relative")]


def test_a_weekday_to_come_is_a_scheduled_event_and_a_year_to_come_a_forecast() -> None:
    # "will" dated to a day: scheduled (the coming Saturday); "will" with a year alone stays a forecast.
    assert _events("The foreign ministers will meet in Tokyo on Saturday.") == [("2024-06-01", "relative")]
    assert _events("The three countries will sign the agreement in 2026.") == []


def test_full_width_digits_date_the_text_and_its_events() -> None:
    text = "中日韩合作大事记\n\n２０２４年５月２８日\n\n２００８年１２月１３日，首次中日韩领导人会议在日本福冈举行。\n"
    source = SourceText(source_id=SourceId("f"), file_name="f.txt", text=text, encoding="utf_8", sha256="0")
    record = merge_metadata(parse_document(source), None, sha256="0")
    extraction = extract_document(record, _extractor())
    assert record.meta.published == "2024-05-28"
    assert [(d.expression, d.start.iso() if d.start else None) for d in extraction.dates] == [
        ("２００８年１２月１３日", "2008-12-13")  # the expression as written
    ]
    assert [e.date.iso() for e in extraction.events] == ["2008-12-13"]


def test_reaching_a_figure_is_no_happening_but_reaching_an_agreement_is() -> None:
    assert _events("Trade between China and Japan reached about USD 350 billion in 2022.") == []
    assert _events("Trilateral trade reached a record high in 2022.") == []
    assert _events("The three countries reached an agreement in 2022.") == [("2022", "explicit")]


def test_a_list_item_s_event_and_claim_leave_out_its_mark() -> None:
    extraction = _extract("Milestones:\n\n- RCEP entered into force on 1 January 2022, raising trade by 5%.\n")
    (event,) = extraction.events
    assert event.label.en == "RCEP entered into force on 1 January 2022, raising trade by 5%"
    assert event.evidence.quote.startswith("RCEP")
    assert [c.evidence.quote[:4] for c in extraction.claims] == ["RCEP"]


def test_two_expressions_of_one_day_in_a_sentence_are_one_event() -> None:
    body = "SEOUL, May 28, 2024 — The three leaders agreed on Tuesday to restart talks on a free trade agreement."
    assert _events(body) == [("2024-05-28", "explicit")]


def test_a_date_opening_its_sentence_dates_a_happening_named_far_after_it() -> None:
    body = (
        "On 28 November 1999, Japanese Prime Minister Keizo Obuchi, Chinese Premier Zhu Rongji and South Korean "
        "President Kim Dae-jung met over breakfast in Manila during the ASEAN Plus Three summit."
    )
    assert _events(body) == [("1999-11-28", "explicit")]
    # Not opening the sentence, the date reaches only its own neighbourhood.
    later = (
        "The breakfast of 28 November 1999 was remembered by the officials of all three foreign ministries "
        "long after the leaders met over breakfast in Manila."
    )
    assert _events(later) == []


def test_years_named_as_what_was_designated_are_no_events() -> None:
    assert _events("2019年12月，三方同意将2020年和2021年定为“中日韩文化体育交流年”，并举行了启动仪式。") == [
        ("2019-12", "explicit")
    ]
    english = "In December 2019 the leaders agreed and designated 2020 and 2021 as the Years of Culture and Sport."
    assert _events(english) == [("2019-12", "explicit")]


def test_recovering_to_a_level_is_no_happening_but_resuming_is() -> None:
    assert _events("据统计，2023年三国人员往来恢复至疫情前的约七成，贸易额保持稳定。") == []
    assert _events("2023年11月，三国恢复了中断四年的外长会议机制。") == [("2023-11", "explicit")]


def test_a_photo_caption_in_the_present_tense_dates_its_happening() -> None:
    caption = "Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida attend a press conference in Seoul"
    assert _events(f"{caption}, South Korea, May 27, 2024.") == [("2024-05-27", "explicit")]
    # To come, on a given day: scheduled.
    assert _events("Chinese Premier Li Qiang will attend the summit in Seoul on May 30, 2024.") == [
        ("2024-05-30", "explicit")
    ]


def test_measures_imposed_lifted_or_suspended_are_happenings() -> None:
    assert _events("In July 2019, Japan tightened controls on exports of three chemicals to South Korea.") == [
        ("2019-07", "explicit")
    ]
    assert _events("The export curbs were lifted in March 2023 by the Japanese government.") == [
        ("2023-03", "explicit")
    ]
    assert _events("2023年8月，中方暂停进口日本水产品，韩方则未采取类似措施。") == [("2023-08", "explicit")]


def test_an_event_s_label_leaves_out_the_news_dateline() -> None:
    english = _extract("SEOUL, May 28, 2024 — The three leaders agreed on Tuesday to restart talks.").events
    assert [e.label.en for e in english] == ["The three leaders agreed on Tuesday to restart talks"]
    chinese = _extract("新华社首尔5月28日电（记者张伟）第九次中日韩领导人会议28日在首尔举行。").events
    assert [e.label.zh for e in chinese] == ["第九次中日韩领导人会议28日在首尔举行"]
    assert chinese[0].evidence.quote.startswith("新华社首尔5月28日电")  # the quote stays verbatim


def test_korean_and_japanese_verbs_make_happenings() -> None:
    assert _events("2014년 외교장관 회담은 부산에서 열렸다.") == [("2014", "explicit")]
    assert _events("2004年3月に閣僚会議で行動計画が採択された。") == [("2004-03", "explicit")]
    assert _events("韩国国防部26日称，朝鲜发射了一枚导弹。") == [("2024-05-26", "relative")]


def test_a_japanese_date_opening_its_sentence_with_a_comma_dates_its_whole_clause() -> None:
    text = (
        "2019年3月14日、例示国財務省は甲銀行が乙国の不正行為に深く関与していたとして、"
        "同国の全ての金融機関との取引禁止を発表した。"
    )
    assert _events(text) == [("2019-03-14", "explicit")]


def test_japanese_visits_and_talks_are_happenings() -> None:
    assert _events("2019年5月2日、例示国首相が訪米。") == [("2019-05-02", "explicit")]
    assert _events("2019年5月3日、甲外相が民間団体と懇談。") == [("2019-05-03", "explicit")]
    assert _events("2019年5月4日、条約に調印した。") == [("2019-05-04", "explicit")]


def test_recurrences_and_anniversaries_are_no_events() -> None:
    assert _events("The leaders have held the summit annually since 2008.") == []
    assert _events("두 나라는 2013년부터 매년 개최하는 포럼을 운영한다.") == []
    assert _events("2021年是该论坛首次举办20周年。") == []


def test_a_date_in_a_wiki_citation_is_no_event() -> None:
    body = "同年9月，在大连举行第三轮磋商<ref>{{cite web|url=http://x.example/a|title=磋商|date=2016-03-15}}</ref>。"
    extraction = _extract(body)
    assert [e.date.iso() for e in extraction.events] == []  # "同年" has no year before it; 2016-03-15 is the citation's
    body = "2014年9月，在大连举行第三轮磋商<ref>{{cite web|url=http://x.example/a|date=2016-03-15}}</ref>。"
    events = _extract(body).events
    assert [e.date.iso() for e in events] == ["2014-09"]
    assert events[0].evidence.quote == "2014年9月，在大连举行第三轮磋商"  # the quote stops before the citation


def test_a_scheduled_day_is_an_event_a_target_and_a_data_period_are_not() -> None:
    assert _events("第二届论坛将于6月2日在天津举行。") == [("2024-06-02", "relative")]
    assert _events("双方同意年内启动投资协定谈判。") == []
    assert _events("海关公布的数据显示，1—3月份，出口额同比增长2.1%。") == []


def test_dates_listed_together_share_their_verb() -> None:
    assert _events("该部门25日晚、26日凌晨先后发表通报。") == [
        ("2024-05-25", "relative"),
        ("2024-05-26", "inferred"),  # its month from the date before it
    ]


def test_a_date_cell_under_a_meetings_heading_is_the_meeting_s_date() -> None:
    text = (
        "Meetings\n\nMay 28, 2024\n\n## Foreign ministers' meetings\n\n2016년 4월 9일\n\n## Members\n\n2016년 5월 1일\n"
    )
    source = SourceText(source_id=SourceId("t"), file_name="t.md", text=text, encoding="utf_8", sha256="0")
    record = merge_metadata(parse_document(source), None, sha256="0")
    events = extract_document(record, _extractor()).events
    assert [(e.date.iso(), e.evidence.quote) for e in events] == [("2016-04-09", "2016년 4월 9일")]


def test_an_article_s_heading_year_dates_a_month_without_its_year() -> None:
    # No date of its own (an encyclopedia article): "今年8月" under the heading "2013年" is August 2013.
    text = "两国交流\n\n## 2013年\n\n据报道，今年8月上旬两国外长会谈中确认了合作方向。\n"
    source = SourceText(source_id=SourceId("h"), file_name="h.md", text=text, encoding="utf_8", sha256="0")
    record = merge_metadata(parse_document(source), None, sha256="0")
    assert record.meta.published is None
    events = extract_document(record, _extractor()).events
    assert [(e.date.iso(), e.resolution) for e in events] == [("2013-08", "relative")]


def test_a_numbered_table_row_s_date_is_when_that_one_began() -> None:
    body = "| 2nd Council Mar. 2015 - Feb. 2017 | KIM Min-su | SATO Ken |"  # a Markdown table's row
    assert _events(body) == [("2015-03", "explicit")]
    assert _events("| Members Mar. 2015 - Feb. 2017 | KIM Min-su |") == []  # no number labels the row
    assert _events("| 3회 | | 김철수 | 부산 | 2016년 4월 9일 |") == [("2016-04-09", "explicit")]


def test_a_sequel_sentence_shares_the_day_of_the_happening_before_it() -> None:
    body = "当地时间3月5日上午，两国外长在大阪举行会谈。会后，双方签署了合作文件。会议指出，交流很重要。"
    assert [(e.date.iso(), e.evidence.quote) for e in _extract(body).events] == [
        ("2024-03-05", "当地时间3月5日上午，两国外长在大阪举行会谈。"),
        ("2024-03-05", "会后，双方签署了合作文件。"),  # a statement ("会议指出") is not carried
    ]


def test_wishes_plans_of_a_year_and_related_headlines_are_no_events() -> None:
    assert _events("部长希望争取此工程能在2019年时完成。") == []
    assert _events("两国宣布，并且将在2017年启动磋商。") == []
    assert _events("Related reading Ministers to gather in Lima in March 2019 as talks began") == []
    assert _events("The leaders began talks in October 2020.") == [("2020-10", "explicit")]


def test_a_coarser_date_of_the_same_sentence_adds_no_second_event() -> None:
    assert _events("今天（5月28日），读书节在苏州开幕，今年读书节主题为阅读。") == [("2024-05-28", "inferred")]


def _extract_named(text: str, name: str) -> Extraction:
    source = SourceText(source_id=SourceId("n"), file_name=name, text=text, encoding="utf_8", sha256="0")
    return extract_document(merge_metadata(parse_document(source), None, sha256="0"), _extractor())


def test_a_text_dated_by_its_file_name_s_year_dates_its_month_days_and_month_words() -> None:
    # No date in the text: the file name's year; "this month" counts from the latest month the text names.
    text = (
        "Neighbours meet\n\nThe prime minister welcomed both leaders to Tokyo on May 9th."
        " The two countries this month restarted their defence talks.\n"
    )
    extraction = _extract_named(text, "neighbours-meet-2018.md")
    assert [(e.date.iso(), e.resolution) for e in extraction.events] == [
        ("2018-05-09", "relative"),
        ("2018-05", "inferred"),
    ]
    assert [(d.expression, d.resolution) for d in extraction.dates] == [
        ("May 9th", "relative"),
        ("this month", "inferred"),
    ]


def test_month_words_stay_unresolved_when_a_year_dated_text_names_no_month() -> None:
    text = "Neighbours meet\n\nThe two countries this month restarted their defence talks.\n"
    extraction = _extract_named(text, "neighbours-meet-2018.md")
    assert extraction.events == ()
    assert [(d.expression, d.start) for d in extraction.dates] == [("this month", None)]


def test_an_officeholder_list_s_rows_date_each_term_by_its_start() -> None:
    text = (
        "'''Example Secretariat''' is an office of [[Example Union]].\n\n== Secretaries-General ==\n"
        "# (2011-2013) [[Alpha Person]] / Beta Person\n# (2013-2015) Gamma Person / Delta Person\n"
        "# (2017-) Epsilon Person / Zeta Person\n"
    )
    extraction = _extract_named(text, "example-secretariat.wiki")
    assert [(e.date.iso(), e.date_end.iso() if e.date_end else None) for e in extraction.events] == [
        ("2011", "2013"),
        ("2013", "2015"),
        ("2017", None),
    ]


def test_a_sentence_opening_with_years_in_parentheses_is_no_tenure_row() -> None:
    text = "Example Secretariat\n\n(2011-2013) The secretariat grew in those years.\n"
    assert _extract_named(text, "example-secretariat.md").events == ()


def test_a_meeting_named_with_a_year_to_come_is_scheduled_not_a_forecast() -> None:
    assert _events("The leaders welcomed Japan's offer to host the 2026 trilateral summit.") == [("2026", "explicit")]
    zh = "中日韩合作\n\n2024年5月28日\n\n各方支持日本主办2026年东亚合作论坛。明年大会将审议合作规划。\n"
    source = SourceText(source_id=SourceId("m"), file_name="m.txt", text=zh, encoding="utf_8", sha256="0")
    events = extract_document(merge_metadata(parse_document(source), None, sha256="0"), _extractor()).events
    assert [(e.date.iso(), e.resolution) for e in events] == [("2026", "explicit"), ("2025", "relative")]


def test_a_year_to_come_without_a_meeting_stays_a_forecast() -> None:
    assert _events("The three countries will sign the agreement in 2026 at the latest.") == []


_RECORD = (
    "---\ntitle: Record of Conversation between Alpha and Beta\n---\n\n12th April, 1957\n\n"
    "1. ALPHA welcomed BETA to the capital, and began the talk.\n\n"
    "2. ALPHA said that trade mattered. He had visited the port before. ALPHA then handed BETA a note.\n\n"
    "3. BETA would be glad to attend a fair. I am looking forward to talks here.\n"
)


def test_a_record_of_a_meeting_dates_the_happenings_it_tells_to_its_day() -> None:
    # One per paragraph: the first sentence telling an action in the simple past; statements, what had happened
    # before, what would happen and wishes are none of the meeting's happenings.
    events = _extract_named(_RECORD, "record.md").events
    assert [(e.date.iso(), e.resolution, e.evidence.quote) for e in events] == [
        ("1957-04-12", "inferred", "ALPHA welcomed BETA to the capital, and began the talk."),
        ("1957-04-12", "inferred", "ALPHA then handed BETA a note."),
    ]


def test_notes_of_informal_discussions_are_a_record_of_a_meeting() -> None:
    text = _RECORD.replace(
        "Record of Conversation between Alpha and Beta", "Alpha-Beta Trade Talks: Informal Discussions"
    )
    assert [e.date.iso() for e in _extract_named(text, "record.md").events] == ["1957-04-12", "1957-04-12"]


def test_a_text_that_is_no_record_does_not_date_its_undated_sentences() -> None:
    text = _RECORD.replace("Record of Conversation between", "Letter from")
    assert _extract_named(text, "record.md").events == ()


def test_receiving_patients_on_a_day_is_a_happening_but_welcoming_an_opportunity_is_none() -> None:
    text = "新年假期\n\n2023年1月2日\n\n元旦一大早，市医院急诊室接诊各类患者。合作在2023年迎来新的发展契机。\n"
    source = SourceText(source_id=SourceId("y"), file_name="y.txt", text=text, encoding="utf_8", sha256="0")
    events = extract_document(merge_metadata(parse_document(source), None, sha256="0"), _extractor()).events
    assert [(e.date.iso(), e.resolution) for e in events] == [("2023-01-01", "relative")]


def test_a_year_in_office_is_a_happening() -> None:
    assert _events("His Government came into office in 1949.") == [("1949", "explicit")]


def _zh_events(body: str) -> list[tuple[str, str]]:
    text = f"两国关系\n\n2024年5月28日\n\n{body}\n"
    source = SourceText(source_id=SourceId("z"), file_name="z.txt", text=text, encoding="utf_8", sha256="0")
    events = extract_document(merge_metadata(parse_document(source), None, sha256="0"), _extractor()).events
    return [(e.date.iso(), e.resolution) for e in events]


def test_since_a_year_without_yilai_is_a_happening_when_its_clause_names_one() -> None:
    # "自从2015年X宣布…，": the happening that started it; "自2015年，…" a duration alone.
    assert _zh_events("自从2015年双方宣布恢复对话、互派代表，两国关系不断改善。") == [("2015", "explicit")]
    assert _zh_events("自從2015年雙方宣布恢復對話，兩國關係不斷改善。") == [("2015", "explicit")]
    assert _zh_events("自2015年，两国关系不断改善。") == []


def test_a_paragraph_s_day_carries_to_its_next_happenings_but_not_to_earlier_ones() -> None:
    body = (
        "2012年5月13日，领导人会议在北京举行。三国正式签署投资协定，并一致同意年内启动谈判。"
        "此前，三国曾多次会晤。双方没有签署新的协议。\n\n各国代表团出席会议。"
    )
    quotes = [(e.date.iso(), e.evidence.quote) for e in _zh_extract(body).events]
    assert quotes == [
        ("2012-05-13", "2012年5月13日，领导人会议在北京举行。"),
        ("2012-05-13", "三国正式签署投资协定，并一致同意年内启动谈判。"),
    ]


def _zh_extract(body: str) -> Extraction:
    text = f"两国关系\n\n2024年5月28日\n\n{body}\n"
    source = SourceText(source_id=SourceId("z"), file_name="z.txt", text=text, encoding="utf_8", sha256="0")
    return extract_document(merge_metadata(parse_document(source), None, sha256="0"), _extractor())


def test_an_arrangement_that_lapsed_in_a_month_is_an_event() -> None:
    text = "Swap deal restored\n\nThe previous swap arrangement lapsed in February 2015 amid a row.\n"
    extraction = _extract_named(text, "swap.md")
    assert [e.date.iso() for e in extraction.events] == ["2015-02"]
