"""Paging by stable keys: which page a row goes to, page paths, the list's index and the pager's links.

The property that matters for an incremental build: adding a row changes only the page that holds it.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nea_site.render.environment import SafeMarkdown
from nea_site.render.links import entity_list_uri, segment_uri
from nea_site.render.paging import (
    PAGE_ROWS,
    Level,
    PageLink,
    Pager,
    PageSlice,
    date_levels,
    first_pages,
    group_rows,
    id_levels,
    page_links,
    pager,
    paginate,
)


def _identity(row: str) -> str:
    return row


DATES = date_levels(_identity)
IDS = id_levels(_identity)


def _layout(pages: list[PageSlice[str]]) -> dict[str, tuple[str, ...]]:
    return {p.uri: p.rows for p in pages}


def test_a_list_that_fits_is_one_page_at_its_base_path() -> None:
    rows = [f"2019-01-{d:02d}" for d in range(1, 11)]
    assert _layout(paginate(rows, "timeline/index.md", DATES, size=10)) == {"timeline/index.md": tuple(rows)}
    assert _layout(paginate([], "claims/causal.md", IDS)) == {"claims/causal.md": ()}


def test_a_long_list_splits_by_decade_then_year_then_month() -> None:
    rows = ["1995", "1998", "2019", *[f"2019-03-{d:02d}" for d in range(1, 4)], "2019-04-01", "2021-05"]
    pages = paginate(rows, "timeline/index.md", DATES, size=3)
    assert _layout(pages) == {
        "timeline/index.md": (),  # the first page of a split list lists the others
        "timeline/1990s.md": ("1995", "1998"),
        "timeline/2019.md": ("2019",),  # dated to the year only: apart when the year splits by month
        "timeline/2019-03.md": ("2019-03-01", "2019-03-02", "2019-03-03"),
        "timeline/2019-04.md": ("2019-04-01",),
        "timeline/2020s.md": ("2021-05",),
    }
    assert [p.parts for p in pages[1:3]] == [("1990s",), ("2019",)]


def test_small_groups_of_a_split_group_share_a_page_named_by_the_first() -> None:
    rows = ["1990", "1991", "1991", "1993", "1995", "1995", "1995", "2001"]
    pages = paginate(rows, "timeline/index.md", DATES, size=4)
    assert [(p.uri, p.until, len(p.rows)) for p in pages] == [
        ("timeline/index.md", "", 0),
        ("timeline/1990.md", "1993", 4),  # 1990 to 1993: four rows
        ("timeline/1995.md", "", 3),
        ("timeline/2000s.md", "", 1),
    ]


def test_undated_rows_get_their_own_page() -> None:
    pages = paginate(["2001", "", "", "2003"], "countries/cn/events.md", DATES, size=2)
    assert _layout(pages) == {
        "countries/cn/events.md": (),
        "countries/cn/events-2000s.md": ("2001", "2003"),
        "countries/cn/events-undated.md": ("", ""),
    }


def test_id_ranges_split_by_ever_longer_prefixes() -> None:
    rows = ["doc-101", "doc-102", "doc-103", "doc-201", "x-1"]
    assert _layout(paginate(rows, "claims/causal.md", IDS, size=2)) == {
        "claims/causal.md": (),
        "claims/causal-doc-101.md": ("doc-101", "doc-102"),  # "doc-10" holds three: split again, then packed
        "claims/causal-doc-103.md": ("doc-103",),
        "claims/causal-doc-2.md": ("doc-201",),
        "claims/causal-x.md": ("x-1",),
    }


def test_a_group_the_last_level_cannot_split_stays_whole() -> None:
    rows = ["same"] * 5
    assert _layout(paginate(rows, "claims/causal.md", IDS[:6], size=2)) == {
        "claims/causal.md": (),
        "claims/causal-same.md": tuple(rows),
    }


def test_a_category_level_keeps_its_key_in_the_path() -> None:
    def kind(row: str) -> str:
        return row.split(":")[0]

    levels = [Level(kind, nested=False), *id_levels(lambda row: row.split(":")[1])]
    rows = ["causal:a1", "causal:a2", "causal:b1", "statistic:a1"]
    pages = paginate(rows, "actors/x/claims.md", levels, size=2)
    assert [p.uri for p in pages] == [
        "actors/x/claims.md",
        "actors/x/claims-causal-a.md",
        "actors/x/claims-causal-b.md",
        "actors/x/claims-statistic.md",
    ]
    assert pages[1].parts == ("causal", "a")


@given(
    st.lists(st.text(alphabet="ab1", min_size=1, max_size=7), max_size=60),
    st.integers(min_value=1, max_value=5),
    st.booleans(),
)
def test_passing_shared_prefixes_at_once_pages_as_level_by_level(rows: list[str], size: int, kind: bool) -> None:
    """id_levels' levels skip the prefixes all rows share in one step: the pages of grouping level by level."""
    plain: list[Level[str]] = [Level(level.key, nested=level.nested) for level in IDS[:8]]
    ordered = sorted(rows)
    if kind:  # a category level above them, as the claim lists have

        def first(row: str) -> str:
            return row[:1] or "none"

        assert paginate(ordered, "claims.md", [Level(first, nested=False), *IDS[:8]], size=size) == paginate(
            ordered, "claims.md", [Level(first, nested=False), *plain], size=size
        )
    assert paginate(ordered, "claims.md", IDS[:8], size=size) == paginate(ordered, "claims.md", plain, size=size)


