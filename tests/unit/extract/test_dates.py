"""find_dates: English and Chinese date expressions, their ISO values, precision, resolution and exact wording."""

from __future__ import annotations

import pytest

from nea_site.extract.dates import DateSpan, find_dates
from nea_site.model import PartialDate

ANCHOR = PartialDate(year=2022, month=1, day=26)  # a news item's dateline

# (expression, start ISO, end ISO, precision, resolution); None where there is no value.
Row = tuple[str, str | None, str | None, str, str]


def _rows(spans: list[DateSpan]) -> list[Row]:
    return [
        (
            s.expression,
            s.start.iso() if s.start else None,
            s.end.iso() if s.end else None,
            s.precision,
            s.resolution,
        )
        for s in spans
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English: months, days, years with context
        (
            "In September 2011, the Trilateral Cooperation Secretariat was launched in Seoul.",
            [("September 2011", "2011-09", None, "month", "explicit")],
        ),
        (
            "The president raised the outline in September and October 2013, in a little over three years.",
            [("September and October 2013", "2013-09", "2013-10", "month", "explicit")],
        ),
        (
            "Fact Sheet, The White House, May 23, 2022, on the new economic framework.",
            [("May 23, 2022", "2022-05-23", None, "day", "explicit")],
        ),
        ("The agreement was signed on 23 May 2022 in Tokyo.", [("23 May 2022", "2022-05-23", None, "day", "explicit")]),
        ("- Time:2023-11-08", [("2023-11-08", "2023-11-08", None, "day", "explicit")]),
        (
            "After the official signing of the FTA in 2015, trade grew.",
            [("2015", "2015", None, "year", "explicit")],
        ),
        ("The year 2022 is an important year for the three countries.", [("2022", "2022", None, "year", "explicit")]),
        (
            "Imports from China in 2021 and 2022 rose.",
            [("2021", "2021", None, "year", "explicit"), ("2022", "2022", None, "year", "explicit")],
        ),
        # Chinese: full, month and year dates, with PDF spaces, and Korean citation dates
        (
            "2023年11月26日，第十次中日韩外长会在韩国釜山举行。",
            [("2023年11月26日", "2023-11-26", None, "day", "explicit")],
        ),
        (
            "1999年11月，三国以“10+3”领导人会议为平台，实现了首次会晤。",
            [("1999年11月", "1999-11", None, "month", "explicit")],
        ),
        ("2022年，中国半导体市场销售规模进一步扩大。", [("2022年", "2022", None, "year", "explicit")]),
        (
            "《贸易统计》，中国商务部亚洲司，2023 年 3 月 18 日。",
            [("2023 年 3 月 18 日", "2023-03-18", None, "day", "explicit")],
        ),
        ("연합뉴스, 2023년 6월 9일.", [("2023년 6월 9일", "2023-06-09", None, "day", "explicit")]),
        (
            "研究机构在2022和2023年进行的民意调查显示，",
            [("2022", "2022", None, "year", "explicit"), ("2023年", "2023", None, "year", "explicit")],
        ),
        # decades
        (
            "In the early 1980s, China began to open its coastal cities.",
            [("the early 1980s", "1980", "1983", "decade", "explicit")],
        ),
        (
            "Trade barely grew in the 1980s, and rose in the late 1990s and mid-2000s.",
            [
                ("the 1980s", "1980", "1989", "decade", "explicit"),
                ("the late 1990s", "1997", "1999", "decade", "explicit"),
                ("mid-2000s", "2004", "2006", "decade", "explicit"),
            ],
        ),
        ("进入21世纪第二个十年，地区形势发生变化。", [("21世纪第二个十年", "2010", "2019", "decade", "explicit")]),
        ("中国在20世纪90年代提出了新安全观。", [("20世纪90年代", "1990", "1999", "decade", "explicit")]),
        (
            "中国在 20 世纪 90 年代中后期提出了新安全观。",
            [("20 世纪 90 年代中后期", "1994", "1999", "decade", "explicit")],
        ),
        ("合作起步于上世纪九十年代初。", [("上世纪九十年代初", "1990", "1993", "decade", "explicit")]),
        (
            "In the first decade of the 21st century, trade tripled.",
            [("the first decade of the 21st century", "2000", "2009", "decade", "explicit")],
        ),
        # ranges
        (
            "The share fell from 2012 to 2021, the report says.",
            [("from 2012 to 2021", "2012", "2021", "year", "explicit")],
        ),
        ("人口增长率在 2012—2021 年持续下降。", [("2012—2021 年", "2012", "2021", "year", "explicit")]),
        ("人口增长率在2012—2021年持续下降。", [("2012—2021年", "2012", "2021", "year", "explicit")]),
        (
            "the Fourteenth Five-Year Development Plan (2012-2021) in 2021.",
            [("2012-2021", "2012", "2021", "year", "explicit"), ("2021", "2021", None, "year", "explicit")],
        ),
        ("Births declined between 2012 and 2021.", [("between 2012 and 2021", "2012", "2021", "year", "explicit")]),
        ("2022年1—2月，RCEP相继对多个成员生效。", [("2022年1—2月", "2022-01", "2022-02", "month", "explicit")]),
        (
            "《2022 年 1—12 月中国与亚洲国家贸易统计》",
            [("2022 年 1—12 月", "2022-01", "2022-12", "month", "explicit")],
        ),
        (
            "会议于2023年11月26日至27日举行。",
            [("2023年11月26日至27日", "2023-11-26", "2023-11-27", "day", "explicit")],
        ),
        # qualifiers belong to the expression
        (
            "Since 1999, the leaders have met regularly.",
            [("Since 1999", "1999", None, "year", "explicit")],
        ),
        (
            "自1999年举行首次领导人会晤以来，中日韩合作不断深化。",
            [("自1999年", "1999", None, "year", "explicit")],
        ),
        ("这是三国外长自2019年以来时隔四年再次会晤。", [("自2019年以来", "2019", None, "year", "explicit")]),
        (
            "By the end of 2016, China had established 50 cultural centres.",
            [("By the end of 2016", "2016", None, "year", "explicit")],
        ),
        (
            "As of the end of 2017, South Korea has established 144 Sejong schools.",
            [("As of the end of 2017", "2017", None, "year", "explicit")],
        ),
        ("截至2016年底，双边贸易额大幅增长。", [("截至2016年底", "2016", None, "year", "explicit")]),
        ("预计到 2050 年，全球总人口将增加约 18.38 亿。", [("到 2050 年", "2050", None, "year", "explicit")]),
        (
            "Japan aims to reach carbon neutrality by 2050.",
            [("by 2050", "2050", None, "year", "explicit")],
        ),
        # relative to the anchor
        (
            "China News Agency, Seoul, January 26th: Interview with the Secretary General",
            [("January 26th", "2022-01-26", None, "day", "relative")],
        ),
        ("This year marks the 30th anniversary.", [("This year", "2022", None, "year", "relative")]),
        ("今年是中韩建交30周年。", [("今年", "2022", None, "year", "relative")]),
        ("Trade fell last year.", [("last year", "2021", None, "year", "relative")]),
        ("去年，三国贸易额创新高。", [("去年", "2021", None, "year", "relative")]),
        ("The summit will be held next year.", [("next year", "2023", None, "year", "relative")]),
        ("明年将举行领导人会议。", [("明年", "2023", None, "year", "relative")]),
        ("本月，秘书处发布了报告。", [("本月", "2022-01", None, "month", "relative")]),
        (
            "In February this year, the Secretariat held a forum.",
            [("February this year", "2022-02", None, "month", "relative")],
        ),
        # inferred from the previous date of the same text
        (
            "2012年5月，三国签署投资协定。同年11月，中日韩自贸区谈判正式启动。",
            [
                ("2012年5月", "2012-05", None, "month", "explicit"),
                ("同年11月", "2012-11", None, "month", "inferred"),
            ],
        ),
        (
            "2008 年 11 月，中日韩举行三国财长会议。次月，三国签署了货币互换协议。",
            [
                ("2008 年 11 月", "2008-11", None, "month", "explicit"),
                ("次月", "2008-12", None, "month", "inferred"),
            ],
        ),
        (
            "2008年12月，中日韩峰会首次独立举行。17日，三国领导人发表联合声明。",
            [
                ("2008年12月", "2008-12", None, "month", "explicit"),
                ("17日", "2008-12-17", None, "day", "inferred"),
            ],
        ),
        (
            "The FTA came in 2015. In November of the same year, talks resumed; the following year they ended.",
            [
                ("2015", "2015", None, "year", "explicit"),
                ("November of the same year", "2015-11", None, "month", "inferred"),
                ("the following year", "2016", None, "year", "inferred"),
            ],
        ),
        (
            "In March 2017, the ministry opened an office. In late May, it hosted a forum.",
            [
                ("March 2017", "2017-03", None, "month", "explicit"),
                ("late May", "2017-05", None, "month", "inferred"),
            ],
        ),
        # dates inside links are not expressions; the link's neighbours still are
        (
            "The White House, June 15, 2023, <https://www.whitehouse.gov/briefing-room/2023/06/15/readout/>.",
            [("June 15, 2023", "2023-06-15", None, "day", "explicit")],
        ),
    ],
)
def test_find_dates(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, anchor=ANCHOR)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China News Agency, Seoul, January 26th: Interview", [("January 26th", None, None, "day", "unresolved")]),
        ("今年是中韩建交30周年。", [("今年", None, None, "year", "unresolved")]),
        ("The same year, the secretariat opened.", [("The same year", None, None, "year", "unresolved")]),
        ("同年11月，谈判正式启动。", [("同年11月", None, None, "month", "unresolved")]),
        ("17日，三国领导人发表联合声明。", [("17日", None, None, "day", "unresolved")]),
    ],
)
def test_without_anchor_relative_dates_stay_unresolved(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, anchor=None)) == expected


