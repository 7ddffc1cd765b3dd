"""Statistics of a table's cells: a figure alone in a cell under a header column is one statistic.

"Korea | 100,210 | 51,202,130" under "Country | Area km² | Population": two statistics, "Korea, Area km²: 100,210"
and "Korea, Population: 51,202,130", each quoting its cell. Its label is the row's label (the first cell) and the
column's header; the figures are those `stated_numbers` reads in the cell (dates, years and ordinals are none).
A column whose header names a row's number or a rank ("No.", "#", "Rank", "排名", "순위") holds no figures, nor
does a cell that is a footnote mark ("[1]") or a bare number below ten (a row's number); a figure's rank in
brackets after it ("0.738 (90位)") is read with it, as the cell states both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from nea_site import lexicon
from nea_site.extract.claim_figures import is_lone_figure, stated_numbers
from nea_site.extract.events import SentenceContext
from nea_site.model import Paragraph, Quantity
from nea_site.text.lang import is_cjk_lang

# Header words of a column of row numbers or ranks (lexicon: table_rank_headers): its cells count nothing.
_RANK_HEADERS = lexicon.alternation(lexicon.current().words("table_rank_headers"), space=r"\s*")
_RANK_HEADER_RE = re.compile(rf"^\s*(?:{_RANK_HEADERS})\s*\.?\s*$", re.IGNORECASE)
MAX_LABEL_CHARS = 40
_NOT_YEAR_DIGIT_RE = re.compile(
    r"(?<!\d)(?!(?:19|20)\d{2}(?!\d))\d"
)  # a digit of no year: a figure's  # a first cell longer than this is a sentence, no row's label
# "GDP (2014)", "2019", "2019年": a column's header or a row's label naming the year of its figures.
_HEADER_YEAR_RE = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*[）)]|^\s*((?:19|20)\d{2})\s*(?:年|년|FY)?\s*$")


@dataclass(frozen=True, slots=True)
class CellStatistic:
    """A figure of one cell: its label (row label and column header), the cell as written, and the figures."""

    label: str
    quote: str
    numbers: tuple[Quantity, ...]


def header_of(paragraph: Paragraph, current: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The header cells rows read under, after `paragraph`: a header row starts a table, prose ends it.

    `current` None: no table is open. A table whose source marks no header row (an HTML table of <td> cells only)
    has one when its first row is words (years allowed: "Country | 2019 | 2020"); else () (a table, no header).
    """
    if paragraph.kind == "table_header":
        return paragraph.cells
    if paragraph.kind != "table_row":
        return None
    if current is not None:
        return current
    words = len(paragraph.cells) >= 2 and all(
        cell.strip() and not _NOT_YEAR_DIGIT_RE.search(cell) for cell in paragraph.cells
    )
    return paragraph.cells if words else ()


def cell_statistics(sentence: SentenceContext, header: tuple[str, ...] | None) -> list[CellStatistic] | None:
    """The statistics of a table row's cells under `header`; None when the row has no header of its width.

    A row whose first cell is as long as a sentence, or whose cells a header of another width names, is left to
    the caller (the row's figures as one statistic).
    """
    paragraph = sentence.paragraph
    cells = paragraph.cells
    if paragraph.kind != "table_row" or not header or len(header) != len(cells) or len(cells) < 2:
        return None
    row_label = cells[0].strip()
    if len(row_label) > MAX_LABEL_CHARS:
        return None
    found = stated_numbers(sentence)
    out: list[CellStatistic] = []
    if not found:
        return out
    cjk = is_cjk_lang(paragraph.lang)
    for (cell_start, cell_end), cell, column in zip(paragraph.cell_spans()[1:], cells[1:], header[1:], strict=True):
        start, end = cell_start - sentence.start, cell_end - sentence.start
        if start < 0 or end > len(sentence.text) or _RANK_HEADER_RE.match(column):
            continue
        inside = [(s - start, e - start, q) for s, e, q in found if start <= s and e <= end]
        if not inside or not is_lone_figure(sentence.text[start:end], inside):
            continue
        column_label = " ".join(column.split())
        label = _join_label(row_label, column_label, cjk=cjk)
        year = _year_of(column) or _year_of(row_label)
        numbers = tuple(replace(q, year=year) if year and q.year is None else q for _, _, q in inside)
        out.append(CellStatistic(label=label, quote=cell.strip(), numbers=numbers))
    return out


def _year_of(text: str) -> int | None:
    match = _HEADER_YEAR_RE.search(text)
    return int(match.group(1) or match.group(2)) if match else None


def _join_label(row: str, column: str, *, cjk: bool) -> str:
    if not row:
        return column
    if not column:
        return row
    return f"{row}，{column}" if cjk else f"{row}, {column}"
