"""A built page's searchable text, read from its HTML as MkDocs wrote it: title, sections under headings, kind.

What Material's search plugin indexed is indexed here too: the article's text, section by section (a heading
starts one), leaving out a page whose theme marks it `<meta name="nea-search" content="exclude">` (front matter
`search: exclude: true`) and a section whose heading carries `data-search-exclude`. Permalink and paragraph
anchors, scripts, styles and the citation box are no text.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from html import unescape
from pathlib import Path

RECORD_VERSION = "1"  # part of each cached record's key: a change of what a record holds invalidates the cache

_ARTICLE_START = '<article class="md-content__inner'
_EXCLUDE_META = re.compile(r'<meta name="nea-search" content="exclude"\s*/?>')
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
# No text: scripts, styles, icons, permalink and paragraph anchors, the citation box (its text is metadata).
_NOT_TEXT = re.compile(
    r"<(script|style|svg|template|noscript)\b.*?</\1>"
    r'|<a class="(?:headerlink|nea-pilcrow)"[^>]*>.*?</a>'
    r'|<details class="nea-cite".*?</details>',
    re.S,
)
_HEADING = re.compile(r"<h([1-6])\b([^>]*)>(.*?)</h\1>", re.S)
_ID = re.compile(r'\bid="([^"]*)"')
_BLOCK_TAG = re.compile(
    r"</?(?:p|li|td|th|tr|div|pre|blockquote|dd|dt|summary|figcaption|table|ul|ol|section|details)\b[^>]*>|<br\s*/?>"
)
_TAG = re.compile(r"<[^>]*>")


@dataclass(slots=True)
class Section:
    anchor: str  # the heading's id ("" for the text before the first heading)
    level: int  # 1-6; 0 before the first heading
    heading: str
    text: str = ""


@dataclass(slots=True)
class PageRecord:
    url: str  # "/documents/001-…/" relative to the language site's root
    title: str
    kind: str  # "document" for a document page, else "page"
    sections: list[Section] = field(default_factory=list)

    def to_json(self) -> str:
        """The record as stable JSON (what the cache keeps)."""
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> PageRecord:
        """A record written by `to_json`."""
        data = json.loads(text)
        return cls(
            url=data["url"],
            title=data["title"],
            kind=data["kind"],
            sections=[Section(**s) for s in data["sections"]],
        )


def page_url(html_path: Path, site_dir: Path) -> str:
    """The page's URL below the language site: "documents/x/index.html" -> "/documents/x/"."""
    relative = html_path.relative_to(site_dir).as_posix()
    return "/" + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)


def read_page(html: str, url: str) -> PageRecord | None:
    """The page's record, or None when the page is left out of search (or has no article).

    Regular expressions over MkDocs' own, regular output (about ten times faster than an HTML parser): the
    article is cut out, the parts that are no text removed, and the rest split at its headings.
    """
    start = html.find(_ARTICLE_START)
    end = html.find("</article>", start)
    if start < 0 or end < 0 or _EXCLUDE_META.search(html, 0, start):
        return None
    article = html[html.index(">", start) + 1 : end]
    article = _NOT_TEXT.sub("", article)
    sections: list[Section] = []
    pieces = _HEADING.split(article)  # text, (level, attributes, heading, text)*
    _add_section(sections, Section(anchor="", level=0, heading="", text=_text(pieces[0])), excluded=False)
    for i in range(1, len(pieces), 4):
        level, attributes, heading, body = pieces[i : i + 4]
        anchor = _ID.search(attributes)
        section = Section(
            anchor=anchor.group(1) if anchor else "", level=int(level), heading=_text(heading), text=_text(body)
        )
        _add_section(sections, section, excluded="data-search-exclude" in attributes)
    title_match = _TITLE.search(html, 0, start)
    title = next((s.heading for s in sections if s.level == 1), "") or (
        _text(title_match.group(1)) if title_match else ""
    )
    kind = "document" if url.startswith("/documents/") and url.count("/") == 3 else "page"
    return PageRecord(url=url, title=title, kind=kind, sections=sections)


def _add_section(sections: list[Section], section: Section, *, excluded: bool) -> None:
    if not excluded and (section.text or section.heading):
        sections.append(section)


def _text(fragment: str) -> str:
    """Text of an HTML fragment: block ends and <br> are spaces, other tags nothing, entities decoded."""
    return " ".join(unescape(_TAG.sub("", _BLOCK_TAG.sub(" ", fragment))).split())


def cached_page(html_path: Path, site_dir: Path, cache_dir: Path | None) -> PageRecord | None:
    """`read_page` of a built file, kept in `cache_dir` under the hash of its bytes and URL (None: no cache)."""
    content = html_path.read_bytes()
    url = page_url(html_path, site_dir)
    if cache_dir is None:
        return read_page(content.decode("utf-8"), url)
    return cached_record(content, url, cache_dir)


def page_key(content: bytes, url: str) -> str:
    """The cache key of a built page: its URL and bytes, and the version of what a record holds."""
    return hashlib.sha256(RECORD_VERSION.encode() + b"\0" + url.encode() + b"\0" + content).hexdigest()


def cached_record(content: bytes, url: str, cache_dir: Path) -> PageRecord | None:
    """`read_page` of a built page's bytes, kept in `cache_dir` under `page_key`."""
    key = page_key(content, url)
    path = cache_dir / key[:2] / f"{key}.json"
    if path.is_file():
        text = path.read_text(encoding="utf-8")
        return None if text == "null" else PageRecord.from_json(text)
    record = read_page(content.decode("utf-8"), url)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("null" if record is None else record.to_json(), encoding="utf-8")
    return record
