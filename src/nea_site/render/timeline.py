"""The timeline: every event in date order, a page per decade, year, month or day (render/paging.py).

Its first page has the chart and a jump list of years; each event has its "Cite this" and each page a COinS span
per document it cites.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from nea_site.model import ActorId
from nea_site.render.charts import TimelinePoint, timeline_svg
from nea_site.render.citation import cite_labels, coins_spans, record_cite
from nea_site.render.context import RenderContext
from nea_site.render.entries import EventEntry
from nea_site.render.environment import SafeMarkdown
from nea_site.render.grouped import timeline_entries
from nea_site.render.links import md_link
from nea_site.render.page_spec import PageContext, PageSpec
from nea_site.render.paging import Pager, first_pages, group_rows, pager
from nea_site.render.paging_labels import date_label, paged_title
from nea_site.render.placement import EventRow


@dataclass(frozen=True, slots=True)
class YearGroup:
    """A timeline page's events of one year."""

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
    label = date_label(t, rc.lang)
    specs = []
    for page in pages:
        on = rc.at(page.uri)
        years = [
            YearGroup(
                year=group.key,
                heading=str(group.key),
                anchor=SafeMarkdown(f"y-{group.key}"),
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
            for group in group_rows(page.rows, year)
        ]
        first = page.uri == index_uri
        context = TimelineContext(
            title=paged_title(t("timeline"), page, label),
            chart=_timeline_chart(rc.at(index_uri), focus) if first else SafeMarkdown(""),
            decades=_decade_jumps(year_uri, index_uri) if first else [],
            years=years,
            pager=pager(pages, page, t("timeline"), label),
            coins=coins_spans([r for _, r in page.rows], rc.lang, rc.site_url),
        )
        specs.append(PageSpec(uri=page.uri, template="pages/timeline.md.j2", context=context))
    return specs


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
