"""Dates of texts never seen, as probes showed them (invented sentences, one quirk each)."""

from __future__ import annotations

import pytest

from nea_site.extract.dates import find_dates
from nea_site.model import PartialDate

ANCHOR = PartialDate(year=2015, month=3, day=17)  # the text's own date


def _isos(text: str) -> list[str]:
    return [d.start.iso() for d in find_dates(text, anchor=ANCHOR) if d.start is not None]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("제7차 외교장관 회의가 21일 서울에서 열린다고 외교부가 밝혔다.", "2015-03-21"),  # told as to come
        ("양국 장관은 25일 도쿄에서 만날 예정이다.", "2015-03-25"),
        ("외교장관 회의는 21일 서울에서 열렸다.", "2015-02-21"),  # told as past: the month before
        ("会議は24日に東京で開かれる予定だ。", "2015-03-24"),
        ("外相会談が21日、ソウル市内のホテルで開かれた。", "2015-02-21"),
    ],
)
def test_a_day_alone_takes_the_tense_said_after_it(text: str, iso: str) -> None:
    assert _isos(text)[0] == iso


def test_the_first_tense_word_after_the_date_decides() -> None:
    # "열린" (held) comes before "계획" (a plan): the day was in the past
    assert _isos("22일 열린 회의에서 양국은 협력을 강화할 계획을 밝혔다.")[0] == "2015-02-22"


@pytest.mark.parametrize("dash", ["∼", "〜", "~"])
def test_a_range_of_days_with_a_wave_dash_starts_on_its_first_day(dash: str) -> None:
    assert _isos(f"첫 협상이 오는 26일{dash}28일 서울에서 열린다.")[0] == "2015-03-26"


def test_a_month_told_as_to_come_does_not_take_an_earlier_dates_year() -> None:
    found = find_dates(
        "在2019年12月之后再也没能举行的峰会，可能于5月举行。", anchor=PartialDate(year=2024, month=4, day=4)
    )
    assert [d.start.iso() for d in found if d.start is not None] == ["2019-12", "2024-05"]


def test_a_month_told_as_past_keeps_the_earlier_dates_year() -> None:
    found = find_dates("2019年12月会议之后，双方于5月再次会谈。", anchor=PartialDate(year=2024, month=4, day=4))
    assert [d.start.iso() for d in found if d.start is not None][-1] == "2019-05"


def test_a_day_alone_just_after_the_texts_date_is_to_come() -> None:
    found = find_dates("领袖峰会27日在首尔举行。", anchor=PartialDate(year=2024, month=5, day=26))
    assert [d.start.iso() for d in found if d.start is not None] == ["2024-05-27"]


def test_a_day_alone_well_after_the_texts_date_told_plainly_is_last_months() -> None:
    found = find_dates("领袖峰会27日在首尔举行。", anchor=PartialDate(year=2024, month=5, day=6))
    assert [d.start.iso() for d in found if d.start is not None] == ["2024-04-27"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The ministers met last week in the capital.", "2015-03"),  # the week of 9 March
        ("양국 장관은 지난주 서울에서 만났다.", "2015-03"),
        ("外相会談は先週開かれた。", "2015-03"),
        ("双方上周举行会谈。", "2015-03"),
        ("The talks resume next week.", "2015-03"),  # the week of 23 March
        ("双方前天举行会谈。", "2015-03-15"),
    ],
)
def test_week_words_and_the_day_before_yesterday(text: str, iso: str) -> None:
    assert _isos(text) == [iso]


def test_a_week_over_a_months_turn_is_the_month_of_its_monday() -> None:
    found = find_dates("The talks resume next week.", anchor=PartialDate(year=2015, month=3, day=27))
    assert [d.start.iso() for d in found if d.start is not None] == ["2015-03"]  # Monday 30 March


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("□ 대통령은 3.16.(월) 서울에서 정상회의를 개최하였다.", "2015-03-16"),  # an official release's day
        ("首脳会談は3. 16(月)に東京で開かれた。", "2015-03-16"),
        ("双方于3.16（一）举行会谈。", "2015-03-16"),
    ],
)
def test_month_and_day_with_dots_before_a_bracketed_weekday_are_a_day(text: str, iso: str) -> None:
    assert _isos(text) == [iso]


@pytest.mark.parametrize("text", ["증가율은 3.16%였다.", "점수는 3.16 (월 평균)이었다.", "버전 1.2.3(월)"])
def test_dotted_numbers_without_a_bracketed_weekday_are_no_day(text: str) -> None:
    assert _isos(text) == []


@pytest.mark.parametrize("number", ["1\u3000", "2 ", "12 "])
def test_a_paragraphs_number_before_a_month_and_day_leaves_the_date(number: str) -> None:
    assert _isos(f"{number}3月16日，三国外长在首尔举行会议。") == ["2015-03-16"]


def test_a_year_without_its_mark_before_a_month_is_no_paragraph_number() -> None:
    assert _isos("2014 3月16日") == []


def test_a_day_word_inside_a_title_is_no_day() -> None:
    assert _isos("他发表题为《携手走向更好的明天》的讲话。") == []
    assert _isos("他发表题为《携手走向美好明天》的讲话。") == []
    assert _isos("代表团明天抵达，并发表《合作宣言》。") == ["2015-03-18"]  # outside the title it is one


def test_a_count_of_days_is_no_day() -> None:
    assert _isos("ワシントンで3日間の首脳会談を行った。") == []
    assert _isos("大会は3日目を迎えた。") == []
    assert _isos("双方进行了为期3日间的访问。") == []
    assert _isos("会談は3日に行われた。") == ["2015-03-03"]


def test_a_weekday_beside_a_day_tells_its_year() -> None:
    # the day follows a year the text named before; its weekday says it is in the text's own year (a Monday)
    isos = _isos("2013年5月两国签署协议，同年11月再次会谈。 美国国务院星期一(3月16日)发表声明。")
    assert isos[-1] == "2015-03-16"
    assert _isos("The deal of 2013 was signed on Saturday, March 16.")[-1] == "2013-03-16"  # a Saturday in 2013


def test_the_same_day_after_a_coming_week_is_the_last_day_told() -> None:
    isos = _isos("媒体16日报道称，双方将于下周重启谈判。对方当天称，未收到任何通知。")
    assert isos == ["2015-03-16", "2015-03", "2015-03-16"]
