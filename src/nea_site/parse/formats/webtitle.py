"""What a saved web page says about itself: <meta> fields, JSON-LD, its <title> and the heading that names.

The <title> is read without the site's name; the heading of the text that this title holds is the page's title.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

META_FIELDS = {
    "title": "title", "og:title": "title", "citation_title": "title", "dc.title": "title", "headline": "title",
    "author": "author", "citation_author": "author", "dc.creator": "author", "article:author": "author",
    "date": "date", "citation_publication_date": "date", "article:published_time": "date", "dc.date": "date",
    "datepublished": "date", "citation_date": "date", "dcterms.date": "date", "dcterms.issued": "date",
    "dcterms.created": "date", "dc.date.issued": "date", "dc.date.created": "date", "pubdate": "date",
    "publishdate": "date", "publish_date": "date", "og:article:published_time": "date", "datecreated": "date",
    "parsely-pub-date": "date", "sailthru.date": "date", "dcterms.title": "title", "citation_publisher": "outlet",
    "dcterms.publisher": "outlet",
    "citation_keywords": "keywords",
    "og:site_name": "outlet", "citation_journal_title": "outlet", "publisher": "outlet", "dc.publisher": "outlet",
    "og:url": "url", "twitter:url": "url", "citation_public_url": "url", "citation_abstract_html_url": "url",
}  # fmt: skip
# "Title | Site", "Title – Site", "标题_栏目_网站": a page title's trailing site and section names.
_TITLE_SUFFIX_RE = re.compile(r"^(?P<title>.+?)\s*(?:\s\|\s|｜|\s[-–—]\s|_)\s*(?P<suffix>[^|｜_]+?)\s*$")
MIN_NAMED_HEADING_CHARS = 8


@dataclass(frozen=True, slots=True)
class Block:
    scope: int  # which content element (article, main) it lies in, numbered from 1; 0 outside any
    text: str
    hashes: int  # heading level as Markdown '#' count; 0 for body text


def json_ld_fields(source: str) -> dict[str, str]:
    """A JSON-LD block's publication date (datePublished, else dateCreated) and headline, the first of each."""
    try:
        data = json.loads(source)
    except ValueError:
        return {}  # not JSON after all: nothing read
    items = json_ld_items(data)
    found: dict[str, str] = {}
    for key, field_name in (("datePublished", "date"), ("dateCreated", "date"), ("headline", "title")):
        values = [value for item in items if isinstance(value := item.get(key), str) and value.strip()]
        if values:
            found.setdefault(field_name, " ".join(values[0].split()))
    return found


def json_ld_items(data: object) -> list[dict[str, object]]:
    """The objects of a JSON-LD block: one, a list of them, or an "@graph" holding them."""
    if isinstance(data, list):
        return [item for entry in data for item in json_ld_items(entry)]
    if not isinstance(data, dict):
        return []
    graph = data.get("@graph")
    return [data, *json_ld_items(graph)] if graph is not None else [data]


def named_heading(blocks: list[Block], titles: list[str]) -> int | None:
    """The first heading that a declared title holds whole, of MIN_NAMED_HEADING_CHARS or more.

    That is the page's own name for its text: "Talks resume | Example Wire" names the heading "Talks resume". The
    site's name is cut from the titles first, so a logo's heading "Example Wire" is never the one named.
    """
    names = [" ".join(without_site_name(title).split()).lower() for title in titles if title]
    for i, block in enumerate(blocks):
        text = block.text.lower()
        if block.hashes and len(text) >= MIN_NAMED_HEADING_CHARS and any(text in name for name in names):
            return i
    return None


def is_preamble(before: list[Block], after: list[Block]) -> bool:
    """The blocks before a title are a preamble when they hold a third of the text after it or less."""
    return sum(len(b.text) for b in before) * 3 <= sum(len(b.text) for b in after)


def without_site_name(title: str) -> str:
    """Drop trailing parts shorter than the rest: "Disaster cooperation | Example Forum" -> "Disaster cooperation"."""
    while (match := _TITLE_SUFFIX_RE.match(title)) and _site_of(match["suffix"], match["title"]):
        title = match["title"]
    return title


def site_name(title: str) -> str | None:
    """The last part of a page title that ends with a shorter name: "Disaster cooperation | Example Forum"."""
    match = _TITLE_SUFFIX_RE.match(title)
    return _site_of(match["suffix"], match["title"]) if match else None


def _site_of(suffix: str, title: str) -> str | None:
    """The site's name in a title's last part, when shorter than the rest: "维基百科，自由的百科全书" -> "维基百科"."""
    if len(suffix) < len(title):
        return suffix
    name = suffix.split("，", 1)[0].strip()  # a Chinese site's name and its slogan
    return name if name != suffix and len(name) < len(title) else None


MAX_BOLD_HEADING_CHARS = 120
_SENTENCE_PUNCTUATION = ".。!?！？;；,，"


def is_heading_like(text: str) -> bool:
    return len(text) <= MAX_BOLD_HEADING_CHARS and not text.endswith(tuple(_SENTENCE_PUNCTUATION))
