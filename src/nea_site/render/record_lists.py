"""Paged lists of events and claims: the timeline, the claims index, its lists and table, and entities' full lists.

The claims index links one paged list per kind and the paged statistics table; a theme, country or actor page
that shows only some of its events or claims links the paged full lists of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import TypeVar

from nea_site.model import Claim, DocumentRecord, Event
from nea_site.render.citation import cite_labels, coins_spans, record_cite
from nea_site.render.context import RenderContext
from nea_site.render.crossref import EntityIndex
from nea_site.render.entries import ClaimEntry, EventEntry, NameCount, NumberEntry, UpLink
from nea_site.render.environment import SafeMarkdown
from nea_site.render.labels import Labels
from nea_site.render.links import entity_list_uri, md_link, page_uri
from nea_site.render.page_cache import (
    CachedSpec,
    Inputs,
    actors_key,
    lazy_spec,
    list_shape,
    page_shape,
    record_key,
    themes_key,
)
from nea_site.render.page_spec import PageContext, PageSpec
from nea_site.render.paging import (
    Level,
    PageLabel,
    PageLink,
    Pager,
    PageSlice,
    date_levels,
    group_rows,
    id_levels,
    page_links,
    pager,
    paginate,
)
from nea_site.render.paging_labels import date_label, document_label, paged_title, spanned
from nea_site.render.placement import CLAIM_KINDS, ClaimRow, EventRow, claim_levels
from nea_site.render.rows import claim_row, count_note, event_row

StatisticRow = tuple[Claim, DocumentRecord, int]  # a figure of a statistic claim: a row of the statistics table
MAX_INLINE_EVENTS = 30  # the most recent events shown on a theme, country or actor page
MAX_INLINE_CLAIMS = 10  # claims of each kind shown on a theme, country or actor page
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class KindRow:
    kind: str
    link: SafeMarkdown
    count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimsContext(PageContext):
    themes: list[NameCount]
    kinds: list[KindRow]
    statistics_link: SafeMarkdown | None
    statistics_text: str


@dataclass(frozen=True, slots=True)
class ListGroup:
    """Rows of a list page under one heading (a year, a claim kind); None where the list has no headings."""

    heading: str | None
    rows: list[EventEntry] | list[ClaimEntry]


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordListContext(PageContext):
    title: str
    up: UpLink
    count: SafeMarkdown
    row_kind: str  # "events" or "claims": which partial renders the rows
    compact: bool  # rows without the names of the actors and themes involved
    groups: list[ListGroup]
    pages: list[PageLink]  # on the first page of a list split into pages: its pages
    pager: Pager | None
    coins: SafeMarkdown  # a COinS span per document the page cites; empty on an entity's lists


@dataclass(frozen=True, slots=True, kw_only=True)
class StatisticEntry:
    """One figure of a statistic claim: a row of the statistics table."""

    text: SafeMarkdown
    source_title: str
    paragraph: int
    source_link: SafeMarkdown
    quantity: NumberEntry


@dataclass(frozen=True, slots=True, kw_only=True)
class StatisticsContext(PageContext):
    title: str
    up: UpLink
    statistics: list[StatisticEntry]
    pages: list[PageLink]  # on the first page of a table split into pages: its pages
    pager: Pager | None


def claims_pages(rc: RenderContext) -> list[PageSpec | CachedSpec]:
    """The claims index (counts by theme and by kind), a paged list per kind, and the paged statistics table.

    Each claim of a kind's list has its "Cite this"; each list page a COinS span per document it cites.
    """
    cx, t = rc.cx, rc.t
    labels = cite_labels(t)
    rc = rc.at(page_uri("claims"))
    uri = rc.uri
    pairs = [(c, r) for r in cx.records for c in r.claims]
    by_theme = Counter(th for c, _ in pairs for th in c.themes)
    themes = [
        NameCount(rc.name(cx.themes[th].name), rc.link(page_uri("theme", th)), n)
        for th, n in sorted(by_theme.items(), key=lambda kv: (-kv[1], kv[0]))
        if th in cx.themes
    ]
    kinds = [
        KindRow(t(f"kind_{kind}"), rc.link(pages[0].uri), sum(len(p.rows) for p in pages))
        for kind, pages in cx.placement.claims.items()
    ]
    statistics = [(c, r, q) for c, r in pairs if c.kind == "statistic" for q in range(len(c.numbers))]
    stat_pages = paginate(statistics, page_uri("statistics"), _statistic_levels())
    label = document_label(t)
    specs: list[PageSpec | CachedSpec] = [
        PageSpec(
            uri=uri,
            template="pages/claims.md.j2",
            context=ClaimsContext(
                themes=themes,
                kinds=kinds,
                statistics_link=rc.link(stat_pages[0].uri) if statistics else None,
                statistics_text=t("statistics_table_link").format(count=len(statistics)),
            ),
        )
    ]
    for kind, pages in cx.placement.claims.items():
        title = t("list_of").format(list=t("claims"), name=t(f"kind_{kind}"))
        whole = list_shape(pages) if rc.inputs is not None else ""
        for index, page in enumerate(pages):

            def kind_page(
                page: PageSlice[ClaimRow] = page, pages: list[PageSlice[ClaimRow]] = pages, title: str = title
            ) -> PageContext:
                on = rc.at(page.uri)
                rows = [
                    replace(
                        claim_row(c, r, on, anchor=True),
                        cite=record_cite(r, c.evidence, c.id, page.uri, rc.lang, labels, rc.site_url),
                    )
                    for c, r in page.rows
                ]
                coins = coins_spans([r for _, r in page.rows], rc.lang, rc.site_url)
                groups = [ListGroup(None, rows)] if rows else []
                spec = _list_spec(title, (t("claims"), uri), pages, page, "claims", groups, t, label, coins=coins)
                return spec.context

            shape = page_shape(pages, index, whole) if rc.inputs is not None else ()
            rows = partial(_claim_keys, page.rows, rc.cx.placement.claim_uri)
            specs.append(lazy_spec(rc.inputs, page.uri, "pages/record_list.md.j2", kind_page, (kind, shape), rows))
    whole_table = list_shape(stat_pages) if rc.inputs is not None else ""
    for index, stat_page in enumerate(stat_pages):

        def statistics_page(stat_page: PageSlice[StatisticRow] = stat_page) -> PageContext:
            on = rc.at(stat_page.uri)
            entries = []
            for claim, record, q in stat_page.rows:
                row = claim_row(claim, record, on, anchor=False)
                entries.append(
                    StatisticEntry(
                        text=row.text,
                        source_title=row.source_title,
                        paragraph=row.paragraph,
                        source_link=row.source_link,
                        quantity=row.numbers[q],
                    )
                )
            return StatisticsContext(
                title=paged_title(t("statistics"), stat_page, label),
                up=UpLink(t("claims"), on.link(uri)),
                statistics=entries,
                pages=page_links(stat_pages, stat_page.uri, label) if not stat_page.parts else [],
                pager=pager(stat_pages, stat_page, t("statistics"), label),
            )

        shape = page_shape(stat_pages, index, whole_table) if rc.inputs is not None else ()
        head = ("statistics", shape, tuple(q for _, _, q in stat_page.rows))
        rows = partial(_claim_keys, [(c, r) for c, r, _ in stat_page.rows], rc.cx.placement.claim_uri)
        specs.append(lazy_spec(rc.inputs, stat_page.uri, "pages/statistics.md.j2", statistics_page, head, rows))
    return specs


def _claim_keys(rows: Iterable[ClaimRow], listed: dict[str, str], inputs: Inputs) -> Iterator[object]:
    """What a claim row shows: the claim, its document, its actors' and themes' names, the page listing it.

    The record's digest covers the claim and its document.
    """
    for claim, record in rows:
        actors, themes = actors_key(inputs, claim.actors), themes_key(inputs, claim.themes)
        yield (claim.id, record_key(inputs, record), listed.get(claim.id), actors, themes)


def _compact_keys(
    rows: Iterable[tuple[Event | Claim, DocumentRecord]], listed: dict[str, str], inputs: Inputs
) -> Iterator[object]:
    """What a row of an entity's full list shows (no actors or themes): the record, its document, its listing page."""
    for item, record in rows:
        yield (item.id, record_key(inputs, record), listed.get(item.id))


