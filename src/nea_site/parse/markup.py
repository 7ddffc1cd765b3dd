"""Markup -> plain structured text: HTML pages and Markdown front matter become our text conventions.

Blank-line paragraphs, "# " headings and "[n] " notes after "---", plus header metadata. No markup survives:
tags, scripts, styles and event handlers are dropped, their text kept as text.
"""

from __future__ import annotations

import html.parser
import re
from dataclasses import dataclass, field

import yaml

from nea_site.text.patterns import FRONT_MATTER_RE, HTML_BLOCK_TAG_RE, HTML_DOCUMENT_RE

_BLOCK_TAGS = frozenset(
    "p div section article header footer main aside blockquote figure figcaption li tr table ul ol "
    "dl dt dd pre address nav".split()
)
_DROP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "head"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_META_FIELDS = {
    "title": "title", "og:title": "title", "citation_title": "title", "dc.title": "title",
    "author": "author", "citation_author": "author", "dc.creator": "author", "article:author": "author",
    "date": "date", "citation_publication_date": "date", "article:published_time": "date", "dc.date": "date",
    "og:site_name": "outlet", "citation_journal_title": "outlet", "publisher": "outlet", "dc.publisher": "outlet",
}  # fmt: skip


@dataclass(slots=True)
class Reduced:
    """Text in our plain conventions plus metadata the markup declared (title, date, author, outlet)."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)
    authors: list[str] = field(default_factory=list)


def looks_like_html(text: str) -> bool:
    """A whole HTML page, or a Markdown file that wraps an HTML fragment (blog exports, feed archives)."""
    if HTML_DOCUMENT_RE.search(text[:2000]):
        return True
    # Only block structure counts: Markdown sources use inline tags such as <sup> for note marks.
    blocks = len(HTML_BLOCK_TAG_RE.findall(text))
    return blocks >= 4 and blocks * 400 > len(text)


def reduce_markup(text: str) -> Reduced:
    """Strip front matter and HTML into plain text with metadata; plain text passes unchanged."""
    reduced = Reduced(text=text)
    front = FRONT_MATTER_RE.match(text)
    if front:
        reduced.text = text[front.end() :]
        _take_front_matter(front["yaml"], reduced)
    if looks_like_html(reduced.text):
        parser = _HtmlReducer()
        parser.feed(reduced.text)
        parser.close()
        reduced.text = parser.result()
        for key, value in parser.meta.items():
            reduced.meta.setdefault(key, value)
        reduced.authors.extend(a for a in parser.authors if a not in reduced.authors)
    return reduced


def _take_front_matter(block: str, reduced: Reduced) -> None:
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError:
        return  # not YAML after all: leave the text as it was
    if not isinstance(data, dict):
        return
    for key in ("title", "date", "outlet", "source", "publisher"):
        value = data.get(key)
        if value is not None and str(value).strip():
            reduced.meta.setdefault("outlet" if key in ("source", "publisher") else key, str(value).strip())
    authors = data.get("authors", data.get("author"))
    if isinstance(authors, str):
        reduced.authors.extend(a.strip() for a in re.split(r"[;,、]| and ", authors) if a.strip())
    elif isinstance(authors, list):
        reduced.authors.extend(str(a).strip() for a in authors if str(a).strip())


class _HtmlReducer(html.parser.HTMLParser):
    """Collects visible text by blocks; footnote lists become "[n] text" definitions after a rule."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.notes: list[str] = []
        self.meta: dict[str, str] = {}
        self.authors: list[str] = []
        self._buffer: list[str] = []
        self._drop = 0
        self._heading = 0
        self._in_title = False
        self._title: list[str] = []
        self._in_notes = 0
        self._notes_tag = ""
        self._sup = False
        self._list_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: (v or "") for k, v in attrs}
        if tag in _DROP_TAGS:
            self._drop += 1
            if tag == "head":
                self._drop -= 1  # <head> holds <title> and <meta>, which we read
            return
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            self._take_meta(attr)
        elif tag in _HEADINGS:
            self._flush()
            self._heading = _HEADINGS[tag]
        elif tag == "br":
            self._buffer.append(" ")
        elif tag == "sup":
            self._sup = True
        elif self._in_notes and tag == self._notes_tag:
            self._in_notes += 1
            self._flush()
        elif not self._in_notes and tag in ("ol", "ul", "section", "div", "aside") and _is_notes(attr):
            self._flush()
            self._in_notes, self._notes_tag = 1, tag
        elif tag in _BLOCK_TAGS:
            self._flush()
            if tag == "li" and not self._in_notes:
                self._buffer.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_TAGS and tag != "head":
            self._drop = max(0, self._drop - 1)
            return
        if tag == "title":
            self._in_title = False
            if self._title:
                self.meta.setdefault("title", " ".join("".join(self._title).split()))
        elif tag in _HEADINGS:
            self._flush()
            self._heading = 0
        elif tag == "sup":
            self._sup = False
        elif self._in_notes and tag == self._notes_tag:
            self._flush()
            self._in_notes -= 1
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._drop:
            return
        if self._in_title:
            self._title.append(data)
            return
        if self._sup and data.strip().strip("[]").isdigit():
            self._buffer.append(f"<sup>[{data.strip().strip('[]')}]</sup>")
            return
        self._buffer.append(data)

    def _take_meta(self, attr: dict[str, str]) -> None:
        name = (attr.get("name") or attr.get("property") or "").lower()
        content = " ".join(attr.get("content", "").split())
        key = _META_FIELDS.get(name)
        if not key or not content:
            return
        if key == "author":
            self.authors.append(content)
        else:
            self.meta.setdefault(key, content)

    def _flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        self._buffer = []
        if not text:
            return
        if self._in_notes:
            text = re.sub(r"^\[?(\d{1,3})[\].)]?\s*", "", text)
            self.notes.append(text.replace("↩", "").strip())
        elif self._heading:
            self.blocks.append("#" * self._heading + " " + text)
        else:
            self.blocks.append(text)

    def result(self) -> str:
        """The collected text: blocks separated by blank lines, then the notes as a footnote block."""
        self._flush()
        out = "\n\n".join(self.blocks)
        if self.notes:
            out += "\n\n---\n\n" + "\n\n".join(f"[{i}] {note}" for i, note in enumerate(self.notes, start=1))
        return out + "\n"


def _is_notes(attr: dict[str, str]) -> bool:
    marker = f"{attr.get('class', '')} {attr.get('id', '')} {attr.get('role', '')}".lower()
    return any(word in marker for word in ("footnote", "endnote", "doc-endnotes", "notes"))
