"""Rows passed to templates: events, claims, documents and entity links, already escaped and linked."""

from __future__ import annotations

from nea_site.model import Actor, ActorId, Claim, DocumentRecord, Event, ThemeId
from nea_site.render.context import RenderContext
from nea_site.render.entries import ClaimEntry, DocumentEntry, EntityLink, EventEntry, NumberEntry, RowKey
from nea_site.render.environment import SafeMarkdown, escape_markdown
from nea_site.render.format import format_span, localized_markdown
from nea_site.render.labels import Labels
from nea_site.render.links import page_uri


def actor_uri(actor: Actor) -> str:
    """Countries have country pages; every other actor an actor page."""
    return page_uri("country" if actor.type == "country" else "actor", actor.id)


def actor_links(rc: RenderContext, actors: tuple[ActorId, ...]) -> tuple[EntityLink, ...]:
    """Linked names of actors, skipping ids the vocabulary no longer has."""
    known = rc.cx.actors
    return tuple(EntityLink(rc.name(known[a].name), rc.link(actor_uri(known[a]))) for a in actors if a in known)


def theme_links(rc: RenderContext, themes: tuple[ThemeId, ...]) -> tuple[EntityLink, ...]:
    """Linked names of themes, skipping ids the vocabulary no longer has."""
    known = rc.cx.themes
    return tuple(EntityLink(rc.name(known[th].name), rc.link(page_uri("theme", th))) for th in themes if th in known)


def document_title(record: DocumentRecord, rc: RenderContext) -> str:
    """The document's title in the page language, or in the other language, or "(untitled)"."""
    return record.title.best(rc.lang) or rc.t("no_title")


def _key(record_id: str, rc: RenderContext, anchor: bool, compact: bool) -> RowKey:
    return (record_id, rc.depth, rc.lang, anchor, compact)


def event_row(
    event: Event,
    record: DocumentRecord,
    rc: RenderContext,
    *,
    anchor: bool,
    compact: bool = False,  # for an entity's full lists: without the actors and themes involved
) -> EventEntry:
    """One timeline entry: date at its precision, label, linked actors and themes, link to its paragraph."""
    key = _key(event.id, rc, anchor, compact)
    cache = rc.cx.rows.events
    if key in cache:
        return cache[key]
    row = cache[key] = EventEntry(
        anchor=SafeMarkdown(event.id) if anchor else None,
        date=format_span(event.date, event.date_end, event.precision, rc.lang),
        label=localized_markdown(event.label, rc.lang, rc.t),
        source_title=document_title(record, rc),
        paragraph=event.evidence.paragraph,
        source_link=rc.link(page_uri("document", record.id), f"p-{event.evidence.paragraph}"),
        timeline_link=rc.link(rc.cx.placement.event_uri[event.id], event.id),
        actors=() if compact else actor_links(rc, event.actors),
        themes=() if compact else theme_links(rc, event.themes),
        scheduled=event.scheduled,
    )
    return row


def claim_row(
    claim: Claim,
    record: DocumentRecord,
    rc: RenderContext,
    *,
    anchor: bool,
    compact: bool = False,  # for an entity's full lists: without the actors and themes involved
) -> ClaimEntry:
    """One claim: kind, text in the page language (or marked original), link to its paragraph."""
    key = _key(claim.id, rc, anchor, compact)
    cache = rc.cx.rows.claims
    if key in cache:
        return cache[key]
    row = cache[key] = ClaimEntry(
        anchor=SafeMarkdown(claim.id) if anchor else None,
        kind=rc.t(f"kind_{claim.kind}"),
        text=localized_markdown(claim.text, rc.lang, rc.t),
        source_title=document_title(record, rc),
        paragraph=claim.evidence.paragraph,
        source_link=rc.link(page_uri("document", record.id), f"p-{claim.evidence.paragraph}"),
        claims_link=rc.link(rc.cx.placement.claim_uri[claim.id], claim.id),
        numbers=tuple(NumberEntry(q.text, f"{q.value:g}", q.unit, q.year or "") for q in claim.numbers),
        actors=() if compact else actor_links(rc, claim.actors),
        themes=() if compact else theme_links(rc, claim.themes),
    )
    return row


def document_row(record: DocumentRecord, rc: RenderContext, note: str = "") -> DocumentEntry:
    """A document in a list: title, link, authors, date, language, and a note (count or weight)."""
    return DocumentEntry(
        title=document_title(record, rc),
        link=rc.link(page_uri("document", record.id)),
        authors="; ".join(record.meta.authors),
        published=record.meta.published or rc.t("unknown"),
        language=rc.t(f"lang_{record.lang}"),
        note=note,
    )


def count_note(n: int, t: Labels, key: str) -> SafeMarkdown:
    """A count with its unit, singular for one: "12 mentions", "1 mention" / "12 次提及".

    `key` names the plural label; `<key>_one` is the singular (the same words in Chinese).
    """
    unit = t(f"{key}_one" if n == 1 else key)
    sep = "" if unit[:1] and not unit[:1].isascii() else " "
    return SafeMarkdown(f"{n}{sep}{escape_markdown(unit)}")
