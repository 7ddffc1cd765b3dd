"""The page "Where sources agree and differ": happenings and figures that several documents report, side by side."""

from __future__ import annotations

from typing import Any

from nea_site.group import EventGroup
from nea_site.model import Lang
from nea_site.render.crossref import CrossRef
from nea_site.render.environment import SafeMarkdown
from nea_site.render.format import format_date, localized_markdown
from nea_site.render.grouped import group_sources, lead_member, reported_by
from nea_site.render.links import md_link, page_uri
from nea_site.render.page_spec import PageSpec
from nea_site.render.rows import Labels


def compare_page(cx: CrossRef, lang: Lang, t: Labels) -> PageSpec:
    """Events whose sources give their dates differently first, then every happening several documents report."""
    uri = page_uri("compare")
    rows = [_group_row(g, cx, uri, lang, t) for g in cx.event_groups]
    return PageSpec(
        uri=uri,
        template="pages/compare.md.j2",
        context={
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
