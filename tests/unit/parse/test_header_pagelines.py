"""A news page's furniture around the headline, and header lines written loosely (parse/header/pagelines.py)."""

from __future__ import annotations

import pytest

from nea_site.model import DocumentMeta, SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.header.looselines import normalise_line
from nea_site.parse.header.pagelines import page_line

BODY = "\n\n三国の閣僚が会合を開き、来年も協力を続けることで一致した。会合は約一時間続いた。\n"


def _meta(head: str, *, name: str = "t.txt", body: str = BODY) -> DocumentMeta:
    text = head + body
    return parse_document(
        SourceText(source_id=SourceId("t"), file_name=name, text=text, encoding="utf_8", sha256="0")
    ).meta


@pytest.mark.parametrize(
    "over",
    [
        "ホーム > ニュース > 国際",  # a breadcrumb
        "Home › World › Asia",
        "정치 > 외교",
        "ようこそ ゲスト さん",  # a login box's greeting
        "（右から）会談に臨む3カ国の外相=AP",  # a photo's caption: position, credit
        "(사진=연합뉴스)",
        "[Photo: Example Wire]",
        "写真：東洋通信",
    ],
)
def test_page_furniture_over_the_headline_is_no_title(over: str) -> None:
    meta = _meta(f"{over}\n\n観光相会合、往来拡大へ協力確認\n\n2019年8月21日 19:14")
    assert (meta.title, meta.published) == ("観光相会合、往来拡大へ協力確認", "2019-08-21")


def test_a_caption_under_the_headline_is_no_subtitle() -> None:
    meta = _meta("외교장관 부산서 회의\n\n(사진=연합뉴스)\n\n승인 2023.11.26 17:30 | 수정 2023.11.26 19:05")
    assert (meta.title, meta.published) == ("외교장관 부산서 회의", "2023-11-26")


@pytest.mark.parametrize(
    "line",
    [
        "Ministers meet again: talks to resume",  # a headline with a colon
        "Welcome remarks by the Secretary-General",  # "Welcome" opening a title
        "左右の対立、深まる",
        "Trade rose 5% > forecast",
        "3국 정상이 기념촬영을 하고 있다. /AP=연합뉴스",  # a sentence: the story's, no caption
    ],
)
def test_headlines_are_no_furniture(line: str) -> None:
    assert page_line(line) is None


@pytest.mark.parametrize(
    ("line", "published", "outlet"),
    [
        ("2019年 8月 21日19:14 提供:東洋通信", "2019-08-21", "東洋通信"),  # date, time and provider
        ("2023年11月26日 20時15分", "2023-11-26", None),  # a time in words
        ("2020/03/05 18:30 公開", "2020-03-05", None),  # the label after the date
        ("2023/11/26 17:45（11/26 20:10 更新）", "2023-11-26", None),  # a change noted in brackets
        ("입력 2023.11.26. 오후 5:30 수정 2023.11.26. 오후 7:05", "2023-11-26", None),  # 오후: the afternoon
        ("2019.08.21 10:12 입력", "2019-08-21", None),
    ],
)
def test_japanese_and_korean_date_lines(line: str, published: str, outlet: str | None) -> None:
    meta = _meta(f"観光相会合、往来拡大へ協力確認\n\n{line}")
    assert (meta.title, meta.published, meta.outlet) == ("観光相会合、往来拡大へ協力確認", published, outlet)


def test_a_change_alone_after_its_date_dates_the_text_as_inferred() -> None:
    meta = _meta("観光相会合、往来拡大へ協力確認\n\n2020/03/05 18:30 更新")
    assert meta.published == "2020-03-05"


def test_a_reporter_label_and_name_before_labelled_dates() -> None:
    meta = _meta("한중일 FTA 협상 재개 논의\n\n기자명 이수진   입력 2019.08.21 10:12   수정 2019.08.21 11:30")
    assert (meta.published, meta.authors) == ("2019-08-21", ("이수진",))


