"""Rows passed to templates: events, claims, documents and entity links, already escaped and linked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nea_site.model import Actor, ActorId, Claim, DocumentRecord, Event, Lang, ThemeId
from nea_site.render.crossref import CrossRef
from nea_site.render.environment import SafeMarkdown, escape_markdown
from nea_site.render.format import format_span, localized_markdown, name_in
from nea_site.render.links import md_link, page_uri

Labels = Callable[[str], str]


def actor_uri(actor: Actor) -> str:
    """Countries have country pages; every other actor an actor page."""
    return page_uri("country" if actor.type == "country" else "actor", actor.id)


def entity_links(
    cx: CrossRef, from_uri: str, lang: Lang, actors: tuple[ActorId, ...] = (), themes: tuple[ThemeId, ...] = ()
) -> dict[str, list[dict[str, Any]]]:
    """Linked names of actors and themes, skipping ids the vocabulary no longer has."""
    return {
        "actors": [
            {"name": name_in(cx.actors[a].name, lang), "link": SafeMarkdown(md_link(from_uri, actor_uri(cx.actors[a])))}
            for a in actors
            if a in cx.actors
        ],
        "themes": [
            {"name": name_in(cx.themes[th].name, lang), "link": SafeMarkdown(md_link(from_uri, page_uri("theme", th)))}
            for th in themes
            if th in cx.themes
        ],
    }


def document_title(record: DocumentRecord, lang: Lang, t: Labels) -> str:
    """The document's title in `lang`, or in the other language, or "(untitled)"."""
    return record.title.best(lang) or t("no_title")


def event_row(
    event: Event,
    record: DocumentRecord,
    cx: CrossRef,
    from_uri: str,
    lang: Lang,
    t: Labels,
    *,
    anchor: bool,
    compact: bool = False,  # for an entity's full lists: without the actors and themes involved
) -> dict[str, Any]:
    """One timeline entry: date at its precision, label, linked actors and themes, link to its paragraph."""
    key = ("event", event.id, from_uri.count("/"), lang, anchor, compact)
    if key in cx.rows:
        return cx.rows[key]
    row = cx.rows[key] = {
        "anchor": SafeMarkdown(event.id) if anchor else None,
        "date": format_span(event.date, event.date_end, event.precision, lang),
        "label": localized_markdown(event.label, lang, t),
        "source_title": document_title(record, lang, t),
        "paragraph": event.evidence.paragraph,
        "source_link": SafeMarkdown(
            md_link(from_uri, page_uri("document", record.id), f"p-{event.evidence.paragraph}")
        ),
        "timeline_link": SafeMarkdown(md_link(from_uri, cx.placement.event_uri[event.id], event.id)),
        **(
            entity_links(cx, from_uri, lang)
            if compact
            else entity_links(cx, from_uri, lang, event.actors, event.themes)
        ),
    }
    return row


def claim_row(
    claim: Claim,
    record: DocumentRecord,
    cx: CrossRef,
    from_uri: str,
    lang: Lang,
    t: Labels,
    *,
    anchor: bool,
    compact: bool = False,  # for an entity's full lists: without the actors and themes involved
) -> dict[str, Any]:
    """One claim: kind, text in the page language (or marked original), link to its paragraph."""
    key = ("claim", claim.id, from_uri.count("/"), lang, anchor, compact)
    if key in cx.rows:
        return cx.rows[key]
    row = cx.rows[key] = {
        "anchor": SafeMarkdown(claim.id) if anchor else None,
        "kind": t(f"kind_{claim.kind}"),
        "text": localized_markdown(claim.text, lang, t),
        "source_title": document_title(record, lang, t),
        "paragraph": claim.evidence.paragraph,
        "source_link": SafeMarkdown(
            md_link(from_uri, page_uri("document", record.id), f"p-{claim.evidence.paragraph}")
        ),
        "claims_link": SafeMarkdown(md_link(from_uri, cx.placement.claim_uri[claim.id], claim.id)),
        "numbers": [
            {"text": q.text, "value": f"{q.value:g}", "unit": q.unit, "year": q.year or ""} for q in claim.numbers
        ],
        **(
            entity_links(cx, from_uri, lang)
            if compact
            else entity_links(cx, from_uri, lang, claim.actors, claim.themes)
        ),
    }
    return row


def document_row(record: DocumentRecord, from_uri: str, lang: Lang, t: Labels, note: str = "") -> dict[str, Any]:
    """A document in a list: title, link, authors, date, language, and a note (count or weight)."""
    return {
        "title": document_title(record, lang, t),
        "link": SafeMarkdown(md_link(from_uri, page_uri("document", record.id))),
        "authors": "; ".join(record.meta.authors),
        "published": record.meta.published or t("unknown"),
        "language": t(f"lang_{record.lang}"),
        "note": note,
    }


def count_note(n: int, t: Labels, key: str) -> SafeMarkdown:
    """A count with its unit, singular for one: "12 mentions", "1 mention" / "12 次提及".

    `key` names the plural label; `<key>_one` is the singular (the same words in Chinese).
    """
    unit = t(f"{key}_one" if n == 1 else key)
    sep = "" if unit[:1] and not unit[:1].isascii() else " "
    return SafeMarkdown(f"{n}{sep}{escape_markdown(unit)}")
