"""Groups of records of several documents that report one happening (or give one figure), and a curator's edits."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupLink:
    """One record of a document in a group that holds records of other documents too.

    Written by the cross-document step (nea_site.group) into each member's document record, so that every page
    and download built from the records finds the group without computing it again.
    """

    group: str  # "eg-2011-09-1a2b3c4d" for an event group, "sg-…" for a statistic group
    record: str  # the id of this document's event or claim
    reason: str  # the evidence that joined it: "ev-… + ev-…: actors …; kind began; month 2011-09"


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupJoin:
    """A curator's join (corpus/curated/groups.yml): these events report one happening."""

    events: tuple[str, ...]
    note: str = ""
    line: int = 0  # where the entry is written, for messages


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupSplit:
    """A curator's split: events of different parts never share a group, whatever the rule finds."""

    parts: tuple[tuple[str, ...], ...]
    note: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupEdits:
    """Every join and split of corpus/curated/groups.yml; `path` names the file in messages."""

    path: str = ""
    joins: tuple[GroupJoin, ...] = ()
    splits: tuple[GroupSplit, ...] = ()
