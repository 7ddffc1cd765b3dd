"""Paging: page sizes and boundaries, page paths, groups continued across pages, and the pager's links."""

from __future__ import annotations

import pytest

from nea_site.render.entries import Pager, PagerNumber
from nea_site.render.environment import SafeMarkdown
from nea_site.render.links import entity_list_uri, paged_uri
from nea_site.render.paging import PAGE_ROWS, first_pages, group_rows, pager, paginate

LABEL = "Page {number} of {count}"


@pytest.mark.parametrize(
    ("total", "sizes"),
    [
        (0, [0]),  # an empty list still has its first page
        (1, [1]),
        (PAGE_ROWS - 1, [PAGE_ROWS - 1]),
        (PAGE_ROWS, [PAGE_ROWS]),  # an exact multiple: no empty last page
        (PAGE_ROWS + 1, [PAGE_ROWS, 1]),
        (3 * PAGE_ROWS, [PAGE_ROWS] * 3),
        (3 * PAGE_ROWS + 7, [PAGE_ROWS] * 3 + [7]),
    ],
)
def test_paginate_sizes_keep_every_row_in_order(total: int, sizes: list[int]) -> None:
    rows = list(range(total))
    pages = paginate(rows, "claims/causal.md")
    assert [len(p.rows) for p in pages] == sizes
    assert [r for p in pages for r in p.rows] == rows
    assert [p.number for p in pages] == list(range(1, len(sizes) + 1))
    assert {p.count for p in pages} == {len(sizes)}


def test_paginate_small_page_size() -> None:
    pages = paginate("abcdefg", "timeline/index.md", size=3)
    assert [("".join(p.rows), p.uri) for p in pages] == [
        ("abc", "timeline/index.md"),
        ("def", "timeline/2.md"),
        ("g", "timeline/3.md"),
    ]


def test_paginate_refuses_a_page_size_below_one() -> None:
    with pytest.raises(ValueError, match="page size must be at least 1, found 0"):
        paginate([1], "claims/causal.md", size=0)


@pytest.mark.parametrize(
    ("base", "number", "expected"),
    [
        ("timeline/index.md", 1, "timeline/index.md"),
        ("timeline/index.md", 2, "timeline/2.md"),
        ("timeline/index.md", 12, "timeline/12.md"),
        ("index.md", 2, "2.md"),
        ("claims/causal.md", 1, "claims/causal.md"),
        ("claims/causal.md", 2, "claims/causal-2.md"),
        ("countries/china/events.md", 3, "countries/china/events-3.md"),
    ],
)
def test_paged_uri(base: str, number: int, expected: str) -> None:
    assert paged_uri(base, number) == expected


def test_paged_uri_numbers_start_at_one() -> None:
    with pytest.raises(ValueError, match="page numbers start at 1, found 0"):
        paged_uri("timeline/index.md", 0)


def test_entity_list_uri_sits_in_a_folder_named_after_the_page() -> None:
    assert entity_list_uri("countries/china.md", "events") == "countries/china/events.md"
    assert entity_list_uri("themes/trade-ftas.md", "claims") == "themes/trade-ftas/claims.md"


def test_group_rows_marks_a_group_continued_from_the_page_before() -> None:
    rows = [(2019, "a"), (2019, "b"), (2019, "c"), (2020, "d"), (2021, "e")]
    pages = paginate(rows, "timeline/index.md", size=2)

    def year(row: tuple[int, str]) -> int:
        return row[0]

    shape = [[(g.key, g.continued, len(g.rows)) for g in group_rows(pages, n, year)] for n in (1, 2, 3)]
    assert shape == [[(2019, False, 2)], [(2019, True, 1), (2020, False, 1)], [(2021, False, 1)]]
    assert first_pages(pages, year) == {2019: "timeline/index.md", 2020: "timeline/2.md", 2021: "timeline/3.md"}


def test_group_rows_of_an_empty_page() -> None:
    assert group_rows(paginate([], "timeline/index.md"), 1, lambda r: r) == []


def test_no_pager_when_the_list_fits_on_one_page() -> None:
    assert pager(paginate(list(range(PAGE_ROWS)), "claims/causal.md"), 1, "claims/causal.md", LABEL) is None
    assert pager(paginate([], "claims/causal.md"), 1, "claims/causal.md", LABEL) is None


def test_pager_links_previous_next_and_numbers_relative_to_the_page() -> None:
    pages = paginate(list(range(25)), "timeline/index.md", size=10)
    first = pager(pages, 1, "timeline/index.md", LABEL)
    assert first == Pager(
        label="Page 1 of 3",
        previous=None,
        next=SafeMarkdown("../timeline/2.md"),
        numbers=(
            PagerNumber(number=1, link=None, current=True),
            PagerNumber(number=2, link=SafeMarkdown("../timeline/2.md"), current=False),
            PagerNumber(number=3, link=SafeMarkdown("../timeline/3.md"), current=False),
        ),
    )
    last = pager(pages, 3, "timeline/3.md", LABEL)
    assert last is not None
    assert (last.label, last.previous, last.next) == ("Page 3 of 3", "../timeline/2.md", None)


def test_pager_of_a_long_list_shows_first_last_and_a_window_with_gaps() -> None:
    pages = paginate(list(range(20)), "claims/assessment.md", size=1)
    middle = pager(pages, 10, pages[9].uri, LABEL)
    assert middle is not None
    numbers = middle.numbers
    assert [n.number for n in numbers] == [1, "…", 8, 9, 10, 11, 12, "…", 20]
    assert numbers[0].link == "../claims/assessment.md"
    assert numbers[-1].link == "../claims/assessment-20.md"
    assert (middle.previous, middle.next) == ("../claims/assessment-9.md", "../claims/assessment-11.md")