def test_an_editor_field_ends_the_author_field() -> None:
    meta = _meta("三方就自贸区谈判交换意见\n\n2019-11-28 10:23:45 来源：示例日报 作者：王小明 责任编辑：李华")
    assert (meta.published, meta.outlet, meta.authors) == ("2019-11-28", "示例日报", ("王小明",))


def test_a_dated_field_of_an_archival_record() -> None:
    body = "\n\nThe Prime Minister left for the capital this morning and will return on Friday.\n"
    meta = _meta("CABLEGRAM TO CANBERRA\n\nDated: 25th September, 1972", body=body)
    assert meta.published == "1972-09-25"


EN_BODY = "\n\nTOKYO, March 11 (Example Wire) -- Trade officials of the three countries resumed talks on Thursday.\n"


def test_a_yearless_dateline_takes_its_year_from_a_change_label() -> None:
    meta = _meta("Trade talks resume\n\nLast updated: 2021-03-12", body=EN_BODY)
    assert (meta.published, meta.outlet) == ("2021-03-11", "Example Wire")


@pytest.mark.parametrize(
    ("line", "normal"),
    [
        ("2023年11月26日 20時15分", "2023年11月26日 20:15"),
        ("2023.11.26 17시 30분", "2023.11.26 17:30"),
        ("2020/03/05 18:30 更新", "更新 2020/03/05 18:30"),
        ("No digits here", "No digits here"),
    ],
)
def test_normalise_line(line: str, normal: str) -> None:
    assert normalise_line(line) == normal


def test_a_yearless_dateline_takes_the_year_of_a_full_date_near_its_day() -> None:
    body = "\n\nSEOUL, May 15 (Example Wire) -- The ministers will meet in Busan on May 22, 2020, officials said.\n"
    meta = _meta("Ministers to meet next week", body=body)
    assert meta.published == "2020-05-15"


def test_a_full_date_far_from_the_dateline_gives_no_year() -> None:
    body = "\n\nSEOUL, May 15 (Example Wire) -- The ministers first met on Sept. 22, 2011, officials said.\n"
    assert _meta("Ministers to meet next week", body=body).published is None


@pytest.mark.parametrize(
    ("line", "published", "outlet", "authors"),
    [
        ("Published 10:05 AM GMT+9, May 27, 2024", "2024-05-27", None, ()),  # a time's offset before the date
        ("配信日時：2024年5月27日（月）10:30", "2024-05-27", None, ()),  # a weekday in brackets
        ("2024/5/27(月) 10:30配信", "2024-05-27", None, ()),
        ("来源：示例网 2024-05-27 21:08:03", "2024-05-27", "示例网", ()),  # the date closing the fields
        ("发布时间：2024-05-27 21:08  作者：王小明  来源：示例网  浏览次数：1234", "2024-05-27", "示例网", ("王小明",)),
        ("김철수 기자 kim@example.co.kr", None, None, ("김철수",)),  # a Korean reporter and address
    ],
)
def test_more_header_lines(line: str, published: str | None, outlet: str | None, authors: tuple[str, ...]) -> None:
    meta = _meta(f"三国首脑会议举行\n\n{line}")
    assert (meta.title, meta.published, meta.outlet, meta.authors) == ("三国首脑会议举行", published, outlet, authors)


def test_routing_fields_of_a_cable_stand_in_the_header() -> None:
    body = "\n\nThe Prime Minister left for the capital this morning and will return on Friday.\n"
    head = "CABLEGRAM\n\nTO: Department of External Affairs\nFROM: Embassy\nDated: 25th September, 1972"
    meta = _meta(head, body=body)
    assert (meta.title, meta.published) == ("CABLEGRAM", "1972-09-25")


def test_a_slashed_taiwanese_byline_gives_outlet_and_reporter() -> None:
    meta = _meta("三國領袖會議舉行\n\n2024-05-27 21:08 示例報／ 記者王小明／即時報導")
    assert (meta.published, meta.outlet, meta.authors) == ("2024-05-27", "示例報", ("王小明",))


