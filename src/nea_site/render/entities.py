"""Entity pages: themes, countries and actors, built from the corpus cross-reference.

Each shows its most recent events and the first claims of each kind; longer lists go to record_lists' paged pages.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from nea_site.model import Actor, ActorId, Lang, Theme
from nea_site.render.charts import TimelinePoint, bar_chart_svg, matrix_svg, timeline_svg
from nea_site.render.crossref import CrossRef, EntityIndex
from nea_site.render.environment import SafeMarkdown
from nea_site.render.format import name_in
from nea_site.render.links import entity_list_uri, html_href, md_link, other_language_href, page_uri
from nea_site.render.page_spec import PageSpec
from nea_site.render.placement import CLAIM_KINDS
from nea_site.render.record_lists import (
    MAX_INLINE_CLAIMS,
    MAX_INLINE_EVENTS,
    entity_list_pages,
    has_claim_list,
    has_event_list,
)
from nea_site.render.rows import Labels, actor_uri, claim_row, count_note, document_row, event_row

ACTOR_TYPES = ("organization", "person", "agreement", "initiative", "place")
MAX_CO_ITEMS = 12
MAX_SIDE_CLAIMS = 8  # per focus country in a theme's side-by-side view


def _events(index: EntityIndex, cx: CrossRef, uri: str, lang: Lang, t: Labels) -> list[dict[str, Any]]:
    return [event_row(e, r, cx, uri, lang, t, anchor=False) for e, r in index.events[-MAX_INLINE_EVENTS:]]


def _claims_by_kind(index: EntityIndex, cx: CrossRef, uri: str, lang: Lang, t: Labels) -> list[dict[str, Any]]:
    groups = []
    for kind in CLAIM_KINDS:
        pairs = [(c, r) for c, r in index.claims if c.kind == kind][:MAX_INLINE_CLAIMS]
        if pairs:
            groups.append(
                {
                    "kind": t(f"kind_{kind}"),
                    "claims": [claim_row(c, r, cx, uri, lang, t, anchor=False) for c, r in pairs],
                }
            )
    return groups


def _more_links(index: EntityIndex, uri: str, t: Labels) -> dict[str, dict[str, Any] | None]:
    """The "All N events" / "All N claims" lines of an entity page whose lists are cut short."""
    events = claims = None
    if has_event_list(index):
        events = {
            "note": t("latest_events_note").format(shown=MAX_INLINE_EVENTS),
            "text": t("all_events").format(count=len(index.events)),
            "link": SafeMarkdown(md_link(uri, entity_list_uri(uri, "events"))),
        }
    if has_claim_list(index):
        claims = {
            "note": t("first_claims_note").format(shown=MAX_INLINE_CLAIMS),
            "text": t("all_claims").format(count=len(index.claims)),
            "link": SafeMarkdown(md_link(uri, entity_list_uri(uri, "claims"))),
        }
    return {"events_more": events, "claims_more": claims}


def _compare_note(index: EntityIndex, cx: CrossRef, uri: str, t: Labels) -> SafeMarkdown:
    """How many of the page's happenings several documents report, linking the page that compares them."""
    groups = {cx.group_of[e.id].id for e, _ in index.events if e.id in cx.group_of}
    if not groups:
        return SafeMarkdown("")
    link = md_link(uri, page_uri("compare"))
    return SafeMarkdown(t("compare_entity_note").format(count=len(groups), link=link, page=t("compare")))


def _co_actor_rows(
    counter: Counter[Any], cx: CrossRef, uri: str, lang: Lang, t: Labels, *, countries: bool
) -> list[dict[str, Any]]:
    rows = []
    for actor_id, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        actor = cx.actors.get(actor_id)
        if actor is None or (actor.type == "country") != countries:
            continue
        rows.append(
            {"name": name_in(actor.name, lang), "link": SafeMarkdown(md_link(uri, actor_uri(actor))), "count": n}
        )
        if len(rows) == MAX_CO_ITEMS:
            break
    return rows


def _co_theme_rows(counter: Counter[Any], cx: CrossRef, uri: str, lang: Lang) -> list[dict[str, Any]]:
    rows = []
    for theme_id, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CO_ITEMS]:
        if theme_id in cx.themes:
            theme = cx.themes[theme_id]
            rows.append(
                {
                    "name": name_in(theme.name, lang),
                    "link": SafeMarkdown(md_link(uri, page_uri("theme", theme.id))),
                    "count": n,
                }
            )
    return rows


