"""Entity pages: themes, countries and actors, built from the corpus cross-reference.

Each shows its most recent events and the first claims of each kind; longer lists go to record_lists' paged pages.
What the pages hold (rows and contexts) is declared in entity_rows.
"""

from __future__ import annotations

from nea_site.model import Actor, ActorId, Theme
from nea_site.render.charts import TimelinePoint, bar_chart_svg, matrix_svg, timeline_svg
from nea_site.render.context import RenderContext
from nea_site.render.entity_rows import (
    MAX_CO_ITEMS,
    ActorContext,
    ActorGroup,
    ActorRow,
    ActorsContext,
    CountriesContext,
    CountryRow,
    SideColumn,
    ThemeContext,
    ThemeRow,
    ThemesContext,
    claims_by_kind,
    co_actor_rows,
    co_theme_rows,
    compare_note,
    latest_events,
    more_claims,
    more_events,
)
from nea_site.render.environment import SafeMarkdown
from nea_site.render.links import other_language_href, page_uri
from nea_site.render.page_cache import CachedSpec
from nea_site.render.page_spec import PageSpec
from nea_site.render.record_lists import entity_list_pages
from nea_site.render.rows import actor_uri, claim_row, count_note, document_row

ACTOR_TYPES = ("organization", "person", "agreement", "initiative", "place")
MAX_SIDE_CLAIMS = 8  # per focus country in a theme's side-by-side view


def themes_index_page(rc: RenderContext) -> PageSpec:
    """Themes with counts, and a theme × country matrix chart."""
    rc = rc.at(page_uri("themes"))
    cx = rc.cx
    themes = cx.used_themes()
    rows = [
        ThemeRow(
            name=rc.name(th.name),
            link=rc.link(page_uri("theme", th.id)),
            description=rc.name(th.description),
            documents=len(cx.by_theme[th.id].documents),
            events=len(cx.by_theme[th.id].events),
            claims=len(cx.by_theme[th.id].claims),
        )
        for th in themes
    ]
    countries = sorted(cx.countries(), key=lambda a: (-sum(cx.by_actor[a.id].documents.values()), a.id))[:12]
    values = {
        (rc.name(th.name), rc.name(c.name)): cx.by_theme[th.id].co_actors.get(c.id, 0)
        for th in themes
        for c in countries
    }
    chart = matrix_svg(
        [rc.name(th.name) for th in themes],
        [rc.name(c.name) for c in countries],
        values,
        title=rc.t("theme_country_matrix"),
        row_href={rc.name(th.name): rc.href(page_uri("theme", th.id)) for th in themes},
        col_href={rc.name(c.name): rc.href(page_uri("country", c.id)) for c in countries},
    )
    return PageSpec(
        uri=rc.uri, template="pages/themes.md.j2", context=ThemesContext(themes=rows, chart=SafeMarkdown(chart))
    )


def theme_pages(theme: Theme, rc: RenderContext, focus: tuple[str, ...]) -> list[PageSpec | CachedSpec]:
    """A theme's page and, when they overflow it, the paged lists of its events and claims."""
    uri = page_uri("theme", theme.id)
    lists = entity_list_pages(rc.name(theme.name), uri, rc.cx.by_theme[theme.id], rc)
    return [theme_page(theme, rc, focus), *lists]


def _has_page(rc: RenderContext, actor: Actor) -> bool:
    index = rc.cx.by_actor.get(actor.id)
    return index is not None and bool(index.documents)