def test_paginate_refuses_a_page_size_below_one() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        paginate(["1"], "claims/causal.md", IDS, size=0)


@given(
    st.lists(st.sampled_from(["", "1998", "2019", "2019-03", "2019-03-05", "2019-04-02", "2020-12-31"]), max_size=40),
    st.sampled_from(["1999-07", "2019-03-09", "2019", "2020-12-31"]),
    st.integers(min_value=1, max_value=6),
)
def test_adding_a_row_leaves_the_pages_of_earlier_groups_unchanged(rows: list[str], new: str, size: int) -> None:
    """Pages whose rows all come from decades before the new row's keep their paths and rows (but the one taking it).

    (Paged by count, every page from the new row's on would change; here at most the pages of its own group
    and of the small groups after it that shared pages with it.)
    """

    def decade(row: str) -> str:
        return f"{row[:3]}0s" if row else "9999"  # undated rows come last

    ordered = sorted(rows, key=lambda r: (not r, r))
    before = paginate(ordered, "timeline/index.md", DATES, size=size)
    after = _layout(paginate(sorted([*rows, new], key=lambda r: (not r, r)), "timeline/index.md", DATES, size=size))
    assert sum(len(r) for r in after.values()) == len(rows) + 1
    if len(rows) + 1 <= size:
        return
    for page in before[1:]:
        now = after.get(page.uri, ())
        if all(decade(r) < decade(new) for r in page.rows) and new not in now:  # not the page that takes it
            assert now == page.rows, page.uri


def test_group_rows_by_consecutive_keys() -> None:
    groups = group_rows(["2019-01", "2019-05", "2020-01"], lambda r: r[:4])
    assert [(g.key, g.rows) for g in groups] == [("2019", ("2019-01", "2019-05")), ("2020", ("2020-01",))]
    assert group_rows([], _identity) == []


def test_first_pages_and_page_links() -> None:
    pages = paginate(["1995", "2001", "2002"], "timeline/index.md", DATES, size=2)
    assert first_pages(pages, lambda r: r) == {
        "1995": "timeline/1990s.md",
        "2001": "timeline/2000s.md",
        "2002": "timeline/2000s.md",
    }
    links = page_links(pages, "timeline/index.md", lambda parts, until: "·".join(parts))
    assert links == [
        PageLink("1990s", SafeMarkdown("../timeline/1990s.md"), 1),
        PageLink("2000s", SafeMarkdown("../timeline/2000s.md"), 2),
    ]


def test_pager_links_the_index_and_the_neighbours() -> None:
    pages = paginate(["1995", "2001", "2002", "2011"], "timeline/index.md", DATES, size=2)

    def label(parts: tuple[str, ...], until: str) -> str:
        return " ".join(parts)

    assert pager(pages, pages[0], "Timeline", label) is None  # the first page lists them all
    middle = pager(pages, pages[2], "Timeline", label)
    assert middle == Pager(
        label="2000s",
        up=PageLink("Timeline", SafeMarkdown("../timeline/index.md"), 0),
        previous=PageLink("1990s", SafeMarkdown("../timeline/1990s.md"), 0),
        next=PageLink("2010s", SafeMarkdown("../timeline/2010s.md"), 0),
    )
    first = pager(pages, pages[1], "Timeline", label)
    assert first is not None and first.previous is None
    last = pager(pages, pages[-1], "Timeline", label)
    assert last is not None and last.next is None
    assert (
        pager(
            paginate(["1995"], "timeline/index.md", DATES),
            paginate(["1995"], "timeline/index.md", DATES)[0],
            "T",
            label,
        )
        is None
    )


@pytest.mark.parametrize(
    ("base", "parts", "expected"),
    [
        ("timeline/index.md", (), "timeline/index.md"),
        ("timeline/index.md", ("2019-03",), "timeline/2019-03.md"),
        ("claims/causal.md", ("bench-001",), "claims/causal-bench-001.md"),
        ("countries/china/claims.md", ("statistic", "b"), "countries/china/claims-statistic-b.md"),
    ],
)
def test_segment_uri(base: str, parts: tuple[str, ...], expected: str) -> None:
    assert segment_uri(base, parts) == expected


@pytest.mark.parametrize("parts", [("",), ("a/b",)])
def test_segment_uri_refuses_empty_or_nested_keys(parts: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="page key"):
        segment_uri("claims/causal.md", parts)


def test_entity_list_uri() -> None:
    assert entity_list_uri("countries/china.md", "events") == "countries/china/events.md"
    assert segment_uri(entity_list_uri("themes/trade.md", "claims"), ("causal",)) == "themes/trade/claims-causal.md"


def test_a_list_of_page_rows_fits_on_one_page() -> None:
    assert len(paginate(["1999"] * PAGE_ROWS, "timeline/index.md", DATES)) == 1
    assert len(paginate(["1999"] * (PAGE_ROWS + 1), "timeline/index.md", DATES)) == 2
