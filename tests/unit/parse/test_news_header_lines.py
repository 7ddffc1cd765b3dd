"""News header lines of outlets never seen (parse/header/newslines.py, authors.py): invented texts, one quirk each."""

from __future__ import annotations

import pytest

from nea_site.model import Document, SourceId, SourceText
from nea_site.parse import parse_document

BODY = "\n\nThe ministers of the three countries met and agreed to meet again next year in the capital.\n"


def _parse(text: str) -> Document:
    return parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.md", text=text, encoding="utf_8", sha256="0")
    )


@pytest.mark.parametrize(
    ("line", "published", "outlet"),
    [
        ("May 27, 2024 / 3:20 PM / Example Wire", "2024-05-27", "Example Wire"),  # date, time, agency by slashes
        ("May 27, 2024 / Example Wire", "2024-05-27", "Example Wire"),  # the time left out
        ("Example Wire / May 27, 2024 / 3:20 PM GMT+9", "2024-05-27", "Example Wire"),  # the agency first
        ("May 27, 2024 3:20 PM GMT+9 Updated 2 hours ago", "2024-05-27", None),
        ("May 27, 20245:30 AM GMT+9", "2024-05-27", None),  # the year glued to the time: a lost line break
        ("27 May 202417:30 KST", "2024-05-27", None),
        ("Nov. 3, 20249:05 PM GMT+9 Updated 2 hours ago", "2024-11-03", None),
        ("2024/5/27 17:30 (JST)", "2024-05-27", None),  # a time zone in brackets after the time
        ("2024年5月27日 17:30（KST）", "2024-05-27", None),
        ("2024/5/27（月）17:30 (UTC+9)", "2024-05-27", None),  # a weekday and an offset, both bracketed
        ("Date: 27/05/2024", "2024-05-27", None),  # a labelled day-first date in figures
        ("Date: 27.05.2024", "2024-05-27", None),
        ("27-05-2024", "2024-05-27", None),  # dashes part it too
        ("05/27/2024 17:30", "2024-05-27", None),  # month first, with a time
        ("Date: 05/27/2024", "2024-05-27", None),  # month first: only one reading is a day
        ("Posted on 27 May 2024 by Jane Roe", "2024-05-27", None),
        ("Published: 27 May 2024 | Updated: 28 May 2024", "2024-05-27", None),  # the first (publication) date
        ("Updated: 28 May 2024 | Published: 27 May 2024", "2024-05-27", None),  # the publication label's
        ("2024-05-27 HKT 15:20", "2024-05-27", None),  # a zone between the date and its time
        ("2024.05.27 Mon 15:20", "2024-05-27", None),  # an English weekday after a date in figures
        ("05/27/2024 03:20 PM EDT", "2024-05-27", None),  # the half of the day and a zone: no outlet
        ("27 May 2024 15:20 BST", "2024-05-27", None),
        ("2024年5月27日 17:30 [会員限定記事]", "2024-05-27", None),  # a tag after the time: no outlet
        ("(Example Wire) 09:21, May 27, 2024", "2024-05-27", "Example Wire"),  # an agency in brackets first
    ],
)
def test_a_news_date_line_under_the_title_dates_the_text(line: str, published: str, outlet: str | None) -> None:
    meta = _parse(f"# Talks resume\n\n{line}{BODY}").meta
    assert (meta.title, meta.published, meta.outlet) == ("Talks resume", published, outlet)
    assert all(line.split()[0] not in p.text for p in _parse(f"# Talks resume\n\n{line}{BODY}").paragraphs)


def test_a_labelled_date_that_reads_either_way_keeps_only_its_year() -> None:
    # "05/06/2024" is the fifth of June or the sixth of May: nothing on the line tells which
    assert _parse(f"# Talks resume\n\nDate: 05/06/2024{BODY}").meta.published == "2024"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("May 27, 20245:30 AM GMT+9", None),  # a glued year and time
        ("May 27, 2024 5:30 AM GMT+9 Updated 2 hours ago", None),  # a date, its time and a change note
        ("May 27, 2024 / 3:20 PM / Example Wire", "Example Wire"),
    ],
)
def test_a_news_date_line_over_the_title_is_no_title(line: str, outlet: str | None) -> None:
    meta = _parse(f"{line}\n\nTalks resume in the capital{BODY}").meta
    assert (meta.title, meta.published, meta.outlet) == ("Talks resume in the capital", "2024-05-27", outlet)


