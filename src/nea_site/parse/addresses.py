"""A web page's address and the date its path holds: read by the front matter and the header readers alike.

News sites and blogs write the day of a story into its address ("https://example.com/world/2024/05/27/talks/",
"…/2024-05/27/c_1130150000.htm", "…/20240527-talks.html"); the path holds it, never the query.
"""

from __future__ import annotations

import datetime
import re
from urllib.parse import urlsplit

URL_RE = re.compile(r"https?://[^\s<>\"'）)】]+", re.IGNORECASE)
_YEAR = r"(?P<y>(?:19|20)\d{2})"
# "/2024/05/27/", "/2024-05/27/", "/2024-05-27/", "/2024/0527/": a day in the path.
_PATH_DAY_RE = re.compile(rf"/{_YEAR}[/-](?P<m>0[1-9]|1[0-2])[/-]?(?P<d>0[1-9]|[12]\d|3[01])(?=[/._\-]|$)")
# "/20240527/", "/20240527-talks.html", "/c_20240527…": eight figures opening a segment, closed by a mark.
_PATH_COMPACT_RE = re.compile(rf"/(?:[a-z]_)?{_YEAR}(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?=[/._\-]|$)")
# "/news/4412907-20310527.htm": eight figures closing the page's name, after a dash, before its extension.
_PATH_TAIL_RE = re.compile(rf"[-_]{_YEAR}(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\.[A-Za-z]{{2,5}}$")
# "/2024/05/talks.html": a month in the path.
_PATH_MONTH_RE = re.compile(rf"/{_YEAR}/(?P<m>0[1-9]|1[0-2])/")


def url_date(url: str) -> str | None:
    """The date a page's address holds in its path ("2024-05-27", or "2024-05"), else None."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    for regex in (_PATH_DAY_RE, _PATH_COMPACT_RE, _PATH_TAIL_RE):
        match = regex.search(path)
        if match:
            iso = f"{match['y']}-{match['m']}-{match['d']}"
            return iso if _is_real_day(iso) else None
    month = _PATH_MONTH_RE.search(path)
    return f"{month['y']}-{month['m']}" if month else None


def _is_real_day(iso: str) -> bool:
    try:
        datetime.date.fromisoformat(iso)
    except ValueError:
        return False
    return True
