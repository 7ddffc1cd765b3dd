"""Parsed document structure: source text in, sections, paragraphs and footnotes out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from nea_site.model.ids import SourceId

# Language of a span of source text. "zh-Hant" is Traditional Chinese; "und" is undetermined.
ContentLang = Literal["en", "zh", "zh-Hant", "ja", "ko", "und"]
FieldOrigin = Literal["parsed", "curated", "inferred"]
# What a paragraph is in its source's structure: running text, an item of a list (its text without the bullet),
# a row of a table (its cells in `cells`), or a table's header row (the source marked it: <th>, "|---|", "!").
ParagraphKind = Literal["text", "list_item", "table_row", "table_header"]
# How a table row's `text` joins its cells: presentation only (readable in the records, and what a quote drawn
# from the row holds); the cells are `Paragraph.cells`, which nobody reads back out of the text.
TABLE_CELL_JOIN = " | "


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceText:
    source_id: SourceId
    file_name: str
    text: str  # decoded, NFC, "\n" newlines
    encoding: str  # as detected, e.g. "utf_8", "gb18030"
    sha256: str  # of the raw bytes


@dataclass(frozen=True, slots=True, kw_only=True)
class FootnoteRef:
    offset: int  # character offset in Paragraph.text where the reference mark sits
    label: str  # as printed, e.g. "1"
    footnote_id: str | None  # None when no note with that label follows


@dataclass(frozen=True, slots=True, kw_only=True)
class Paragraph:
    index: int  # 1-based, document order
    anchor: str  # "p-<index>", the paragraph's HTML id
    text: str  # body text with reference marks removed
    lang: ContentLang
    section_id: str | None  # the innermost section holding it
    refs: tuple[FootnoteRef, ...] = ()
    kind: ParagraphKind = "text"
    cells: tuple[str, ...] = ()  # a table row's cells, in order; `text` is them joined by TABLE_CELL_JOIN

    @property
    def is_row(self) -> bool:
        """A row of a table, its header row included."""
        return self.kind in ("table_row", "table_header")

    def cell_spans(self) -> tuple[tuple[int, int], ...]:
        """Where each cell stands in `text` (start, end); () for a paragraph that is no table row."""
        spans: list[tuple[int, int]] = []
        at = 0
        for cell in self.cells:
            spans.append((at, at + len(cell)))
            at += len(cell) + len(TABLE_CELL_JOIN)
        return tuple(spans)


@dataclass(frozen=True, slots=True, kw_only=True)
class Footnote:
    id: str  # "fn-<ordinal>", unique in the document even when printed numbers restart
    label: str  # the number as printed
    text: str
    paragraph: int | None  # index of the paragraph that refers to it


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    id: str  # "s-<number or slug>", unique in the document
    number: str  # as printed, "2.3.1", "一", "（一）", or "" when unnumbered
    title: str
    level: int  # 1 = top
    parent: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentMeta:
    title: str | None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO date, partial allowed: "2023", "2023-11", "2023-11-08"
    outlet: str | None = None
    place: str | None = None  # a news dateline's place
    abstract: str | None = None
    keywords: tuple[str, ...] = ()
    author_notes: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()  # "Photo by …", "[Translated by …]", "责任编辑：…"
    identifiers: tuple[tuple[str, str], ...] = ()  # other labelled header lines: (label, value)
    # The text's own title, abstract and keywords in the other site language ("parallel title", as catalogues
    # say): a Chinese journal paper's English title block.
    parallel_title: str | None = None
    parallel_abstract: str | None = None
    parallel_keywords: tuple[str, ...] = ()
    origins: tuple[tuple[str, FieldOrigin], ...] = ()  # field name -> where its value came from


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    source_id: SourceId
    file_name: str
    lang: ContentLang  # main language of the body
    meta: DocumentMeta
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    footnotes: tuple[Footnote, ...]