def test_two_names_parted_by_a_slash_over_the_title_are_no_wire_line() -> None:
    assert _parse(f"Seoul / Tokyo\n\nTalks resume in the capital{BODY}").meta.published is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Written by Jane Roe", ("Jane Roe",)),
        ("Words by Jane Roe and John Doe", ("Jane Roe", "John Doe")),
        ("Text: Jane Roe", ("Jane Roe",)),
        ("Text by Kim Min-ji", ("Kim Min-ji",)),
    ],
)
def test_a_byline_opening_and_names_under_the_title_are_the_authors(line: str, authors: tuple[str, ...]) -> None:
    document = _parse(f"# Talks resume\n\n{line}\n\nMay 27, 2024{BODY}")
    assert (document.meta.authors, document.meta.published) == (authors, "2024-05-27")
    assert [p.text for p in document.paragraphs] == [BODY.strip()]


def test_a_label_with_no_names_after_it_is_no_byline() -> None:
    document = _parse(f"# Talks resume\n\nMay 27, 2024{BODY}\nText: the full statement follows below.\n")
    assert document.meta.authors == ()


def test_an_author_card_closing_a_post_names_its_author_and_is_no_paragraph() -> None:
    document = _parse(f"# Talks resume\n\nMay 27, 2024{BODY}\nWritten by Jane Roe\n\n120 Followers\n")
    assert document.meta.authors == ("Jane Roe",)
    assert [p.text for p in document.paragraphs] == [BODY.strip()]


def test_an_author_card_does_not_override_the_header_byline() -> None:
    document = _parse(f"# Talks resume\n\nBy John Doe{BODY}\nWritten by Jane Roe\n")
    assert document.meta.authors == ("John Doe",)


@pytest.mark.parametrize(
    "line",
    [
        "2024年05月27日 星期一 来源：示例网",  # a field line opened by a date and its weekday
        "2024-05-27（月）10:30 来源：示例网",  # a Japanese weekday's short form in brackets, then the time
        "2024.05.27(월) 10:30 GMT+9",  # a Korean one, then a time and its offset
        "2024年5月27日（月曜日）",  # a date line alone
    ],
)
def test_a_weekday_in_brackets_or_an_offset_after_a_date_leaves_the_date(line: str) -> None:
    meta = _parse(f"# 三国会谈\n\n{line}{BODY}").meta
    assert (meta.title, meta.published) == ("三国会谈", "2024-05-27")


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("By JANE ROE and JOHN DOE", ("Jane Roe", "John Doe"), None),  # names in capitals, written as names
        ("By Jane Roe, CNN", ("Jane Roe",), "CNN"),  # an outlet's initials after the name
        ("By Jane Roe, Example", ("Jane Roe",), "Example"),  # one word alone: no person's name
        ("By Jane Roe, The Example Press", ("Jane Roe",), "The Example Press"),  # an organisation's name
        ("By Jane Roe, Staff Writer, Example Daily", ("Jane Roe",), "Example Daily"),  # a name after the role
        ("By Jane Roe, John Doe and Kim Min-ji", ("Jane Roe", "John Doe", "Kim Min-ji"), None),
        ("By Jane Roe | example.com.cn | Updated: 2024-05-27 21:08", ("Jane Roe",), "example.com.cn"),  # fields
        ("By Example Times Published: May 27, 2024 09:21 PM", ("Example Times",), None),  # a date label run in
    ],
)
def test_a_news_byline_names_its_people_and_outlet(line: str, authors: tuple[str, ...], outlet: str | None) -> None:
    meta = _parse(f"# Talks resume\n\n{line}\n\nMay 27, 2024{BODY}").meta
    assert (meta.authors, meta.outlet, meta.published) == (authors, outlet, "2024-05-27")


