"""The address of a text's own page in its header, and the date its path holds (parse/addresses.py).

News sites and blogs write the day of a story into its address ("https://example.com/world/2024/05/27/talks/",
"…/2024-05/27/c_1130150000.htm", "…/20240527/…"). A copied page keeps the address in its front matter ("url:",
"source:"), in a header line ("Source: https://…", "原文链接：https://…") or alone on a line under the title. That
date dates the text where the text gives none, or gives only its year or month and the address agrees with it.
"""

from __future__ import annotations

import re

from nea_site import lexicon
from nea_site.parse.addresses import url_date
from nea_site.parse.header.state import Header

_LEXICON = lexicon.current()
# "原文链接：https://…", "Source URL: https://…", or the address alone on the line.
_URL_LINE_RE = re.compile(
    rf"^\s*(?:(?:{lexicon.alternation(_LEXICON.words('meta_url_labels'))})\s*[:：]?\s*)?[<(（]?"
    r"(?P<url>https?://[^\s<>\"'）)】]+)[>)）]?\s*$",
    re.IGNORECASE,
)


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
