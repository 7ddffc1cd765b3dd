"""Properties of the news-line, address and note rewriters (parse/header/newslines.py, urldates.py, pdfnotes.py)."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from nea_site.parse.addresses import url_date
from nea_site.parse.formats.pdfnotes import mark_pdf_notes
from nea_site.parse.header.newslines import rewrite_news_line

_DAYS = st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2035, 12, 31))


@given(st.text(max_size=120))
def test_a_line_without_figures_is_never_rewritten(text: str) -> None:
    line = "".join(ch for ch in text if not ch.isdigit())
    assert rewrite_news_line(line) == line


@given(st.text(max_size=120))
def test_rewriting_a_news_line_twice_changes_nothing_more(text: str) -> None:
    once = rewrite_news_line(text)
    assert rewrite_news_line(once) == once


@given(_DAYS, st.sampled_from(["{y}/{m:02d}/{d:02d}/", "{y}-{m:02d}/{d:02d}/", "{y}{m:02d}{d:02d}-x.html"]))
def test_an_address_gives_back_the_day_its_path_holds(day: datetime.date, shape: str) -> None:
    path = shape.format(y=day.year, m=day.month, d=day.day)
    assert url_date(f"https://example.org/news/{path}") == day.isoformat()


@given(st.text(max_size=200))
def test_any_address_gives_a_real_day_a_month_or_nothing(tail: str) -> None:
    iso = url_date(f"https://example.org/{tail}")
    assert iso is None or len(iso) == len("2024-05") or datetime.date.fromisoformat(iso)


@given(st.text(alphabet=st.characters(blacklist_categories=("Nd", "No")), max_size=300))
def test_text_without_numbers_keeps_its_notes_as_written(text: str) -> None:
    assert mark_pdf_notes(text) == text
