"""Paged lists of events and claims: the timeline, the claims index, its lists and table, and entities' full lists.

The claims index links one paged list per kind and the paged statistics table; a theme, country or actor page
that shows only some of its events or claims links the paged full lists of its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TypeVar

from nea_site.model import ActorId, Claim
from nea_site.render.charts import TimelinePoint, timeline_svg
from nea_site.render.citation import cite_labels, coins_spans, record_cite
from nea_site.render.context import RenderContext
from nea_site.render.crossref import EntityIndex
from nea_site.render.entries import ClaimEntry, EventEntry, NameCount, NumberEntry, Pager, UpLink
from nea_site.render.environment import SafeMarkdown
from nea_site.render.grouped import timeline_entries
from nea_site.render.labels import Labels
from nea_site.render.links import entity_list_uri, md_link, page_uri
from nea_site.render.page_spec import PageContext, PageSpec
from nea_site.render.paging import PageSlice, first_pages, group_rows, pager, paginate
from nea_site.render.placement import CLAIM_KINDS, ClaimRow, EventRow
from nea_site.render.rows import claim_row, count_note, event_row

MAX_INLINE_EVENTS = 30  # the most recent events shown on a theme, country or actor page
MAX_INLINE_CLAIMS = 10  # claims of each kind shown on a theme, country or actor page
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class YearGroup:
    """A timeline page's events of one year (its heading says "continued" where it began on the page before)."""

    year: int
    heading: str
    anchor: SafeMarkdown
    events: list[EventEntry]


@dataclass(frozen=True, slots=True)
class YearJump:
    year: int
    link: SafeMarkdown


@dataclass(frozen=True, slots=True)
class DecadeJump:
    decade: str  # "2010s"
    years: list[YearJump]


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineContext(PageContext):
    title: str
    chart: SafeMarkdown  # on the first page only
    decades: list[DecadeJump]  # on the first page only
    years: list[YearGroup]
    pager: Pager | None
    coins: SafeMarkdown


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
    pager: Pager | None


def timeline_pages(rc: RenderContext, focus: tuple[str, ...] = ()) -> list[PageSpec]:
    """Every event in date order, grouped by year; the first page also has the chart and the year jump list.

    Each event has its "Cite this"; each page a COinS span per document it cites.
    """
    cx, t = rc.cx, rc.t
    labels = cite_labels(t)
    pages = cx.placement.timeline
    index_uri = pages[0].uri

    def year(row: EventRow) -> int:  # a happening's events sit under its group's year (grouped.py)
        group = cx.group_of.get(row[0].id)
        return group.date.year if group is not None else row[0].date.year

    year_uri = first_pages(pages, year)
    specs = []
    for page in pages:
        on = rc.at(page.uri)
        years = [
            YearGroup(
                year=group.key,
                heading=_heading(str(group.key), group.continued, t),
                anchor=SafeMarkdown(f"y-{group.key}-continued" if group.continued else f"y-{group.key}"),
                events=[
                    replace(  # a happening's entry cites each of its reports
                        entry,
                        cite=SafeMarkdown(
                            " ".join(
                                record_cite(r, e.evidence, e.id, page.uri, rc.lang, labels, rc.site_url)
                                for e, r in reports
                            )
                        ),
                    )
                    for reports, entry in timeline_entries(group.rows, on, anchor=True)
                ],
            )
            for group in group_rows(pages, page.number, year)
        ]
        first = page.number == 1
        context = TimelineContext(
            title=_paged_title(t("timeline"), page, t),
            chart=_timeline_chart(rc.at(index_uri), focus) if first else SafeMarkdown(""),
            decades=_decade_jumps(year_uri, index_uri) if first else [],
            years=years,
            pager=pager(pages, page.number, page.uri, t("page_of")),
            coins=coins_spans([r for _, r in page.rows], rc.lang, rc.site_url),
        )
        specs.append(PageSpec(uri=page.uri, template="pages/timeline.md.j2", context=context))
    return specs


def _year(row: EventRow) -> int:
    return row[0].date.year


def _heading(text: str, continued: bool, t: Labels) -> str:
    """A group's heading; "2019 (continued)" where the group began on the page before."""
    return t("continued").format(heading=text) if continued else text


def _paged_title(title: str, page: PageSlice[T], t: Labels) -> str:
    if page.number == 1:
        return title
    return f"{title} · {t('page_of').format(number=page.number, count=page.count)}"


