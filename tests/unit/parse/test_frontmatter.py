"""Front matter read tolerantly: blank lines before it, other generators' keys, blocks YAML cannot read."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.document import declared_date_iso
from nea_site.parse.formats.frontmatter import read_front_matter


def _meta(text: str) -> tuple[str | None, str | None]:
    doc = parse_document(SourceText(source_id=SourceId("t"), file_name="t.md", text=text, encoding="utf_8", sha256="0"))
    return doc.meta.title, doc.meta.published


BODY = "\nThe ministers met on Monday and agreed to meet again.\n"


def test_blank_lines_before_the_block() -> None:
    assert _meta("\n\n---\ntitle: Talks resume\ndate: 2019-03-14\n---\n" + BODY) == ("Talks resume", "2019-03-14")


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("post_title: Talks resume\npost_date: 2021-03-11 09:00:00", ("Talks resume", "2021-03-11")),
        ("headline: Talks resume\npublished_at: '2021-03-11T09:00:00+09:00'", ("Talks resume", "2021-03-11")),
        ("Title: Talks resume\nPubDate: Thu, 11 Mar 2021 09:00:00 +0900", ("Talks resume", "2021-03-11")),
        ("title: Talks resume\ndoc_date: '1968-10-07'", ("Talks resume", "1968-10-07")),
        ("name: Talks resume\ncreated: 2019-07", ("Talks resume", "2019-07")),
    ],
)
def test_keys_of_other_generators(block: str, expected: tuple[str, str]) -> None:
    assert _meta(f"---\n{block}\n---\n{BODY}") == expected


def test_a_block_yaml_cannot_read_is_read_line_by_line() -> None:
    text = "---\ntitle: Talks: a new start\nauthor:\tJane Roe\ndate: 2022-01-02\n---\n" + BODY
    assert _meta(text) == ("Talks: a new start", "2022-01-02")


def test_entities_in_a_title_are_decoded_once() -> None:
    assert _meta("---\ntitle: Seoul&#x27;s view &amp; R&amp;D\n---\n" + BODY)[0] == "Seoul's view & R&D"


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Talks &amp;amp; trade", "Talks & trade"),  # an escaped "&amp;": the source escaped its title twice
        ("Japan&amp;#39;s view", "Japan's view"),
        ("Japan&amp;#x27;s view &amp;quot;now&amp;quot;", 'Japan\'s view "now"'),
    ],
)
def test_a_double_escaped_title_shows_the_character_never_an_entity(title: str, shown: str) -> None:
    assert _meta(f"---\ntitle: {title}\n---\n" + BODY)[0] == shown


def test_a_note_mark_closing_the_declared_title_goes() -> None:
    assert _meta("---\ntitle: Record of a Conversation [1]\n---\n" + BODY)[0] == "Record of a Conversation"


def test_declared_title_wins_over_a_place_and_date_line_that_opens_the_text() -> None:
    text = "---\ntitle: Cable to the Capital\n---\n\nExampletown, 7 October 1968\n\nConfidential\n" + BODY
    assert _meta(text) == ("Cable to the Capital", "1968-10-07")


def test_an_ordinal_day_dates_the_text() -> None:
    assert _meta("---\ntitle: Record\n---\n\n14th March, 1961\n" + BODY) == ("Record", "1961-03-14")


def test_a_first_level_heading_still_names_the_text() -> None:
    assert _meta("---\ntitle: Short name\n---\n\n# The full name of the text\n" + BODY)[0] == (
        "The full name of the text"
    )


@given(st.text(max_size=200))
def test_any_block_is_read_without_error_and_ends_at_its_closing_line(block: str) -> None:
    text = f"---\n{block}\n---\nBody.\n"
    front = read_front_matter(text)  # never raises, whatever YAML makes of the block
    if not any(line.rstrip(" \t") in ("---", "...") for line in block.split("\n")):
        assert text[front.end :] == "Body.\n"


def _page(head: str, tail: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body><article><h1>Talks resume</h1>"
        "<p>The ministers met and agreed to meet again before the summit.</p></article>"
        f"{tail}</body></html>"
    )


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="DCTERMS.date" content="1966-02-09">',
        '<meta name="citation_date" content="1966-02-09">',
        '<meta property="article:published_time" content="1966-02-09T09:00:00+09:00">',
    ],
)
def test_a_saved_page_is_dated_by_its_meta_tags(head: str) -> None:
    assert _meta(_page(head)) == ("Talks resume", "1966-02-09")


@pytest.mark.parametrize("key", ["datePublished", "dateCreated"])
def test_a_saved_page_is_dated_by_its_json_ld(key: str) -> None:
    data = f'{{"@graph": [{{"@type": "CreativeWork", "{key}": "1966-02-09"}}]}}'
    script = f'<script type="application/ld+json">{data}</script>'
    assert _meta(_page("", script)) == ("Talks resume", "1966-02-09")


def test_broken_json_ld_is_ignored() -> None:
    assert _meta(_page("", '<script type="application/ld+json">{"datePublished": </script>')) == ("Talks resume", None)


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2019-03-14T08:00:00+09:00", "2019-03-14"),
        ("Tue, 12 Mar 2024 08:00:00 +0900", "2024-03-12"),
        ("20190314", "2019-03-14"),
        ("14/03/2019", "2019-03-14"),
        ("03/14/2019", "2019-03-14"),
        ("05/06/2024", "2024"),
        ("2024-05", "2024-05"),
        ("soon", None),
    ],
)
def test_declared_date_values(value: str, iso: str | None) -> None:
    assert declared_date_iso(value) == iso


@pytest.mark.parametrize(
    "head",
    [
        "#+TITLE: Talks resume\n#+AUTHOR: Jane Roe\n#+DATE: <2019-03-14 Mon>\n",
        "% Talks resume\n% Jane Roe\n% March 14, 2019\n",
    ],
)
def test_org_and_pandoc_title_blocks(head: str) -> None:
    assert _meta(head + BODY) == ("Talks resume", "2019-03-14")


@pytest.mark.parametrize(
    "field",
    [
        "article:published_time: 2024-05-27T09:00:00+09:00",  # a crawler's copy of the page's <meta>
        "published_time: 2024-05-27",
        "release_date: 2024-05-27",
        'post_date_gmt: "2024-05-27 00:00:00"',
        "dc.date: 2024-05-27",
        'time: "2024-05-27 09:00"',
        "timestamp: 1716771600",  # seconds since 1970
    ],
)
def test_crawler_and_cms_date_keys(field: str) -> None:
    front = read_front_matter(f"---\ntitle: Summit held\n{field}\n---\n\nThe leaders met.\n")
    assert (front.title, front.date and front.date[:10]) == ("Summit held", "2024-05-27")


def test_a_change_date_alone_is_no_publication_date() -> None:
    front = read_front_matter("---\ntitle: Summit held\nupdated: 2024-05-28\n---\n\nThe leaders met.\n")
    assert front.date is None
