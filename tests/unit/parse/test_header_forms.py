"""Bylines and date lines under a title, as outlets in several languages print them."""

from __future__ import annotations

import pytest

from nea_site.model import DocumentMeta, SourceId, SourceText
from nea_site.parse import parse_document

BODY = "\n\nThe ministers of the three countries met and agreed to meet again next year in the capital.\n"


def _meta(head: str) -> DocumentMeta:
    text = head + BODY
    return parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.md", text=text, encoding="utf_8", sha256="0")
    ).meta


@pytest.mark.parametrize(
    ("line", "published", "outlet", "place"),
    [
        ("**Example Daily** | 2026-01-02", "2026-01-02", "Example Daily", None),
        ("__Example Daily__ | Jan. 2, 2026", "2026-01-02", "Example Daily", None),
        ("(Yonhap)", None, "Yonhap", None),
        ("Exampleton, Fri, May 15, 2020", "2020-05-15", None, "Exampleton"),
        ("09:40, March 3, 2019", "2019-03-03", None, None),
        ("입력 2020.05.15 08:00 | 수정 2020.05.16 09:10", "2020-05-15", None, None),
        ("수정 2020.05.16 09:10", "2020-05-16", None, None),  # a change's date alone: inferred, as "Updated …"
        ("2020년 5월 15일", "2020-05-15", None, None),
        ("公開日 2020/05/15", "2020-05-15", None, None),
        ("Example Daily · 2020-05-15", "2020-05-15", "Example Daily", None),
        ("Published March 14, 2019 8:00 AM ET", "2019-03-14", None, None),
        ("Published: Fri, May 15, 2020 08:00", "2020-05-15", None, None),
        ("Updated 10:15 AM EDT, Mon March 14, 2019", "2019-03-14", None, None),  # no other date: inferred
        ("March 14, 2019 at 8:00 a.m. EDT", "2019-03-14", None, None),
        ("March 14, 2019 / 8:00 AM / Updated 2 days ago", "2019-03-14", None, None),
        ("MONDAY, MARCH 14, 2019", "2019-03-14", None, None),
        ("發佈時間：2019/03/14 10:00", "2019-03-14", None, None),
        ("2019年3月14日 星期一", "2019-03-14", None, None),
        ("2019-03-14 星期一 来源：示例日报", "2019-03-14", "示例日报", None),
        ("2019년 3월 14일 월요일", "2019-03-14", None, None),
    ],
)
def test_header_line_under_the_title(line: str, published: str | None, outlet: str | None, place: str | None) -> None:
    meta = _meta(f"# Talks resume\n\n{line}")
    assert (meta.title, meta.published, meta.outlet, meta.place) == ("Talks resume", published, outlet, place)


def test_a_plain_name_and_date_parted_by_a_bar_may_be_a_table_row_and_stays_text() -> None:
    assert _meta("# Talks resume\n\nFormation | 2011-09-01").published is None


def test_an_entity_in_a_heading_title_is_decoded_once() -> None:
    assert _meta("# Seoul&#x27;s view &amp; more").title == "Seoul's view & more"


def test_a_double_escaped_entity_in_a_heading_title_is_its_character() -> None:
    # "&amp;amp;", "&amp;#39;": a tool escaped the escaped title; no entity may be left on the page
    assert _meta("# Seoul&amp;#39;s view &amp;amp; more").title == "Seoul's view & more"


def test_a_wire_dateline_takes_the_year_of_a_full_date_of_its_day() -> None:
    text = (
        "# Deal signed\n\nSEOUL, March 3 (Example Wire) -- The deal was signed on Sunday, a year after talks on"
        " March 3, 2018 failed; the page was stamped 09:40, March 3, 2019 by the site.\n"
    )
    doc = parse_document(SourceText(source_id=SourceId("t"), file_name="t.md", text=text, encoding="utf_8", sha256="0"))
    assert (doc.meta.published, doc.meta.place) == ("2019-03-03", "Seoul")


@pytest.mark.parametrize(
    ("opening", "place", "outlet", "authors"),
    [
        ("(서울=연합뉴스) 김철수 기자 = ", "서울", "연합뉴스", ("김철수",)),
        ("[도쿄=뉴시스] 이영희 특파원 = ", "도쿄", "뉴시스", ("이영희",)),
        ("【ソウル共同】", "ソウル", "共同", ()),
        ("【北京＝山田太郎】", "北京", None, ("山田太郎",)),
    ],
)
def test_korean_and_japanese_datelines(opening: str, place: str, outlet: str | None, authors: tuple[str, ...]) -> None:
    text = f"# 회담\n\n2019-03-14\n\n{opening}3국 정상이 27일 회의를 열었다.\n"
    meta = parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.md", text=text, encoding="utf_8", sha256="0")
    ).meta
    assert (meta.place, meta.outlet, meta.authors) == (place, outlet, authors)


def test_a_byline_closed_by_a_date_and_time() -> None:
    meta = _meta("# Talks resume\n\nBy Jane Roe | March 14, 2019 8:00 am")
    assert (meta.authors, meta.published) == (("Jane Roe",), "2019-03-14")
