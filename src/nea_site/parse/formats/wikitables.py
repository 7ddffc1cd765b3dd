"""Wikitables of raw wikitext ("{| …" to "|}") -> one line per row, its cells joined (see wikitext.py)."""

from __future__ import annotations

import re

from nea_site.parse.structure import join_cells


def reduce_tables(text: str) -> str:
    """Wikitables ("{| …" to "|}"): each row ("|-") a line of its cells as parse carries a row (structure.py).

    A row of "!" cells only is the table's header; attributes and the caption are dropped.
    """
    out: list[str] = []
    row: list[str] = []
    header = True  # every cell of the row so far opened with "!"
    depth = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("{|"):
            depth += 1
            row, header = [], True
            continue
        if not depth:
            out.append(line)
            continue
        if stripped.startswith("|}"):
            depth -= 1
            if row:
                out.append(join_cells([c for c in row if c], header=header))
            row, header = [], True
            if not depth:
                out.append("")
            continue
        if stripped.startswith("|-"):
            if row:
                out.append(join_cells([c for c in row if c], header=header))
            row, header = [], True
        elif stripped.startswith("|+"):
            continue
        elif stripped[:1] in ("|", "!"):
            header = header and stripped[:1] == "!"
            for cell in re.split(r"\|\||!!", stripped[1:]):
                row.append(_cell_text(cell))
        elif row:
            row[-1] = f"{row[-1]} {stripped}".strip()
    return "\n".join(out)


def _cell_text(cell: str) -> str:
    """A cell without its attributes ('style="…" | words').

    A cell that holds only a country's flag template named by its ISO code ("{{CHN}}", "{{JPN}}": the flag and the
    country's name on the page) keeps the code: it is the row's label, which the template's removal would empty.
    """
    attrs, bar, words = cell.partition("|")
    if bar and "=" in attrs and "[[" not in attrs and "{{" not in attrs:
        cell = words
    flag = _CODE_FLAG_RE.fullmatch(cell.strip())
    if flag:
        return flag["code"]
    return " ".join(cell.split())


_CODE_FLAG_RE = re.compile(r"\{\{\s*(?P<code>[A-Z]{3})\s*\}\}")  # "{{CHN}}": a flag template named by an ISO code