def test_a_day_to_come_takes_no_year_named_alone_before_it_in_an_undated_text() -> None:
    text = "They clashed in a border war in 1962. The summit, to be held in Velmar on April 27th, marks a change."
    assert _rows(find_dates(text, anchor=None))[1] == ("April 27th", None, None, "day", "unresolved")
    told = "In 2019 the leaders met in Velmar. On June 28 they signed a pact."  # a past day takes it
    assert _rows(find_dates(told, anchor=None))[1] == ("June 28", "2019-06-28", None, "day", "inferred")


def test_day_only_needs_an_anchor_month() -> None:
    spans = find_dates("17日，三国领导人发表联合声明。", anchor=PartialDate(year=2022))
    assert _rows(spans) == [("17日", None, None, "day", "unresolved")]


def test_relative_month_crosses_the_year() -> None:
    spans = find_dates("上个月，秘书处发布了报告。", anchor=PartialDate(year=2022, month=1))
    assert _rows(spans) == [("上个月", "2021-12", None, "month", "relative")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met Nov. 26-27, 2023 in Busan.", [("Nov. 26-27, 2023", "2023-11-26", "2023-11-27", "day", "explicit")]),
        ("It was on 26–27 November 2023.", [("26–27 November 2023", "2023-11-26", "2023-11-27", "day", "explicit")]),
        ("It ran May 30–June 2, 2024.", [("May 30–June 2, 2024", "2024-05-30", "2024-06-02", "day", "explicit")]),
        ("It ran 30 May to 2 June 2024.", [("30 May to 2 June 2024", "2024-05-30", "2024-06-02", "day", "explicit")]),
        ("It met on 8 and 9 May 1962.", [("8 and 9 May 1962", "1962-05-08", "1962-05-09", "day", "explicit")]),
        ("Dec. 30, 2023–Jan. 2, 2024", [("Dec. 30, 2023–Jan. 2, 2024", "2023-12-30", "2024-01-02", "day", "explicit")]),
        # Told in the past in a text of 26 January 2022: the November before.
        ("The talks ran November 26 to 27.", [("November 26 to 27", "2021-11-26", "2021-11-27", "day", "relative")]),
        ("They met on Nov 26 - 10:00 talks began.", [("Nov 26", "2021-11-26", None, "day", "relative")]),  # a time
        ("Talks resumed in mid-November.", [("mid-November", "2021-11", None, "month", "relative")]),  # no period
        ("Talks will resume in mid-November.", [("mid-November", "2022-11", None, "month", "relative")]),  # to come
        ("Talks resumed in mid-February.", [("mid-February", "2022-02", None, "month", "relative")]),  # weeks ahead
    ],
)  # fmt: skip
def test_english_ranges_of_days(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, anchor=ANCHOR)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting was held on 2023. 11. 26. in Busan.", [("2023. 11. 26", "2023-11-26", None, "day", "explicit")]),
        ("In 2023. 11 countries joined.", [("2023", "2023", None, "year", "explicit")]),  # a sentence end, no date
        ("2023. 11.26", []),  # the separators differ
    ],
)
def test_korean_dotted_dates(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, anchor=ANCHOR)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three years ago, the talks stalled.", [("Three years ago", "2019", None, "year", "relative")]),
        ("A decade ago, the FTA talks began.", [("A decade ago", "2012", None, "year", "relative")]),
        ("The office opened 18 months ago.", [("18 months ago", "2020-07", None, "month", "relative")]),
        ("两年前，三国外长在釜山会晤。", [("两年前", "2020", None, "year", "relative")]),
        ("3个月前，秘书处发布报告。", [("3个月前", "2021-10", None, "month", "relative")]),
        ("a few years ago, 多年前, 三年前后", []),  # no count, or "about"
    ],
)
def test_times_ago_count_back_from_the_text_s_date(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, anchor=ANCHOR)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the first half of 2024, exports rose.",
            [("the first half of 2024", "2024-01", "2024-06", "month", "explicit")],
        ),
        ("Exports grew in Q3 2023.", [("Q3 2023", "2023-07", "2023-09", "month", "explicit")]),
        ("H2 2024 results", [("H2 2024", "2024-07", "2024-12", "month", "explicit")]),
        ("随着经济在 2023 年第二季度复苏", [("2023 年第二季度", "2023-04", "2023-06", "month", "explicit")]),
        ("2024年上半年，三国贸易额增长。", [("2024年上半年", "2024-01", "2024-06", "month", "explicit")]),
        ("H3 2024", []),
    ],
)
def test_halves_and_quarters_are_their_months(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, anchor=ANCHOR)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二〇二三年十一月二十六日，外长会晤。", [("二〇二三年十一月二十六日", "2023-11-26", None, "day", "explicit")]),
        ("一九九九年，三国领导人首次会晤。", [("一九九九年", "1999", None, "year", "explicit")]),
        ("中華民國112年11月26日，外交部表示。", [("民國112年11月26日", "2023-11-26", None, "day", "explicit")]),
        ("民国三十四年八月十五日，日本宣布投降。", [("民国三十四年八月十五日", "1945-08-15", None, "day", "explicit")]),
        ("2021年十二月，三方举行会谈。本月二十六日续谈。", [
            ("2021年十二月", "2021-12", None, "month", "explicit"),
            ("本月二十六日", "2022-01-26", None, "day", "relative"),
        ]),
        ("二〇一二—二〇二一年", [("二〇一二—二〇二一年", "2012", "2021", "year", "explicit")]),
        ("十年来，三国合作三个月内见效，七日内完成。", []),  # durations
    ],
)  # fmt: skip
def test_dates_in_chinese_numerals(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, anchor=ANCHOR)) == expected


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("They met on Monday, May 27, 2024 in Seoul.", "May 27, 2024"),
        ("They met on May 27, 2024 (Monday) in Seoul.", "May 27, 2024"),
        ("会议于2024年5月27日（周一）在首尔举行。", "2024年5月27日"),
        ("上周一（5月27日），三国领导人会晤。", "5月27日"),
    ],
)
def test_a_weekday_beside_its_day_s_date_is_no_second_date(text: str, expression: str) -> None:
    assert [s.expression for s in find_dates(text, anchor=PartialDate(year=2024, month=12, day=1))] == [expression]


