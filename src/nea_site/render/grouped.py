"""One timeline entry per happening: the events of a group (several documents reporting it) shown together.

A group's entry shows the group's date, one label (in the page's language where a member gives it) and every
source, each linking to its paragraph; every member keeps its anchor, so links to `#<event id>` still land.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from nea_site.group import EventGroup
from nea_site.model import DocumentRecord, Event, Lang
from nea_site.render.context import RenderContext
from nea_site.render.entries import EventEntry, SourceEntry
from nea_site.render.environment import SafeMarkdown
from nea_site.render.format import format_date
from nea_site.render.labels import Labels
from nea_site.render.links import page_uri
from nea_site.render.placement import EventRow
from nea_site.render.rows import document_title, event_row

LANGUAGE_ORDER = ("en", "zh", "zh-Hant", "ja", "ko", "und")


def reported_by(group: EventGroup, t: Labels) -> str:
    """The sources of a group by language: "reported by 3 documents: 2 English, 1 Chinese"."""
    counts = Counter(record.lang for _, record in group.members)
    order = {code: i for i, code in enumerate(LANGUAGE_ORDER)}
    parts = [
        t("source_count_lang").format(count=n, language=t(f"lang_{code}"))
        for code, n in sorted(counts.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))
    ]
    return t("reported_by").format(count=len(group.members), languages=t("list_joiner").join(parts))


def lead_member(members: list[EventRow], lang: Lang) -> EventRow:
    """The member whose label the entry shows: one written in the page's language, else the first."""
    for event, record in members:
        if event.label.original == lang and event.label.get(lang):
            return event, record
    for event, record in members:
        if event.label.get(lang):
            return event, record
    return members[0]


def group_sources(group: EventGroup, rc: RenderContext) -> tuple[SourceEntry, ...]:
    """Each member's document, language and paragraph, linked."""
    return tuple(
        SourceEntry(
            title=document_title(record, rc),
            language=rc.t(f"lang_{record.lang}"),
            paragraph=event.evidence.paragraph,
            link=rc.link(page_uri("document", record.id), f"p-{event.evidence.paragraph}"),
            date=format_date(event.date, event.precision, rc.lang),
        )
        for event, record in group.members
    )


def timeline_entries(
    rows: Sequence[EventRow], rc: RenderContext, *, anchor: bool
) -> list[tuple[list[EventRow], EventEntry]]:
    """The rows of a list as entries: a group's members (adjacent in timeline order) become one entry.

    Returns (the rows an entry stands for on this page, its entry); a group's lead member comes first.
    """
    cx = rc.cx
    entries: list[tuple[list[EventRow], EventEntry]] = []
    done: set[str] = set()
    for event, record in rows:
        group = cx.group_of.get(event.id)
        if group is None:
            entries.append(([(event, record)], event_row(event, record, rc, anchor=anchor)))
            continue
        if group.id in done:
            continue
        done.add(group.id)
        on_page = {e.id for e, _ in rows}
        here = [m for m in group.members if m[0].id in on_page]  # a group split by the pager: its part here
        lead = lead_member(here, rc.lang)
        entry = replace(
            event_row(*lead, rc, anchor=anchor),
            date=format_date(group.date, group.date.precision, rc.lang),
            more_anchors=tuple(SafeMarkdown(e.id) for e, _ in here if e.id != lead[0].id) if anchor else (),
            reported_by=reported_by(group, rc.t),
            sources=group_sources(group, rc),
            scheduled=all(e.scheduled for e, _ in here),
        )
        entries.append(([lead, *(m for m in here if m[0].id != lead[0].id)], entry))
    return entries


def report_link(event: Event, record: DocumentRecord, rc: RenderContext) -> tuple[str, str]:
    """(href, text) of one document's report of a happening: its paragraph on the document page."""
    return (
        rc.href(page_uri("document", record.id), f"p-{event.evidence.paragraph}"),
        f"{document_title(record, rc)} ¶{event.evidence.paragraph} ({rc.t(f'lang_{record.lang}')})",
    )
