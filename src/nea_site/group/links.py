"""Groups <-> the links written into each member's document record (DocumentRecord.groups)."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from nea_site.group.cluster import EventGroup, group_date
from nea_site.model import DocumentRecord, Event, GroupLink

EVENT_GROUP_PREFIX = "eg-"


def attach_groups(records: list[DocumentRecord], groups: list[EventGroup]) -> list[DocumentRecord]:
    """The records, each holding a link per group one of its records belongs to (in the records' order)."""
    links: dict[str, list[GroupLink]] = defaultdict(list)
    for group in groups:
        for event, record in group.members:
            links[record.id].append(GroupLink(group=group.id, record=event.id, reason=group.reason))
    out = []
    for record in records:
        found = tuple(sorted(links.get(record.id, ()), key=lambda link: (link.record, link.group)))
        out.append(dataclasses.replace(record, groups=found) if found or record.groups else record)
    return out


def collect_event_groups(records: list[DocumentRecord]) -> list[EventGroup]:
    """The event groups that the records' links name, by date then id (as `find_event_groups` returned them)."""
    members: dict[str, list[tuple[str, DocumentRecord]]] = defaultdict(list)
    reasons: dict[str, str] = {}
    for record in records:
        for link in record.groups:
            if link.group.startswith(EVENT_GROUP_PREFIX):
                members[link.group].append((link.record, record))
                reasons[link.group] = link.reason
    groups = []
    for group, found in members.items():
        rows: list[tuple[Event, DocumentRecord]] = []
        for event_id, record in found:
            rows.extend((e, record) for e in record.events if e.id == event_id)
        if len({r.id for _, r in rows}) < 2:
            continue  # a member's record changed since the links were written: no group left
        rows.sort(key=lambda p: (p[1].id, p[0].id))
        groups.append(
            EventGroup(id=group, date=group_date(e for e, _ in rows), members=tuple(rows), reason=reasons[group])
        )
    return sorted(groups, key=lambda g: (g.date.iso(), g.id))
