"""A web page a crawler saved as one line of text: its title and date, read from where the page repeats them.

"Talks resume in Seoul - Example Daily Online … Home World … Talks resume in Seoul ( Example Wire ) 09:40,
March 3, 2019 SEOUL, March 3 (Example Wire) -- …": the page's <title> ("headline - site") opens the line, and
the headline comes back over the story with its source and time. The words before a separator that come back
later with a written date right after them are the title, that date dates the text, and a wire dateline after it
gives place and outlet.
"""

from __future__ import annotations

import re

from nea_site.parse.header.datelines import read_opening_dateline
from nea_site.parse.header.state import Header, take_written_date
from nea_site.text.header_patterns import WRITTEN_DATE_RE

MIN_PAGE_LINE_CHARS = 1000  # a first paragraph this long with the title in it is a whole page on one line
MAX_TITLE_CHARS = 200
MIN_TITLE_CHARS = 12
DATE_REACH = 80  # how far after the repeated headline its date may stand (source, time between)
_SEPARATOR_RE = re.compile(r"\s+(?:-|–|—|\||_|::)\s+|｜|_")
_SENTENCE_MARK_RE = re.compile(r"[.!?。！？]$")


# The site's name after the title's separator: capitalised words, each ending at a space ("People's Daily Online",
# not the "DD_belatedPNG.fix(…" of a script that follows it).
_SITE_RE = re.compile(r"(?:[A-Z][A-Za-z0-9'’&.-]*(?=\s|$))(?:\s+[A-Z][A-Za-z0-9'’&.-]*(?=\s|$)){0,5}")


def read_page_line(header: Header, text: str) -> tuple[int, int] | None:
    """Read the title (and date, place, outlet) of a page saved as one line into `header`.

    Returns where the page's own title ("Headline - Site Name") ends and where the story starts in `text` (after
    the headline printed again and its time: the site's menus stand between the two), None when no header was
    read.
    """
    if header.title or len(text) < MIN_PAGE_LINE_CHARS:
        return None
    for separator in _SEPARATOR_RE.finditer(text, 0, MAX_TITLE_CHARS + 10):
        title = text[: separator.start()].strip()
        if not MIN_TITLE_CHARS <= len(title) <= MAX_TITLE_CHARS or _SENTENCE_MARK_RE.search(title):
            continue
        again = text.find(title, separator.end())
        date = WRITTEN_DATE_RE.search(text, again + len(title), again + len(title) + DATE_REACH) if again > 0 else None
        if date is None:
            continue  # the headline over the story comes with its time: without it, no page's header
        header.title = title
        header.origins["title"] = "parsed"
        take_written_date(header, date)
        read_opening_dateline(header, text[date.end() :].lstrip())
        site = _SITE_RE.match(text, separator.end())
        return (site.end() if site else separator.start()), len(text) - len(text[date.end() :].lstrip())
    return None
