"""One timeline entry per happening: the events of a group (several documents reporting it) shown together.

A group's entry shows the group's date, one label (in the page's language where a member gives it) and every
source, each linking to its paragraph; every member keeps its anchor, so links to `#<event id>` still land.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from nea_site.group import EventGroup
from nea_site.model import Lang
from nea_site.render.crossref import CrossRef
from nea_site.render.environment import SafeMarkdown
from nea_site.render.format import format_date
from nea_site.render.links import html_href, md_link, page_uri
from nea_site.render.placement import EventRow
from nea_site.render.rows import Labels, document_title, event_row

LANGUAGE_ORDER = ("en", "zh", "zh-Hant", "ja", "ko", "und")


def reported_by(group: EventGroup, lang: Lang, t: Labels) -> str:
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


def group_sources(group: EventGroup, cx: CrossRef, from_uri: str, lang: Lang, t: Labels) -> list[dict[str, Any]]:
    """Each member's document, language and paragraph, linked."""
    return [
        {
            "title": document_title(record, lang, t),
            "language": t(f"lang_{record.lang}"),
            "paragraph": event.evidence.paragraph,
            "link": SafeMarkdown(md_link(from_uri, page_uri("document", record.id), f"p-{event.evidence.paragraph}")),
            "date": format_date(event.date, event.precision, lang),
        }
        for event, record in group.members
    ]


def timeline_entries(
    rows: Sequence[EventRow], cx: CrossRef, from_uri: str, lang: Lang, t: Labels, *, anchor: bool
) -> list[tuple[list[EventRow], dict[str, Any]]]:
    """The rows of a list as entries: a group's members (adjacent in timeline order) become one entry.

    Returns (the rows an entry stands for on this page, its template fields); a group's lead member comes first.
    """
    entries: list[tuple[list[EventRow], dict[str, Any]]] = []
    done: set[str] = set()
    for event, record in rows:
        group = cx.group_of.get(event.id)
        if group is None:
            entries.append(([(event, record)], event_row(event, record, cx, from_uri, lang, t, anchor=anchor)))
            continue
        if group.id in done:
            continue
        done.add(group.id)
        on_page = {e.id for e, _ in rows}
        here = [m for m in group.members if m[0].id in on_page]  # a group split by the pager: its part here
        lead = lead_member(here, lang)
        row = dict(event_row(*lead, cx, from_uri, lang, t, anchor=anchor))
        row["date"] = format_date(group.date, group.date.precision, lang)
        row["more_anchors"] = [SafeMarkdown(e.id) for e, _ in here if e.id != lead[0].id] if anchor else []
        row["reported_by"] = reported_by(group, lang, t)
        row["sources"] = group_sources(group, cx, from_uri, lang, t)
        entries.append(([lead, *(m for m in here if m[0].id != lead[0].id)], row))
    return entries


def also_reported_by(event_id: str, cx: CrossRef, from_uri: str, lang: Lang, t: Labels) -> list[tuple[str, str]]:
    """(href, text) of the other documents' reports of an event's happening: for a document page."""
    group = cx.group_of.get(event_id)
    if group is None:
        return []
    return [
        (
            html_href(from_uri, page_uri("document", record.id), f"p-{event.evidence.paragraph}"),
            f"{document_title(record, lang, t)} ¶{event.evidence.paragraph} ({t(f'lang_{record.lang}')})",
        )
        for event, record in group.members
        if event.id != event_id
    ]
