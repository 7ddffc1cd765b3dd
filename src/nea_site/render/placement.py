"""Where each event and claim is listed with its anchor: the timeline's pages and each claim kind's pages.

Computed once from the records, before any row is rendered, so every link to `#<event id>` or `#<claim id>`
(entity pages, charts, document pages, the export) points at the page that holds the anchor.
"""

from __future__ import annotations

from dataclasses import dataclass

from nea_site.group import EventGroup
from nea_site.model import Claim, ClaimKind, DocumentRecord, Event
from nea_site.render.links import page_uri
from nea_site.render.paging import Level, PageSlice, date_levels, id_levels, paginate

CLAIM_KINDS: tuple[ClaimKind, ...] = ("statistic", "causal", "recommendation", "assessment", "prediction")

EventRow = tuple[Event, DocumentRecord]
ClaimRow = tuple[Claim, DocumentRecord]


@dataclass(frozen=True, slots=True, kw_only=True)
class Placement:
    timeline: list[PageSlice[EventRow]]  # every event in date order, a page per decade, year, month or day
    claims: dict[ClaimKind, list[PageSlice[ClaimRow]]]  # every claim of each kind, by document id (a page per range)
    event_uri: dict[str, str]  # event id -> page holding its anchor
    claim_uri: dict[str, str]  # claim id -> page holding its anchor


def sort_events(pairs: list[EventRow]) -> list[EventRow]:
    """Events in date order (ISO date, then id), the order of the timeline and of every event list."""
    return sorted(pairs, key=lambda p: (p[0].date.iso(), p[0].id))


def timeline_order(pairs: list[EventRow], event_groups: list[EventGroup]) -> list[EventRow]:
    """Events in date order; a group's events together at the group's date (then by group id, document, id)."""
    group_of = {e.id: g for g in event_groups for e, _ in g.members}

    def key(pair: EventRow) -> tuple[str, str, str, str]:
        event, record = pair
        group = group_of.get(event.id)
        if group is None:
            return (event.date.iso(), event.id, "", "")
        return (group.date.iso(), group.id, record.id, event.id)

    return sorted(pairs, key=key)


def place_records(records: list[DocumentRecord], event_groups: list[EventGroup] | None = None) -> Placement:
    """Page the timeline and the claim lists, and map each event and claim id to its page.

    The events of a group (one happening that several documents report) sit next to each other on the timeline,
    at the group's date, so that the timeline shows them as one entry. The timeline is paged by date and the
    claim lists by document id (render/paging.py), so a new record changes only the page that holds it.
    """
    ordered = sorted(records, key=lambda r: r.id)
    groups = event_groups or []
    timeline = paginate(
        timeline_order([(e, r) for r in ordered for e in r.events], groups),
        page_uri("timeline"),
        timeline_levels(groups),
    )
    claims = {
        kind: paginate(rows, page_uri("claim_kind", kind), claim_levels())
        for kind in CLAIM_KINDS
        if (rows := [(c, r) for r in ordered for c in r.claims if c.kind == kind])
    }
    return Placement(
        timeline=timeline,
        claims=claims,
        event_uri={e.id: page.uri for page in timeline for e, _ in page.rows},
        claim_uri={c.id: page.uri for pages in claims.values() for page in pages for c, _ in page.rows},
    )


def timeline_levels(event_groups: list[EventGroup]) -> list[Level[EventRow]]:
    """The timeline's pages: by decade, year, month, day of an event's date (of its group's, for a happening)."""
    group_date = {e.id: g.date for g in event_groups for e, _ in g.members}

    def when(row: EventRow) -> str:
        return group_date.get(row[0].id, row[0].date).iso()

    return date_levels(when)


def claim_levels() -> list[Level[ClaimRow]]:
    """A claim list's pages: by ranges of the ids of the documents the claims come from."""
    return id_levels(lambda row: row[1].id)
