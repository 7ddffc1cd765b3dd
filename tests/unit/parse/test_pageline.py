"""A crawled web page saved as one line: the headline the page repeats is the title, the date after it dates it."""

from __future__ import annotations

from nea_site.model import Document, SourceId, SourceText
from nea_site.parse import parse_document

MENU = " ".join(["Home", "World", "Business", "Culture", "Sports", "Video"] * 20)
STORY = "The ministers of the three countries met on Sunday and agreed to meet again next year. " * 8
PAGE = (
    f"Ministers agree to meet again - Example Daily Online Sunday, Mar 3, 2019 Search {MENU} English &gt;&gt; "
    f"Ministers agree to meet again ( Example Wire ) 09:40, March 3, 2019 SEOUL, March 3 (Example Wire) -- "
    f"{STORY} Related reading Ministers to meet in 2021 Most Read Top 10"
)


def _parse(text: str) -> Document:
    return parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.txt", text=text, encoding="utf_8", sha256="0")
    )


def test_the_repeated_headline_is_the_title_and_its_date_dates_the_page() -> None:
    meta = _parse(PAGE).meta
    assert (meta.title, meta.published, meta.place, meta.outlet) == (
        "Ministers agree to meet again",
        "2019-03-03",
        "Seoul",
        "Example Wire",
    )


def test_a_long_first_paragraph_of_a_longer_text_is_no_page_line() -> None:
    prose = f"The trilateral summit - the first in years - opened. {STORY * 2} The trilateral summit ended on"
    prose += " March 3, 2019."
    alone = _parse(prose).meta
    assert (alone.title, alone.published) == ("The trilateral summit", "2019-03-03")  # read as a one-line page
    doc = _parse("\n\n".join([prose, STORY, STORY, STORY]))
    assert (doc.meta.title, doc.meta.published) == (None, None)


def test_a_repeated_headline_without_its_date_is_no_title() -> None:
    assert _parse(PAGE.replace("09:40, March 3, 2019", "")).meta.title is None


def test_the_sites_menus_between_the_title_and_the_story_are_no_text() -> None:
    doc = _parse(PAGE)
    shown = " ".join([*(s.title for s in doc.sections), *(p.text for p in doc.paragraphs)])
    assert "Ministers agree to meet again - Example Daily Online" in shown  # the page's own title line stays
    assert "Culture Sports" not in shown and "( Example Wire ) 09:40" not in shown
    assert any(p.text.startswith("SEOUL, March 3 (Example Wire) --") for p in doc.paragraphs)
