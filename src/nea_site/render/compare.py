"""The page "Where sources agree and differ": happenings and figures that several documents report, side by side."""

from __future__ import annotations

from dataclasses import dataclass

from nea_site.group import EventGroup, StatisticGroup
from nea_site.render.context import RenderContext
from nea_site.render.entries import SourceEntry
from nea_site.render.environment import SafeMarkdown
from nea_site.render.format import format_date, localized_markdown
from nea_site.render.grouped import group_sources, lead_member, reported_by
from nea_site.render.links import page_uri
from nea_site.render.page_spec import PageContext, PageSpec


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupRow:
    """A happening that several documents report, with each report."""

    id: SafeMarkdown
    date: str
    label: SafeMarkdown
    link: SafeMarkdown
    reported_by: str
    sources: tuple[SourceEntry, ...]
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureRow:
    """One document's figure in a statistic group."""

    text: str
    value: str
    title: str
    paragraph: int
    link: SafeMarkdown
    quote: str


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureGroupRow:
    """Figures that several documents give for one measure, year and set of countries: partials/_figure_group."""

    measure: str
    year: int
    actors: str
    verdict: str
    figures: tuple[FigureRow, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class CompareContext(PageContext):
    figures_differ: list[FigureGroupRow]
    figures_agree: list[FigureGroupRow]
    dates_differ: list[GroupRow]
    groups: list[GroupRow]
    timeline: SafeMarkdown


def compare_page(rc: RenderContext) -> PageSpec:
    """Figures that differ, then those that agree; events whose sources give dates differently; every happening."""
    rc = rc.at(page_uri("compare"))
    cx = rc.cx
    rows = [_group_row(g, rc) for g in cx.event_groups]
    figures = [_statistic_row(g, rc) for g in cx.statistic_groups]
    return PageSpec(
        uri=rc.uri,
        template="pages/compare.md.j2",
        context=CompareContext(
            figures_differ=[row for row, g in zip(figures, cx.statistic_groups, strict=True) if not g.agree],
            figures_agree=[row for row, g in zip(figures, cx.statistic_groups, strict=True) if g.agree],
            dates_differ=[row for row, g in zip(rows, cx.event_groups, strict=True) if _dates_differ(g)],
            groups=rows,
            timeline=rc.link(page_uri("timeline")),
        ),
    )


def _dates_differ(group: EventGroup) -> bool:
    """Whether the sources give the happening's date differently (another day, or only the month or the year)."""
    return len({e.date.iso() for e, _ in group.members}) > 1


def _group_row(group: EventGroup, rc: RenderContext) -> GroupRow:
    event, _ = lead_member(list(group.members), rc.lang)
    return GroupRow(
        id=SafeMarkdown(group.id),
        date=format_date(group.date, group.date.precision, rc.lang),
        label=localized_markdown(event.label, rc.lang, rc.t),
        link=rc.link(rc.cx.placement.event_uri[event.id], event.id),
        reported_by=reported_by(group, rc.t),
        sources=group_sources(group, rc),
        reason=group.reason,
    )


def amount(value: float, unit: str) -> str:
    """A normalised value with its unit: "27.1%", "0.5 pp", "130,000,000,000 USD"."""
    if unit == "%":
        return f"{value:g}%"
    if unit == "pp":
        return f"{value:g} pp"
    return f"{value:,.0f} {unit}" if value >= 1000 else f"{value:g} {unit}"


def _statistic_row(group: StatisticGroup, rc: RenderContext) -> FigureGroupRow:
    t, cx = rc.t, rc.cx
    top = max(abs(f.value) for f in group.figures) or 1.0
    verdict = (
        t("figures_agree_note")
        if group.agree
        else t("figures_differ_note").format(spread=amount(group.spread, group.unit), share=f"{group.spread / top:.0%}")
    )
    return FigureGroupRow(
        measure=t(f"measure_{group.measure}"),
        year=group.year,
        actors=t("list_joiner").join(rc.name(cx.actors[a].name) for a in group.actors if a in cx.actors),
        verdict=verdict,
        figures=tuple(
            FigureRow(
                text=f.quantity.text,
                value=amount(f.value, f.unit),
                title=cx.records_by_id[f.record.id].title.best(rc.lang) or f.record.source,
                paragraph=f.claim.evidence.paragraph,
                link=rc.link(page_uri("document", f.record.id), f"p-{f.claim.evidence.paragraph}"),
                quote=f.claim.evidence.quote,
            )
            for f in group.figures
        ),
    )