def themes_index_page(cx: CrossRef, lang: Lang, t: Labels, focus: tuple[str, ...]) -> PageSpec:
    """Themes with counts, and a theme × country matrix chart."""
    uri = page_uri("themes")
    themes = cx.used_themes()
    rows = [
        {
            "name": name_in(th.name, lang),
            "link": SafeMarkdown(md_link(uri, page_uri("theme", th.id))),
            "description": name_in(th.description, lang),
            "documents": len(cx.by_theme[th.id].documents),
            "events": len(cx.by_theme[th.id].events),
            "claims": len(cx.by_theme[th.id].claims),
        }
        for th in themes
    ]
    countries = sorted(cx.countries(), key=lambda a: (-sum(cx.by_actor[a.id].documents.values()), a.id))[:12]
    values = {
        (name_in(th.name, lang), name_in(c.name, lang)): cx.by_theme[th.id].co_actors.get(c.id, 0)
        for th in themes
        for c in countries
    }
    chart = matrix_svg(
        [name_in(th.name, lang) for th in themes],
        [name_in(c.name, lang) for c in countries],
        values,
        title=t("theme_country_matrix"),
        row_href={name_in(th.name, lang): html_href(uri, page_uri("theme", th.id)) for th in themes},
        col_href={name_in(c.name, lang): html_href(uri, page_uri("country", c.id)) for c in countries},
    )
    return PageSpec(uri=uri, template="pages/themes.md.j2", context={"themes": rows, "chart": SafeMarkdown(chart)})


def theme_pages(theme: Theme, cx: CrossRef, lang: Lang, t: Labels, focus: tuple[str, ...]) -> list[PageSpec]:
    """A theme's page and, when they overflow it, the paged lists of its events and claims."""
    uri = page_uri("theme", theme.id)
    lists = entity_list_pages(name_in(theme.name, lang), uri, cx.by_theme[theme.id], cx, lang, t)
    return [theme_page(theme, cx, lang, t, focus), *lists]


def _has_page(cx: CrossRef, actor: Actor) -> bool:
    index = cx.by_actor.get(actor.id)
    return index is not None and bool(index.documents)


