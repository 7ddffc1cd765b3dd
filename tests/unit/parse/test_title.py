"""title: the header zone of each fixture (title, authors, date, outlet, abstract, keywords, notes)."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from nea_site.parse.header.labels import match_credit, split_keywords
from nea_site.parse.header.state import Header, split_names
from nea_site.parse.header.title import parse_header
from nea_site.parse.layout import split_units


def _header(text: str) -> tuple[Header, str | None]:
    """The parsed header and the text of the first body unit."""
    units = split_units(text)
    header, start = parse_header(units)
    return header, units[start].text if start < len(units) else None


def _fixture_header(name: str) -> tuple[Header, str | None]:
    return _header((FIXTURES / name).read_text(encoding="utf-8"))


def test_wrapped_pdf_header() -> None:
    header, first = _fixture_header("wrapped_pdf_lines.txt")
    assert header.title == "Regional Cooperation in the Tumen River Basin: Ports, Railways and Trust"
    assert (header.authors, header.abstract, header.published) == ([], None, None)
    assert first is not None and first.startswith("Regional cooperation along the Tumen River")


def test_markdown_header() -> None:
    header, first = _fixture_header("markdown_page_footnotes.md")
    assert header.title == "图们江流域区域合作的机制演进与前景"  # the <sup>\*</sup> star is dropped
    assert header.authors == ["林青", "高远"]
    assert header.abstract is not None
    assert header.abstract.startswith("图们江流域区域合作起步于上世纪九十年代，")
    assert header.abstract.endswith("以地方对接带动国家层面合作的路径。")
    assert header.keywords == ["区域合作", "图们江", "地方政府"]
    assert header.author_notes == [
        "林青，某大学东北亚研究院教授",
        "高远，某大学东北亚研究院博士研究生",
        "本文系某研究基金项目的阶段性成果。",
    ]
    assert header.identifiers == [("中图分类号", "D81")]
    assert first == "## 一、区域合作的发展历程"


def test_web_article_header() -> None:
    header, first = _fixture_header("web_article_inline_headings.txt")
    assert header.title == "Pathways for Green Energy Cooperation in Northeast Asia"  # "Zhao Lin:" prefix removed
    assert header.authors == ["Zhao Lin"]
    assert header.published == "2021-05-03"
    assert header.outlet == "XYZ"
    assert header.abstract == (
        "Green energy has become a new field of regional cooperation in Northeast Asia, where neighbouring "
        "economies differ widely in resources, technology and demand. This article reviews power trade, hydrogen "
        "projects and grid planning in the region.\n\n"
        "It argues that cooperation should start from cross-border power links and shared technical standards, "
        "and that local governments can act as brokers between national agencies and firms."
    )
    assert header.keywords == ["green energy", "regional cooperation", "power grid"]
    assert first == "Introduction"


def test_untitled_abstract_first_header() -> None:
    header, first = _fixture_header("untitled_abstract_first.txt")
    assert header.title is None
    assert "title" not in header.origins
    assert header.abstract == (
        "Cross-border tourism has become a quiet engine of regional cooperation in Northeast Asia. This paper "
        "examines visa rules, transport links and local promotion in three border cities, and finds that small "
        "steps taken by local governments did more than national agreements."
    )
    assert first is not None and first.startswith("Tourism between neighbouring border cities")


def test_translated_credit_header() -> None:
    header, first = _fixture_header("translated_credit.txt")
    assert header.title == "Cross-Border Tourism and Trust Building in the Tumen Delta"
    assert header.authors == ["PARK, Jiwoo"]
    assert header.author_notes == [
        "Senior Researcher, Institute for Border Studies, Eastern Provincial Academy of Social Sciences"
    ]
    assert first is not None and first.startswith("Since the early 2000s")


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("A Title\n\nAuthor: Jane Doe; John Roe\n\nBody text starts here.", ["Jane Doe", "John Roe"]),
        ("A Title\n\nBy Jane Doe\n\nBody text starts here.", ["Jane Doe"]),
        ("A Title\n\n—by Jane Doe and John Roe\n\nBody text starts here.", ["Jane Doe", "John Roe"]),
        ("一个标题\n\n□ 张三、李四\n\n正文从这里开始。", ["张三", "李四"]),
        ("一个标题\n\n作者：张三、李四\n\n正文从这里开始。", ["张三", "李四"]),
    ],
    ids=["author-colon", "by", "byline", "box", "zuozhe-colon"],
)
def test_author_lines(text: str, authors: list[str]) -> None:
    header, first = _header(text)
    assert header.authors == authors
    assert first in ("Body text starts here.", "正文从这里开始。")


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("By Kim Minji and Sato Haruka · March 11, 2021", ["Kim Minji", "Sato Haruka"], "2021-03-11"),
        ("By Jane Doe | 2021-03-11", ["Jane Doe"], "2021-03-11"),
        ("By Jane Doe, 11 March 2021", ["Jane Doe"], "2021-03-11"),
        ("By Jane Doe · Feb 30, 2021", ["Jane Doe"], None),  # no such day: the date is dropped, not guessed
        ("Posted on December 24, 2019 by Lee Junho", ["Lee Junho"], "2019-12-24"),
        ("Published by Jane Doe and John Roe", ["Jane Doe", "John Roe"], None),
    ],
)
def test_byline_closing_date_dates_the_text(line: str, authors: list[str], published: str | None) -> None:
    header, first = _header(f"A Title\n\n{line}\n\nBody text starts here.")
    assert (header.authors, header.published, first) == (authors, published, "Body text starts here.")


@pytest.mark.parametrize(
    ("line", "published", "outlet", "authors"),
    [
        ("2023-10-18 09:30 来源：示例通讯社", "2023-10-18", "示例通讯社", []),
        ("发布时间：2023-10-18 来源：示例通讯社 作者：张三", "2023-10-18", "示例通讯社", ["张三"]),
        ("Source: Example Wire | Date: 2021-03-11", "2021-03-11", "Example Wire", []),
        ("2021年3月11日", "2021-03-11", None, []),
        ("연합뉴스 2024-05-27", "2024-05-27", "연합뉴스", []),
        ("2022-09-21 10:15 示例晚报", "2022-09-21", "示例晚报", []),
        ("Example Wire 2021/03/11", "2021-03-11", "Example Wire", []),
    ],
)
def test_field_line_under_the_title(line: str, published: str, outlet: str | None, authors: list[str]) -> None:
    header, first = _header(f"一个标题\n\n{line}\n\n正文从这里开始。")
    assert (header.published, header.outlet, header.authors, first) == (published, outlet, authors, "正文从这里开始。")


@pytest.mark.parametrize(
    "line",
    ["2023年的合作：回顾与展望", "来源：", "2023-10-18 是一个重要的日子。", "Talks in Seoul, 2023-10-18 and after"],
)
def test_lines_that_are_not_field_lines_start_the_body(line: str) -> None:
    header, first = _header(f"一个标题\n\n{line}\n\n正文从这里开始。")
    assert (header.published, header.outlet, first) == (None, None, line)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Reporting by Jane Doe; Editing by John Roe", "Reporting by Jane Doe; Editing by John Roe"),
        ("(Additional reporting by Jane Doe)", "Additional reporting by Jane Doe"),
        ("Reporting on trade by region is uneven, as the next section shows.", None),
    ],
)
def test_wire_credit_lines(line: str, credit: str | None) -> None:
    assert match_credit(line) == credit


@pytest.mark.parametrize(
    ("line", "authors", "note"),
    [
        ("Min-ho Choi Department of International Studies, Example University", ["Min-ho Choi"], "Department of"),
        ("Jane A. Doe and Li Wei, School of Government, Example University", ["Jane A. Doe", "Li Wei"], "School of"),
    ],
)
def test_names_run_into_their_affiliation_under_the_title(line: str, authors: list[str], note: str) -> None:
    header, first = _header(f"A Title of a Paper\n\n{line}\n\nBody text starts here.")
    assert header.authors == authors
    assert header.author_notes[0].startswith(note)
    assert first == "Body text starts here."


def test_a_subtitle_is_no_author_line() -> None:
    header, first = _header("A Title of a Paper\n\nLessons From Europe\n\nBody text starts here.")
    assert header.authors == []
    assert first == "Lessons From Europe"


@pytest.mark.parametrize(
    ("line", "abstract", "keywords"),
    [
        ("Abstract This article reviews rescue agreements.", "This article reviews rescue agreements.", []),
        ("摘要 本文回顾了三国的搜救合作。", "本文回顾了三国的搜救合作。", []),
        ("Keywords Search and rescue; East China Sea", None, ["Search and rescue", "East China Sea"]),
    ],
)
def test_label_run_into_its_text(line: str, abstract: str | None, keywords: list[str]) -> None:
    header, first = _header(f"A Title\n\n{line}\n\nBody text starts here.")
    assert (header.abstract, header.keywords, first) == (abstract, keywords, "Body text starts here.")


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        (
            "Rethinking Trilateral Cooperation\nLessons from Two Decades of Summits\n\nBy Jane Doe\n\nBody text.",
            "Rethinking Trilateral Cooperation: Lessons from Two Decades of Summits",
            ["Jane Doe"],
        ),
        (
            "中日韩合作的新阶段\n——以领导人会议为例\n\n作者：张三\n\n正文从这里开始。",
            "中日韩合作的新阶段——以领导人会议为例",
            ["张三"],
        ),
        ("区域合作\n回顾与展望\n\n□ 张三\n\n正文从这里开始。", "区域合作：回顾与展望", ["张三"]),
    ],
)
def test_subtitle_followed_by_an_author_line_joins_the_title(text: str, title: str, authors: list[str]) -> None:
    header, _ = _header(text)
    assert (header.title, header.authors) == (title, authors)


@pytest.mark.parametrize(
    ("text", "description", "authors"),
    [
        (
            "A Title\nPolicy brief, Example Institute, 2024\n\nAuthors: Jane Doe\n\nBody text.",
            "Policy brief, Example Institute, 2024",
            ["Jane Doe"],
        ),
        (
            "A Title\nWorking Paper No. 12, March 2023\n\nBy Jane Doe and John Roe\n\nBody text.",
            "Working Paper No. 12, March 2023",
            ["Jane Doe", "John Roe"],
        ),
        ("区域合作研究\n研究报告，某研究院，2024\n\n作者：张三\n\nBody text.", "研究报告，某研究院，2024", ["张三"]),
    ],
)
def test_a_description_under_the_title_is_kept_and_the_author_line_read(
    text: str, description: str, authors: list[str]
) -> None:
    header, first = _header(text)
    assert header.title in ("A Title", "区域合作研究")  # no subtitle joined
    assert (header.identifiers, header.authors, first) == ([("description", description)], authors, "Body text.")
    assert header.published == description[-4:]  # the closing year dates the document


def test_a_later_date_line_dates_the_document_over_a_description_year() -> None:
    header, _ = _header("A Title\nPolicy brief, Example Institute, 2024\n\nDate: 2024-05-27\n\nBody text.")
    assert (header.identifiers, header.published) == (
        [("description", "Policy brief, Example Institute, 2024")],
        "2024-05-27",
    )


def test_line_under_the_title_without_a_header_line_after_it_is_body() -> None:
    header, first = _header("A Title\nLessons From Europe\n\nBody text starts here.")
    assert (header.title, first) == ("A Title", "Lessons From Europe")


def test_numbered_first_line_is_not_a_title() -> None:
    header, first = _header("1. Background\n\nBody text.")
    assert header.title is None and first == "1. Background"


def test_sentence_first_line_is_not_a_title() -> None:
    header, first = _header("Cooperation grew quickly after 2012.\n\nBody text.")
    assert header.title is None and first == "Cooperation grew quickly after 2012."


def test_question_title() -> None:
    header, _ = _header("Can Ports Build Trust?\n\nBody text.")
    assert header.title == "Can Ports Build Trust?"


@pytest.mark.parametrize(
    ("value", "keywords"),
    [
        ("区域合作、图们江、地方政府", ["区域合作", "图们江", "地方政府"]),
        ("区域合作；图们江；地方政府。", ["区域合作", "图们江", "地方政府"]),
        ("green energy, ports and railways.", ["green energy", "ports", "railways"]),
        (
            "regional cooperation; trade and investment; ports",
            ["regional cooperation", "trade and investment", "ports"],
        ),
    ],
)
def test_split_keywords(value: str, keywords: list[str]) -> None:
    assert split_keywords(value) == keywords


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("张三、李四", ["张三", "李四"]),
        ("林青 高远", ["林青", "高远"]),
        ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("Wang Fang Li Lei", ["Wang Fang Li Lei"]),
    ],
)
def test_split_names(value: str, names: list[str]) -> None:
    assert split_names(value) == names


@pytest.mark.parametrize(
    ("text", "published", "outlet", "place", "authors"),
    [
        ("A Report\nExample Policy Institute\nMarch 2024\n\nBody text.", "2024-03", "Example Policy Institute",
         None, []),
        ("A Report\n\nKorea Institute for National Unification\n\n11 March 2024\n\nBody text.", "2024-03-11",
         "Korea Institute for National Unification", None, []),
        ("一份报告\n\n某某大学国际问题研究院\n\n2024年3月\n\n正文。", "2024-03", "某某大学国际问题研究院", None, []),
        ("一份报告\n\n某某大学国际问题研究院\n\n二〇二四年三月十一日\n\n正文。", "2024-03-11", "某某大学国际问题研究院",
         None, []),
        ("Joint Declaration\n\nSeoul, May 27, 2024\n\n1. We met.", "2024-05-27", None, "Seoul", []),
        ("An Interview\n\nPublished 12 June 2023 by Example Review\n\nBody text.", "2023-06-12", "Example Review",
         None, []),
        ("A Post\n\nPublished 12 June 2023 by Jane Doe\n\nBody text.", "2023-06-12", None, None, ["Jane Doe"]),
        ("A Paper\n\nBy Jane Doe\n\nExample University\n\nBody text.", None, None, None, ["Jane Doe"]),  # affiliation
        ("Remarks at the Summit\n\n(Seoul, 27 May 2024)\n\nBody text.", "2024-05-27", None, "Seoul", []),  # a speech
        ("讲话\n\n（2024年5月27日，首尔）\n\n正文。", "2024-05-27", None, "首尔", []),
        ("讲话\n\n（二〇二四年五月二十七日）\n\n正文。", "2024-05-27", None, None, []),
        ("A Forum Report\n\nDate: 26–27 November 2023\nVenue: Busan, Republic of Korea\nOrganised by: Example "
         "Secretariat\n\nBody text.", "2023-11-26", "Example Secretariat", "Busan, Republic of Korea", []),
        ("会议纪要\n\n时间：2023年11月26日  地点：韩国釜山  主办单位：某某研究院\n\n正文。", "2023-11-26", "某某研究院",
         "韩国釜山", []),
        ("A Forum Report\n\nNov. 26-27, 2023\n\nBody text.", "2023-11-26", None, None, []),  # a range: its first day
        ("A Brief\n\nPolicy brief, 12 March 2024\n\nBody text.", "2024-03-12", None, None, []),
    ],
)  # fmt: skip
def test_organisation_and_date_lines_under_the_title(
    text: str, published: str | None, outlet: str | None, place: str | None, authors: list[str]
) -> None:
    header, first = _header(text)
    assert (header.published, header.outlet, header.place, header.authors) == (published, outlet, place, authors)
    assert first in ("Body text.", "正文。", "1. We met.")


def test_an_institution_name_is_not_a_person_and_an_affiliation() -> None:
    header, _ = _header("A Title\nExample Policy Institute\n\nBody text.")
    assert (header.authors, header.author_notes, header.outlet) == ([], [], "Example Policy Institute")


CNKI_HEADER = (
    "东北亚区域合作的制度困境\n\n张三1，李四2\n\n（1.某某大学国际关系学院，北京 100871；2.某某研究院，上海 200433）\n\n"
    "摘  要：本文考察了合作机制的演进。\n\n关 键 词：东北亚；制度化\n\n"
    "中图分类号：D81    文献标识码：A    文章编号：1002-8986（2023）04-0012-15\n\n一、引言\n\n正文。"
)


def test_a_chinese_journal_header() -> None:
    header, first = _header(CNKI_HEADER)
    assert (header.title, header.authors) == ("东北亚区域合作的制度困境", ["张三", "李四"])
    assert header.author_notes == ["（1.某某大学国际关系学院，北京 100871；2.某某研究院，上海 200433）"]
    assert (header.abstract, header.keywords) == ("本文考察了合作机制的演进。", ["东北亚", "制度化"])
    assert header.identifiers == [
        ("中图分类号", "D81"),
        ("文献标识码", "A"),
        ("文章编号", "1002-8986（2023）04-0012-15"),
    ]
    assert first == "一、引言"


@pytest.mark.parametrize("line", ["张三¹ 李四²", "王五 赵六", "欧阳明1,2、李四2"])
def test_chinese_names_under_the_title(line: str) -> None:
    header, first = _header(f"一个标题\n\n{line}\n\n正文从这里开始，这是一个句子。")
    assert len(header.authors) == 2 and all(not any(c.isdigit() or c in "¹²" for c in a) for a in header.authors)
    assert first == "正文从这里开始，这是一个句子。"


def test_a_short_chinese_line_without_marks_is_no_author_line() -> None:
    header, first = _header("一个标题\n\n前景\n\n正文从这里开始，这是一个句子。")
    assert (header.authors, first) == ([], "前景")


def test_interview_dateline_header() -> None:
    header, first = _fixture_header("mixed_en_zh_interview.txt")
    assert header.title == (
        "Interview with Park Min, Director of the Yellow Sea Ports Forum: Building Bridges Across the Water"
    )
    assert (header.outlet, header.place) == ("Xinhua", "Beijing")
    assert header.published is None and header.dateline_month_day == (3, 3)  # the year comes from the body
    assert header.authors == ["Chen Yu Kim Hana"]  # Latin names without separators stay as printed
    assert first is not None and first.startswith("The year 2021 marks")


def test_dateline_with_year() -> None:
    header, _ = _header("Xinhua, Seoul, January 26th, 2022: Talks resume\n\nBody mentions 2019.")
    assert (header.outlet, header.place, header.published, header.title) == (
        "Xinhua",
        "Seoul",
        "2022-01-26",
        "Talks resume",
    )
    assert header.origins["published"] == "parsed"


NEWS_HEADER = (
    "Leaders agree to resume the summit\n\n"
    "Updated: May 27, 2024 10:15 a.m. | Published: May 26, 2024 8:00 p.m.\n\n"
    "By Jane Doe, Staff Writer\n\n"
    "The leaders of the three countries agreed on Monday to hold their summit regularly."
)


def test_a_news_header_with_written_dates_and_a_job_title() -> None:
    header, first = _header(NEWS_HEADER)
    assert (header.published, header.identifiers) == ("2024-05-26", [("updated", "May 27, 2024 10:15 a.m.")])
    assert (header.authors, header.author_notes) == (["Jane Doe"], ["Staff Writer"])
    assert first is not None and first.startswith("The leaders")


JOURNAL_ARTICLE = """Asian Journal of Example Studies, Vol. 12, No. 3 (2023), pp. 45-67
https://doi.org/10.1234/ajes.2023.0045