def _timeline_chart(rc: RenderContext, focus: tuple[str, ...]) -> SafeMarkdown:
    # One chart row per focus country (an event may sit on several), the rest on a last row.
    cx = rc.cx
    rows = [(cid, rc.name(cx.actors[ActorId(cid)].name)) for cid in focus if cid in cx.actors]
    points: list[TimelinePoint] = []
    charted: set[str] = set()  # a happening that several documents report is one point (its group's first event)
    for page in cx.placement.timeline:
        for e, _ in page.rows:
            happening = cx.group_of.get(e.id)
            if happening is not None:
                if happening.id in charted:
                    continue
                charted.add(happening.id)
            groups = [name for cid, name in rows if cid in e.actors] or [rc.t("other_events")]
            href = rc.href(page.uri, e.id)
            points.extend(
                TimelinePoint(year=e.date.year, month=e.date.month, label=e.label.best(rc.lang), href=href, group=g)
                for g in groups
            )
    return SafeMarkdown(timeline_svg(points, title=rc.t("chart_timeline"), year_label=rc.t("year_axis")))


def _decade_jumps(year_uri: dict[int, str], index_uri: str) -> list[DecadeJump]:
    decades: dict[int, list[int]] = {}
    for year in sorted(year_uri):
        decades.setdefault(year // 10 * 10, []).append(year)
    return [
        DecadeJump(
            f"{d}s",
            [
                YearJump(
                    y,
                    SafeMarkdown(f"#y-{y}" if year_uri[y] == index_uri else md_link(index_uri, year_uri[y], f"y-{y}")),
                )
                for y in ys
            ],
        )
        for d, ys in decades.items()
    ]


def claims_pages(rc: RenderContext) -> list[PageSpec]:
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
    stat_pages = paginate(statistics, page_uri("statistics"))
    specs = [
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
        for page in pages:
            on = rc.at(page.uri)
            rows = [
                replace(
                    claim_row(c, r, on, anchor=True),
                    cite=record_cite(r, c.evidence, c.id, page.uri, rc.lang, labels, rc.site_url),
                )
                for c, r in page.rows
            ]
            coins = coins_spans([r for _, r in page.rows], rc.lang, rc.site_url)
            groups = [ListGroup(None, rows)]
            specs.append(_list_spec(title, (t("claims"), uri), pages, page, "claims", groups, t, coins=coins))
    for stat_page in stat_pages:
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
        specs.append(
            PageSpec(
                uri=stat_page.uri,
                template="pages/statistics.md.j2",
                context=StatisticsContext(
                    title=_paged_title(t("statistics"), stat_page, t),
                    up=UpLink(t("claims"), on.link(uri)),
                    statistics=entries,
                    pager=pager(stat_pages, stat_page.number, stat_page.uri, t("page_of")),
                ),
            )
        )
    return specs


def _list_spec(
    title: str,
    up: tuple[str, str],  # name and path of the page the list belongs to
    pages: list[PageSlice[T]],
    page: PageSlice[T],
    row_kind: str,  # "events" or "claims": which partial renders the rows
    groups: list[ListGroup],
    t: Labels,
    *,
    compact: bool = False,  # rows without the names of the actors and themes involved
    coins: SafeMarkdown | None = None,  # the COinS spans of the documents the page cites
) -> PageSpec:
    total = sum(len(p.rows) for p in pages)
    return PageSpec(
        uri=page.uri,
        template="pages/record_list.md.j2",
        context=RecordListContext(
            title=_paged_title(title, page, t),
            up=UpLink(up[0], SafeMarkdown(md_link(page.uri, up[1]))),
            count=count_note(total, t, "event_count" if row_kind == "events" else "claim_count"),
            row_kind=row_kind,
            compact=compact,
            groups=groups,
            pager=pager(pages, page.number, page.uri, t("page_of")),
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


def entity_list_pages(name: str, item_uri: str, index: EntityIndex, rc: RenderContext) -> list[PageSpec]:
    """The paged full lists of an entity's events (by year) and claims (by kind), where its page shows only some."""
    t = rc.t
    specs = []
    if has_event_list(index):
        pages = paginate(index.events, entity_list_uri(item_uri, "events"))
        title = t("list_of").format(list=t("events"), name=name)
        for page in pages:
            on = rc.at(page.uri)
            groups = [
                ListGroup(
                    _heading(str(g.key), g.continued, t),
                    [event_row(e, r, on, anchor=False, compact=True) for e, r in g.rows],
                )
                for g in group_rows(pages, page.number, _year)
            ]
            specs.append(_list_spec(title, (name, item_uri), pages, page, "events", groups, t, compact=True))
    if has_claim_list(index):
        claim_pages = paginate(claims_in_kind_order(index), entity_list_uri(item_uri, "claims"))
        title = t("list_of").format(list=t("claims"), name=name)
        for claim_page in claim_pages:
            on = rc.at(claim_page.uri)
            groups = [
                ListGroup(
                    _heading(t(f"kind_{g.key}"), g.continued, t),
                    [claim_row(c, r, on, anchor=False, compact=True) for c, r in g.rows],
                )
                for g in group_rows(claim_pages, claim_page.number, _kind)
            ]
            specs.append(
                _list_spec(title, (name, item_uri), claim_pages, claim_page, "claims", groups, t, compact=True)
            )
    return specs


def _kind(row: ClaimRow) -> str:
    claim: Claim = row[0]
    return claim.kind
