"""Dates of wiki pages on the region's relations (invented texts, one quirk each): chronologies, Korean forms."""

from __future__ import annotations

from discovery import extract_text
from nea_site.extract.date_chronology import Chronology
from nea_site.extract.dates import find_dates
from nea_site.model import PartialDate

ANCHOR = PartialDate(year=2007)  # an undated page: its year is the newest it names


_extract = extract_text


def _spans(text: str) -> list[tuple[str, str | None]]:
    return [(s.expression, s.start.iso() if s.start else None) for s in find_dates(text, anchor=ANCHOR)]


def test_a_chronologys_item_without_a_year_takes_the_year_of_the_item_before() -> None:
    text = (
        "## 経過\n\n"
        "- 2001年9月17日、例示国と架空国が首脳会談を行った。\n"
        "- 10月3日、架空国の外相が例示国を訪問した。\n"
        "- 2002年1月10日、両国が共同声明を発表した。\n"
        "- 2月12日、例示機構の理事会が決議を採択した。\n"
    )
    days = sorted({d.start.iso() for d in _extract(text).dates if d.start is not None})
    assert days == ["2001-09-17", "2001-10-03", "2002-01-10", "2002-02-12"]


def test_a_paragraph_of_prose_keeps_to_its_own_year() -> None:
    chronology = Chronology({})
    chronology.find("The first meeting was held in Example City in 2008.", "s", ANCHOR, item=False)
    spans = chronology.find("On May 4th the two leaders spoke by phone.", "s", ANCHOR, item=False)
    assert spans[0].start is not None and spans[0].start.year == 2007


def test_in_an_article_of_a_guessed_year_prose_carries_a_day_or_month_of_its_section_on() -> None:
    chronology = Chronology({}, narrative=True)
    chronology.find("The first meeting was held in Example City in 2008.", "s", ANCHOR, item=False)
    spans = chronology.find("On May 4th the two leaders spoke by phone.", "s", ANCHOR, item=False)
    assert spans[0].start is not None and spans[0].start.year == 2007  # a year alone is a look back
    chronology.find("On 15 March 2003, the ministers met in Example City.", "s", ANCHOR, item=False)
    spans = chronology.find("On 19 March, the envoy arrived in Westhaven.", "s", ANCHOR, item=False)
    assert spans[0].start is not None and spans[0].start.iso() == "2003-03-19"
    assert spans[0].resolution == "inferred"


def test_an_encyclopedias_article_tells_its_chronology_to_the_day() -> None:
    text = (
        "The **Example Forum** is a regional dialogue of four states.\n\n## Revival\n\n"
        "On 15 March 2003, the envoys of the four met in Example City for the first time.\n\n"
        "On 19 March, the envoy of Westland arrived in Eastland and met its prime minister.\n\n"
        "In 2007 the forum met again.\n"
    )
    days = sorted(d.start.iso() for d in _extract(text).dates if d.start is not None)
    assert days == ["2003-03-15", "2003-03-19", "2007"]


def test_the_next_season_counts_from_the_text_before_and_is_no_date_here() -> None:
    assert _spans("The next summer, the navies of the four exercised together.") == []
    assert _spans("Next summer the navies will exercise together.") == [("Next summer", "2008-06")]


def test_the_year_before_does_not_cross_into_another_section() -> None:
    chronology = Chronology({})
    chronology.find("2001年9月17日、会談。", "a", ANCHOR, item=True)
    spans = chronology.find("10月3日、訪問。", "b", ANCHOR, item=True)
    assert spans[0].start is not None and spans[0].start.year == 2007


def test_a_date_after_a_year_the_site_does_not_read_stays_unresolved() -> None:
    # "1886년 … 6월", "7월 24일": the months belong to 1886, never to the page's own year
    assert _spans("예시 사건이 일어나(1886년) 6월에 예시국이 개입하였다. 7월 24일 사신이 떠났다.") == [
        ("6월", None),
        ("7월 24일", None),
    ]


def test_a_year_the_site_reads_ends_the_old_years_hold() -> None:
    spans = _spans("1897년 10월 12일 국호를 고쳤다. 1992년 8월 24일 수교하였고 9월 1일 대사관을 열었다.")
    assert spans == [("1992년 8월 24일", "1992-08-24"), ("9월 1일", "1992-09-01")]


def test_an_old_year_in_the_item_before_holds_the_next_item_too() -> None:
    chronology = Chronology({})
    chronology.find("1592년 4월, 예시 전쟁이 일어났다.", "s", ANCHOR, item=True)
    spans = chronology.find("5월 3일, 예시성이 함락되었다.", "s", ANCHOR, item=True)
    assert spans[0].start is None


