"""Entity pages: timeline, themes, countries, actors and claims, built from the corpus cross-reference."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from nea_site.model import Actor, ClaimKind, Lang, Theme
from nea_site.render.charts import TimelinePoint, bar_chart_svg, matrix_svg, timeline_svg
from nea_site.render.crossref import CrossRef, EntityIndex
from nea_site.render.environment import SafeMarkdown
from nea_site.render.format import name_in
from nea_site.render.links import html_href, md_link, other_language_href, page_uri
from nea_site.render.page_spec import PageSpec
from nea_site.render.rows import Labels, actor_uri, claim_row, count_note, document_row, event_row

CLAIM_KINDS: tuple[ClaimKind, ...] = ("statistic", "causal", "recommendation", "assessment", "prediction")
ACTOR_TYPES = ("organization", "person", "agreement", "initiative", "place")
MAX_CO_ITEMS = 12


def timeline_page(cx: CrossRef, lang: Lang, t: Labels, focus: tuple[str, ...] = ()) -> PageSpec:
    """Every event in date order, grouped by year, with a jump list and an SVG chart."""
    uri = page_uri("timeline")
    pairs = sorted(((e, r) for r in cx.records for e in r.events), key=lambda p: (p[0].date.iso(), p[0].id))
    years: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for event, record in pairs:
        years[event.date.year].append(event_row(event, record, cx, uri, lang, t, anchor=True))
    # One chart row per focus country (an event may sit on several), the rest on a last row.
    rows = [(cid, name_in(cx.actors[cid].name, lang)) for cid in focus if cid in cx.actors]  # type: ignore[index]
    points: list[TimelinePoint] = []
    for e, _ in pairs:
        groups = [name for cid, name in rows if cid in e.actors] or [t("other_events")]
        points.extend(
            TimelinePoint(
                year=e.date.year, month=e.date.month, label=e.label.best(lang), href=html_href(uri, uri, e.id), group=g
            )
            for g in groups
        )
    return PageSpec(
        uri=uri,
        template="pages/timeline.md.j2",
        context={
            "chart": SafeMarkdown(timeline_svg(points, title=t("chart_timeline"), year_label=t("year_axis"))),
            "decades": _decade_jumps(sorted(years)),
            "years": [{"year": y, "anchor": SafeMarkdown(f"y-{y}"), "events": years[y]} for y in sorted(years)],
        },
    )


def _decade_jumps(years: list[int]) -> list[dict[str, Any]]:
    decades: dict[int, list[int]] = defaultdict(list)
    for year in years:
        decades[year // 10 * 10].append(year)
    return [
        {"decade": f"{d}s", "years": [{"year": y, "link": SafeMarkdown(f"#y-{y}")} for y in ys]}
        for d, ys in sorted(decades.items())
    ]


def _events(index: EntityIndex, cx: CrossRef, uri: str, lang: Lang, t: Labels) -> list[dict[str, Any]]:
    return [event_row(e, r, cx, uri, lang, t, anchor=False) for e, r in index.events]


def _claims_by_kind(index: EntityIndex, cx: CrossRef, uri: str, lang: Lang, t: Labels) -> list[dict[str, Any]]:
    groups = []
    for kind in CLAIM_KINDS:
        rows = [claim_row(c, r, cx, uri, lang, t, anchor=False) for c, r in index.claims if c.kind == kind]
        if rows:
            groups.append({"kind": t(f"kind_{kind}"), "claims": rows})
    return groups


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
        actor = cx.actors.get(country_id)  # type: ignore[call-overload]
        if actor is None:
            continue
        claims = [claim_row(c, r, cx, uri, lang, t, anchor=False) for c, r in index.claims if actor.id in c.actors]
        side.append(
            {
                "name": name_in(actor.name, lang),
                "link": SafeMarkdown(md_link(uri, actor_uri(actor))),
                "claims": claims[:8],
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
            "claim_groups": _claims_by_kind(index, cx, uri, lang, t),
            "countries": _co_actor_rows(index.co_actors, cx, uri, lang, t, countries=True),
            "actors": _co_actor_rows(index.co_actors, cx, uri, lang, t, countries=False),
            "related": _co_theme_rows(index.co_themes, cx, uri, lang),
            "side_by_side": side,
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


def actor_page(actor: Actor, cx: CrossRef, lang: Lang, t: Labels) -> PageSpec:
    """A country or another actor: documents naming it, its timeline, claims, theme profile, co-mentions."""
    uri = actor_uri(actor)
    index = cx.by_actor[actor.id]
    documents = [
        document_row(cx.records_by_id[rid], uri, lang, t, note=count_note(n, t("mentions")))
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
            href=html_href(uri, page_uri("timeline"), e.id),
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
            "aliases": "; ".join(actor.aliases.en + actor.aliases.zh),
            "documents": documents,
            "events": _events(index, cx, uri, lang, t),
            "timeline_chart": SafeMarkdown(timeline_svg(points, title=t("chart_timeline"), year_label=t("year_axis")))
            if points
            else "",
            "profile_chart": SafeMarkdown(bar_chart_svg(profile, title=t("chart_profile"))) if profile else "",
            "claim_groups": _claims_by_kind(index, cx, uri, lang, t),
            "countries": _co_actor_rows(index.co_actors, cx, uri, lang, t, countries=True),
            "actors": _co_actor_rows(index.co_actors, cx, uri, lang, t, countries=False),
            "themes": _co_theme_rows(index.co_themes, cx, uri, lang),
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
                "name": name_in(a.name, lang),
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


def claims_page(cx: CrossRef, lang: Lang, t: Labels) -> PageSpec:
    """All claims by kind (anchored), statistics as a table, and counts by theme."""
    uri = page_uri("claims")
    pairs = [(c, r) for r in cx.records for c in r.claims]
    groups = []
    for kind in CLAIM_KINDS:
        rows = [claim_row(c, r, cx, uri, lang, t, anchor=True) for c, r in pairs if c.kind == kind]
        if rows:
            groups.append({"kind": t(f"kind_{kind}"), "anchor": SafeMarkdown(f"kind-{kind}"), "claims": rows})
    statistics = [
        {**claim_row(c, r, cx, uri, lang, t, anchor=False), "quantity": q}
        for c, r in pairs
        if c.kind == "statistic"
        for q in claim_row(c, r, cx, uri, lang, t, anchor=False)["numbers"]
    ]
    by_theme = Counter(th for c, _ in pairs for th in c.themes)
    themes = [
        {
            "name": name_in(cx.themes[th].name, lang),
            "link": SafeMarkdown(md_link(uri, page_uri("theme", th))),
            "count": n,
        }
        for th, n in sorted(by_theme.items(), key=lambda kv: (-kv[1], kv[0]))
        if th in cx.themes
    ]
    return PageSpec(
        uri=uri, template="pages/claims.md.j2", context={"groups": groups, "statistics": statistics, "themes": themes}
    )
