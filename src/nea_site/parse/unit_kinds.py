"""What a unit is among the units around it: a Markdown list's "* " item, the line signing a text, the next text.

Split from document.py: each reads the units beside unit i, none the document's state.
"""

from __future__ import annotations

import re

from nea_site.parse.layout import Unit
from nea_site.parse.structure import ITEM_MARK
from nea_site.text.header_patterns import DATE_LINE_RE
from nea_site.text.numerals import fold_date_digits

_MD_ITEM_RE = re.compile(r"^\s*[*+]\s+\S")  # "* item", "  + item": Markdown's other list marks (never "\\*")
STAR_LIST_REACH = 2  # units either side where another item makes a "* " line a list's


def is_closing_date(units: list[Unit], i: int) -> bool:
    """Unit i is followed by a date alone and then nothing: the line signing the text, whatever their lengths."""
    rest: list[str] = []
    for unit in units[i + 1 :]:
        if unit.kind == "text":
            rest.append(unit.text.strip())
            if len(rest) > 1:
                return False
    return len(rest) == 1 and DATE_LINE_RE.match(fold_date_digits(rest[0])) is not None


def is_star_item(units: list[Unit], i: int) -> bool:
    """Unit i opens with an unescaped "* " or "+ " and a unit near it is a list item too: Markdown's list.

    A lone "* text" stays what a paper's first-page note looks like ("* 本文系…", attached to the title's star). A
    list whose items carry a second line ("* **Westland**" / "Prime Minister Ann Lee") has them two apart.
    """
    if not _MD_ITEM_RE.match(units[i].text):
        return False
    near = range(max(0, i - STAR_LIST_REACH), min(len(units), i + STAR_LIST_REACH + 1))
    beside = [units[j] for j in near if j != i and units[j].kind == "text"]
    return any(_MD_ITEM_RE.match(u.text) or u.text.lstrip().startswith(ITEM_MARK) for u in beside)


def next_unit_text(units: list[Unit], i: int) -> str | None:
    """The stripped text of the first text unit after unit i."""
    for unit in units[i + 1 :]:
        if unit.kind == "text":
            return unit.text.strip()
    return None
