"""Wikitables of raw wikitext ("{| …" to "|}") -> "cell | cell" lines, one per row (see wikitext.py)."""

from __future__ import annotations

import re


def reduce_tables(text: str) -> str:
    """Wikitables ("{| …" to "|}"): each row ("|-") a line of cells joined by " | "; attributes, caption dropped."""
    out: list[str] = []
    row: list[str] = []
    depth = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("{|"):
            depth += 1
            row = []
            continue
        if not depth:
            out.append(line)
            continue
        if stripped.startswith("|}"):
            depth -= 1
            if row:
                out.append(" | ".join(c for c in row if c))
            row = []
            if not depth:
                out.append("")
            continue
        if stripped.startswith("|-"):
            if row:
                out.append(" | ".join(c for c in row if c))
            row = []
        elif stripped.startswith("|+"):
            continue
        elif stripped[:1] in ("|", "!"):
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