def _statistic_levels() -> list[Level[StatisticRow]]:
    return id_levels(lambda row: row[1].id)


def _list_spec(
    title: str,
    up: tuple[str, str],  # name and path of the page the list belongs to
    pages: list[PageSlice[T]],
    page: PageSlice[T],
    row_kind: str,  # "events" or "claims": which partial renders the rows
    groups: list[ListGroup],
    t: Labels,
    label: PageLabel,  # the name of a page of the list, by its keys
    *,
    compact: bool = False,  # rows without the names of the actors and themes involved
    coins: SafeMarkdown | None = None,  # the COinS spans of the documents the page cites
) -> PageSpec:
    # A page counts its own rows; the first page of a split list, which lists the others, counts nothing, so that
    # it changes only when a page is added or removed.
    count = len(page.rows) if page.rows or len(pages) == 1 else None
    return PageSpec(
        uri=page.uri,
        template="pages/record_list.md.j2",
        context=RecordListContext(
            title=paged_title(title, page, label),
            up=UpLink(up[0], SafeMarkdown(md_link(page.uri, up[1]))),
            count=count_note(count, t, "event_count" if row_kind == "events" else "claim_count")
            if count is not None
            else SafeMarkdown(""),
            row_kind=row_kind,
            compact=compact,
            groups=groups,
            pages=page_links(pages, page.uri, label) if not page.parts else [],
            pager=pager(pages, page, title, label),
            coins=coins or SafeMarkdown(""),
        ),
    )


