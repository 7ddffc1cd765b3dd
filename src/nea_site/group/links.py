"""Groups <-> the links written into each member's document record (DocumentRecord.groups)."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from nea_site.group.cluster import EventGroup, group_date
from nea_site.group.statistics import StatisticGroup
from nea_site.model import DocumentRecord, Event, GroupLink

EVENT_GROUP_PREFIX = "eg-"


def attach_groups(
    records: list[DocumentRecord], groups: list[EventGroup], statistics: Sequence[StatisticGroup] = ()
) -> list[DocumentRecord]:
    """The records, each holding a link per group one of its records belongs to (in the records' order)."""
    links: dict[str, list[GroupLink]] = defaultdict(list)
    for group in groups:
        for event, record in group.members:
            links[record.id].append(GroupLink(group=group.id, record=event.id, reason=group.reason))
    for stat in statistics:
        reason = statistic_reason(stat)
        for figure in stat.figures:
            link = GroupLink(group=stat.id, record=figure.claim.id, reason=reason)
            if link not in links[figure.record.id]:
                links[figure.record.id].append(link)
    out = []
    for record in records:
        found = tuple(sorted(links.get(record.id, ()), key=lambda link: (link.record, link.group)))
        out.append(dataclasses.replace(record, groups=found) if found or record.groups else record)
    return out


def statistic_reason(group: StatisticGroup) -> str:
    """Why figures were compared, and how they compare: "measure trade; year 2022; unit USD; …; agree"."""
    verdict = "agree" if group.agree else f"differ by {group.spread:g} (rounding allows {group.tolerance:g})"
    return f"measure {group.measure}; year {group.year}; unit {group.unit}; actors {', '.join(group.actors)}; {verdict}"


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