def test_a_weekday_apart_from_a_date_is_still_read() -> None:
    spans = find_dates(
        "On Monday the leaders met; on May 27 they signed.", anchor=PartialDate(year=2024, month=12, day=1)
    )
    assert [(s.expression, s.start.iso() if s.start else None) for s in spans] == [
        ("On Monday", "2024-11-25"),
        ("May 27", "2024-05-27"),
    ]


def test_offsets_of_a_date_in_chinese_numerals_point_into_the_text() -> None:
    text = "据报道，二〇二三年十一月二十六日，三国外长会晤。"
    (span,) = find_dates(text, anchor=None)
    assert text[span.start_offset : span.end_offset] == span.expression == "二〇二三年十一月二十六日"


def test_offsets_point_into_the_text() -> None:
    text = "据统计，2023 年 3 月 18 日，三国贸易额达到 1300亿美元。"
    (span,) = find_dates(text, anchor=None)
    assert text[span.start_offset : span.end_offset] == span.expression == "2023 年 3 月 18 日"
    assert span.start_offset == 4


@pytest.mark.parametrize(
    "text",
    [
        "As of the end of the period, South Korea has established 144 Sejong schools.",
        "The programme enrolled 1,073 students, 80% of them women.",
        "三国间贸易总额增长至1300亿美元左右。",
        "〔文章编号〕0452 8832 (2024) 1 期 0110-20",
        "Journal of East Asian Studies, Vol.14, No.2, pp.85-86.",
        "Studies, pp.1990-1995.",
        "The 2300 delegates met in the hall.",
        "In 1850 there were 2101 ships.",
        "东盟与中日韩（10+3）领导人会议",
        "此前，中日韩在第15轮三国自贸区谈判中一致同意。",
        "中日韩三国的 65 岁及以上人口占总人口比例持续上升。",
        "中国连续 16 年是其最大贸易伙伴，过去二十余载，时隔四年再次会晤。",
        "In 2000 students enrolled.",
        "项目编号：2022CXTD11",
        "Chairman of the 21st century maritime Silk Road forum; the 30th anniversary.",
        "The last year of the plan saw the past year's gains.",
        "Ministers may 2 agree; May we March on?",
        "Supply chains have been reshaped (Wang Xiaobo, 2020).",  # a citation dates the source, not the text
        "同年龄段人口比重持续上升，多次年会如期举行。",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, anchor=ANCHOR) == []


def test_invalid_calendar_dates_are_not_dates() -> None:
    assert find_dates("On February 30, 2022 nothing happened; 2023年2月29日也不存在。", anchor=None) == []


def test_leap_day_is_a_date() -> None:
    assert _rows(find_dates("2024年2月29日", anchor=None)) == [("2024年2月29日", "2024-02-29", None, "day", "explicit")]


def test_inverted_range_is_two_years() -> None:
    rows = _rows(find_dates("from 2021 to 2012", anchor=None))
    assert rows == [("from 2021", "2021", None, "year", "explicit")]


def test_relative_date_outside_the_site_range_is_unresolved() -> None:
    spans = find_dates("next year", anchor=PartialDate(year=2100))
    assert _rows(spans) == [("next year", None, None, "year", "unresolved")]


def test_mixed_language_paragraph_is_sorted_and_disjoint() -> None:
    text = "In 2019, 中日韩于2019年12月在成都举行领导人会议; the same year, 次年5月 talks resumed."
    rows = _rows(find_dates(text, anchor=None))
    assert rows == [
        ("2019", "2019", None, "year", "explicit"),
        ("2019年12月", "2019-12", None, "month", "explicit"),
        ("the same year", "2019", None, "year", "inferred"),
        ("次年5月", "2020-05", None, "month", "inferred"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议26日至27日在首尔举行。", [("26日至27日", "2022-01-26", "2022-01-27", "day", "relative")]),
        ("会议于26—27日举行。", [("26—27日", "2022-01-26", "2022-01-27", "day", "relative")]),
        ("会议于11月26日至27日举行。", [("11月26日至27日", "2021-11-26", "2021-11-27", "day", "relative")]),  # past
        ("会议将于11月30日—12月2日举行。", [("11月30日—12月2日", "2022-11-30", "2022-12-02", "day", "relative")]),
        (
            "2023年11月25日，外长抵达釜山；会议26日至27日举行。",
            [
                ("2023年11月25日", "2023-11-25", None, "day", "explicit"),
                ("26日至27日", "2023-11-26", "2023-11-27", "day", "inferred"),
            ],
        ),
    ],
)
def test_a_range_of_days_without_its_year_is_one_range(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, anchor=ANCHOR)) == expected


