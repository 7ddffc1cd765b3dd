"""Header lines of pages never seen, as probes showed them (parse/header, invented texts, one quirk each)."""

from __future__ import annotations

import pytest

from nea_site.model import Document, DocumentMeta, SourceId, SourceText
from nea_site.parse import parse_document

BODY = "\n\nThe ministers of the three countries met and agreed to meet again next year in the capital.\n"


def _meta(text: str) -> DocumentMeta:
    source = SourceText(source_id=SourceId("t"), file_name="t.txt", text=text + BODY, encoding="utf_8", sha256="0")
    return parse_document(source).meta


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Posted March. 12, 2015 01:09,", "2015-03-12"),  # a month's name closed by a period, a comma ending it
        ("입력 | 2023-11-06 15:49 수정 | 2023-11-06 15:50", "2023-11-06"),  # a bar between label and date
        ("기사등록 : 2019-11-15 10:41", "2019-11-15"),
        ("First published 3 May 2021", "2021-05-03"),
        ("2024-05-27 16:19 Last Updated At:05-28 01:37", "2024-05-27"),  # a change's label in capitals
        ("配信日時 2024/05/27 10:00", "2024-05-27"),
        ("发稿时间：2024-05-27 10:00", "2024-05-27"),
        ("Updated 6:12 AM GMT+9, May 27, 2024", "2024-05-27"),  # a time with its UTC offset before the date
        ("Last Modified: 2024-05-27 10:30 KST", "2024-05-27"),  # only a change's date: the text's
    ],
)
def test_a_labelled_date_under_the_title_dates_the_text(line: str, published: str) -> None:
    meta = _meta(f"# Talks resume\n\n{line}")
    assert (meta.title, meta.published) == ("Talks resume", published)


def test_a_crawler_date_line_with_a_byline_gives_date_and_author() -> None:
    meta = _meta("# Talks resume\n\n date 2023-11-26 By Jane Roe")
    assert (meta.published, meta.authors) == ("2023-11-26", ("Jane Roe",))


def test_a_labelled_date_line_over_the_title_is_no_title() -> None:
    meta = _meta("입력 | 2023-11-06 15:49 수정 | 2023-11-06 15:50\n\n외교장관 회의 이달 말 개최 조율")
    assert (meta.title, meta.published) == ("외교장관 회의 이달 말 개최 조율", "2023-11-06")


def test_a_crawler_date_and_byline_over_the_title_is_no_title() -> None:
    meta = _meta(" date 2023-11-26 By Jane Roe\n\nTalks resume in the capital")
    assert (meta.title, meta.published, meta.authors) == ("Talks resume in the capital", "2023-11-26", ("Jane Roe",))


def test_a_line_of_page_buttons_over_the_title_is_furniture() -> None:
    meta = _meta("Skip to Content Facebook Feature Image\n\nTalks resume in the capital\n\n2024-05-27 16:19")
    assert (meta.title, meta.published) == ("Talks resume in the capital", "2024-05-27")


def test_a_chinese_lead_opening_with_outlet_and_full_date_dates_the_text() -> None:
    meta = _meta("# 三国合作论坛举办\n\n示例网消息:2019年5月10日,外交部发言人主持例行记者会。")
    assert (meta.published, meta.outlet) == ("2019-05-10", "示例网")


def test_a_lead_without_a_year_leaves_the_date_unread() -> None:
    assert _meta("# 三国合作论坛举办\n\n示例网消息：5月10日，外交部发言人主持例行记者会。").published is None


def test_a_wire_dateline_with_a_space_after_the_outlet_names_place_and_outlet() -> None:
    meta = _meta("# 三方保持沟通\n\n示例网 北京10月20日电 (记者 张示例)外交部发言人主持例行记者会。")
    assert (meta.outlet, meta.place) == ("示例网", "北京")


def test_a_copying_sites_code_as_source_is_no_outlet() -> None:
    meta = _meta("三方正就外长会会期保持沟通\n\n发布时间:2024-11-19 04:24:57 来源: sp20241119")
    assert (meta.published, meta.outlet) == ("2024-11-19", None)


def test_an_original_title_label_goes_from_the_title() -> None:
    meta = _meta("原标题:三国合作将现新亮点\n来源:示例网\n示例网消息:2019年5月10日,发言人主持例行记者会。")
    assert (meta.title, meta.published) == ("三国合作将现新亮点", "2019-05-10")


def test_a_dotted_date_closing_the_title_dates_the_text_and_leaves_the_title() -> None:
    meta = _meta("第7回外相会議の開催(ソウル) 2015.03.21\n\n2015年3月21日、第7回外相会議が開催されました。")
    assert (meta.title, meta.published) == ("第7回外相会議の開催(ソウル)", "2015-03-21")


