"""The address of a text's own page, and the date its path holds.

News sites and blogs write the day of a story into its address ("https://example.com/world/2024/05/27/talks/",
"…/2024-05/27/c_1130150000.htm", "…/20240527/…"). A copied page keeps the address in its front matter ("url:",
"source:"), in a header line ("Source: https://…", "原文链接：https://…") or alone on a line under the title. That
date dates the text where the text gives none, or gives only its year or month and the address agrees with it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from nea_site import lexicon
from nea_site.parse.header.state import Header, is_real_date

_LEXICON = lexicon.current()
URL_RE = re.compile(r"https?://[^\s<>\"'）)】]+", re.IGNORECASE)
# "原文链接：https://…", "Source URL: https://…", or the address alone on the line.
_URL_LINE_RE = re.compile(
    rf"^\s*(?:(?:{lexicon.alternation(_LEXICON.words('meta_url_labels'))})\s*[:：]?\s*)?[<(（]?"
    r"(?P<url>https?://[^\s<>\"'）)】]+)[>)）]?\s*$",
    re.IGNORECASE,
)
_YEAR = r"(?P<y>(?:19|20)\d{2})"
# "/2024/05/27/", "/2024-05/27/", "/2024-05-27/", "/2024/0527/": a day in the path.
_PATH_DAY_RE = re.compile(rf"/{_YEAR}[/-](?P<m>0[1-9]|1[0-2])[/-]?(?P<d>0[1-9]|[12]\d|3[01])(?=[/._\-]|$)")
# "/20240527/", "/20240527-talks.html", "/c_20240527…": eight figures opening a segment, closed by a mark.
_PATH_COMPACT_RE = re.compile(rf"/(?:[a-z]_)?{_YEAR}(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?=[/._\-]|$)")
# "/2024/05/talks.html": a month in the path.
_PATH_MONTH_RE = re.compile(rf"/{_YEAR}/(?P<m>0[1-9]|1[0-2])/")


def url_date(url: str) -> str | None:
    """The date a page's address holds in its path ("2024-05-27", or "2024-05"), else None."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    for regex in (_PATH_DAY_RE, _PATH_COMPACT_RE):
        match = regex.search(path)
        if match:
            iso = f"{match['y']}-{match['m']}-{match['d']}"
            return iso if is_real_date(iso) else None
    month = _PATH_MONTH_RE.search(path)
    return f"{month['y']}-{month['m']}" if month else None


def take_url_line(header: Header, text: str) -> bool:
    """A header line giving the page's address ("原文链接：https://…", the address alone): kept as an identifier."""
    match = _URL_LINE_RE.match(text) if "://" in text else None
    if match is None:
        return False
    header.identifiers.append(("url", match["url"]))
    return True


def read_url_date(header: Header, declared: str | None) -> None:
    """Date the text by its page's address (front matter's, or a header line's) where the text did not.

    A date the text gives is kept; one of lower precision ("2024", "2024-05") is refined when the address agrees.
    """
    urls = [value for key, value in header.identifiers if key == "url"] + ([declared] if declared else [])
    for url in urls:
        iso = url_date(url)
        if iso is None:
            continue
        published = header.published
        if published is None or (len(published) < len(iso) and iso.startswith(published)):
            header.published = iso
            header.origins["published"] = "parsed"
        return
