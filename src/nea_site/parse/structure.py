"""How parse carries a paragraph's structure (table row, list item) while it reduces a format, and reads it out.

The format readers (markup, web page, wikitext, wiki copy, layout) write a table row as its cells joined by
CELL_SEPARATOR, which holds a noncharacter (U+FDD0, reserved by Unicode for a program's internal use; a header
row the source marked as one, HEADER_CELL_SEPARATOR with U+FDD1): a row is known from the source's table, never
from a " | " its prose holds. A list item opens with ITEM_MARK, whatever
bullet its source used. `typed` turns a paragraph's text back into plain text with a kind and cells; nothing
outside parse sees either mark.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, TypeVar

from nea_site.model import TABLE_CELL_JOIN, DocumentMeta, Footnote, ParagraphKind, Section

CELL_MARK = "\ufdd0"
HEADER_CELL_MARK = "\ufdd1"  # separates the cells of a row the source marked as a header (<th>, "|---|" under it)
CELL_SEPARATOR = f" {CELL_MARK} "  # as long as TABLE_CELL_JOIN: offsets in a row stay where they were
HEADER_CELL_SEPARATOR = f" {HEADER_CELL_MARK} "
ITEM_MARK = "- "  # how a list item opens while parse works on it, whatever its source marked it with
_MARKS = (CELL_MARK, HEADER_CELL_MARK)


def join_cells(cells: list[str], *, header: bool = False) -> str:
    """A table row as parse carries it: its cells joined by CELL_SEPARATOR (HEADER_CELL_SEPARATOR for a header)."""
    return (HEADER_CELL_SEPARATOR if header else CELL_SEPARATOR).join(cells)


def is_row(text: str) -> bool:
    """A table row (the text holds a cell separator)."""
    return CELL_MARK in text or HEADER_CELL_MARK in text


def opens_with_cell_mark(text: str) -> bool:
    """A row whose first cell is empty, or what follows a row's first cell ("1 \ufdd0 …" after the "1")."""
    return text.startswith(_MARKS)


def without_marks(text: str) -> str:
    """A source's text with no internal mark in it (a noncharacter in a source is noise)."""
    for mark in _MARKS:
        if mark in text:
            text = text.replace(mark, "")
    return text


_Field = TypeVar("_Field", DocumentMeta, Section, Footnote)


def unmarked(item: _Field) -> _Field:
    """A header, section or note as prose shows it: cells joined by a bar.

    The header may take a table's row as a line of its own ("Name | Year" as the title of a file that opens with
    a table); no internal mark leaves parse.
    """
    return dataclasses.replace(item, **{f.name: _unmarked(getattr(item, f.name)) for f in dataclasses.fields(item)})


def _unmarked(value: Any) -> Any:  # a field of any type: strings and tuples are walked
    if isinstance(value, str):
        return value.replace(CELL_MARK, "|").replace(HEADER_CELL_MARK, "|") if is_row(value) else value
    if isinstance(value, tuple):
        return tuple(_unmarked(v) for v in value)
    return value


@dataclass(frozen=True, slots=True)
class Typed:
    kind: ParagraphKind
    text: str
    cells: tuple[str, ...]
    moves: tuple[tuple[int, int, int], ...]  # (old start, new start, length) of each kept stretch of the text

    def move(self, offset: int) -> int:
        """Where an offset in the carried text (a footnote mark's) is in the plain text."""
        for old, new, length in reversed(self.moves):
            if offset >= old:
                return new + min(offset - old, length)
        return 0


def typed(text: str) -> Typed:
    """A paragraph's carried text -> its kind, its plain text and its cells."""
    mark = HEADER_CELL_MARK if HEADER_CELL_MARK in text else CELL_MARK
    if mark in text:
        cells: list[str] = []
        moves: list[tuple[int, int, int]] = []
        old, new = 0, 0
        for raw in text.split(mark):
            lead = len(raw) - len(raw.lstrip())
            cell = raw.strip()
            moves.append((old + lead, new, len(cell)))
            cells.append(cell)
            old += len(raw) + len(mark)
            new += len(cell) + len(TABLE_CELL_JOIN)
        kind: ParagraphKind = "table_header" if mark == HEADER_CELL_MARK else "table_row"
        return Typed(kind, TABLE_CELL_JOIN.join(cells), tuple(cells), tuple(moves))
    if text.startswith(ITEM_MARK) and len(text) > len(ITEM_MARK):
        plain = text[len(ITEM_MARK) :]
        return Typed("list_item", plain, (), ((len(ITEM_MARK), 0, len(plain)),))
    return Typed("text", text, (), ((0, 0, len(text)),))