@pytest.mark.parametrize(
    ("head", "authors", "outlet"),
    [
        ("Written By\n\nJane Roe", ("Jane Roe",), None),  # a byline's label alone, the names under it
        ("Authors\n\nJane Roe, John Doe", ("Jane Roe", "John Doe"), None),
        ("Commentary by Jane Roe", ("Jane Roe",), None),  # the kind of article opens the byline
        ("Analysis by Jane Roe, CNN", ("Jane Roe",), "CNN"),
        ("May 28, 2024 — Jane Roe", ("Jane Roe",), None),  # the date, a dash, the names
    ],
)
def test_an_explainer_byline_names_its_authors(head: str, authors: tuple[str, ...], outlet: str | None) -> None:
    meta = _parse(f"# Talks resume\n\n{head}\n\nMay 28, 2024{BODY}").meta
    assert (meta.title, meta.authors, meta.outlet, meta.published) == ("Talks resume", authors, outlet, "2024-05-28")


@pytest.mark.parametrize("kicker", ["Backgrounder", "EXPLAINER"])
def test_a_kind_of_article_over_or_under_the_headline_is_no_part_of_the_title(kicker: str) -> None:
    over = _parse(f"{kicker}\n\nTalks resume in the capital\n\nMay 28, 2024{BODY}").meta
    under = _parse(f"# Talks resume in the capital\n\n{kicker}\n\nMay 28, 2024{BODY}").meta
    assert over.title == under.title == "Talks resume in the capital"
    assert ("section", kicker) in under.identifiers


def test_a_byline_label_over_a_sentence_takes_no_author() -> None:
    document = _parse(f"# Talks resume\n\nBy\n\nThe ministers met on Monday in the capital and agreed.{BODY}")
    assert document.meta.authors == ()


@pytest.mark.parametrize(
    ("head", "authors", "outlet", "place"),
    [
        ("By Jane Roe in Seoul | Example Daily | Updated: 2024-05-27 15:20", ("Jane Roe",), "Example Daily", "Seoul"),
        ("By Jane Roe, Korea Example Daily\n\nMay 27, 2024", ("Jane Roe",), "Korea Example Daily", None),  # outlet
        ("Kyodo\n\nMay 27, 2024", (), "Kyodo", None),  # a news agency between the headline and its date: no place
        ("All News 15:20 May 27, 2024", (), None, None),  # a site's section, then the time and the date
        ("By Jane Roe 15:20 May 27, 2024", ("Jane Roe",), None, None),  # a byline run into its time and date
    ],
)
def test_english_news_of_asian_outlets(
    head: str, authors: tuple[str, ...], outlet: str | None, place: str | None
) -> None:
    meta = _parse(f"# Talks resume\n\n{head}{BODY}").meta
    assert (meta.title, meta.published) == ("Talks resume", "2024-05-27")
    assert (meta.authors, meta.outlet, meta.place) == (authors, outlet, place)


def test_a_colon_label_and_names_in_the_body_are_no_byline() -> None:
    document = _parse(f"# Talks resume\n\nMay 28, 2024{BODY}\nText: Jane Roe\n")
    assert document.meta.authors == ()


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("Posted on May 27, 2024 at 3:20 pm by Jane Roe", ("Jane Roe",), None),  # a time before the author
        ("Posted on May 27, 2024 by Jane Roe in Analysis, Security", ("Jane Roe",), None),  # the blog's categories
        ("By Jane Roe on May 27, 2024", ("Jane Roe",), None),
        ("May 27, 2024 by Jane Roe", ("Jane Roe",), None),
        ("Jane Roe | May 27, 2024", ("Jane Roe",), None),  # names, a bar, the date
        ("Jane Roe · 5 min read · May 27, 2024", ("Jane Roe",), None),  # a blog platform's line
        ("Example Daily | May 27, 2024", (), "Example Daily"),  # an outlet's name, no person's
    ],
)
def test_a_blog_or_news_byline_with_its_date(line: str, authors: tuple[str, ...], outlet: str | None) -> None:
    meta = _parse(f"# Talks resume\n\n{line}{BODY}").meta
    assert (meta.title, meta.published, meta.authors, meta.outlet) == ("Talks resume", "2024-05-27", authors, outlet)