def test_a_number_that_is_no_real_date_stays_in_the_title() -> None:
    assert _meta("Release notes 2015.13.40\n\nThe ministers met.").title == "Release notes 2015.13.40"


def test_an_editor_credit_with_a_republic_of_china_date_code_dates_the_text() -> None:
    meta = _meta("峰會協調5月舉行\n\n(示例社記者王示例首爾4日專電)韓國政府正在協調5月舉行峰會。(編輯:李示例)1130404")
    assert meta.published == "2024-04-04"


def test_a_number_after_an_editor_credit_that_is_no_date_is_ignored() -> None:
    assert _meta("峰會協調\n\n韓國政府正在協調舉行峰會。(編輯:李示例)1131399").published is None


def test_a_bulleted_date_under_the_byline_dates_the_text() -> None:
    meta = _meta("Talks resume in the capital\n  • By Jane Roe\n  • May 13, 2015, 03:15\nShare articles")
    assert (meta.authors, meta.published) == (("Jane Roe",), "2015-05-13")


def test_a_sites_day_over_the_title_gives_way_to_the_articles_date_under_it() -> None:
    meta = _meta("Thursday, April 2, 2020\nTalks resume in the capital\n  • By Jane Roe\n  • May 13, 2015, 03:15")
    assert (meta.title, meta.published) == ("Talks resume in the capital", "2015-05-13")


def test_a_crawler_date_line_with_a_kicker_over_the_title_dates_the_text() -> None:
    meta = _meta(" date 2025-10-31 快訊\n\n峰會在示例市舉行\n\n國家主席今天下午在示例市與首相首度召開會議。")
    assert (meta.title, meta.published) == ("峰會在示例市舉行", "2025-10-31")


def test_a_hashtag_section_line_under_the_title_is_no_subtitle() -> None:
    meta = _meta("Talks resume in the capital\n#Business News\nNovember 14, 2017 / 6:34 AM / Updated a day ago")
    assert (meta.title, meta.published) == ("Talks resume in the capital", "2017-11-14")


def _closing_meta(text: str) -> DocumentMeta:
    source = SourceText(source_id=SourceId("c"), file_name="c.txt", text=text, encoding="utf_8", sha256="0")
    return parse_document(source).meta


def test_a_closing_publication_date_line_dates_the_text() -> None:
    source = "峰會明登場\n\n領袖峰會在首爾舉行,三名領袖分別進行會前會。\n\n發佈時間:2024/05/26 22:17\n"
    assert _closing_meta(source).published == "2024-05-26"


def test_a_closing_change_date_alone_bounds_the_text_as_inferred() -> None:
    source = "峰會明登場\n\n領袖峰會在首爾舉行,三名領袖分別進行會前會。\n\n更新時間:2024/05/26 22:17\n"
    meta = _closing_meta(source)
    assert (meta.published, dict(meta.origins).get("published")) == ("2024-05-26", "inferred")


def test_a_ticker_of_other_stories_over_the_title_is_furniture() -> None:
    text = (
        "Off the wire\n"
        "Minister lauds scientists for tests of May 1998  • Firm announces new plans in Exampleland  • "
        "Bus strike hits the capital hard\n\n"
        "Three countries to hold trade talks in the capital\n\n"
        "Example Wire, May 11, 2015 Adjust font size:"
    )
    meta = _meta(text)
    assert (meta.title, meta.published) == ("Three countries to hold trade talks in the capital", "2015-05-11")


def test_a_news_agency_before_a_date_is_the_outlet_not_a_place() -> None:
    meta = _meta("# Three countries to hold trade talks\n\nXinhua, May 11, 2015")
    assert (meta.published, meta.outlet, meta.place) == ("2015-05-11", "Xinhua", None)


def test_a_list_of_short_points_parted_by_dots_that_end_as_sentences_stays_text() -> None:
    text = "# Three countries meet\n\nTrade rose. • Tourism grew. • Talks resumed.\n"
    source = SourceText(source_id=SourceId("d"), file_name="d.txt", text=text, encoding="utf_8", sha256="0")
    assert "Trade rose." in parse_document(source).paragraphs[0].text


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2024. 5. 27. 15:30", "2024-05-27"),  # a Korean dotted date with spaces, then the time
        ("승인 2024.05.27 15:30", "2024-05-27"),
        ("May 27, 2024 | Commentary", "2024-05-27"),  # a think tank's date and the kind of text
        ("Commentary | May 27, 2024", "2024-05-27"),
        ("2024-05-27T08:21:00+08:00", "2024-05-27"),  # a page's time stamp
        ("Source: Example Wire | 2024-05-28 08:21:00 | Editor: Jane Roe", "2024-05-28"),
    ],
)
def test_more_header_date_forms(line: str, published: str) -> None:
    assert _meta(f"# Talks resume\n\n{line}").published == published


