"""The page "Where sources agree and differ": happenings and figures that several documents report, side by side."""

from __future__ import annotations

from typing import Any

from nea_site.group import EventGroup, StatisticGroup
from nea_site.model import Lang
from nea_site.render.crossref import CrossRef
from nea_site.render.environment import SafeMarkdown
from nea_site.render.format import format_date, localized_markdown, name_in
from nea_site.render.grouped import group_sources, lead_member, reported_by
from nea_site.render.links import md_link, page_uri
from nea_site.render.page_spec import PageSpec
from nea_site.render.rows import Labels


def compare_page(cx: CrossRef, lang: Lang, t: Labels) -> PageSpec:
    """Figures that differ, then those that agree; events whose sources give dates differently; every happening."""
    uri = page_uri("compare")
    rows = [_group_row(g, cx, uri, lang, t) for g in cx.event_groups]
    figures = [_statistic_row(g, cx, uri, lang, t) for g in cx.statistic_groups]
    return PageSpec(
        uri=uri,
        template="pages/compare.md.j2",
        context={
            "figures_differ": [row for row, g in zip(figures, cx.statistic_groups, strict=True) if not g.agree],
            "figures_agree": [row for row, g in zip(figures, cx.statistic_groups, strict=True) if g.agree],
            "dates_differ": [row for row, g in zip(rows, cx.event_groups, strict=True) if _dates_differ(g)],
            "groups": rows,
            "timeline": SafeMarkdown(md_link(uri, page_uri("timeline"))),
        },
    )


def _dates_differ(group: EventGroup) -> bool:
    """Whether the sources give the happening's date differently (another day, or only the month or the year)."""
    return len({e.date.iso() for e, _ in group.members}) > 1


def _group_row(group: EventGroup, cx: CrossRef, uri: str, lang: Lang, t: Labels) -> dict[str, Any]:
    event, _ = lead_member(list(group.members), lang)
    return {
        "id": SafeMarkdown(group.id),
        "date": format_date(group.date, group.date.precision, lang),
        "label": localized_markdown(event.label, lang, t),
        "link": SafeMarkdown(md_link(uri, cx.placement.event_uri[event.id], event.id)),
        "reported_by": reported_by(group, lang, t),
        "sources": group_sources(group, cx, uri, lang, t),
        "reason": group.reason,
    }


def amount(value: float, unit: str) -> str:
    """A normalised value with its unit: "27.1%", "0.5 pp", "130,000,000,000 USD"."""
    if unit == "%":
        return f"{value:g}%"
    if unit == "pp":
        return f"{value:g} pp"
    return f"{value:,.0f} {unit}" if value >= 1000 else f"{value:g} {unit}"


def _statistic_row(group: StatisticGroup, cx: CrossRef, uri: str, lang: Lang, t: Labels) -> dict[str, Any]:
    top = max(abs(f.value) for f in group.figures) or 1.0
    verdict = (
        t("figures_agree_note")
        if group.agree
        else t("figures_differ_note").format(spread=amount(group.spread, group.unit), share=f"{group.spread / top:.0%}")
    )
    return {
        "measure": t(f"measure_{group.measure}"),
        "year": group.year,
        "actors": t("list_joiner").join(name_in(cx.actors[a].name, lang) for a in group.actors if a in cx.actors),
        "verdict": verdict,
        "figures": [
            {
                "text": f.quantity.text,
                "value": amount(f.value, f.unit),
                "title": cx.records_by_id[f.record.id].title.best(lang) or f.record.source,
                "paragraph": f.claim.evidence.paragraph,
                "link": SafeMarkdown(
                    md_link(uri, page_uri("document", f.record.id), f"p-{f.claim.evidence.paragraph}")
                ),
                "quote": f.claim.evidence.quote,
            }
            for f in group.figures
        ],
    }
