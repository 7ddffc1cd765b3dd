"""The shape of `nea-site export --json`, a public contract: one TypedDict per kind of object.

Keys are declared in the order they are written; render/export.py fills them, the downloads (CSV, SQLite) read them.
"""

# No `from __future__ import annotations`: TypedDict reads NotRequired at runtime (__required_keys__).
from typing import NotRequired, TypedDict

# Per language ("en", "zh"): a text, a site URL, or None where a page or a translation is missing.
LangTexts = dict[str, str | None]
LangUrls = dict[str, str]


class DocumentJson(TypedDict):
    id: str
    source: str
    title: LangTexts
    authors: list[str]
    published: str | None
    language: str
    url: LangUrls
    original_name: NotRequired[str]  # the file name as received, where it was renamed on the way in


class EventJson(TypedDict):
    id: str
    source: str
    date: str
    date_end: str | None
    precision: str
    resolution: str
    scheduled: bool  # dated after the reporting document's own date
    actors: list[str]
    themes: list[str]
    quote: str
    paragraph: int
    paragraph_kind: str  # the quoted paragraph's kind: text, list_item, table_row, table_header
    label: LangTexts
    url: LangUrls


class NumberJson(TypedDict):
    text: str
    value: float
    unit: str
    year: int | None


class ClaimJson(TypedDict):
    id: str
    source: str
    kind: str
    quote: str
    paragraph: int
    paragraph_kind: str  # the quoted paragraph's kind: text, list_item, table_row, table_header
    text: LangTexts
    actors: list[str]
    themes: list[str]
    dates: list[str]
    numbers: list[NumberJson]
    url: LangUrls


class AliasesJson(TypedDict):
    en: list[str]
    zh: list[str]
    other: list[str]


class ActorJson(TypedDict):
    id: str
    type: str
    name: LangTexts
    aliases: AliasesJson
    iso: str | None
    reviewed: bool
    found_by: str | None
    documents: list[str]
    url: LangTexts


class ThemeDocumentJson(TypedDict):
    source: str
    weight: float


class ThemeJson(TypedDict):
    id: str
    name: LangTexts
    description: LangTexts
    documents: list[ThemeDocumentJson]
    url: LangTexts


class EventGroupJson(TypedDict):
    id: str
    date: str
    precision: str
    events: list[str]
    sources: list[str]
    reason: str


class FigureJson(TypedDict):
    claim: str
    value: float
    text: str
    source: str


class StatisticGroupJson(TypedDict):
    id: str
    measure: str
    year: int
    unit: str
    actors: list[str]
    values: list[FigureJson]
    agree: bool
    spread: float


class Export(TypedDict):
    """All records as one JSON-ready object: what `nea-site export --json` writes and the downloads hold."""

    documents: list[DocumentJson]
    events: list[EventJson]
    claims: list[ClaimJson]
    actors: list[ActorJson]
    themes: list[ThemeJson]
    event_groups: list[EventGroupJson]
    statistic_groups: list[StatisticGroupJson]
    pages: dict[str, LangUrls]  # page kind -> language -> site-relative URL
