"""Tables of a Markdown or text file that take more than one line to see: pipe tables and tab-separated rows.

A pipe table need not open and close its rows with a bar: "Name | Term" over "---|---" and rows "A | 2011"
under it, as GitHub Flavored Markdown writes one; the line over the delimiter row is the header, the lines
holding a bar under it (up to a blank line) the body. Lines of a plain text that each hold as many cells between
" | " make a table too (one such line alone is prose). Tab-separated rows are lines of two or more cells next to
another such line; they say nothing of a header, so their first row is one when its cells are words or years
over rows holding figures (so for bar-separated ones).
"""

from __future__ import annotations

import re

from nea_site.parse.structure import join_cells
from nea_site.text.patterns import MD_TABLE_RULE_RE

# A table cell that is a figure ("690", "1,073", "27.1%", "-3.5") or a year ("2021"): a header row's cells are
# words or years, a data row has figures.
NUMBER_CELL_RE = re.compile(r"\s*[-–+]?[\d.,]+\s*[%％]?\s*")
YEAR_CELL_RE = re.compile(r"\s*(?:19|20)\d{2}\s*")


# What joins the lines of one cell that its converter broke (a "<br>" inside a wiki table's cell).
CELL_LINE_JOIN = "; "


def pipe_table_rows(lines: list[str]) -> dict[int, str | None]:
    """Line index -> the row as parse carries it, for each line of a table a delimiter row marks.

    A converter breaks a cell that held a line break ("<br>") across lines: a line with no bar between two rows
    goes on the row above's last cell, and a row short of the table's cells goes on in the next line when the
    two together fill no more than a row ("A | B" over "C | D" is one row "A | B; C | D" in a table of three;
    a short row over a full one is a row with a cell spanning columns). A continued line maps to None: it is
    no line of its own.
    """
    rows: dict[int, str | None] = {}
    for i, line in enumerate(lines):
        if not i or "-" not in line or not MD_TABLE_RULE_RE.match(line) or "|" not in lines[i - 1]:
            continue
        columns = line.strip().strip("|").count("|") + 1
        rows[i - 1] = join_cells(_cells(lines[i - 1], columns), header=True)
        j = i + 1
        cells: list[str] = []
        start = j
        while j < len(lines) and lines[j].strip() and ("|" in lines[j] or _table_goes_on(lines, j)):
            if j + 1 < len(lines) and MD_TABLE_RULE_RE.match(lines[j + 1]) and "-" in lines[j + 1]:
                break  # the next table's header, right under this one's last row
            if "|" not in lines[j] and not cells:
                break  # a line with no bar under the header: the table has no body row yet to continue
            more = _cells(lines[j], columns) if "|" in lines[j] else [lines[j].strip()]
            if cells and ("|" not in lines[j] or len(cells) + len(more) - 1 <= columns):
                cells[-1] = CELL_LINE_JOIN.join(part for part in (cells[-1], more[0]) if part)
                cells.extend(more[1:])
                rows[j] = None
            else:
                cells, start = more, j
            rows[start] = join_cells(cells)
            j += 1
    _bar_rows(lines, rows)
    return rows


def _table_goes_on(lines: list[str], j: int) -> bool:
    """A line with no bar is a cell's next line when a row of the table follows it."""
    return j + 1 < len(lines) and "|" in lines[j + 1] and bool(lines[j + 1].strip())


def _bar_rows(lines: list[str], rows: dict[int, str | None]) -> None:
    """Lines of a plain text's table: cells between " | ", as many on each line, two lines or more in a run.

    One line of prose holding " | " is no table; a line opening or closing with a bar is Markdown's row.
    """
    counts = [
        0
        if i in rows or " | " not in line or line.strip().startswith("|") or line.strip().endswith("|")
        else line.count(" | ") + 1
        for i, line in enumerate(lines)
    ]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and counts[j] and counts[j] == counts[i]:
            j += 1
        if j - i >= 2:
            cells = [[cell.strip() for cell in lines[k].split(" | ")] for k in range(i, j)]
            header = is_header_row(cells[0], cells[1:])
            for k in range(i, j):
                rows[k] = join_cells(cells[k - i], header=header and k == i)
        i = max(j, i + 1)


def _cells(line: str, columns: int) -> list[str]:
    """A row's cells; a bar opening or closing the row bounds a cell unless it would leave the row short."""
    cells = [cell.strip() for cell in line.strip().split("|")]
    if len(cells) > columns and not cells[0]:
        cells = cells[1:]
    if len(cells) > columns and not cells[-1]:
        cells = cells[:-1]
    return cells


def tab_table_rows(lines: list[str]) -> dict[int, str]:
    """Line index -> the row as parse carries it, for each line of a tab-separated table."""
    cells = [[cell.strip() for cell in line.split("\t") if cell.strip()] if "\t" in line else [] for line in lines]
    rows: dict[int, str] = {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and len(cells[j]) >= 2:
            j += 1
        if j - i >= 2:
            header = is_header_row(cells[i], cells[i + 1 : j])
            for k in range(i, j):
                rows[k] = join_cells(cells[k], header=header and k == i)
        i = max(j, i + 1)
    return rows


def is_header_row(first: list[str], later: list[list[str]]) -> bool:
    """A table's first row is its header: words or years only, over rows holding figures.

    "Year | Trade (USD bn)" over "2020 | 690" is; "1999 | Manila meeting" over "2008 | Fukuoka summit" is not.
    """

    def figures(row: list[str]) -> bool:
        return any(NUMBER_CELL_RE.fullmatch(c) and not YEAR_CELL_RE.fullmatch(c) for c in row)

    return not figures(first) and any(figures(row) for row in later)
