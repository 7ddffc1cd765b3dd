"""datelines: an agency dateline opening the body, a title opening with its date, a dateline's inferred year."""

from __future__ import annotations

import pytest

from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.header.datelines import infer_dateline_year, read_opening_dateline, read_title_date
from nea_site.parse.header.state import Header


@pytest.mark.parametrize(
    ("opening", "place", "outlet", "authors", "published", "month_day"),
    [
        ("BUSAN, South Korea, Nov 26 (Example Wire) - The ministers met.", "Busan", "Example Wire", [], None, (11, 26)),
        ("SEOUL, Nov. 26, 2023 (Yonhap) -- Talks resumed.", "Seoul", "Yonhap", [], "2023-11-26", None),
        (
            "新华社釜山11月26日电（记者张三 李四）当地时间26日，会议举行。",
            "釜山",
            "新华社",
            ["张三", "李四"],
            None,
            (11, 26),
        ),
        ("中国日报网3月5日讯 会议举行。", None, "中国日报网", [], None, (3, 5)),
        ("人民日报北京3月5日电 会议举行。", "北京", "人民日报", [], None, (3, 5)),
        ("SEOUL, South Korea (AP) — The leaders met.", "Seoul", "AP", [], None, None),
        ("TOKYO (Reuters) - Japan said on Monday.", "Tokyo", "Reuters", [], None, None),
        ("NEW YORK (Kyodo News) -- Ministers met.", "New York", "Kyodo News", [], None, None),
        ("SEOUL, May 20, 2024 – The secretariat hosted a forum.", "Seoul", None, [], "2024-05-20", None),  # no agency
        # Traditional Chinese: the values as written
        ("新華社北京11月26日電（記者張三）外交部發言人表示。", "北京", "新華社", ["張三"], None, (11, 26)),
        ("（中央社台北26日專電）外交部今天表示。", "台北", "中央社", [], None, None),  # a day alone dates nothing
        (
            "（中央社記者王小明台北26日電）外交部今天表示。",
            None,
            "中央社",
            [],
            None,
            None,
        ),  # name and place run together
        ("〔記者王小明／台北報導〕外交部今天表示。", "台北", None, ["王小明"], None, None),
    ],
)
def test_opening_dateline_fills_the_header(
    opening: str,
    place: str | None,
    outlet: str | None,
    authors: list[str],
    published: str | None,
    month_day: tuple[int, int] | None,
) -> None:
    header = Header()
    read_opening_dateline(header, opening)
    assert (header.place, header.outlet, header.authors) == (place, outlet, authors)
    assert (header.published, header.dateline_month_day) == (published, month_day)


@pytest.mark.parametrize(
    "opening",
    [
        "The ministers met in SEOUL (the capital) - again.",
        "NATO (North Atlantic Treaty Organization) – the alliance met.",  # an acronym's expansion
        "TCS (Trilateral Cooperation Secretariat) – the body met.",
        "IPEF (Indo-Pacific Economic Framework) - a framework.",
        "Seoul (AP) — not a capitalised place.",
        "SEOUL (the capital of South Korea) — a description.",
        "BUSAN, Nov 31 (Wire) - No such day.",
        "新华社说，会议举行。",
    ],
)
def test_no_opening_dateline_leaves_the_header_alone(opening: str) -> None:
    header = Header(outlet="Given")
    read_opening_dateline(header, opening)
    assert (header.outlet, header.place, header.authors) == ("Given", None, [])
    assert (header.published, header.dateline_month_day) == (None, None)


def test_infer_dateline_year_takes_latest_year() -> None:
    header = Header(dateline_month_day=(3, 3))
    infer_dateline_year(header, "Founded in 2011, the forum met in 2021 and 1999. In 2021 it grew; 2011 was hard.")
    assert (header.published, header.origins["published"]) == ("2021-03-03", "inferred")


def test_infer_dateline_year_needs_a_year_named_twice() -> None:
    # A 2024 release that names the previous summit (2019) and a plan (2025) once each: no year is evidence.
    header = Header(dateline_month_day=(5, 27))
    infer_dateline_year(header, "上一次会议于2019年12月在成都举行。三方同意将2025年定为交流年。")
    assert header.published is None


