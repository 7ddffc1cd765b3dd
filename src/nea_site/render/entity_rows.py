"""What the theme, country and actor pages show: their rows, their template contexts, and the rows they share."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from nea_site.model import ActorId, ThemeId
from nea_site.render.context import RenderContext
from nea_site.render.crossref import EntityIndex
from nea_site.render.entries import ClaimEntry, DocumentEntry, EventEntry, NameCount
from nea_site.render.environment import SafeMarkdown
from nea_site.render.links import entity_list_uri, page_uri
from nea_site.render.page_spec import PageContext
from nea_site.render.placement import CLAIM_KINDS
from nea_site.render.record_lists import MAX_INLINE_CLAIMS, MAX_INLINE_EVENTS, has_claim_list, has_event_list
from nea_site.render.rows import actor_uri, claim_row, event_row

MAX_CO_ITEMS = 12


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """An entity's first claims of one kind: partials/_claim_groups.md.j2."""

    kind: str
    claims: tuple[ClaimEntry, ...]


@dataclass(frozen=True, slots=True)
class MoreLink:
    """The "All N events" / "All N claims" line of an entity page whose list is cut short: partials/_more.md.j2."""

    note: str
    text: str
    link: SafeMarkdown


@dataclass(frozen=True, slots=True)
class SideColumn:
    """A focus country's claims on a theme, side by side with the others'."""

    name: str
    link: SafeMarkdown | None  # a focus country the corpus never names has no page to link to
    claims: tuple[ClaimEntry, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ThemeRow:
    name: str
    link: SafeMarkdown
    description: str
    documents: int
    events: int
    claims: int


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryRow:
    name: str
    link: SafeMarkdown
    iso: str
    mentions: int
    documents: int
    events: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorRow:
    name: str
    link: SafeMarkdown
    mentions: int
    documents: int


@dataclass(frozen=True, slots=True)
class ActorGroup:
    type: str
    actors: list[ActorRow]


@dataclass(frozen=True, slots=True, kw_only=True)
class ThemesContext(PageContext):
    themes: list[ThemeRow]
    chart: SafeMarkdown


@dataclass(frozen=True, slots=True, kw_only=True)
class CountriesContext(PageContext):
    countries: list[CountryRow]


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorsContext(PageContext):
    groups: list[ActorGroup]


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityContext(PageContext):
    """What a theme's and an actor's page share."""

    name: str
    other_name: str
    documents: list[DocumentEntry]
    events: list[EventEntry]
    compare_note: SafeMarkdown
    claim_groups: list[ClaimGroup]
    countries: list[NameCount]
    actors: list[NameCount]
    events_more: MoreLink | None
    claims_more: MoreLink | None
    other_lang_link: SafeMarkdown


@dataclass(frozen=True, slots=True, kw_only=True)
class ThemeContext(EntityContext):
    description: str
    related: list[NameCount]
    side_by_side: list[SideColumn]


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorContext(EntityContext):
    type: str
    iso: str
    discovered: str  # found in the text by a naming rule, not reviewed: the reader is told, with the rule
    aliases: str
    timeline_chart: SafeMarkdown
    profile_chart: SafeMarkdown
    themes: list[NameCount]


def latest_events(index: EntityIndex, rc: RenderContext) -> list[EventEntry]:
    return [event_row(e, r, rc, anchor=False) for e, r in index.events[-MAX_INLINE_EVENTS:]]


def claims_by_kind(index: EntityIndex, rc: RenderContext) -> list[ClaimGroup]:
    groups = []
    for kind in CLAIM_KINDS:
        pairs = [(c, r) for c, r in index.claims if c.kind == kind][:MAX_INLINE_CLAIMS]
        if pairs:
            groups.append(ClaimGroup(rc.t(f"kind_{kind}"), tuple(claim_row(c, r, rc, anchor=False) for c, r in pairs)))
    return groups


def more_events(index: EntityIndex, rc: RenderContext) -> MoreLink | None:
    """The "All N events" line of an entity page whose events are cut short."""
    if not has_event_list(index):
        return None
    return MoreLink(
        note=rc.t("latest_events_note").format(shown=MAX_INLINE_EVENTS),
        text=rc.t("all_events").format(count=len(index.events)),
        link=rc.link(entity_list_uri(rc.uri, "events")),
    )


def more_claims(index: EntityIndex, rc: RenderContext) -> MoreLink | None:
    """The "All N claims" line of an entity page whose claims of some kind are cut short."""
    if not has_claim_list(index):
        return None
    return MoreLink(
        note=rc.t("first_claims_note").format(shown=MAX_INLINE_CLAIMS),
        text=rc.t("all_claims").format(count=len(index.claims)),
        link=rc.link(entity_list_uri(rc.uri, "claims")),
    )


def compare_note(index: EntityIndex, rc: RenderContext) -> SafeMarkdown:
    """How many of the page's happenings several documents report, linking the page that compares them."""
    groups = {rc.cx.group_of[e.id].id for e, _ in index.events if e.id in rc.cx.group_of}
    if not groups:
        return SafeMarkdown("")
    link = rc.link(page_uri("compare"))
    return SafeMarkdown(rc.t("compare_entity_note").format(count=len(groups), link=link, page=rc.t("compare")))


def co_actor_rows(counter: Counter[ActorId], rc: RenderContext, *, countries: bool) -> list[NameCount]:
    rows = []
    for actor_id, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        actor = rc.cx.actors.get(actor_id)
        if actor is None or (actor.type == "country") != countries:
            continue
        rows.append(NameCount(rc.name(actor.name), rc.link(actor_uri(actor)), n))
        if len(rows) == MAX_CO_ITEMS:
            break
    return rows


def co_theme_rows(counter: Counter[ThemeId], rc: RenderContext) -> list[NameCount]:
    rows = []
    for theme_id, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CO_ITEMS]:
        if theme_id in rc.cx.themes:
            theme = rc.cx.themes[theme_id]
            rows.append(NameCount(rc.name(theme.name), rc.link(page_uri("theme", theme.id)), n))
    return rows