def test_a_korean_decade_and_its_part() -> None:
    spans = find_dates("1980년대 말에 돼서야 양국은 교류하였다. 90년대 초반에는 무역이 늘었다.", anchor=ANCHOR)
    assert [(s.start.iso(), s.end.iso()) for s in spans if s.start and s.end] == [("1987", "1989"), ("1990", "1993")]
    assert {s.precision for s in spans} == {"decade"}


def test_a_korean_date_word_is_never_the_end_of_a_longer_word() -> None:
    # "신정" (New Year's Day) inside the name of a coup, "갑신정변"
    assert _spans("갑신정변이 일어났으나 실패로 돌아갔다.") == []
    assert [e for e, _ in _spans("올해 신정에는 행사가 열렸다.")] == ["올해", "신정"]


def test_a_day_alone_after_a_year_alone_is_dated_to_that_year() -> None:
    # the text names 2015 only: "3日" falls in 2015, its month unknown; never the page's own month
    spans = find_dates("在2015年，例示社指出，甲国欲借3日的活动展示实力。", anchor=PartialDate(year=2017, month=12))
    assert [(s.expression, s.start.iso() if s.start else None, s.precision) for s in spans] == [
        ("2015年", "2015", "year"),
        ("3日", "2015", "year"),
    ]


def test_a_date_within_an_item_is_looked_back_to_not_the_chronologys() -> None:
    chronology = Chronology({})
    chronology.find("2007年2月8日から13日まで、例示市で開催された。", "s", ANCHOR, item=True)
    chronology.find("甲次官は、2005年9月の共同声明に基づき措置を受け入れると語った。", "s", ANCHOR, item=True)
    spans = chronology.find("2月9日に合意文書の草案を提示した。", "s", ANCHOR, item=True)
    assert spans[0].start is not None and spans[0].start.iso() == "2007-02-09"


def test_an_item_opening_with_a_yearless_date_carries_it_on() -> None:
    chronology = Chronology({})
    chronology.find("2007年2月27日、甲国大統領が会見した。", "s", ANCHOR, item=True)
    chronology.find("3月1日、甲次官が訪米。2000年10月の乙氏以来の高官の訪米。", "s", ANCHOR, item=True)
    spans = chronology.find("3月2日、例示市で外相会談。", "s", ANCHOR, item=True)
    assert spans[0].start is not None and spans[0].start.iso() == "2007-03-02"


def test_a_day_inside_a_titles_marks_names_the_document() -> None:
    assert _spans("重申各方将认真履行《9·19共同声明》。") == []
    assert [e for e, _ in _spans("即“6·23宣言”，表示愿意开放。")] == ["6·23"]


def test_japanese_and_korean_ranges_of_days_are_one_date() -> None:
    def ranges(text: str) -> list[tuple[str, str | None, str | None]]:
        return [
            (s.expression, s.start.iso() if s.start else None, s.end.iso() if s.end else None)
            for s in find_dates(text, anchor=ANCHOR)
        ]

    assert ranges("2011年11月17日から19日まで例示島で開かれた。") == [
        ("2011年11月17日から19日", "2011-11-17", "2011-11-19")
    ]
    assert ranges("2002년 9월 17일부터 18일까지 예시시에서 열렸다.") == [
        ("2002년 9월 17일부터 18일", "2002-09-17", "2002-09-18")
    ]
    assert ranges("9月17日から例示市で会議が開かれた。") == [("9月17日", "2007-09-17", None)]


def test_a_full_stop_after_a_cjk_character_ends_a_sentence_before_a_date() -> None:
    assert [e for e, _ in _spans("例示国试射7枚导弹.2006年10月9日，例示国宣布。")] == ["2006年10月9日"]
    assert _spans("ratio .2006年") == []  # a decimal's point


def test_a_lunar_calendars_day_is_no_gregorian_date() -> None:
    assert _spans("예시군은 2006년 8월 20일(음력 7월 7일) 예시항에 상륙하였다.") == [("2006년 8월 20일", "2006-08-20")]
    assert _spans("旧暦8月15日に例示祭が開かれた。") == []


def test_an_items_date_after_a_short_label_is_its_own_and_carries_on() -> None:
    chronology = Chronology({}, narrative=True)
    chronology.find("일정 : 2031년 4월 2일 ~ 4월 9일.", "s", ANCHOR, item=True)
    spans = chronology.find("4월 9일 예시 회의 폐막.", "s", ANCHOR, item=False)
    assert spans[0].start is not None and spans[0].start.iso() == "2031-04-09"