def test_infer_dateline_year_needs_a_year() -> None:
    header = Header(dateline_month_day=(3, 3))
    infer_dateline_year(header, "No year is mentioned here, only 12 ports.")
    assert header.published is None and "published" not in header.origins


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The ministers met for the first time since 2019.", None),
        ("Talks in 2022 aim at a deal by 2030, in 2022 too, and at growth through 2035 and by 2030.", "2022-03-03"),
        ("会议于2021年举行，2021年的成果显著，力争到2030年实现目标，2035年前完成，到2030年。", "2021-03-03"),
        ("自2019年以来，三国在2023年恢复会谈。2023年是重要的一年。自2019年以来", "2023-03-03"),
    ],
)
def test_infer_dateline_year_leaves_out_bounds(text: str, published: str | None) -> None:
    header = Header(dateline_month_day=(3, 3))
    infer_dateline_year(header, text)
    assert header.published == published


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ("2024年5月28日外交部发言人主持例行记者会", "2024-05-28"),
        ("May 28, 2024: Regular Press Briefing", "2024-05-28"),
        ("The May 27, 2024 Summit and Its Aftermath", None),  # a date inside the title names an event
        ("2024年2月30日记者会", None),  # no such day
        ("Foreign Ministry Spokesperson's Regular Press Conference on May 27, 2024", "2024-05-27"),
        ("外交部发言人主持例行记者会（2024年5月27日）", "2024-05-27"),
        ("外交部发言人主持例行记者会（二〇二四年五月二十七日）", "2024-05-27"),  # in Chinese numerals
        ("Joint Statement – 27 May 2024", "2024-05-27"),
        ("The Leaders' Declaration of 13 December 2008", None),  # "of": it may name a past day
    ],
)
def test_a_title_opening_or_closing_with_a_full_date_dates_the_text(title: str, published: str | None) -> None:
    header = Header(title=title)
    read_title_date(header)
    assert header.published == published


def test_a_title_date_gives_way_to_the_text_s_own_date() -> None:
    header = Header(title="2024年5月28日记者会", published="2024-05-29")
    read_title_date(header)
    assert header.published == "2024-05-29"


@pytest.mark.parametrize(
    ("closing", "place", "published", "outlet"),
    [
        ("Done at Seoul on 27 May 2024, in the Chinese, Japanese, Korean and English languages.", "Seoul",
         "2024-05-27", None),
        ("Seoul, May 27, 2024", "Seoul", "2024-05-27", None),
        ("中华人民共和国外交部\n\n2024年5月27日", None, "2024-05-27", "中华人民共和国外交部"),
        ("中华人民共和国外交部 2024年5月27日", None, "2024-05-27", "中华人民共和国外交部"),
        ("中华人民共和国外交部\n\n二〇二四年五月二十七日", None, "2024-05-27", "中华人民共和国外交部"),
        ("They met again on 27 May 2024.", None, None, None),  # a date in a sentence dates an event, not the text
    ],
)  # fmt: skip
def test_a_closing_place_date_or_signature_dates_the_text(
    closing: str, place: str | None, published: str | None, outlet: str | None
) -> None:
    text = f"Statement on Cooperation\n\nThe ministers reviewed cooperation in disaster management.\n\n{closing}\n"
    source = SourceText(source_id=SourceId("d"), file_name="d.txt", text=text, encoding="utf_8", sha256="0")
    meta = parse_document(source).meta
    assert (meta.place, meta.published, meta.outlet) == (place, published, outlet)


@pytest.mark.parametrize("date", ["2023年11月26日", "二〇二三年十一月二十六日"])
def test_a_signature_s_issuer_and_date_stay_two_paragraphs(date: str) -> None:
    text = f"关于合作的通知\n\n各单位要加强合作，推动交流。\n\n中华人民共和国外交部\n\n{date}\n"
    source = SourceText(source_id=SourceId("d"), file_name="d.txt", text=text, encoding="utf_8", sha256="0")
    document = parse_document(source)
    assert [p.text for p in document.paragraphs][-2:] == ["中华人民共和国外交部", date]
    assert document.sections == ()  # the issuer line is no heading over the date
    assert (document.meta.published, document.meta.outlet) == ("2023-11-26", "中华人民共和国外交部")


def test_the_header_s_date_wins_over_a_closing_one() -> None:
    text = "Statement on Cooperation\n\nMay 20, 2024\n\nThe ministers met.\n\nSeoul, May 27, 2024\n"
    source = SourceText(source_id=SourceId("d"), file_name="d.txt", text=text, encoding="utf_8", sha256="0")
    assert parse_document(source).meta.published == "2024-05-20"


def test_a_dateline_under_a_photo_caption_is_read() -> None:
    text = (
        "Leaders pledge closer economic ties\n\nBy Ju-min Park\n\n"
        "Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida attend a press conference in Seoul.\n\n"
        "SEOUL, May 27 (Reuters) - The leaders agreed on Monday to boost trade.\n"
    )
    source = SourceText(source_id=SourceId("n"), file_name="n.txt", text=text, encoding="utf_8", sha256="0")
    meta = parse_document(source).meta
    assert (meta.outlet, meta.place) == ("Reuters", "Seoul")