def test_a_change_date_with_the_agency_dates_a_text_that_states_no_other_as_inferred() -> None:
    meta = _meta("# Talks resume\n\nUpdated: May 28, 2024 08:21 Xinhua")
    assert (meta.published, meta.outlet, dict(meta.origins)["published"]) == ("2024-05-28", "Xinhua", "inferred")


def test_a_wire_dateline_after_a_change_date_gives_the_day() -> None:
    meta = _meta(
        "# Talks resume\n\nUpdated: May 28, 2024 08:21 Xinhua\n\n"
        "BEIJING, May 27 (Xinhua) -- The ministers met on Monday."
    )
    assert meta.published == "2024-05-27"


def test_a_publication_date_wins_over_a_change_date() -> None:
    assert _meta("# Talks resume\n\nPublished May 27, 2024\n\nUpdated: May 28, 2024 08:21").published == "2024-05-27"


def test_a_kicker_and_the_headline_printed_again_are_header_lines() -> None:
    text = (
        "Thursday, April 2, 2020\nThree countries restart talks\nThree-way FTA\nThree countries restart talks\n"
        "  • By Jane Roe\n  • May 13, 2015, 03:15\nShare articles\n\n"
        "The three countries began a new round of negotiations in the capital on May 12."
    )
    source = SourceText(source_id=SourceId("k"), file_name="k.txt", text=text, encoding="utf_8", sha256="0")
    document = parse_document(source)
    assert (document.meta.title, document.meta.published, document.meta.authors) == (
        "Three countries restart talks",
        "2015-05-13",
        ("Jane Roe",),
    )
    assert document.paragraphs[0].text.startswith("The three countries began")


def test_an_agencys_slash_dateline_names_outlet_and_place_and_is_no_title() -> None:
    meta = _meta(" date 2025-10-31 快訊\n\n示例社／ 慶州31日綜合外電報導\n\n國家主席今天下午在慶州與首相首度召開會議。")
    assert (meta.published, meta.outlet, meta.place) == ("2025-10-31", "示例社", "慶州")
    assert meta.title != "示例社／ 慶州31日綜合外電報導"


@pytest.mark.parametrize(
    "line",
    [
        "2024年5月27日 星期一 18:45",  # a weekday, then the time
        "2024年5月27日 20時15分",  # a Japanese time of day
        "2024년 5월 27일 (월) 오후 6시 45분",  # a weekday's short form in brackets, a Korean time
        "2024年5月27日（一）",
    ],
)
def test_a_cjk_date_line_with_weekday_and_time_dates_the_text(line: str) -> None:
    meta = _meta(f"# Talks resume\n\n{line}")
    assert (meta.title, meta.published) == ("Talks resume", "2024-05-27")


def test_a_bare_month_character_after_a_date_is_no_weekday() -> None:
    assert _meta("# Talks resume\n\n2024年5月27日 月").published is None


def _document(text: str) -> Document:
    source = SourceText(source_id=SourceId("t"), file_name="t.txt", text=text, encoding="utf_8", sha256="0")
    return parse_document(source)


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [("【明報專訊】", "明報"), ("【示例日报专讯】", "示例日报"), ("【本报讯】", None), ("[示例社电]", "示例社")],
)
def test_a_story_opening_with_an_outlets_credit_stays_body_text(credit: str, outlet: str | None) -> None:
    document = _document(f"標題在這裡\n\n2024年5月27日\n\n{credit}三國外長今日舉行會議。\n\n第二段在此。\n")
    assert [p.text for p in document.paragraphs] == [f"{credit}三國外長今日舉行會議。", "第二段在此。"]
    assert document.meta.outlet == outlet


def test_a_traditional_editor_credit_closing_the_text_is_a_credit() -> None:
    document = _document("標題在這裡\n\n2024年5月27日\n\n三國外長今日舉行會議。\n\n責任編輯：陳大文\n")
    assert [p.text for p in document.paragraphs] == ["三國外長今日舉行會議。"]
    assert "責任編輯：陳大文" in document.meta.credits