TUESDAY = PartialDate(year=2024, month=5, day=28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders agreed on Monday to meet again.", [("on Monday", "2024-05-27")]),
        ("On Tuesday the ministers met.", [("On Tuesday", "2024-05-28")]),  # the day of the text itself
        ("They met last Friday in Tokyo.", [("last Friday", "2024-05-24")]),
        ("They met last Tuesday in Tokyo.", [("last Tuesday", "2024-05-21")]),  # before, never the day itself
        ("三国外长上周一在釜山举行会谈。", [("上周一", "2024-05-20")]),
        ("会议于上周日闭幕。", [("上周日", "2024-05-26")]),  # the week before runs Monday to Sunday
        ("会议将于本周三举行。", [("本周三", "2024-05-29")]),
        ("会议于星期日闭幕。", [("星期日", "2024-05-26")]),
    ],
)
def test_weekdays_count_back_from_the_text_s_date(text: str, expected: list[tuple[str, str]]) -> None:
    spans = find_dates(text, anchor=TUESDAY)
    assert [(s.expression, s.start.iso() if s.start else None) for s in spans] == expected
    assert all((s.precision, s.resolution) == ("day", "relative") for s in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers will meet in Tokyo on Saturday.", [("on Saturday", "2024-06-01")]),
        ("The summit is scheduled to open on Tuesday.", [("on Tuesday", "2024-05-28")]),  # the text's own day
        ("The talks will resume next Friday.", [("next Friday", "2024-05-31")]),
        ("The talks resume next Tuesday.", [("next Tuesday", "2024-06-04")]),  # after, never the day itself
        ("会议将于周六举行。", [("周六", "2024-06-01")]),
        ("三国外长下周一会晤。", [("下周一", "2024-06-03")]),
        # The future words must be in the weekday's own clause.
        (
            "They will meet on Saturday, the government said on Thursday.",
            [("on Saturday", "2024-06-01"), ("on Thursday", "2024-05-23")],
        ),
        ("They agreed on Monday that they will meet again.", [("on Monday", "2024-05-27")]),
    ],
)
def test_weekdays_of_what_is_to_come_count_forward(text: str, expected: list[tuple[str, str]]) -> None:
    spans = find_dates(text, anchor=TUESDAY)
    assert [(s.expression, s.start.iso() if s.start else None) for s in spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korea, China and Japan agreed Monday to resume talks.", [("Monday", "2024-05-27")]),
        ("The ministry said Thursday that talks would go on.", [("Thursday", "2024-05-23")]),
        ("They met Monday and Tuesday.", [("Monday", "2024-05-27"), ("Tuesday", "2024-05-28")]),
        ("The committee meets every Monday.", []),
        ("Cyber Monday sales and the Good Friday agreement", []),
    ],
)
def test_a_bare_weekday_after_a_verb_is_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    spans = find_dates(text, anchor=TUESDAY)
    assert [(s.expression, s.start.iso() if s.start else None) for s in spans] == expected


