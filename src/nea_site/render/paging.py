"""Long lists split into pages by a stable key of their rows: which rows each page holds, its path and its nav.

A list that fits on one page is that page. A longer one is split by its first level of keys (a decade, a claim
kind, a prefix of the document id…); a group that is still too long is split again by the next level (a year,
then a month, then a day; a longer prefix), and so on. Within a group that was split, consecutive small
subgroups share a page up to the page size (the years 1990-1993 of an overflowing 1990s), so pages stay a size
for a reader; a page is named by the key of its first subgroup. Where a row goes depends only on its own keys and
on the rows of the group it was split from: adding a row changes the page that holds it, at most the following
pages of that group (when it pushes a subgroup to the next page), never the pages of other groups, as paging the
whole list by count would. The first page of a split list lists its pages; each page links its neighbours.

Pure functions: page paths come from links.segment_uri(), so a list's pages are the same in both languages.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from nea_site.render.environment import SafeMarkdown
from nea_site.render.links import md_link, segment_uri

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

PAGE_ROWS = 100  # events or claims a page may hold before its group splits: about 100-150 KB of Markdown


@dataclass(frozen=True, slots=True)
class Level(Generic[T]):
    """One way of splitting a group of rows: each row's key at this level (a path-safe slug).

    `nested`: the key names the group whole and replaces the key of the level above in the page's path and label
    ("2019" under "2010s", "2019-03" under "2019"); otherwise it is added to it ("statistic" then "2019").
    """

    key: Callable[[T], str]
    nested: bool = True
    # For a level of id_levels(): key(row) is prefix_of(row)[:length]. Consecutive such levels of one text that
    # all rows share are passed over at once (one common prefix), not grouped one by one (32 passes of an id).
    prefix_of: Callable[[T], str] | None = None
    length: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class PageSlice(Generic[T]):
    """One page of a list: its keys (empty for the list's first page), its docs-relative path and its rows.

    The first page of a split list holds no rows: it lists the others (`parts` of each name them).
    """

    parts: tuple[str, ...]
    uri: str
    rows: tuple[T, ...]
    until: str = ""  # the key of the last subgroup on a page that holds several ("" for one)


@dataclass(frozen=True, slots=True)
class RowGroup(Generic[K, T]):
    """Consecutive rows of one page that share a heading (a year, a claim kind)."""

    key: K
    rows: tuple[T, ...]


@dataclass(frozen=True, slots=True)
class PageLink:
    """A link to one page of a list, named by its keys: the list's index and the pager's neighbours."""

    label: str
    link: SafeMarkdown
    count: int


@dataclass(frozen=True, slots=True)
class Pager:
    """Links from one page of a split list: the list's first page, and the pages before and after it."""

    label: str  # this page's keys, e.g. "2019" or "Statistics · 2019"
    up: PageLink
    previous: PageLink | None
    next: PageLink | None


def paginate(rows: Sequence[T], base_uri: str, levels: Sequence[Level[T]], size: int = PAGE_ROWS) -> list[PageSlice[T]]:
    """The pages of a list whose rows are in display order: the first page, then one per group, in row order.

    Groups keep the order in which their first rows come; a group longer than `size` is split by the next level,
    and one the last level cannot split stays whole. An empty list still has its (empty) first page.
    """
    if size < 1:
        raise ValueError(f"page size must be at least 1, found {size}")
    if len(rows) <= size:
        return [PageSlice(parts=(), uri=base_uri, rows=tuple(rows))]
    pages: list[PageSlice[T]] = [PageSlice(parts=(), uri=base_uri, rows=())]
    for parts, until, group in _split(list(rows), (), levels, size):
        pages.append(PageSlice(parts=parts, uri=segment_uri(base_uri, parts), rows=tuple(group), until=until))
    return pages


def _split(
    rows: list[T], parts: tuple[str, ...], levels: Sequence[Level[T]], size: int
) -> list[tuple[tuple[str, ...], str, list[T]]]:
    if not levels or (parts and len(rows) <= size):
        return [(parts, "", rows)]
    parts, levels = _pass_shared_prefix(rows, parts, levels)
    if not levels:
        return [(parts, "", rows)]
    level, deeper = levels[0], levels[1:]
    groups: dict[str, list[T]] = {}
    for row in rows:
        groups.setdefault(level.key(row), []).append(row)
    out: list[tuple[tuple[str, ...], str, list[T]]] = []
    pack: list[tuple[str, list[T]]] = []  # consecutive small subgroups that share a page
    packed = 0  # rows in `pack`

    def close() -> None:
        nonlocal packed
        if pack:
            first, last = pack[0][0], pack[-1][0]
            out.append((_path(parts, first, level), last if last != first else "", [r for _, g in pack for r in g]))
            pack.clear()
            packed = 0

    for key, group in groups.items():
        if len(group) > size:
            close()
            out.extend(_split(group, _path(parts, key, level), deeper, size))
            continue
        if pack and packed + len(group) > size:
            close()
        pack.append((key, group))
        packed += len(group)
    close()
    return out


def _pass_shared_prefix(
    rows: list[T], parts: tuple[str, ...], levels: Sequence[Level[T]]
) -> tuple[tuple[str, ...], Sequence[Level[T]]]:
    """`parts` and `levels` after the leading prefix levels whose key all `rows` share (more than a page of them).

    Each such level makes one group of all the rows, too long for a page, so `_split` would go one level deeper
    with its key as the path: the same pages as grouping level by level.
    """
    text = levels[0].prefix_of
    if text is None:
        return parts, levels
    common = os.path.commonprefix([text(row) for row in rows])
    skipped = 0
    for level in levels:
        if level.prefix_of is not text or level.length > len(common):
            break
        parts = _path(parts, common[: level.length], level)
        skipped += 1
    return parts, levels[skipped:]


def _path(parts: tuple[str, ...], key: str, level: Level[T]) -> tuple[str, ...]:
    return (*parts[:-1], key) if level.nested and parts else (*parts, key)


def group_rows(rows: Sequence[T], key: Callable[[T], K]) -> list[RowGroup[K, T]]:
    """Rows grouped by consecutive equal keys (the headings of a page)."""
    groups: list[RowGroup[K, T]] = []
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or key(rows[i]) != key(rows[start]):
            groups.append(RowGroup(key=key(rows[start]), rows=tuple(rows[start:i])))
            start = i
    return groups


def first_pages(pages: Sequence[PageSlice[T]], key: Callable[[T], K]) -> dict[K, str]:
    """For each key, the path of the page where its first row is listed."""
    found: dict[K, str] = {}
    for page in pages:
        for row in page.rows:
            found.setdefault(key(row), page.uri)
    return found


PageLabel = Callable[[tuple[str, ...], str], str]  # a page's name from its keys and `until` (paging_labels.py)


def page_links(pages: Sequence[PageSlice[T]], from_uri: str, label: PageLabel) -> list[PageLink]:
    """Links to the pages of a split list (its first page excepted), for the list's index; empty when unsplit."""
    return [PageLink(label(p.parts, p.until), SafeMarkdown(md_link(from_uri, p.uri)), len(p.rows)) for p in pages[1:]]


def pager(pages: Sequence[PageSlice[T]], page: PageSlice[T], up: str, label: PageLabel) -> Pager | None:
    """The nav of one page of a split list, for partials/_pager.md.j2; None on the first page and when unsplit.

    `up` names the list's first page. A page's nav changes only when a neighbouring group appears or goes.
    """
    if not page.parts:
        return None
    number = next(i for i, p in enumerate(pages) if p.uri == page.uri)

    def link(other: PageSlice[T]) -> PageLink:
        name = label(other.parts, other.until) if other.parts else up
        return PageLink(name, SafeMarkdown(md_link(page.uri, other.uri)), 0)

    return Pager(
        label=label(page.parts, page.until),
        up=link(pages[0]),
        previous=link(pages[number - 1]) if number > 1 else None,
        next=link(pages[number + 1]) if number + 1 < len(pages) else None,
    )


def date_levels(iso: Callable[[T], str]) -> list[Level[T]]:
    """Decade, year, month, day of a row's ISO date ("2019", "2019-03", "2019-03-05"; "" for none: "undated").

    A row dated only to the year stays on its year's page when the year splits by month ("2019"), and so on.
    """

    def decade(row: T) -> str:
        value = iso(row)
        return f"{value[:3]}0s" if value else "undated"

    def prefix(length: int) -> Callable[[T], str]:
        return lambda row: iso(row)[:length] or "undated"

    return [Level(decade, nested=False), Level(prefix(4)), Level(prefix(7)), Level(prefix(10))]


def id_levels(record_id: Callable[[T], str], longest: int = 32) -> list[Level[T]]:
    """Ever longer prefixes of a row's document id: a fixed range of ids per page ("bench-001" holds bench-0010…)."""

    def prefix(length: int) -> Callable[[T], str]:
        return lambda row: record_id(row)[:length]

    return [Level(prefix(n), nested=n > 1, prefix_of=record_id, length=n) for n in range(1, longest + 1)]
