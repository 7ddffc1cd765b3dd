"""Where and when a joint statement or declaration was made, under its title (parse/header): invented texts."""

from __future__ import annotations

import pytest

from nea_site.model import DocumentMeta, SourceId, SourceText
from nea_site.parse import parse_document

BODY = "\n\nThe leaders of the three countries met and agreed to hold the next meeting in the capital.\n"


def _meta(text: str) -> DocumentMeta:
    return parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.md", text=text + BODY, encoding="utf_8", sha256="0")
    ).meta


@pytest.mark.parametrize(
    ("title", "lines", "place"),
    [
        ("Joint Declaration", "Seoul, Republic of Korea, 27 May 2024", "Seoul, Republic of Korea"),  # and country
        ("Joint Declaration", "27 May 2024, Seoul", "Seoul"),  # the date first
        ("Joint Declaration", "Seoul, Republic of Korea\n\n27 May 2024", "Seoul, Republic of Korea"),  # two lines
        ("Joint Declaration", "Seoul\n\n27 May 2024", "Seoul"),
        ("联合宣言", "2024年5月27日，韩国首尔", "韩国首尔"),
        ("联合宣言", "（2024年5月27日 首尔）", "首尔"),  # bracketed, a space after the date
        ("공동선언", "2024년 5월 27일, 서울", "서울"),
    ],
)
def test_the_place_and_date_of_a_statement(title: str, lines: str, place: str) -> None:
    meta = _meta(f"# {title}\n\n{lines}")
    assert (meta.title, meta.published, meta.place) == (title, "2024-05-27", place)


@pytest.mark.parametrize("line", ["May 27, 2024, Monday", "2024年5月27日，星期一", "Exampleton, Fri, May 27, 2024"])
def test_a_weekday_after_a_comma_is_no_place(line: str) -> None:
    meta = _meta(f"# Joint Declaration\n\n{line}")
    assert meta.published == "2024-05-27" and meta.place in (None, "Exampleton")


def test_a_two_word_line_between_title_and_date_stays_the_subtitle() -> None:
    meta = _meta("Joint Statement on Trade\n\nTrilateral Cooperation\n\n27 May 2024")
    assert (meta.title, meta.place) == ("Joint Statement on Trade: Trilateral Cooperation", None)