@pytest.mark.parametrize("text", ["每周一例会", "一周一次", "周年纪念", "Cyber Monday sales", "Monday's meeting"])
def test_words_with_weekdays_that_are_no_dates(text: str) -> None:
    assert find_dates(text, anchor=TUESDAY) == []


def test_a_weekday_needs_a_dated_text() -> None:
    spans = find_dates("The leaders agreed on Monday.", anchor=PartialDate(year=2024, month=5))
    assert [(s.expression, s.start, s.resolution) for s in spans] == [("on Monday", None, "unresolved")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27/05/2024: The ninth summit was held in Seoul.", [("27/05/2024", "2024-05-27", "day")]),
        ("On 13.12.2008 the first summit took place in Fukuoka.", [("13.12.2008", "2008-12-13", "day")]),
        ("The talks were launched on 11/20/2012 in Phnom Penh.", [("11/20/2012", "2012-11-20", "day")]),
        ("They met on 05/06/2024.", [("05/06/2024", "2024", "year")]),  # 5 June or May 6: the year is sure
        ("Rule 1.2.2024a and the 31/02/2024 typo", []),
    ],
)
def test_day_and_month_before_the_year_are_read_from_the_numbers(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    spans = find_dates(text, anchor=ANCHOR)
    assert [(s.expression, s.start.iso() if s.start else None, s.precision) for s in spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ninth meeting was held in Seoul today.", [("today", "2024-05-28")]),
        ("Yesterday the ministers met in Busan.", [("Yesterday", "2024-05-27")]),
        ("They will meet again tomorrow.", [("tomorrow", "2024-05-29")]),
        ("三国外长昨天在釜山会晤。", [("昨天", "2024-05-27")]),
        ("The challenges of today's world and 今天的世界 and the Today show", []),
    ],
)
def test_day_words_count_from_the_text_s_date(text: str, expected: list[tuple[str, str]]) -> None:
    spans = find_dates(text, anchor=TUESDAY)
    assert [(s.expression, s.start.iso() if s.start else None) for s in spans] == expected
    assert all((s.precision, s.resolution) == ("day", "relative") for s in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They agreed to cooperate in 2008.1 Since then they have met.", [("2008", "2008")]),
        ("Tension interrupted the summits between 2012 and 2015.2", [("between 2012 and 2015", "2012")]),
        ("Growth was 2015.5 percent and the 2012-21 plan ran on.", []),  # a decimal, a number range
    ],
)
def test_a_year_keeps_a_note_mark_glued_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    spans = find_dates(text, anchor=None)
    assert [(s.expression, s.start.iso() if s.start else None) for s in spans] == expected