Institutionalizing Trilateral Cooperation: The Case of the
Trilateral Cooperation Secretariat

Minji Kim1*, Haruka Sato2 and Wei Chen3
1 Graduate School of International Studies, Example University, Seoul, Korea
2 Faculty of Law, Example University, Tokyo, Japan

Received: 12 January 2023 / Accepted: 3 May 2023 / Published online: 1 June 2023

Abstract
This article examines how the secretariat has shaped cooperation among the three countries.

Keywords: trilateral cooperation; secretariat

1 Introduction

Body text.
"""


def test_a_journal_article_header() -> None:
    header, first = _header(JOURNAL_ARTICLE)
    assert (
        header.title == "Institutionalizing Trilateral Cooperation: The Case of the Trilateral Cooperation Secretariat"
    )
    assert (header.outlet, header.published) == ("Asian Journal of Example Studies", "2023-06-01")
    assert header.authors == ["Minji Kim", "Haruka Sato", "Wei Chen"]
    assert header.author_notes == [
        "1 Graduate School of International Studies, Example University, Seoul, Korea",
        "2 Faculty of Law, Example University, Tokyo, Japan",
    ]
    assert header.identifiers == [
        ("citation", "Asian Journal of Example Studies, Vol. 12, No. 3 (2023), pp. 45-67"),
        ("doi", "10.1234/ajes.2023.0045"),
        ("received", "12 January 2023"),
        ("accepted", "3 May 2023"),
    ]
    assert (
        header.abstract == "This article examines how the secretariat has shaped cooperation among the three countries."
    )
    assert (header.keywords, first) == (["trilateral cooperation", "secretariat"], "1 Introduction")


def test_a_copyright_line_is_a_credit() -> None:
    assert match_credit("© 2023 Example Press. All rights reserved.") == "© 2023 Example Press. All rights reserved."
    assert match_credit("Copyright 2024 Example Institute") == "Copyright 2024 Example Institute"
    assert match_credit("Copyrights of the three countries differ.") is None


def test_a_date_time_field_line_with_a_bar_before_its_fields() -> None:
    header, first = _header(
        "中日韩领导人会议在首尔举行\n\n2024年05月27日08:21 | 来源：人民网－人民日报\n\n正文从这里开始，这是一个句子。"
    )
    assert (header.title, header.published, header.outlet) == (
        "中日韩领导人会议在首尔举行",
        "2024-05-27",
        "人民网－人民日报",
    )
    assert first == "正文从这里开始，这是一个句子。"


def test_lines_that_need_a_title_above_them_need_one() -> None:
    header, _ = _header("Abstract: The text has no title line at all.\n\n张三1，李四2\n\nBody text follows here.")
    assert (header.title, header.authors) == (None, [])


@pytest.mark.parametrize(
    ("text", "authors", "notes", "published", "outlet"),
    [
        (  # a lower-case byline, the job title on its own line, an abbreviated month
            "Summit put on hold again\n\nby Taro Yamada\nStaff writer\n\nNov 30, 2023\n\n"
            "The ministers failed to agree on a date when they met in Busan on Sunday.",
            ["Taro Yamada"],
            ["Staff writer"],
            "2023-11-30",
            None,
        ),
        (  # an agency's line: name, written date, time and the page's sections
            "Ministers to meet in Tokyo\n\nKYODO NEWS - Mar 20, 2025 - 11:05 | World, All\n\n"
            "The foreign ministers of the three countries will meet in Tokyo on Saturday.",
            [],
            [],
            "2025-03-20",
            "KYODO NEWS",
        ),
    ],
)
def test_news_header_lines(text: str, authors: list[str], notes: list[str], published: str, outlet: str | None) -> None:
    header, first = _header(text)
    assert (header.authors, header.author_notes, header.published, header.outlet) == (
        authors,
        notes,
        published,
        outlet,
    )
    assert first is not None and first.startswith("The ")


def test_a_credit_between_header_lines_does_not_end_the_header() -> None:
    header, first = _header(
        "Leaders vow to deepen cooperation\n\nSource: Xinhua\nEditor: Wang Wu\n2024-05-27 20:15:01\n\n"
        "BEIJING, May 27 (Xinhua) -- The premier called for deeper cooperation."
    )
    assert (header.outlet, header.credits, header.published) == ("Xinhua", ["Editor: Wang Wu"], "2024-05-27")
    assert first is not None and first.startswith("BEIJING")


@pytest.mark.parametrize(
    "line",
    ["by 2030 the three countries will double their trade", "Formation | 1 September 2011", "Staff writer"],
)
def test_lines_that_only_look_like_header_lines_start_the_body(line: str) -> None:
    header, first = _header(f"Secretariat at ten\n\n{line}\n\nThe secretariat opened in Seoul in 2011.")
    assert (header.authors, header.outlet, header.published) == ([], None, None)
    assert first == line


def test_a_site_section_over_the_title_is_a_row_not_the_title() -> None:
    header, first = _header(
        "Press Releases\n\nOutcome of the Trilateral Summit\n\nDate : 2024-05-27 | Hit : 1523\n\n"
        "1. The three leaders adopted a Joint Declaration in Seoul."
    )
    assert (header.title, header.identifiers, header.published) == (
        "Outcome of the Trilateral Summit",
        [("section", "Press Releases")],
        "2024-05-27",
    )
    assert first is not None and first.startswith("1. The three leaders")


def test_a_kind_and_date_line_keeps_the_kind() -> None:
    header, _ = _header("A Brief\n\nPolicy brief, 12 March 2024\n\nBody text.")
    assert header.identifiers == [("type", "Policy brief")]


@pytest.mark.parametrize(
    ("text", "title", "authors", "notes", "published"),
    [
        ("讲话\n\n（2024年5月27日，首尔）\n\n国务院总理 李强\n\n女士们，先生们：", "讲话", ["李强"], ["国务院总理"],
         "2024-05-27"),
        ("携手合作\n——在论坛上的致辞\n\n王毅\n\n2023年11月26日\n\n各位来宾：", "携手合作——在论坛上的致辞", ["王毅"], [],
         "2023-11-26"),
        ("携手合作\n\n引言\n\n各位来宾：很高兴出席论坛。", "携手合作", [], [], None),  # no date under it: no name
    ],
)  # fmt: skip
def test_a_speech_s_header(text: str, title: str, authors: list[str], notes: list[str], published: str | None) -> None:
    header, _ = _header(text)
    assert (header.title, header.authors, header.author_notes, header.published) == (title, authors, notes, published)


def test_names_under_the_date_line_under_the_title_are_the_authors() -> None:
    header, first = _header("Korea's Trilateral Diplomacy\n\n2023. 11. 27.\n\nKim Minsu\n\nThe ministers met in Busan.")
    assert (header.published, header.authors, first) == ("2023-11-27", ["Kim Minsu"], "The ministers met in Busan.")


def test_a_reporter_and_place_opening_is_no_labelled_field() -> None:
    header, first = _header("台日韓合作持續深化\n\n〔記者王小明／台北報導〕外交部今天表示。\n\n區域合作不斷深化。")
    assert (header.identifiers, first) == ([], "〔記者王小明／台北報導〕外交部今天表示。")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "May 27, 2024\n\nJoint Declaration of the Ninth Summit\n\nWe met in Seoul.",
            "Joint Declaration of the Ninth Summit",
        ),
        ("2024年5月27日\n\n第九次领导人会议联合宣言\n\n我们在首尔举行会议。", "第九次领导人会议联合宣言"),
    ],
)
def test_a_date_over_the_title_dates_the_text(text: str, title: str) -> None:
    header, _ = _header(text)
    assert (header.title, header.published) == (title, "2024-05-27")


def test_a_heading_word_over_a_date_is_no_author() -> None:
    header, first = _header("中日韩合作\n\n2024年5月27日\n\n概述\n\n2008年12月13日\n\n首次领导人会议在福冈举行。")
    assert header.authors == [] and first == "概述"


_BODY = "三国合作已走过二十多年，取得了丰硕成果，也面临新的挑战与机遇。"


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (f"核污染水排海与中日韩合作的前景\n\n王晓明\n\n{_BODY}", ["王晓明"]),
        (f"中日韩合作的前景\n\n王晓明 李华\n\n{_BODY}", ["王晓明", "李华"]),
        (f"中日韩合作的前景\n\n王晓明、欧阳\n\n{_BODY}", ["王晓明", "欧阳"]),
        (f"中日韩合作的前景\n\n引言\n\n{_BODY}", []),  # a heading
        ("中日韩合作的前景\n\n王晓明\n\n一、背景", []),  # no paragraph of the text under it
    ],
)
def test_chinese_names_alone_under_a_chinese_title_are_the_authors(text: str, authors: list[str]) -> None:
    header, _ = _header(text)
    assert header.authors == authors


@pytest.mark.parametrize(
    ("line", "kind", "published"),
    [
        ("Policy Report No. 17 | March 2024", "Policy Report No. 17", "2024-03"),
        ("Working Paper | 12 March 2024", "Working Paper", "2024-03-12"),
        ("Seoul | March 2024", None, None),  # a place, not a kind of text
    ],
)
def test_a_kind_of_text_and_its_date_in_barred_fields(line: str, kind: str | None, published: str | None) -> None:
    header, _ = _header(f"Trilateral Trade Monitor\n\nNortheast Asia Economic Forum\n{line}\n\nTrade fell in 2023.")
    assert (dict(header.identifiers).get("type"), header.published) == (kind, published)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Remarks by Prime Minister Kishida Fumio at the Ninth Trilateral Summit\n\nThank you.", ["Kishida Fumio"]),
        (
            "Keynote Speech by H.E. Mr. Wang Yi, Minister of Foreign Affairs of China, at the Forum\n\nGuests,",
            ["Wang Yi"],
        ),
        ("李强在第九次中日韩领导人会议上的讲话\n\n尊敬的尹锡悦总统，尊敬的岸田文雄首相：", ["李强"]),
        ("Statement by the Ministry of Foreign Affairs on the Summit\n\nThe ministry welcomes it.", []),  # no person
        ("Speech of the Century\n\nIt was a great speech, and it changed the region.", []),
        ("Remarks by Prime Minister Kishida Fumio at the Summit\n\nBy Jane Roe\n\nThank you.", ["Jane Roe"]),
    ],
)
def test_a_speech_s_title_names_its_speaker(text: str, authors: list[str]) -> None:
    header, _ = _header(text)
    assert header.authors == authors


def test_a_news_page_copied_as_text_keeps_its_title_byline_and_date() -> None:
    text = (
        "Skip to main content\nAdvertisement\nWorld\nAsia\n\n"
        "China, Japan, South Korea leaders pledge closer economic ties\n\n"
        "By Ju-min Park and Kiyoshi Takenaka\nMay 27, 2024 8:15 PM GMT+9 Updated 6 months ago\n\n"
        "SEOUL, May 27 (Reuters) - The leaders agreed on Monday to boost trade.\n\nSign up here.\n"
    )
    header, first = _header(text)
    assert header.title == "China, Japan, South Korea leaders pledge closer economic ties"
    assert (header.authors, header.published) == (["Ju-min Park", "Kiyoshi Takenaka"], "2024-05-27")
    assert ("section", "World") in header.identifiers
    assert first == "SEOUL, May 27 (Reuters) - The leaders agreed on Monday to boost trade."
    assert "Sign up here." not in [u.text for u in split_units(text)]


def test_a_short_line_over_a_title_with_no_byline_is_no_section() -> None:
    header, _ = _header("Trade\n\nTrade among the three countries grew fast\n\nIt grew by ten percent in 2023.")
    assert header.title == "Trade"


def test_lines_of_several_page_buttons_are_not_the_title() -> None:
    text = (
        "Go to Contents Go to Navigation\n\nApp\n\nShare | Print\n\n"
        "Port authorities agree to share data\n\nSEOUL, Nov. 1 (Example Wire) -- The port authorities agreed today.\n"
    )
    header, first = _header(text)
    assert header.title == "Port authorities agree to share data"
    assert first == "SEOUL, Nov. 1 (Example Wire) -- The port authorities agreed today."


def test_a_chinese_news_page_s_breadcrumb_buttons_and_traditional_source_line() -> None:
    text = (
        "某某网 正文\n港口合作论坛在釜山举行\n2019-05-03 10:01:34 來源: 某某网\n關注某某网\n微博\nQzone\n評論\n\n"
        "某某社釜山5月3日电 三国港口合作论坛3日在釜山举行。\n"
    )
    header, first = _header(text)
    assert header.title == "港口合作论坛在釜山举行"
    assert (header.published, header.outlet) == ("2019-05-03", "某某网")
    assert first == "某某社釜山5月3日电 三国港口合作论坛3日在釜山举行。"


def test_a_chinese_headline_on_two_lines_over_a_dateline_is_one_title() -> None:
    text = "三国港口论坛\n将在釜山举行\n某某社北京5月2日电 三国港口合作论坛将于3日在釜山举行。\n"
    header, first = _header(text)
    assert header.title == "三国港口论坛将在釜山举行"
    assert first is not None and first.startswith("某某社北京5月2日电")
    text = "三国港口论坛\n王晓明\n某某社北京5月2日电 三国港口合作论坛将于3日在釜山举行。\n"
    assert _header(text)[0].title == "三国港口论坛"  # a name under the title is its author, not its end


def test_a_chinese_teaser_label_may_stand_with_a_space() -> None:
    text = (
        "港口合作论坛在釜山举行\n\n导读 三国港口合作论坛3日在釜山举行，\n\n"
        "三国港口合作论坛3日在釜山举行，三方交换了意见。\n"
    )
    assert all(not u.text.startswith("导读") for u in split_units(text))


def test_a_heading_opening_with_guanzhu_is_not_a_follow_button() -> None:
    assert [u.text for u in split_units("关注民生\n\n三国就养老服务合作交换了意见。\n")][0] == "关注民生"


@pytest.mark.parametrize(
    ("kicker", "title"), [("보도자료", "한일중 정상회의 개최 결과"), ("報道発表", "日中韓首脳会議の開催")]
)
def test_a_korean_or_japanese_release_kind_over_the_title_is_no_title(kicker: str, title: str) -> None:
    header, _ = _header(f"{kicker}\n\n{title}\n\n2024. 5. 27.\n\n본문 첫 문단입니다.")
    assert (header.title, header.identifiers) == (title, [("section", kicker)])


def test_a_chinese_journals_fields_one_space_apart() -> None:
    header, _ = _header(CNKI_HEADER.replace("    ", " "))
    assert [label for label, _ in header.identifiers] == ["中图分类号", "文献标识码", "文章编号"]
    assert header.published == "2023"
