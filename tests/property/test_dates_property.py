"""Properties of find_dates: verbatim expressions, sorted disjoint spans, years in range, no crash on any input."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from nea_site.extract import date_patterns, date_triggers
from nea_site.extract.date_readings import MAX_YEAR, MIN_YEAR
from nea_site.extract.dates import DateSpan, find_dates
from nea_site.model import PartialDate

# Pieces of every date syntax the rules know, and near misses, glued at random with filler.
date_fragments = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "In ",
                "in ",
                "on Monday",
                "last Friday",
                "next Friday",
                "agreed Monday",
                "today",
                "Yesterday",
                "昨天",
                "今天的",
                "27/05/",
                "13.12.",
                "/20/",
                "上周一",
                "星期日",
                "每周",
                "since ",
                "Since ",
                "by the end of ",
                "As of the end of ",
                "from ",
                " to ",
                "between ",
                " and ",
                "the ",
                "early ",
                "mid-",
                "late ",
                "year ",
                "of ",
                "pp.",
                "p. ",
                "第",
                "页",
                "自",
                "截至",
                "到",
                "从",
                "至",
                "—",
                "——",
                "-",
                "–",
                "～",
                " ",
                "  ",
                "\n",
                ", ",
                "，",
                "、",
                "和",
                "。",
                ".",
                "(",
                ")",
                ";",
                "年",
                " 年 ",
                "今",
                "明",
                "同",
                "说明",
                "Between ",
                "月",
                " 月 ",
                "日",
                " 日",
                "号",
                "底",
                "初",
                "末",
                "以来",
                "年代",
                "世纪",
                "第二个十年",
                "头十年",
                "s",
                "'s",
                "th",
                "st",
                "September",
                "May",
                "Sept.",
                "January",
                "December",
                "March",
                "this year",
                "last year",
                "next year",
                "the same year",
                "the following year",
                "that month",
                "今年",
                "去年",
                "明年",
                "同年",
                "次年",
                "本月",
                "上个月",
                "下月",
                "次月",
                "（",
                "）",
                "년",
                " 년 ",
                "월",
                "일",
                "秋季",
                "上半年",
                "第二季度",
                "同月",
                "上世纪",
                "二十",
                "九十",
                "八十",
                "1999",
                "2000",
                "2012",
                "2021",
                "2022",
                "2023",
                "2100",
                "2101",
                "1899",
                "1980",
                "1990",
                "0452",
                "1,073",
                "80%",
                "1300亿",
                "10+3",
                "65 岁",
                "2023-11-08",
                "2023/02/30",
                "2023.1.5",
                "29",
                "30",
                "31",
                "12",
                "1",
                "9",
                "17",
                "https://example.org/2022/05/23/",
                "Liu Wen, ",
            ]
        ),
        st.integers(min_value=0, max_value=3000).map(str),
        st.text(max_size=4),
    ),
    max_size=40,
).map("".join)

anchors = st.one_of(
    st.none(),
    st.builds(
        PartialDate,
        year=st.integers(min_value=1850, max_value=2150),
        month=st.one_of(st.none(), st.integers(min_value=1, max_value=12)),
        day=st.none(),
    ),
    st.builds(
        PartialDate,
        year=st.integers(min_value=1900, max_value=2100),
        month=st.integers(min_value=1, max_value=12),
        day=st.integers(min_value=1, max_value=28),
    ),
)


def _check(text: str, spans: list[DateSpan], anchor: PartialDate | None) -> None:
    for span in spans:
        assert 0 <= span.start_offset < span.end_offset <= len(text)
        assert span.expression == text[span.start_offset : span.end_offset]
        assert (span.start is None) == (span.resolution == "unresolved")
        if anchor is None:
            assert span.resolution != "relative"
        for date in (span.start, span.end):
            if date is not None:
                assert MIN_YEAR <= date.year <= MAX_YEAR
                assert PartialDate.from_iso(date.iso()) == date
        if span.start is not None and span.end is not None:
            assert span.start.iso() < span.end.iso() or span.start.year < span.end.year
        if span.start is not None and span.precision != "decade":
            assert span.start.precision == span.precision
    for before, after in zip(spans, spans[1:], strict=False):
        assert before.end_offset <= after.start_offset


@settings(max_examples=400)
@given(date_fragments, anchors)
def test_date_syntax_soup(text: str, anchor: PartialDate | None) -> None:
    _check(text, find_dates(text, anchor=anchor), anchor)


@settings(max_examples=300)
@given(st.text(max_size=300), anchors)
def test_arbitrary_text(text: str, anchor: PartialDate | None) -> None:
    _check(text, find_dates(text, anchor=anchor), anchor)


@given(st.integers(min_value=0, max_value=99999), st.sampled_from(["in ", "the ", "since ", "", "自"]))
def test_years_outside_the_range_are_never_dates(number: int, before: str) -> None:
    text = f"{before}{number}年 and {before}{number}"
    spans = find_dates(text, anchor=None)
    if not 1900 <= number <= 2100:
        assert spans == []
    else:
        assert all(s.start is not None and s.start.year == number for s in spans)


@settings(max_examples=400, deadline=None)
@given(date_fragments)
def test_skipped_rules_never_match_where_their_prefilter_says_so(soup: str) -> None:
    ascii_only = soup.encode("ascii", "ignore").decode("ascii")
    assert not [p.pattern[:40] for p in date_triggers.NEEDS_NON_ASCII if p.search(ascii_only)]
    without_months = date_triggers.ANY_MONTH_NAME_RE.sub(" ", soup)
    assert not date_triggers.ANY_MONTH_NAME_RE.search(without_months)
    assert not [p.pattern[:40] for p in date_triggers.NEEDS_MONTH_NAME if p.search(without_months)]
    for stand_in in ("x", "二", "２"):  # a letter, a Chinese numeral, a full-width digit
        without_digits = date_triggers.ANY_DIGIT_RE.sub(stand_in, soup)
        assert not [p.pattern[:40] for p in date_triggers.NEEDS_DIGIT if p.search(without_digits)]


@settings(max_examples=600, deadline=None)
@given(st.one_of(date_fragments, st.text(max_size=200)))
def test_every_match_of_a_rule_holds_its_trigger(soup: str) -> None:
    for pattern, trigger in date_triggers.RULE_TRIGGERS.items():
        for match in pattern.finditer(soup):
            assert trigger.search(match.group()), (pattern.pattern[:40], match.group())
    for pattern, words in date_triggers.RULE_TRIGGER_WORDS.items():
        for match in pattern.finditer(soup):
            assert any(w in match.group().lower() for w in words), (pattern.pattern[:40], match.group())


@settings(max_examples=600, deadline=None)
@given(st.one_of(date_fragments, st.text(alphabet="0123456789 -/.年년月월日일至–~to", max_size=40)))
def test_one_scan_finds_the_triggers_that_searches_find(soup: str) -> None:
    searched = {trigger for trigger in date_triggers.RULE_TRIGGERS.values() if trigger.search(soup)}
    assert date_triggers.triggers_in(soup) == searched


def test_triggers_in_reads_every_kind_of_number_end() -> None:
    triggers = date_triggers.RULE_TRIGGERS
    found = date_triggers.triggers_in("The code 12023.4; from 2019 to 2021, 3 月 and 17日, 27/05/2024")
    assert found == {
        triggers[date_patterns.ISO_DATE_RE],  # four digits that end a longer number, then ".4"
        triggers[date_patterns.EN_RANGE_RE],
        triggers[date_patterns.ZH_MONTH_DAY_RE],
        triggers[date_patterns.ZH_DAY_RE],
        triggers[date_patterns.DAY_MONTH_YEAR_RE],
    }
    assert date_triggers.triggers_in("no number at all") == set()
    assert date_triggers.triggers_in("1-2", start=2) == set()  # from `start` on


def test_triggers_are_found_in_the_examples_they_stand_for() -> None:
    examples = {
        date_patterns.EN_RANGE_RE: "from 2012 to 2021, 2012–2021",
        date_patterns.EN_RELATIVE_RE: "the same year, Last Month",
        date_patterns.EN_DECADE_RE: "the early 1980s, the 1990's",
        date_patterns.EN_CENTURY_DECADE_RE: "the second decade of the 21st Century",
        date_patterns.ZH_CENTURY_DECADE_RE: "20世纪90年代",
        date_patterns.ZH_CENTURY_ORDINAL_RE: "21世纪头十年",
        date_patterns.ZH_DECADE_RE: "90年代末",
        date_patterns.ZH_YEAR_RANGE_RE: "从2012年到2021年，2012—2021年",
        date_patterns.EN_BETWEEN_RE: "between 2012 and 2015, Between March 2019 and May 2020",
        date_patterns.ZH_RELATIVE_YEAR_RE: "今年3月，去年，前年，明年，本年，同年5月8日，次年，翌年",
        date_patterns.EN_WEEKDAY_RE: "on Monday, last Friday, On Sunday",
        date_patterns.ZH_WEEKDAY_RE: "上周一，本周三，星期日，礼拜天",
        date_patterns.DAY_MONTH_YEAR_RE: "27/05/2024, 13.12.2008, 11-20-2012",
        date_patterns.DAY_WORD_RE: "today, Yesterday, tomorrow, 昨天，今天，明天",
        date_patterns.EN_AGO_RE: "three years ago, A decade ago, 18 months ago",
        date_patterns.EN_PART_OF_YEAR_RE: "the first half of 2024, Q3 2023, H1 2024, the third quarter of 2023",
        date_patterns.ZH_AGO_RE: "两年前，十年前，3个月前",
        date_patterns.EN_SEASON_RE: "this coming spring, the fall of 2019, Spring 2020, next summer, last winter",
        date_patterns.SAME_DAY_RE: "the same day, That day, 当天, 同日, 같은 날",
        date_patterns.DAY_SHIFT_RE: "the day before, The next day, 전날, 이튿날, 次日, 前一天, 翌日",
        date_patterns.NEW_YEAR_DAY_RE: "元旦, New Year's Day, 신정",
        date_patterns.EN_LATER_RE: "a month later, two years later, 3 Months Later",
        date_patterns.LEX_RELATIVE_RE: "올해 6월, 지난해, 내달 4~7일, 年内, 日前, 昨年, 来月",
        date_patterns.MARKED_DAY_RE: "지난 22일, 오는 4~7일, 去る5日",
        date_patterns.MID_DOT_DATE_RE: "6·12, 4ㆍ27",
        date_patterns.DOTTED_WEEKDAY_DATE_RE: "5.27.(월), 5. 27(月), 11.3.（一）",
        date_patterns.WEEK_WORD_RE: "Last week, this week, 上周, 지난주, 先週",
        date_patterns.ZH_DAY_RANGE_RE: "2023年11月26日至27日，2023年11月30日—12月2日，2023 年 3 月 1 日 ~ 5 日",
        date_patterns.ZH_MONTH_RANGE_RE: "2022年1—2月，2022 年 1—12 月，2022年1月至2023年3月",
        date_patterns.ZH_MONTH_DAY_RANGE_RE: "11月26日至27日，11月30日—12月2日，6월 9일~10일",
        date_patterns.ZH_DAY_ONLY_RANGE_RE: "26日至27日，26—27日，4~7일",
        date_patterns.ZH_MONTH_DAY_RE: "11月26日，12 月，6월 9일",
        date_patterns.ZH_DAY_RE: "17日，9 일",
        date_patterns.ISO_DATE_RE: "2023-11-08, 2023/3/18, 2023. 11. 26.",
        date_patterns.ZH_DATE_RE: "2023年11月26日，2023 年 3 月，2023년 6월 9일",
        date_patterns.ZH_PART_OF_YEAR_RE: "2023年第二季度，2024 年上半年",
        date_patterns.CJK_SEASON_RE: "2019年秋季，2019년 가을",
        date_patterns.OPEN_RANGE_RE: "（2017-）, (2017 – )",
        date_patterns.ZH_RELATIVE_MONTH_RE: "本月，上个月，下月5日，同月，次月，翌月",
    }
    assert set(examples) == set(date_triggers.RULE_TRIGGERS) | set(date_triggers.RULE_TRIGGER_WORDS)
    assert not set(date_triggers.RULE_TRIGGERS) & set(date_triggers.RULE_TRIGGER_WORDS)
    for pattern, text in examples.items():
        matches = list(pattern.finditer(text))
        assert matches, text
        for match in matches:
            if pattern in date_triggers.RULE_TRIGGERS:
                assert date_triggers.RULE_TRIGGERS[pattern].search(match.group()), text
            else:
                assert any(w in match.group().lower() for w in date_triggers.RULE_TRIGGER_WORDS[pattern]), text


_YEAR_FIRST_PATTERNS = [
    value
    for value in vars(date_patterns).values()
    if isinstance(value, re.Pattern) and date_patterns.YEAR_AT_NUMBER_START in value.pattern
]
_PLAIN_FORMS = {
    pattern: re.compile(
        pattern.pattern.replace(date_patterns.YEAR_AT_NUMBER_START, date_patterns.YEAR_AT_NUMBER_START_PLAIN),
        pattern.flags,
    )
    for pattern in _YEAR_FIRST_PATTERNS
}


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_year_first_patterns_are_the_date_rules_that_start_a_number_with_a_year() -> None:
    assert len(_YEAR_FIRST_PATTERNS) == 9  # with "2019年秋季" (CJK_SEASON_RE)
    assert date_patterns.BARE_YEAR_RE in _PLAIN_FORMS
    assert [m["y"] for m in date_patterns.BARE_YEAR_RE.finditer("mid-2023, $2015, No.2016, 1,999, x2020, 2021")] == [
        "2023",
        "2021",
    ]


_number_soup = st.lists(
    st.sampled_from(
        [
            "1999",
            "2000",
            "2100",
            "2023",
            "19",
            "20",
            "0",
            "5",
            ".",
            ",",
            "-",
            "/",
            "$",
            "#",
            "mid-",
            "Mid-",
            "No.",
            "x",
            " ",
            "年",
        ]
    ),
    max_size=20,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(date_fragments, _number_soup, st.text(max_size=80)))
def test_a_year_tested_after_its_digits_matches_as_the_plain_form(soup: str) -> None:
    for pattern, plain in _PLAIN_FORMS.items():
        assert _matches(pattern, soup) == _matches(plain, soup), pattern.pattern[:40]


_WORD_START_FORMS = {  # form used -> plain form: the word-boundary test after the first letter, or before it
    date_patterns.MONTH_AT_WORD_START: date_patterns.MONTH_AT_WORD_START_PLAIN,
    date_patterns.BETWEEN_AT_WORD_START: date_patterns.BETWEEN_AT_WORD_START_PLAIN,
}
_WORD_START_PLAIN_FORMS = {
    pattern: re.compile(pattern.pattern.replace(used, plain), pattern.flags)
    for pattern in vars(date_patterns).values()
    if isinstance(pattern, re.Pattern)
    for used, plain in _WORD_START_FORMS.items()
    if used in pattern.pattern
}


def test_the_word_start_patterns_are_the_rules_that_start_with_a_month_name_or_between() -> None:
    assert len(_WORD_START_PLAIN_FORMS) == 7
    assert [m["mon"] for m in date_patterns.EN_MONTH_RE.finditer("May,xMay _June éJuly 3March Sept. Mayor")] == [
        "May",
        "Sept.",
    ]


_word_soup = st.lists(
    st.sampled_from(
        ["May", "March", "Sept", "Sep", "June", "Jun", "between", "Between", "2020", "3", "x", "é", "_", "-", " ", "."]
    ),
    max_size=16,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(date_fragments, _word_soup, st.text(max_size=80)))
def test_a_word_start_tested_after_the_first_letter_matches_as_the_plain_form(soup: str) -> None:
    for pattern, plain in _WORD_START_PLAIN_FORMS.items():
        assert _matches(pattern, soup) == _matches(plain, soup), pattern.pattern[:40]


_context_soup = st.lists(
    st.sampled_from(
        [
            "in",
            "since",
            "mid",
            "c.",
            "p.",
            "pp.",
            "pages",
            "PAGE",
            "第",
            "自",
            "截至",
            "截止到",
            "直到",
            "the end of",
            "early",
            "by",
            "of",
            "ſ",
            "-",
            " ",
            "\n",
            "\u3000",
            "2019",
            "x",
            "年",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(date_fragments, _context_soup, st.text(max_size=60)))
def test_a_look_back_skipped_by_its_last_character_finds_what_the_search_finds(soup: str) -> None:
    from nea_site.extract import date_context
    from nea_site.extract.dates import _CONTEXT_WINDOW, _ending_at

    for pattern in date_context.LAST_CHARACTERS:
        for offset in range(len(soup) + 1):
            plain = pattern.search(soup, max(0, offset - _CONTEXT_WINDOW), offset)
            found = _ending_at(pattern, soup, offset)
            assert (found and found.span()) == (plain and plain.span()), (pattern.pattern[:30], offset)


_relative_soup = st.lists(
    st.sampled_from(
        [
            "the",
            "THE",
            "The",
            "same",
            "ſame",
            "following",
            "next",
            "Next",
            "previous",
            "that",
            "this",
            "last",
            "LAST",
            "year",
            "Year",
            "month",
            "years",
            "March",
            "May",
            "june",
            " ",
            "  ",
            "\n",
            "x",
            "é",
            "_",
            "-",
            "1",
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_relative_soup, date_fragments, st.text(max_size=60)))
@example("this March, last  June; next May 4, xlast May, the next year, THE SAME MONTH, that ſame year")
@example("in the last year, ſame month, the following  month, Next Month, that year's, 1this year")
def test_a_relative_word_tested_after_its_first_letter_matches_as_the_plain_form(soup: str) -> None:
    plain = re.compile(date_patterns.EN_RELATIVE_PLAIN, re.IGNORECASE)
    assert _matches(date_patterns.EN_RELATIVE_RE, soup) == _matches(plain, soup)
    plain_month = re.compile(date_patterns.EN_RELATIVE_MONTH_PLAIN)
    assert _matches(date_patterns.EN_RELATIVE_MONTH_RE, soup) == _matches(plain_month, soup)