# Dates of Korean and Japanese news, and words of the lexicon's date lists (anchor: 2022-01-26).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("정상회의는 지난 22일 열렸다.", [("지난 22일", "2022-01-22", None, "day", "relative")]),
        ("지난 28일 서명했다.", [("지난 28일", "2021-12-28", None, "day", "relative")]),  # past: last month
        ("오는 4일 열린다.", [("오는 4일", "2022-02-04", None, "day", "relative")]),  # coming: next month
        ("회의는 내달 4~7일 열린다.", [("내달 4~7일", "2022-02-04", "2022-02-07", "day", "relative")]),
        ("지난해 11월 합의했다.", [("지난해 11월", "2021-11", None, "month", "relative")]),
        ("올해 6월 3일", [("올해 6월 3일", "2022-06-03", None, "day", "relative")]),
        ("2017년 11월 방문했다.", [("2017년 11월", "2017-11", None, "month", "explicit")]),
        (
            "2018년 6·12 회담",
            [("2018년", "2018", None, "year", "explicit"), ("6·12", "2018-06-12", None, "day", "inferred")],
        ),
        ("26일 밝혔다", [("26일", "2022-01-26", None, "day", "relative")]),
        ("昨年の会談", [("昨年", "2021", None, "year", "relative")]),
        ("一昨年12月に合意した", [("一昨年12月", "2020-12", None, "month", "relative")]),  # the year before last
        ("前日の25日に会談した", [("25日", "2022-01-25", None, "day", "relative")]),  # one day, named twice
        ("再来年の開催", [("再来年", "2024", None, "year", "relative")]),
        ("재작년 11월 열렸다.", [("재작년 11월", "2020-11", None, "month", "relative")]),
        ("내후년 3월에 열린다.", [("내후년 3월", "2024-03", None, "month", "relative")]),
        ("来月开催", [("来月", "2022-02", None, "month", "relative")]),
        ("日前举行的峰会", [("日前", "2022-01", None, "month", "relative")]),
        ("两国同意年内完成谈判", [("年内", "2022", None, "year", "relative")]),
        ("今晚，剧院首演", [("今晚", "2022-01-26", None, "day", "relative")]),
        ("오늘 발표했다", [("오늘", "2022-01-26", None, "day", "relative")]),
        (
            "at the assembly this coming spring",
            [("this coming spring", "2022-03", "2022-05", "month", "relative")],
        ),
        ("in the fall of 2019", [("fall of 2019", "2019-09", "2019-11", "month", "explicit")]),
        ("2019년 가을", [("2019년 가을", "2019-09", "2019-11", "month", "explicit")]),
        ("2019年冬季", [("2019年冬季", "2019-12", "2020-02", "month", "explicit")]),
    ],
)
def test_korean_japanese_and_lexicon_dates(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, anchor=ANCHOR)) == expected


