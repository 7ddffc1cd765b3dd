"""A date in the source's file name dates a text that states none, below any date the text gives."""

from __future__ import annotations

import pytest

from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.header.filename import file_name_date, file_name_title

_UNDATED = "Leaders get together\n\nThe leaders met in the port city and talked about trade.\n"


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("2019-03-14-leaders-meet.md", "2019-03-14"),  # a blog export's post
        ("leaders-meet-20190314.txt", "2019-03-14"),  # a compact day
        ("leaders_meet_2019_03_14.html", "2019-03-14"),
        ("2019-03-leaders.md", "2019-03"),  # a month
        ("leaders-meet-2019.md", "2019"),  # a lone year closing the name
        ("2019 leaders meet.txt", "2019"),  # or opening it
        ("leaders-meet.md", None),
        ("review-2018-2019.md", None),  # two years: a period, not a date
        ("leaders-2019-notes.md", None),  # a year inside the name may be the subject's
        ("report-20191399.txt", None),  # no real day
        ("g20-summit.md", None),
        ("leaders-2019-03-14-v2.md", "2019-03-14"),
    ],
)
def test_file_name_date(name: str, iso: str | None) -> None:
    assert file_name_date(name) == iso


def _published(text: str, name: str) -> tuple[str | None, str | None]:
    source = SourceText(source_id=SourceId("d"), file_name=name, text=text, encoding="utf_8", sha256="0")
    meta = parse_document(source).meta
    return meta.published, dict(meta.origins).get("published")


def test_a_text_without_a_date_takes_its_file_name_s_as_inferred() -> None:
    assert _published(_UNDATED, "leaders-get-together-2018.md") == ("2018", "inferred")
    assert _published(_UNDATED, "2018-05-12-leaders-get-together.md") == ("2018-05-12", "inferred")


def test_a_date_the_text_gives_outranks_the_file_name() -> None:
    text = "Leaders get together\n\nMay 28, 2024\n\nThe leaders met in the port city.\n"
    assert _published(text, "leaders-get-together-2018.md") == ("2024-05-28", "parsed")


def test_a_year_the_text_names_only_as_a_target_is_not_its_date() -> None:
    text = "Vision paper\n\nThe country aims to double its exports by 2030.\n"
    assert _published(text, "vision-2030.md") == (None, None)


def test_a_dateline_s_month_and_day_take_the_file_name_s_year() -> None:
    text = "Talks resume\n\nSEOUL, March 3 (Example Wire) - The ministers met.\n"
    assert _published(text, "talks-resume-2019.txt") == ("2019-03-03", "inferred")


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("port-data-note-2019.md", "Port data note"),  # the year is a date, not a word of the title
        ("harbour_talks.txt", "Harbour talks"),
        ("2019-03-14-harbour-talks.html", "Harbour talks"),
        ("000_0610fc04e9a6b5fe.txt", ""),  # a counter and a content hash name nothing
        ("doc.txt", ""),  # too short to be a title
        ("港口合作.md", "港口合作"),
    ],
)
def test_file_name_title(name: str, title: str) -> None:
    assert file_name_title(name) == title


def _title(text: str, name: str) -> tuple[str, str | None]:
    source = SourceText(source_id=SourceId("d"), file_name=name, text=text, encoding="utf_8", sha256="0")
    meta = parse_document(source).meta
    return meta.title, dict(meta.origins).get("title")


def test_a_text_opening_with_a_section_heading_is_named_by_its_file() -> None:
    text = "Introduction\n\nThe leaders met in the port city and talked about trade for two days.\n"
    assert _title(text, "port-city-talks.txt") == ("Port city talks", "inferred")
    assert _title("Port city talks resume\n\n" + text, "notes-2019.txt") == ("Port city talks resume", "parsed")