_PAPER = (
    "第 38 卷第 5 期                 示例论坛                 Vol. 38 No. 5\n"
    "2023 年 9 月                 Example Forum                 Sep. 2023\n\n"
    "三国合作机制化的进展与路径\n"
    "张示例 1，李示范 2\n"
    "（1. 示例大学 东北亚研究院，长春 130012；2. 示例学院，天津 300350）\n\n"
    "[摘 要] 三国合作始于 1999 年的领导人早餐会。2008 年 12 月，三国\n"
    "领导人首次在框架外举行会议。\n"
    "[关键词] 三国合作；机制化\n\n"
    "一、问题的提出\n\n"
    "2019 年 12 月 24 日，第八次领导人会议在成都举行，三国领导人通过了合作展望文件。\n"
)


def test_a_journal_masthead_over_a_pdfs_title_gives_outlet_and_issue_date() -> None:
    meta = _document(_PAPER).meta
    assert (meta.title, meta.outlet, meta.published) == ("三国合作机制化的进展与路径", "示例论坛", "2023-09")
    assert meta.identifiers[0] == ("citation", "第 38 卷第 5 期 示例论坛 Vol. 38 No. 5")


def test_authors_marked_with_their_affiliations_numbers_are_authors() -> None:
    meta = _document(_PAPER).meta
    assert meta.authors == ("张示例", "李示范")
    assert meta.author_notes[0].startswith("（1. 示例大学")


def test_a_wrapped_chinese_abstract_is_joined_without_a_break() -> None:
    abstract = _document(_PAPER).meta.abstract
    assert abstract == "三国合作始于 1999 年的领导人早餐会。2008 年 12 月，三国领导人首次在框架外举行会议。"


@pytest.mark.parametrize(
    ("line", "outlet", "published"),
    [("示例论坛 2023年第5期", "示例论坛", "2023"), ("示例研究　　2021 年第 2 期　　第 12 卷", "示例研究", "2021")],
)
def test_a_journal_name_and_issue_over_the_title(line: str, outlet: str, published: str) -> None:
    meta = _document(f"{line}\n\n三国合作的新进展\n\n正文在这里，三国合作持续推进并取得成果。\n").meta
    assert (meta.title, meta.published) == ("三国合作的新进展", published)
    assert meta.outlet == outlet


_EN_PAPER = (
    "Example Survey, Vol. 59, Number 3, pp. 501–520. ISSN 0004-4687. © 2019 by The Regents of the\n"
    "Example University. DOI: https://doi.org/10.1525/es.2019.59.3.501\n\n"
    "JANE ROE AND KIM MINSU\n\n"
    "Trilateral Cooperation among Three Neighbours\n"
    "A Decade of the Secretariat\n\n"
    "ABSTRACT\n"
    "The secretariat opened in September 2011. This article traces its first decade.\n"
    "KEYWORDS: trilateral cooperation, secretariat\n\n"
    "Jane Roe is Professor of Political Science at Example University, USA. Kim Minsu is Associate Professor at\n"
    "Example National University, Seoul. Email: <jroe@example.edu>\n\n"
    "INTRODUCTION\n\n"
    "The first summit held separately from other meetings took place in Fukuoka on December 13, 2008.\n"
)


def test_a_journal_citation_over_two_lines_with_its_doi() -> None:
    meta = _document(_EN_PAPER).meta
    assert (meta.outlet, meta.published) == ("Example Survey", "2019")
    assert ("doi", "10.1525/es.2019.59.3.501") in meta.identifiers
    assert meta.identifiers[0][1].endswith("DOI: https://doi.org/10.1525/es.2019.59.3.501")


def test_authors_in_capitals_over_the_title_and_their_note_under_the_abstract() -> None:
    document = _document(_EN_PAPER)
    meta = document.meta
    assert meta.title == "Trilateral Cooperation among Three Neighbours: A Decade of the Secretariat"
    assert meta.authors == ("Jane Roe", "Kim Minsu")
    assert meta.author_notes == (
        "Jane Roe is Professor of Political Science at Example University, USA. Kim Minsu is Associate Professor at "
        "Example National University, Seoul. Email: <jroe@example.edu>",
    )
    assert document.paragraphs[0].text.startswith("The first summit")


def test_a_title_in_capitals_naming_places_is_no_byline() -> None:
    meta = _document("NORTH KOREA AND SOUTH KOREA\n\nTalks after the war\n\nThe two sides met in 1953.\n").meta
    assert meta.authors == ()


def test_a_byline_closed_by_a_labelled_date_gives_the_name_and_the_date() -> None:
    meta = _meta("# Talks resume\n\nBy Jane Roe | Published May 27, 2024")
    assert (meta.authors, meta.published) == (("Jane Roe",), "2024-05-27")


def test_a_byline_run_into_a_publication_label_gives_the_name_and_the_day() -> None:
    meta = _meta("# Talks resume\n\nBy Jane Roe Published: May 27, 2024 10:48 PM")
    assert (meta.authors, meta.published) == (("Jane Roe",), "2024-05-27")


