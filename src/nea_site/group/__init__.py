"""Group stage: records of several documents that report one happening, found after every document's records.

Reads the records and a curator's joins and splits (corpus/curated/groups.yml, read by nea_site.curation) and
writes a link per member into each document record; pages and downloads rebuild the groups from the links.
"""

from nea_site.group.cluster import EventGroup, find_event_groups, group_date, group_id
from nea_site.group.links import attach_groups, collect_event_groups
from nea_site.group.statistics import Figure, StatisticGroup, find_statistic_groups
from nea_site.model import Actor, ActorId, DocumentRecord, GroupEdits


def group_records(
    records: list[DocumentRecord], actors: dict[ActorId, Actor], edits: GroupEdits
) -> tuple[list[DocumentRecord], list[str]]:
    """The records with their group links, and warnings about curated entries that match no record."""
    groups, warnings = find_event_groups(records, actors, edits)
    return attach_groups(records, groups, find_statistic_groups(records, actors)), warnings


__all__ = [
    "EventGroup",
    "Figure",
    "StatisticGroup",
    "find_statistic_groups",
    "attach_groups",
    "collect_event_groups",
    "find_event_groups",
    "group_date",
    "group_id",
    "group_records",
]
