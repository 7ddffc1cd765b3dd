"""Dates that front matter and <meta> tags declare, in the many forms exporters write them."""

from __future__ import annotations

import re

from nea_site.parse.header.state import is_real_date, iso_from_match, written_iso
from nea_site.text.header_patterns import WRITTEN_DATE_RE
from nea_site.text.patterns import DATE_VALUE_RE

_COMPACT_DATE_RE = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:[T ]?\d{4,6})?\s*$")
_DAY_MONTH_YEAR_RE = re.compile(r"^\s*(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d{2})\b")
MONTHS_IN_YEAR = 12


def declared_date_iso(value: str) -> str | None:
    """The ISO date a front matter or <meta> value states, at the precision it gives, or None.

    "2019-03-14T08:00:00+09:00", "Thu, 14 Mar 2019 08:00:00 +0900", "20190314", "14/03/2019" (a day over 12 tells
    day from month; "05/06/2019" is read as a year only), "2019-03".
    """
    written = WRITTEN_DATE_RE.search(value)
    if written and (iso := written_iso(written)):
        return iso
    compact = _COMPACT_DATE_RE.match(value)
    if compact and is_real_date(iso := f"{compact['y']}-{compact['m']}-{compact['d']}"):
        return iso
    day_first = _DAY_MONTH_YEAR_RE.match(value)
    if day_first:
        a, b, year = int(day_first["a"]), int(day_first["b"]), day_first["y"]
        day, month = (a, b) if a > MONTHS_IN_YEAR else (b, a) if b > MONTHS_IN_YEAR else (0, 0)
        iso = f"{year}-{month:02d}-{day:02d}"
        return iso if day and is_real_date(iso) else year
    date = DATE_VALUE_RE.search(value)
    return iso_from_match(date) if date else None
