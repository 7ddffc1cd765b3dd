"""Events of wiki pages on the region's meetings (invented pages, one quirk each)."""

from __future__ import annotations

from discovery import extract_text

_extract = extract_text


def test_a_list_item_that_a_meetings_number_opens_dates_that_meeting() -> None:
    page = (
        "**例示首脳会議**は毎年開かれる会議である。\n\n## 開催地\n\n"
        "  - 第二回　2007年1月15日　例示市\n  - 第十一回 2016年9月8日 架空市\n  - 第3回会合の議題は未定。\n"
    )
    events = {e.date.iso(): e.evidence.quote for e in _extract(page).events}
    assert events == {"2007-01-15": "第二回 2007年1月15日 例示市", "2016-09-08": "第十一回 2016年9月8日 架空市"}


def test_a_numbered_sentence_in_prose_is_no_row() -> None:
    page = "**例示首脳会議**は会議である。\n\n第二回 2007年1月15日 例示市での会議の資料が残る。\n"
    assert all(e.evidence.quote != "第二回 2007年1月15日 例示市" for e in _extract(page).events)


def test_a_day_is_not_carried_past_a_later_happening_of_a_month() -> None:
    page = (
        "**例示关系**是两国关系。\n\n"
        "1992年9月27日，甲国总统访问乙国。1997年12月，乙国总理访问甲国。此后，双方关系开始解冻。\n"
    )
    assert sorted(e.date.iso() for e in _extract(page).events) == ["1992-09-27", "1997-12"]


def test_happenings_of_relations_pages_in_three_languages() -> None:
    page = (
        "**예시 관계**는 두 나라의 관계이다.\n\n"
        "1965년 12월 18일에 예시국과 가상국 간의 국교정상화가 성사되었다.\n\n"
        "1994年10月、例示国と架空国の間に枠組み合意が成立。\n\n"
        "1999年，例示国国防部长访华。\n"
    )
    assert sorted(e.date.iso() for e in _extract(page).events) == ["1965-12-18", "1994-10", "1999"]


def test_a_trigger_inside_a_longer_word_that_names_no_happening() -> None:
    # "출국" (departed) inside "수출국" (an exporting country): a data year, no happening
    page = "**예시 관계**는 두 나라의 관계이다.\n\n예시국은 가상국의 제3위의 수출국이다(2011년 기준).\n"
    assert _extract(page).events == ()


def test_a_short_line_set_apart_that_a_meetings_number_opens_dates_it() -> None:
    page = "**例示首脳会議**は会議である。\n\n## 実施要領\n\n**第一回　2005年12月14日　例示市**\n\n  - 備蓄を進める。\n"
    assert [e.date.iso() for e in _extract(page).events] == ["2005-12-14"]


MEETING_TABLE = """**예시 협력체**는 국제 기구이다.

## 개최 현황

<table>
<thead>
<tr class="header"><th><p>회</p></th><th><p>개최 기간</p></th><th><p>개최 도시</p></th></tr>
</thead>
<tbody>
<tr class="odd"><td><p>1</p></td><td><p>1989년 11월 6일 ~ 11월 7일</p></td><td><p>예시시</p></td></tr>
<tr class="even"><td><p>2</p></td><td><p>1990년 7월 29일 ~ 7월 31일</p></td><td><p>가상시</p></td></tr>
</tbody>
</table>
"""


def test_a_meetings_table_row_numbered_alone_dates_that_meeting() -> None:
    events = [(e.date.iso(), e.date_end.iso() if e.date_end else None) for e in _extract(MEETING_TABLE).events]
    assert events == [("1989-11-06", "1989-11-07"), ("1990-07-29", "1990-07-31")]


def test_a_row_that_repeats_a_sentences_day_is_no_second_event() -> None:
    page = MEETING_TABLE + "\n## 역사\n\n1990년 7월 29일부터 7월 31일까지 가상시에서 제2회 회의가 개최되었다.\n"
    quotes = [e.evidence.quote for e in _extract(page).events if e.date.iso() == "1990-07-29"]
    assert len(quotes) == 1 and quotes[0].startswith("1990년 7월 29일부터")


def test_a_year_followed_by_until_is_a_deadline() -> None:
    page = "**예시 관계**는 관계이다.\n\n1994년 예시 정상회담에서 2010년까지는 선진국들이 이행하기로 결정하였다.\n"
    assert [e.date.iso() for e in _extract(page).events] == ["1994"]


def test_a_change_made_an_office_left_and_force_used_are_happenings() -> None:
    page = (
        "# Example clocks\n\nWestland switched back to its old calendar in 1961. Its premier resigned in 1975. "
        "Northland invaded Eastland in 1950. The rules seem sensible in 1990.\n"
    )
    years = sorted(e.date.iso() for e in _extract(page).events)
    assert years == ["1950", "1961", "1975"]


def test_a_treaty_concluded_and_a_state_founded_in_korean_and_japanese_are_happenings() -> None:
    korean = "# 예시 관계\n\n갑국은 1905년 을병조약을 맺고 1948년 정부를 수립하였다.\n"
    assert sorted(e.date.iso() for e in _extract(korean).events) == ["1905", "1948"]
    japanese = "# 例示関係\n\n甲国は1905年に乙丙条約を結んだ。\n"
    assert [e.date.iso() for e in _extract(japanese).events] == ["1905"]


def test_ties_upgraded_and_a_union_dissolved_in_chinese_are_happenings() -> None:
    page = "# 例示关系\n\n2003年，甲乙两国关系提升为全面合作伙伴关系。1991年12月25日，丙联盟解体。\n"
    assert sorted(e.date.iso() for e in _extract(page).events) == ["1991-12-25", "2003"]


def test_a_date_the_meeting_was_moved_from_is_no_happening() -> None:
    page = (
        "**Example Summit** is a yearly meeting.\n\n## Summits\n\n"
        "| # | Date | Host | Notes |\n|---|---|---|---|\n"
        "| 2nd | 15 January 2007 | Velmar | Rescheduled from 13 December 2006 due to a typhoon. |\n\n"
        "The ministers' meeting, originally scheduled for March 2010, took place on 2 May 2010 in Velmar.\n\n"
        "该会议原定于2011年6月举行，最终于2011年9月5日在例示市召开。\n\n"
        "第三届会议原计划应于2012年4月11日在例示市舉辦，最终于2012年10月25日举行。\n\n"
        "第四届会议原初步计划2013年3月在例示市举行。第五届会议原拟于2014年5月召开。\n"
    )
    dates = {e.date.iso() for e in _extract(page).events}
    assert {"2007-01-15", "2010-05-02", "2011-09-05", "2012-10-25"} <= dates
    assert not dates & {"2006-12-13", "2010-03", "2011-06", "2012-04-11", "2013-03", "2014-05"}