def test_a_stop_after_the_year_of_a_record_s_date_line() -> None:
    body = "\n\nThe Ambassador called on the Prime Minister this morning and they discussed trade.\n"
    meta = _meta("Record of Meeting\n\nExampleton, March 12th, 1957.", body=body)
    assert (meta.published, meta.place) == ("1957-03-12", "Exampleton")


@pytest.mark.parametrize(
    ("closing", "place"),
    [("2024年5月27日于首尔", "首尔"), ("2024年5月27日 ソウルにて", "ソウル"), ("2024년 5월 27일 서울에서", "서울")],
)
def test_a_statement_closing_with_its_date_and_place(closing: str, place: str) -> None:
    text = f"共同声明\n\n三国は協力を一層強化することを確認した。会議は成功した。\n\n{closing}\n"
    meta = parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.txt", text=text, encoding="utf_8", sha256="0")
    ).meta
    assert (meta.published, meta.place) == ("2024-05-27", place)


@pytest.mark.parametrize(
    ("line", "published", "outlet"),
    [
        ("송고시간2023-11-26 17:30", "2023-11-26", None),  # a label run into its date
        ("Publication date: 26 November 2023", "2023-11-26", None),
        ("2023-11-26 | 示例网", "2023-11-26", "示例网"),  # a date and an outlet parted by a bar
        ("Published Nov. 26, 2023 Updated Nov. 27, 2023", "2023-11-26", None),  # the change after it goes
        ("时间：2023-11-26 17:30 来源：示例网 浏览：1234", "2023-11-26", "示例网"),  # a page's view count
    ],
)
def test_labels_bars_and_counts_of_news_pages(line: str, published: str, outlet: str | None) -> None:
    meta = _meta(f"三国外长在釜山举行会谈\n\n{line}")
    assert (meta.title, meta.published, meta.outlet) == ("三国外长在釜山举行会谈", published, outlet)


EN_RECORD_BODY = "\n\nThe Foreign Minister told me this morning that the talks would continue next week.\n"


@pytest.mark.parametrize(
    ("head", "title", "published"),
    [
        ("SECRET\n\nRECORD OF CONVERSATION\n\nExampleton, 12 March 1957", "RECORD OF CONVERSATION", "1957-03-12"),
        ("Document 45\n\nCONFIDENTIAL\n\nCablegram\n\nExampleton, 5 December 1972", "Cablegram", "1972-12-05"),
        ("極秘\n\n外相会談記録\n\n昭和47年12月5日", "外相会談記録", "1972-12-05"),  # an era's year
    ],
)
def test_classification_and_document_numbers_over_a_record_s_title(head: str, title: str, published: str) -> None:
    meta = _meta(head, body=EN_RECORD_BODY)
    assert (meta.title, meta.published) == (title, published)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("March 12, 2024 · 5 min read", "2024-03-12"),  # a reading time after the date
        ("26/11/2023", "2023-11-26"),  # only the day-first reading is a day
        ("11/26/2023 17:30", "2023-11-26"),  # only the month-first reading is a day
        ("12/03/2024", None),  # either reading is a day: none is taken
        ("31/02/2024", None),  # no day at all
    ],
)
def test_dates_in_figures_and_reading_times(line: str, published: str | None) -> None:
    meta = _meta(f"Ministers agree on closer cooperation\n\n{line}", body=EN_RECORD_BODY)
    assert (meta.title, meta.published) == ("Ministers agree on closer cooperation", published)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ('# <span class="kicker">Leaders meet</span>', "Leaders meet"),  # inline HTML
        ("# Leaders meet in Seoul <br> again", "Leaders meet in Seoul again"),
        ("# Leaders meet in Seoul [1]", "Leaders meet in Seoul"),  # a note mark
        ("# Leaders meet in Seoul\\_2024", "Leaders meet in Seoul_2024"),  # a Markdown escape
        ("# 日韓外相が電話会談\u3000輸出管理を協議", "日韓外相が電話会談\u3000輸出管理を協議"),  # spacing kept
    ],
)
def test_a_title_line_keeps_no_markup(line: str, title: str) -> None:
    meta = _meta(f"{line}\n\nPublished: 2024-05-27", body="\n\nThe leaders met in Seoul on Monday and agreed.\n")
    assert (meta.title, meta.published) == (title, "2024-05-27")


