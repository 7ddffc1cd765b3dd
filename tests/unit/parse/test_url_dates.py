"""The date a page's own address holds dates the text where it gives none (parse/header/urldates.py)."""

from __future__ import annotations

import pytest

from nea_site.model import DocumentMeta, SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.addresses import url_date

BODY = "\n\nThe ministers of the three countries met and agreed to meet again next year in the capital.\n"


def _meta(text: str) -> DocumentMeta:
    return parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.md", text=text + BODY, encoding="utf_8", sha256="0")
    ).meta


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://www.example.com/world/2024/05/27/talks-resume/", "2024-05-27"),
        ("http://www.example.cn/world/2024-05/27/c_1130150000.htm", "2024-05-27"),
        ("https://example.org/news/2024-05-27-talks", "2024-05-27"),
        ("https://example.org/news/20240527-talks.html", "2024-05-27"),
        ("https://example.org/2024/05/talks.html", "2024-05"),  # a month's permalink
        ("https://example.org/news/20241399/x", None),  # no real day
        ("https://example.org/article/1130150000", None),  # an article's number, no date
        ("https://example.org/?date=2024/05/27", None),  # the query is no part of the path
    ],
)
def test_the_date_in_an_address(url: str, iso: str | None) -> None:
    assert url_date(url) == iso


@pytest.mark.parametrize(
    "text",
    [
        "# Talks resume\n\nSource URL: https://www.example.com/world/2024/05/27/talks-resume/",
        "# 三国峰会\n\n原文链接：http://www.example.cn/world/2024-05/27/c_1130150000.htm",
        "# Talks resume\n\nhttps://www.example.com/news/20240527-talks.html",  # the address alone
        "---\ntitle: Talks resume\nurl: https://www.example.com/2024/05/27/talks/\n---\n",
        "---\ntitle: Talks resume\ndate: 2024\nlink: https://www.example.com/2024/05/27/talks/\n---\n",  # refined
    ],
)
def test_a_copied_page_is_dated_by_its_address(text: str) -> None:
    meta = _meta(text)
    assert meta.published == "2024-05-27"
    assert all("http" not in (value or "") for value in (meta.title, meta.outlet))


def test_a_date_the_text_gives_stays_over_its_address() -> None:
    meta = _meta("---\ntitle: Talks\ndate: 2023-01-01\nlink: https://www.example.com/2024/05/27/talks/\n---\n")
    assert meta.published == "2023-01-01"


def test_an_address_as_the_source_is_no_outlet() -> None:
    assert _meta("---\ntitle: Talks\nsource: https://www.example.com/2024/05/27/t/\n---\n").outlet is None


def test_a_saved_web_page_is_dated_by_its_declared_address() -> None:
    page = (
        "<html><head><title>Talks resume | Example News</title>"
        '<meta property="og:url" content="https://www.example.com/world/2024/05/27/talks-resume/">'
        "</head><body><article><h1>Talks resume</h1><p>The ministers of the three countries met on Monday and agreed"
        " to meet again next year in the capital.</p></article></body></html>"
    )
    source = SourceText(source_id=SourceId("t"), file_name="t.html", text=page, encoding="utf_8", sha256="0")
    meta = parse_document(source).meta
    assert (meta.title, meta.published) == ("Talks resume", "2024-05-27")


def test_a_web_clippers_created_day_yields_to_the_day_of_the_page_it_copied() -> None:
    text = (
        "---\ncreated: 2024-05-28T10:00:00 (UTC +09:00)\nsource: https://www.example.com/world/2024/05/27/talks/\n"
        "author: Jane Roe\n---\n\n# Talks resume"
    )
    assert _meta(text).published == "2024-05-27"


def test_a_declared_publication_day_stays_over_the_address() -> None:
    text = "---\ndate: 2024-05-20\nsource: https://www.example.com/world/2024/05/27/talks/\n---\n\n# Talks resume"
    assert _meta(text).published == "2024-05-20"


def test_a_web_clippers_linked_authors_are_plain_names() -> None:
    text = '---\ntitle: Talks\nauthor:\n  - "[[Jane Roe]]"\n  - "[[People/John Doe|John Doe]]"\n---\n'
    assert _meta(text).authors == ("Jane Roe", "John Doe")


def test_eight_figures_closing_a_pages_name_after_a_dash_are_its_day() -> None:
    assert url_date("https://news.example.org/k2/1797183-20310324.htm") == "2031-03-24"
    assert url_date("https://news.example.org/a/story-12345678.htm") is None  # no day of a year


def test_a_line_labelled_as_the_source_address_dates_the_text() -> None:
    text = "# 例示部：今年政策更加积极\n\n在例示市，例示部发布报告。\n\n---\n\n原始網址：\n<https://news.example.org/k2/1797183-20310324.htm>\n"
    assert _meta(text).published == "2031-03-24"
