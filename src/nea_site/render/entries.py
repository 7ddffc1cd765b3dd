"""The rows templates receive (events, claims, documents, linked names): frozen, escaped and linked.

Jinja reads a row's fields as attributes (`{{ e.label }}`). A field holding SafeMarkdown is inserted verbatim;
any other text is escaped by the environment (render/environment.py). Rows of one kind of page live with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nea_site.render.environment import SafeMarkdown


@dataclass(frozen=True, slots=True)
class EntityLink:
    """An actor's or a theme's name, linked to its page."""

    name: str
    link: SafeMarkdown


@dataclass(frozen=True, slots=True)
class NameCount:
    """A linked name with a count (documents, co-mentions, claims): partials/_name_counts.md.j2."""

    name: str
    link: SafeMarkdown
    count: int


@dataclass(frozen=True, slots=True)
class FileLink:
    """A download of the data page: its name, link and what it holds."""

    name: str
    link: SafeMarkdown
    what: str


@dataclass(frozen=True, slots=True)
class DocumentEntry:
    """A document in a list: partials/_document_table.md.j2."""

    title: str
    link: SafeMarkdown
    authors: str
    published: str
    language: str
    note: str  # a count (SafeMarkdown) or a weight ("40%"); "" where the table has no note column


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One document's report of a happening that several documents report, linked to its paragraph."""

    title: str
    language: str
    paragraph: int
    link: SafeMarkdown
    date: str


@dataclass(frozen=True, slots=True)
class EventEntry:
    """One timeline entry: partials/_event_list.md.j2.

    A happening that several documents report is one entry (render/grouped.py): the group's date, the anchors of
    its other members, who reports it and each report (`sources`, None for a single event's entry).
    """

    anchor: SafeMarkdown | None  # the event id, where this list is the event's place
    date: str
    label: SafeMarkdown
    source_title: str
    paragraph: int
    source_link: SafeMarkdown
    timeline_link: SafeMarkdown
    actors: tuple[EntityLink, ...]
    themes: tuple[EntityLink, ...]
    more_anchors: tuple[SafeMarkdown, ...] = ()
    reported_by: str = ""
    sources: tuple[SourceEntry, ...] | None = None
    cite: SafeMarkdown | None = None  # "Cite this", on the timeline
    scheduled: bool = False  # every report of it was written before its date


@dataclass(frozen=True, slots=True)
class NumberEntry:
    """A figure of a claim: as written, its value, unit and year ("" when it gives none)."""

    text: str
    value: str
    unit: str
    year: int | str


@dataclass(frozen=True, slots=True)
class ClaimEntry:
    """One claim: partials/_claim_list.md.j2."""

    anchor: SafeMarkdown | None  # the claim id, where this list is the claim's place
    kind: str
    text: SafeMarkdown
    source_title: str
    paragraph: int
    source_link: SafeMarkdown
    claims_link: SafeMarkdown
    numbers: tuple[NumberEntry, ...]
    actors: tuple[EntityLink, ...]
    themes: tuple[EntityLink, ...]
    cite: SafeMarkdown | None = None  # "Cite this", on the claims lists


@dataclass(frozen=True, slots=True)
class UpLink:
    """The page a list belongs to."""

    name: str
    link: SafeMarkdown


RowKey = tuple[str, int, str, bool, bool]  # record id, depth of the page, language, anchored, compact


@dataclass(slots=True)
class RowCache:
    """Event and claim rows already made, by record id, page depth, language, anchored and compact.

    A row's links depend only on the depth of its page, so one row serves every page at that depth.
    """

    events: dict[RowKey, EventEntry] = field(default_factory=dict)
    claims: dict[RowKey, ClaimEntry] = field(default_factory=dict)

    def clear(self) -> None:
        """Forget every row (rows are per language: the next language makes its own)."""
        self.events.clear()
        self.claims.clear()