@pytest.mark.parametrize(
    "menu",
    [
        "메뉴 바로가기\n본문 바로가기\n로그인\n회원가입",
        "ログイン\n会員登録\nメニュー",
        "首页\n登录\n注册",
        "字号：大 中 小",
    ],
)
def test_a_site_s_menu_and_login_lines_over_the_headline_are_no_title(menu: str) -> None:
    meta = _meta(f"{menu}\n三国首脑会议举行\n2024-05-27 21:08:03 来源：示例网")
    assert (meta.title, meta.published, meta.outlet) == ("三国首脑会议举行", "2024-05-27", "示例网")


def test_tool_words_closing_a_field_line_are_no_outlet() -> None:
    meta = _meta("三国首脑会议举行\n\n2024年05月27日 21:08 | 来源：示例网 | 打印 | 关闭")
    assert (meta.published, meta.outlet) == ("2024-05-27", "示例网")


@pytest.mark.parametrize(
    ("line", "published", "outlet", "authors"),
    [
        ("Source: Example Wire| 2024-05-27 21:08:03|Editor: Li Si", "2024-05-27", "Example Wire", ()),  # tight bars
        ("Posted on : May 27, 2024 17:30 KST Modified on : May 27, 2024 19:05 KST", "2024-05-27", None, ()),
        ("Last Modified : May 28, 2024 - 19:05 Published : May 27, 2024 - 17:30", "2024-05-27", None, ()),
        ("May 27, 2024 (Mon)", "2024-05-27", None, ()),  # an English weekday in brackets
        ("2024년 05월 27일 (월) 21:08:03", "2024-05-27", None, ()),  # a Korean date, weekday, seconds
        ("By Jane Roe / Staff Reporter   2024-05-27 17:30", "2024-05-27", None, ("Jane Roe",)),
    ],
)
def test_english_and_korean_news_header_lines(
    line: str, published: str, outlet: str | None, authors: tuple[str, ...]
) -> None:
    body = "\n\nThe leaders of the three countries agreed on Monday to revive talks on a trade deal.\n"
    meta = _meta(f"Leaders agree to revive trade talks\n\n{line}", body=body)
    assert (meta.published, meta.outlet, meta.authors) == (published, outlet, authors)


@pytest.mark.parametrize(
    ("line", "published", "outlet", "authors"),
    [
        ("文/记者 张三", None, None, ("张三",)),  # a reporter's credit
        ("本报记者 张三 李四", None, None, ("张三", "李四")),
        ("《示例日报》（2024年05月28日 第 03 版）", "2024-05-28", "示例日报", ()),  # a print edition
        ("稿源：示例网 | 编辑：张三 | 2024-05-27", "2024-05-27", "示例网", ()),
        ("出处：示例网 发表：2024-05-27", "2024-05-27", "示例网", ()),
        ("最后更新：2024-05-28 发布：2024-05-27", "2024-05-27", None, ()),  # the change first
        ("【来源：示例网】", None, "示例网", ()),  # a field in brackets
    ],
)
def test_chinese_news_header_lines(
    line: str, published: str | None, outlet: str | None, authors: tuple[str, ...]
) -> None:
    meta = _meta(f"三国首脑会议举行\n\n{line}")
    assert (meta.published, meta.outlet, meta.authors) == (published, outlet, authors)


def test_a_print_edition_line_closing_a_reposted_story_dates_it() -> None:
    text = "三国首脑会议举行\n\n三国领导人27日在首尔举行会议，发表了联合宣言。\n\n"
    text += "《示例日报》（2024年05月28日 第 03 版）\n"
    meta = parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.txt", text=text, encoding="utf_8", sha256="0")
    ).meta
    assert (meta.published, meta.outlet) == ("2024-05-28", "示例日报")