def test_a_deck_closing_on_an_earlier_year_yields_to_the_date_line_under_it() -> None:
    text = (
        "Three countries vow to speed up talks\n\nThe leaders met for the first time since 2019\n\n"
        "Published: 6:45pm, 27 May 2024\n\nThe premier said on Monday that talks would speed up."
    )
    assert _document(text).meta.published == "2024-05-27"


def test_a_deck_closing_on_a_year_dates_the_text_when_nothing_else_does() -> None:
    text = "Annual outlook\n\nPolicy brief, Example Institute, 2024\n\nBy Jane Roe\n\nThe outlook is mixed."
    assert _document(text).meta.published == "2024"


def test_a_page_kind_under_the_title_is_no_subtitle() -> None:
    text = (
        "Secretary's Meeting with the Foreign Minister\n\nREADOUT\n\nOFFICE OF THE SPOKESPERSON\n\n"
        "February 22, 2024\n\nThe Secretary met today with the Foreign Minister."
    )
    document = _document(text)
    assert (document.meta.title, document.meta.published) == (
        "Secretary's Meeting with the Foreign Minister",
        "2024-02-22",
    )
    assert [p.text for p in document.paragraphs] == ["The Secretary met today with the Foreign Minister."]


def test_a_reports_kind_and_number_over_its_title_give_its_date() -> None:
    text = (
        "POLICY BRIEF\nNo. 12 | March 2024\n\nRebuilding Trust: Three Neighbours after\nthe Pandemic\n\n"
        "Jane Roe and Kim Minsu\n\nExecutive Summary\n\nCooperation stalled after the summit of 2019.\n"
    )
    meta = _document(text).meta
    assert (meta.title, meta.published, meta.authors) == (
        "Rebuilding Trust: Three Neighbours after the Pandemic",
        "2024-03",
        ("Jane Roe", "Kim Minsu"),
    )
    assert ("series", "No. 12") in meta.identifiers


def test_a_bracketed_note_closing_an_interview_dates_it() -> None:
    text = (
        "Interview: a way forward\n\nReporter: How do you see the summit?\n\nLin Haoran: It will be the first.\n\n"
        "(Interview conducted on May 20, 2024, in the capital.)\n"
    )
    assert _document(text).meta.published == "2024-05-20"
    changed = text.replace("Interview conducted on", "Last updated")
    assert _document(changed).meta.published != "2024-05-20"


def test_a_date_and_a_place_under_a_statements_title_date_it() -> None:
    for line, place in (
        ("2024년 5월 27일, 서울", "서울"),
        ("首尔，2024年5月27日", "首尔"),
        ("27 May 2024, Seoul", "Seoul"),
    ):
        meta = _meta(f"# Joint statement\n\n{line}\n\n1. The leaders met.")
        assert (meta.published, meta.place, meta.outlet) == ("2024-05-27", place, None)
    assert _meta("# Joint statement\n\n2024年5月27日，示例日报\n\n1. The leaders met.").place is None


def test_a_city_beside_a_date_is_the_place_and_an_outlet_stays_the_outlet() -> None:
    assert (
        _meta("# Talks\n\n2024年5月27日 東京\n\n本文。").place,
        _meta("# Talks\n\n2024年5月27日 東京\n\n本文。").outlet,
    ) == (
        "東京",
        None,
    )
    assert _meta("# Talks\n\n2022-09-21 10:15 示例晚报\n\n本文。").outlet == "示例晚报"


def test_a_storys_kind_in_brackets_opens_no_label_but_the_title() -> None:
    meta = _document(
        "[단독] 한중일 외교장관 내달 부산서 회동\n\n예시일보 | 입력 2023.10.30 05:00 | 업데이트 2023.10.30 07:12\n\n"
        "김영희 기자\n\n본문이다.\n"
    ).meta
    assert (meta.title, meta.published, meta.outlet, meta.authors) == (
        "한중일 외교장관 내달 부산서 회동",
        "2023-10-30",
        "예시일보",
        ("김영희",),
    )
    assert ("section", "단독") in meta.identifiers
    assert _document("【独家】三国外长会将举行\n\n2023-10-30 08:00\n\n正文。\n").meta.title == "三国外长会将举行"


def test_a_first_sentence_opening_with_by_and_a_year_is_no_byline() -> None:
    document = _document("Fleet plan\n\nBy 2030, the fleet will double.\n\nThe plan was approved in June.\n")
    assert document.meta.authors == ()
    assert document.paragraphs[0].text == "By 2030, the fleet will double."