def has_event_list(index: EntityIndex) -> bool:
    """Whether an entity's events overflow its page, so that they get a paged list of their own."""
    return len(index.events) > MAX_INLINE_EVENTS


def has_claim_list(index: EntityIndex) -> bool:
    """Whether any kind of an entity's claims overflows its page, so that they get a paged list of their own."""
    return max(Counter(c.kind for c, _ in index.claims).values(), default=0) > MAX_INLINE_CLAIMS


def claims_in_kind_order(index: EntityIndex) -> list[ClaimRow]:
    """An entity's claims grouped by kind (in CLAIM_KINDS order), in corpus order within each kind."""
    order = {kind: i for i, kind in enumerate(CLAIM_KINDS)}
    return sorted(index.claims, key=lambda pair: order[pair[0].kind])


def entity_list_pages(name: str, item_uri: str, index: EntityIndex, rc: RenderContext) -> list[PageSpec | CachedSpec]:
    """The full lists of an entity's events (by date) and claims (by kind), where its page shows only some.

    Events are paged by date, claims by kind and then by document id (render/paging.py).
    """
    t, placement = rc.t, rc.cx.placement
    specs: list[PageSpec | CachedSpec] = []
    template = "pages/record_list.md.j2"
    if has_event_list(index):
        pages = paginate(index.events, entity_list_uri(item_uri, "events"), date_levels(_event_iso))
        title = t("list_of").format(list=t("events"), name=name)
        label = date_label(t, rc.lang)
        whole = list_shape(pages) if rc.inputs is not None else ""
        for number, page in enumerate(pages):

            def events_page(page: PageSlice[EventRow] = page, pages: list[PageSlice[EventRow]] = pages) -> PageContext:
                on = rc.at(page.uri)
                groups = [
                    ListGroup(str(g.key), [event_row(e, r, on, anchor=False, compact=True) for e, r in g.rows])
                    for g in group_rows(page.rows, _year)
                ]
                return _list_spec(
                    title, (name, item_uri), pages, page, "events", groups, t, label, compact=True
                ).context

            head = ("events", name, item_uri, page_shape(pages, number, whole) if rc.inputs is not None else ())
            rows = partial(_compact_keys, page.rows, placement.event_uri)
            specs.append(lazy_spec(rc.inputs, page.uri, template, events_page, head, rows))
    if has_claim_list(index):
        claim_pages = paginate(
            claims_in_kind_order(index),
            entity_list_uri(item_uri, "claims"),
            [Level(_kind, nested=False), *claim_levels()],
        )
        claims_title = t("list_of").format(list=t("claims"), name=name)
        kind_label = _kind_label(t)
        whole = list_shape(claim_pages) if rc.inputs is not None else ""
        for number, claim_page in enumerate(claim_pages):

            def claims_page(claim_page: PageSlice[ClaimRow] = claim_page) -> PageContext:
                on = rc.at(claim_page.uri)
                groups = [
                    ListGroup(t(f"kind_{g.key}"), [claim_row(c, r, on, anchor=False, compact=True) for c, r in g.rows])
                    for g in group_rows(claim_page.rows, _kind)
                ]
                up = (name, item_uri)
                spec = _list_spec(
                    claims_title, up, claim_pages, claim_page, "claims", groups, t, kind_label, compact=True
                )
                return spec.context

            shape = page_shape(claim_pages, number, whole) if rc.inputs is not None else ()
            rows = partial(_compact_keys, claim_page.rows, placement.claim_uri)
            specs.append(
                lazy_spec(rc.inputs, claim_page.uri, template, claims_page, ("claims", name, item_uri, shape), rows)
            )
    return specs


def _year(row: EventRow) -> int:
    return row[0].date.year


def _event_iso(row: EventRow) -> str:
    return row[0].date.iso()


def _kind_label(t: Labels) -> PageLabel:
    """The name of a page of an entity's claims: its kind, then its range of document ids."""
    documents = document_label(t)

    def label(parts: tuple[str, ...], until: str) -> str:
        if len(parts) == 1:  # kinds that share a page
            return spanned(lambda kind: t(f"kind_{kind}"))(parts, until)
        return f"{t(f'kind_{parts[0]}')} · {documents(parts[1:], until)}"

    return label


def _kind(row: ClaimRow) -> str:
    claim: Claim = row[0]
    return claim.kind