def theme_page(theme: Theme, rc: RenderContext, focus: tuple[str, ...]) -> PageSpec:
    """One theme: description, documents by weight, events, claims by kind, co-occurring entities, side by side."""
    rc = rc.at(page_uri("theme", theme.id))
    cx = rc.cx
    index = cx.by_theme[theme.id]
    documents = [
        document_row(cx.records_by_id[rid], rc, note=f"{weight:.0%}")
        for rid, weight in sorted(index.weights.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    side = []
    for country_id in focus:
        actor = cx.actors.get(ActorId(country_id))
        if actor is None:
            continue
        pairs = [(c, r) for c, r in index.claims if actor.id in c.actors][:MAX_SIDE_CLAIMS]
        side.append(
            SideColumn(
                name=rc.name(actor.name),
                link=rc.link(actor_uri(actor)) if _has_page(rc, actor) else None,
                claims=tuple(claim_row(c, r, rc, anchor=False) for c, r in pairs),
            )
        )
    return PageSpec(
        uri=rc.uri,
        template="pages/theme.md.j2",
        context=ThemeContext(
            name=rc.name(theme.name),
            other_name=theme.name.get(rc.other_lang) or "",
            description=rc.name(theme.description),
            documents=documents,
            events=latest_events(index, rc),
            compare_note=compare_note(index, rc),
            claim_groups=claims_by_kind(index, rc),
            countries=co_actor_rows(index.co_actors, rc, countries=True),
            actors=co_actor_rows(index.co_actors, rc, countries=False),
            related=co_theme_rows(index.co_themes, rc),
            side_by_side=side,
            events_more=more_events(index, rc),
            claims_more=more_claims(index, rc),
            other_lang_link=SafeMarkdown(other_language_href(rc.uri, rc.lang)),
        ),
    )


def countries_index_page(rc: RenderContext) -> PageSpec:
    """Countries with mention and document counts."""
    rc = rc.at(page_uri("countries"))
    cx = rc.cx
    rows = [
        CountryRow(
            name=rc.name(c.name),
            link=rc.link(actor_uri(c)),
            iso=c.iso or "",
            mentions=sum(cx.by_actor[c.id].documents.values()),
            documents=len(cx.by_actor[c.id].documents),
            events=len(cx.by_actor[c.id].events),
        )
        for c in sorted(cx.countries(), key=lambda a: (-sum(cx.by_actor[a.id].documents.values()), a.id))
    ]
    return PageSpec(uri=rc.uri, template="pages/countries.md.j2", context=CountriesContext(countries=rows))


def actor_pages(actor: Actor, rc: RenderContext) -> list[PageSpec | CachedSpec]:
    """A country's or actor's page and, when they overflow it, the paged lists of its events and claims."""
    lists = entity_list_pages(rc.name(actor.name), actor_uri(actor), rc.cx.by_actor[actor.id], rc)
    return [actor_page(actor, rc), *lists]


def actor_page(actor: Actor, rc: RenderContext) -> PageSpec:
    """A country or another actor: documents naming it, its timeline, claims, theme profile, co-mentions."""
    rc = rc.at(actor_uri(actor))
    cx, t = rc.cx, rc.t
    index = cx.by_actor[actor.id]
    documents = [
        document_row(cx.records_by_id[rid], rc, note=count_note(n, t, "mention_count"))
        for rid, n in sorted(index.documents.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    total = sum(len(cx.records_by_id[rid].paragraphs) for rid in index.documents) or 1
    profile = [
        (rc.name(cx.themes[th].name), n / total)
        for th, n in sorted(index.co_themes.items(), key=lambda kv: (-kv[1], kv[0]))
        if th in cx.themes
    ][:MAX_CO_ITEMS]
    points = [
        TimelinePoint(
            year=e.date.year,
            month=e.date.month,
            label=e.label.best(rc.lang),
            href=rc.href(cx.placement.event_uri[e.id], e.id),
            group=rc.name(actor.name),
        )
        for e, _ in index.events
    ]
    timeline = timeline_svg(points, title=t("chart_timeline"), year_label=t("year_axis")) if points else ""
    return PageSpec(
        uri=rc.uri,
        template="pages/actor.md.j2",
        context=ActorContext(
            name=rc.name(actor.name),
            other_name=actor.name.get(rc.other_lang) or "",
            type=t(f"type_{actor.type}"),
            iso=actor.iso or "",
            discovered=t("discovered_note").format(rule=t(f"found_by_{actor.found_by}")) if actor.found_by else "",
            aliases="; ".join(actor.aliases.en + actor.aliases.zh + actor.aliases.other),
            documents=documents,
            events=latest_events(index, rc),
            compare_note=compare_note(index, rc),
            timeline_chart=SafeMarkdown(timeline),
            profile_chart=SafeMarkdown(bar_chart_svg(profile, title=t("chart_profile")) if profile else ""),
            claim_groups=claims_by_kind(index, rc),
            countries=co_actor_rows(index.co_actors, rc, countries=True),
            actors=co_actor_rows(index.co_actors, rc, countries=False),
            themes=co_theme_rows(index.co_themes, rc),
            events_more=more_events(index, rc),
            claims_more=more_claims(index, rc),
            other_lang_link=SafeMarkdown(other_language_href(rc.uri, rc.lang)),
        ),
    )


def actors_index_page(rc: RenderContext) -> PageSpec:
    """Non-country actors grouped by type."""
    rc = rc.at(page_uri("actors"))
    cx = rc.cx
    groups = []
    named = cx.named_actors()
    for actor_type in ACTOR_TYPES:
        rows = [
            ActorRow(
                name=rc.name(a.name) + (f" ({rc.t('discovered_mark')})" if a.found_by else ""),
                link=rc.link(actor_uri(a)),
                mentions=sum(cx.by_actor[a.id].documents.values()),
                documents=len(cx.by_actor[a.id].documents),
            )
            for a in named
            if a.type == actor_type
        ]
        if rows:
            rows.sort(key=lambda r: (-r.mentions, r.name))
            groups.append(ActorGroup(rc.t(f"type_{actor_type}"), rows))
    return PageSpec(uri=rc.uri, template="pages/actors.md.j2", context=ActorsContext(groups=groups))
