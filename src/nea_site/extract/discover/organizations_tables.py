"""Organisations in a table's column whose heading says what its cells are: "Company", "机构名称", "회사명".

A table reaches discovery as one paragraph per row, its cells in `Paragraph.cells`. A row with a cell that is a
column word (lexicon `organisation_column_words`, any case; an English one may be followed by "name") heads
the rows right after it: each of their cells in that column is an organisation's name, unless it is empty, a
number, a mark (○, ×, —) or, in English, not capitalised. The column ends with the table (a paragraph that
is no row) or at the next heading row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nea_site import lexicon
from nea_site.extract.discover.common import fold_space
from nea_site.extract.discover.rules import Found
from nea_site.model import Paragraph

MAX_CELL = 60  # characters: a longer cell is a sentence, not a name
_NAME_CELL_RE = re.compile(r"[A-Z\u3400-\u9fff\u3040-\u30ff\uac00-\ud7a3]")  # a capital or a CJK character
_NOT_NAME_CELL_RE = re.compile(r"[\d\s.,:;%$€¥₩+\-–—/()○×✓✗●■□?!*]*")  # numbers, marks, nothing
_NAME_WORD_RE = re.compile(r"\s+name$", re.IGNORECASE)


@lexicon.table
def _column_words(lex: lexicon.Lexicon) -> frozenset[str]:
    return frozenset(w.casefold() for w in lex.words("organisation_column_words"))


def table_organisations(paragraphs: Sequence[Paragraph]) -> dict[int, list[Found]]:
    """Paragraph index -> the organisations named in its table cells under an organisation column."""
    words = _column_words(lexicon.current())
    found: dict[int, list[Found]] = {}
    column: int | None = None
    previous: int | None = None
    for paragraph in paragraphs:
        text = paragraph.text
        if not paragraph.is_row or (previous is not None and paragraph.index != previous + 1):
            column = None  # the table has ended
        previous = paragraph.index
        if not paragraph.is_row:
            continue
        cells = paragraph.cell_spans()
        heading = next(
            (i for i, (s, e) in enumerate(cells) if _NAME_WORD_RE.sub("", text[s:e].strip("*_ ")).casefold() in words),
            None,
        )
        if heading is not None:
            column = heading
            continue
        if column is None or column >= len(cells):
            continue
        start, end = cells[column]
        cell = text[start:end]
        if (
            not cell
            or len(cell) > MAX_CELL
            or _NOT_NAME_CELL_RE.fullmatch(cell)
            or not _NAME_CELL_RE.match(cell.lstrip("*_"))
        ):
            continue
        while cell.startswith(("*", "_")) and cell.endswith(("*", "_")) and len(cell) > 2:
            start, end, cell = start + 1, end - 1, cell[1:-1]  # "**Atlas Corp**": emphasis, not the name
        found.setdefault(paragraph.index, []).append(
            Found(start, end, fold_space(cell), "organization", "organisation_column")
        )
    return found
