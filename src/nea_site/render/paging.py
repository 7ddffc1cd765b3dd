"""Long ordered lists split into numbered pages: which rows each page holds, its path, its headings and its pager.

Pure functions: page paths come from links.paged_uri(), so a list's pages are the same in both languages.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from nea_site.render.entries import Pager, PagerNumber
from nea_site.render.environment import SafeMarkdown
from nea_site.render.links import md_link, paged_uri

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

PAGE_ROWS = 100  # events or claims per list page: about 100-150 KB of Markdown in either language
_PAGER_WINDOW = 2  # numbered links on each side of the current page; the first and last are always shown


@dataclass(frozen=True, slots=True, kw_only=True)
class PageSlice(Generic[T]):
    """One page of a list: its 1-based number, the number of pages, its docs-relative path and its rows."""

    number: int
    count: int
    uri: str
    rows: tuple[T, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class RowGroup(Generic[K, T]):
    """Consecutive rows of one page that share a heading (a year, a claim kind)."""

    key: K
    continued: bool  # the group began on an earlier page
    rows: tuple[T, ...]


def paginate(rows: Sequence[T], base_uri: str, size: int = PAGE_ROWS) -> list[PageSlice[T]]:
    """Split rows, in order, into pages of at most `size`; an empty list still has its (empty) first page."""
    if size < 1:
        raise ValueError(f"page size must be at least 1, found {size}")
    count = max(1, -(-len(rows) // size))
    return [
        PageSlice(number=n, count=count, uri=paged_uri(base_uri, n), rows=tuple(rows[(n - 1) * size : n * size]))
        for n in range(1, count + 1)
    ]


def group_rows(pages: Sequence[PageSlice[T]], number: int, key: Callable[[T], K]) -> list[RowGroup[K, T]]:
    """The rows of page `number` grouped by consecutive equal keys; a group may continue from the page before."""
    page = pages[number - 1]
    previous = pages[number - 2].rows[-1:] if number > 1 else ()
    groups: list[RowGroup[K, T]] = []
    start = 0
    for i in range(1, len(page.rows) + 1):
        if i == len(page.rows) or key(page.rows[i]) != key(page.rows[start]):
            group_key = key(page.rows[start])
            continued = start == 0 and bool(previous) and key(previous[0]) == group_key
            groups.append(RowGroup(key=group_key, continued=continued, rows=page.rows[start:i]))
            start = i
    return groups


def first_pages(pages: Sequence[PageSlice[T]], key: Callable[[T], K]) -> dict[K, str]:
    """For each key, the path of the page where its first row is listed."""
    found: dict[K, str] = {}
    for page in pages:
        for row in page.rows:
            found.setdefault(key(row), page.uri)
    return found


def pager(pages: Sequence[PageSlice[T]], number: int, from_uri: str, label: str) -> Pager | None:
    """Links between the pages of a list, for partials/_pager.md.j2; None when the list fits on one page.

    `label` is the page's "Page {number} of {count}" text. Numbered links cover the first and last pages and a
    window around the current one, with "…" for the gaps, so the pager stays short for a long list.
    """
    count = len(pages)
    if count <= 1:
        return None
    shown = sorted({1, count, *range(max(1, number - _PAGER_WINDOW), min(count, number + _PAGER_WINDOW) + 1)})
    numbers: list[PagerNumber] = []
    for before, n in zip([0, *shown], shown, strict=False):
        if before and n - before > 1:
            numbers.append(PagerNumber(number="…", link=None, current=False))
        link = None if n == number else SafeMarkdown(md_link(from_uri, pages[n - 1].uri))
        numbers.append(PagerNumber(number=n, link=link, current=n == number))
    return Pager(
        label=label.format(number=number, count=count),
        previous=SafeMarkdown(md_link(from_uri, pages[number - 2].uri)) if number > 1 else None,
        next=SafeMarkdown(md_link(from_uri, pages[number].uri)) if number < count else None,
        numbers=tuple(numbers),
    )