@pytest.mark.parametrize("text", ["20年内实现零关税", "1일 평균", "prices fall in spring", "오늘날의 한국", "3일본"])
def test_lexicon_words_that_are_no_dates(text: str) -> None:
    assert find_dates(text, anchor=ANCHOR) == []


def test_a_month_day_after_a_december_date_of_the_year_before_is_the_next_year() -> None:
    # A bulletin of 2 January 2023: "1月1日" after "2022年12月30日" is New Year's Day 2023, "2日" the next day.
    text = "2022年12月30日举行晚会。1月1日开放。2日闭幕。"
    spans = find_dates(text, anchor=PartialDate(year=2023, month=1, day=2))
    assert [s.start.iso() if s.start else None for s in spans] == ["2022-12-30", "2023-01-01", "2023-01-02"]
    # Not past the text's own date: "26日" after "27日" stays in the same month.
    spans = find_dates("2024年5月27日举行。26日称。", anchor=PartialDate(year=2024, month=5, day=27))
    assert [s.start.iso() if s.start else None for s in spans] == ["2024-05-27", "2024-05-26"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "该部门26日称，当天一座仓库起火。",
            [("26日", "2022-01-26", None, "day", "relative"), ("当天", "2022-01-26", None, "day", "inferred")],
        ),
        ("当天，代表团离开大阪。", [("当天", "2022-01-26", None, "day", "relative")]),  # no day before: the text's
        ("元旦上午，新馆对外开放。", [("元旦", "2022-01-01", None, "day", "relative")]),
        (  # the day after a day the text names by its year only: that year, not the day after the text's date
            "该国在1994年纪念大会次日批评了对方。",
            [("1994年", "1994", None, "year", "explicit"), ("次日", "1994", None, "year", "inferred")],
        ),
        (
            "announced in November 2020, the plan a month later",
            [
                ("November 2020", "2020-11", None, "month", "explicit"),
                ("a month later", "2020-12", None, "month", "inferred"),
            ],
        ),
    ],
)  # fmt: skip
def test_same_day_new_year_and_later(text: str, expected: list[Row]) -> None:
    assert _rows(find_dates(text, anchor=ANCHOR)) == expected


@pytest.mark.parametrize(("text", "expression"), [("（2017-）现任", "2017-"), ("(2017– ) Name", "2017–")])
def test_a_running_term_in_parentheses_is_its_start_year(text: str, expression: str) -> None:
    (span,) = find_dates(text, anchor=None)
    assert (span.expression, span.start, span.end) == (expression, PartialDate(year=2017, month=None, day=None), None)


def test_a_year_and_a_dash_outside_parentheses_is_no_running_term() -> None:
    assert find_dates("page 2017- of the list", anchor=None) == []