def theme_page(theme: Theme, cx: CrossRef, lang: Lang, t: Labels, focus: tuple[str, ...]) -> PageSpec:
    """One theme: description, documents by weight, events, claims by kind, co-occurring entities, side by side."""
    uri = page_uri("theme", theme.id)
    index = cx.by_theme[theme.id]
    documents = [
        document_row(cx.records_by_id[rid], uri, lang, t, note=f"{weight:.0%}")
        for rid, weight in sorted(index.weights.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    side = []
    for country_id in focus:
        actor = cx.actors.get(ActorId(country_id))
        if actor is None:
            continue
        pairs = [(c, r) for c, r in index.claims if actor.id in c.actors][:MAX_SIDE_CLAIMS]
        side.append(
            {
                "name": name_in(actor.name, lang),
                # A focus country the corpus never names has no page to link to.
                "link": SafeMarkdown(md_link(uri, actor_uri(actor))) if _has_page(cx, actor) else None,
                "claims": [claim_row(c, r, cx, uri, lang, t, anchor=False) for c, r in pairs],
            }
        )
    return PageSpec(
        uri=uri,
        template="pages/theme.md.j2",
        context={
            "name": name_in(theme.name, lang),
            "other_name": theme.name.get("zh" if lang == "en" else "en") or "",
            "description": name_in(theme.description, lang),
            "documents": documents,
            "events": _events(index, cx, uri, lang, t),
            "compare_note": _compare_note(index, cx, uri, t),
            "claim_groups": _claims_by_kind(index, cx, uri, lang, t),
            "countries": _co_actor_rows(index.co_actors, cx, uri, lang, t, countries=True),
            "actors": _co_actor_rows(index.co_actors, cx, uri, lang, t, countries=False),
            "related": _co_theme_rows(index.co_themes, cx, uri, lang),
            "side_by_side": side,
            **_more_links(index, uri, t),
            "other_lang_link": SafeMarkdown(other_language_href(uri, lang)),
        },
    )


def countries_index_page(cx: CrossRef, lang: Lang, t: Labels) -> PageSpec:
    """Countries with mention and document counts."""
    uri = page_uri("countries")
    rows = [
        {
            "name": name_in(c.name, lang),
            "link": SafeMarkdown(md_link(uri, actor_uri(c))),
            "iso": c.iso or "",
            "mentions": sum(cx.by_actor[c.id].documents.values()),
            "documents": len(cx.by_actor[c.id].documents),
            "events": len(cx.by_actor[c.id].events),
        }
        for c in sorted(cx.countries(), key=lambda a: (-sum(cx.by_actor[a.id].documents.values()), a.id))
    ]
    return PageSpec(uri=uri, template="pages/countries.md.j2", context={"countries": rows})


def actor_pages(actor: Actor, cx: CrossRef, lang: Lang, t: Labels) -> list[PageSpec]:
    """A country's or actor's page and, when they overflow it, the paged lists of its events and claims."""
    lists = entity_list_pages(name_in(actor.name, lang), actor_uri(actor), cx.by_actor[actor.id], cx, lang, t)
    return [actor_page(actor, cx, lang, t), *lists]


def actor_page(actor: Actor, cx: CrossRef, lang: Lang, t: Labels) -> PageSpec:
    """A country or another actor: documents naming it, its timeline, claims, theme profile, co-mentions."""
    uri = actor_uri(actor)
    index = cx.by_actor[actor.id]
    documents = [
        document_row(cx.records_by_id[rid], uri, lang, t, note=count_note(n, t, "mention_count"))
        for rid, n in sorted(index.documents.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    total = sum(len(cx.records_by_id[rid].paragraphs) for rid in index.documents) or 1
    profile = [
        (name_in(cx.themes[th].name, lang), n / total)
        for th, n in sorted(index.co_themes.items(), key=lambda kv: (-kv[1], kv[0]))
        if th in cx.themes
    ][:MAX_CO_ITEMS]
    points = [
        TimelinePoint(
            year=e.date.year,
            month=e.date.month,
            label=e.label.best(lang),
            href=html_href(uri, cx.placement.event_uri[e.id], e.id),
            group=name_in(actor.name, lang),
        )
        for e, _ in index.events
    ]
    other: Lang = "zh" if lang == "en" else "en"
    return PageSpec(
        uri=uri,
        template="pages/actor.md.j2",
        context={
            "name": name_in(actor.name, lang),
            "other_name": actor.name.get(other) or "",
            "type": t(f"type_{actor.type}"),
            "iso": actor.iso or "",
            # Found in the text by a naming rule, not reviewed: the reader is told, with the rule that found it.
            "discovered": t("discovered_note").format(rule=t(f"found_by_{actor.found_by}")) if actor.found_by else "",
            "aliases": "; ".join(actor.aliases.en + actor.aliases.zh + actor.aliases.other),
            "documents": documents,
            "events": _events(index, cx, uri, lang, t),
            "compare_note": _compare_note(index, cx, uri, t),
            "timeline_chart": SafeMarkdown(timeline_svg(points, title=t("chart_timeline"), year_label=t("year_axis")))
            if points
            else "",
            "profile_chart": SafeMarkdown(bar_chart_svg(profile, title=t("chart_profile"))) if profile else "",
            "claim_groups": _claims_by_kind(index, cx, uri, lang, t),
            "countries": _co_actor_rows(index.co_actors, cx, uri, lang, t, countries=True),
            "actors": _co_actor_rows(index.co_actors, cx, uri, lang, t, countries=False),
            "themes": _co_theme_rows(index.co_themes, cx, uri, lang),
            **_more_links(index, uri, t),
            "other_lang_link": SafeMarkdown(other_language_href(uri, lang)),
        },
    )


def actors_index_page(cx: CrossRef, lang: Lang, t: Labels) -> PageSpec:
    """Non-country actors grouped by type."""
    uri = page_uri("actors")
    groups = []
    named = cx.named_actors()
    for actor_type in ACTOR_TYPES:
        rows = [
            {
                "name": name_in(a.name, lang) + (f" ({t('discovered_mark')})" if a.found_by else ""),
                "link": SafeMarkdown(md_link(uri, actor_uri(a))),
                "mentions": sum(cx.by_actor[a.id].documents.values()),
                "documents": len(cx.by_actor[a.id].documents),
            }
            for a in named
            if a.type == actor_type
        ]
        if rows:
            rows.sort(key=lambda r: (-int(str(r["mentions"])), str(r["name"])))
            groups.append({"type": t(f"type_{actor_type}"), "actors": rows})
    return PageSpec(uri=uri, template="pages/actors.md.j2", context={"groups": groups})
