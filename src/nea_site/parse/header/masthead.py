"""A journal's masthead over an article's title, as a PDF's first page prints it and text extraction keeps it.

"第 38 卷第 5 期      东北亚论坛      Vol. 38 No. 5" and "2023 年 9 月      Northeast Asia Forum      Sep. 2023":
columns set apart by wide gaps, one of them the volume and issue or the issue's date. "东北亚论坛 2023年第5期": the
journal's name and its issue on one line. The journal is the outlet, the issue's month (else its year) the date.
"""

from __future__ import annotations

import re

from nea_site.parse.header.state import MONTHS_SHORT, Header
from nea_site.text.numerals import fold_date_digits

# Columns of a masthead line: set apart by three spaces or more, or by ideographic spaces.
_COLUMN_GAP_RE = re.compile(r"\s{3,}|\u3000+")
# "第 38 卷第 5 期", "第5期", "2023年第5期", "Vol. 38 No. 5", "No. 5": a volume and an issue.
_ISSUE_RE = re.compile(
    r"^(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?:第\s*\d{1,4}\s*卷\s*)?第\s*\d{1,3}\s*期$"
    r"|^(?:Vol(?:ume)?\.?\s*\d{1,4}\s*,?\s*)?(?:No|Issue)\.?\s*\d{1,3}$|^Vol(?:ume)?\.?\s*\d{1,4}$",
    re.IGNORECASE,
)
# "2023 年 9 月", "2023年9月", "Sep. 2023", "September 2023", "2023-09": the issue's month.
_ZH_MONTH_RE = re.compile(r"^(?P<y>(?:19|20)\d{2})\s*[年./-]\s*(?P<m>\d{1,2})\s*月?$")
_EN_MONTH_RE = re.compile(r"^(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>(?:19|20)\d{2})$")
# "东北亚论坛 2023年第5期", "东北亚论坛 2023 年 9 月 第 5 期": the name, then its issue, on one line.
_NAME_AND_ISSUE_RE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff《》]{2,16})\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?:(?P<m>\d{1,2})\s*月\s*)?第\s*\d{1,3}\s*期$"
)
_CJK_NAME_RE = re.compile(r"^《?[\u4e00-\u9fff]{2,16}》?$")


def read_masthead(header: Header, text: str) -> bool:
    """Read a journal's masthead line into `header` (outlet, date, the line as its citation); False if it is none."""
    line = fold_date_digits(text.strip())
    joined = _NAME_AND_ISSUE_RE.match(line)
    if joined:
        _take(header, text, joined["name"], joined["y"], joined["m"])
        return True
    columns = [c.strip() for c in _COLUMN_GAP_RE.split(line) if c.strip()]
    if len(columns) < 2:
        return False
    name: str | None = None
    year: str | None = None
    month: str | None = None
    marked = False  # a column holds the volume and issue or the issue's month
    for column in columns:
        if issue := _ISSUE_RE.match(column):
            marked, year = True, year or issue["y"]
        elif zh := _ZH_MONTH_RE.match(column):
            marked, year, month = True, zh["y"], month or zh["m"]
        elif (en := _EN_MONTH_RE.match(column)) and en["mon"][:3].lower() in MONTHS_SHORT:
            marked, year = True, year or en["y"]
            month = month or str(MONTHS_SHORT.index(en["mon"][:3].lower()) + 1)
        elif _CJK_NAME_RE.match(column) and name is None:
            name = column
        elif len(column) > 60:
            return False  # a sentence, not a column of a masthead
    if not marked:
        return False
    _take(header, text, name, year, month)
    return True


def _take(header: Header, text: str, name: str | None, year: str | None, month: str | None) -> None:
    header.identifiers.append(("citation", " ".join(text.split())))
    if name and not header.outlet:
        header.outlet = name.strip("《》")
        header.origins["outlet"] = "parsed"
    if year and (not header.published or (month and header.published == year)):
        header.published = f"{year}-{int(month):02d}" if month and 1 <= int(month) <= 12 else year
        header.origins["published"] = "parsed"
