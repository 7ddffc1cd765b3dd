"""Web pages -> text: the largest article of a page, without its navigation and furniture, and its metadata."""

from __future__ import annotations

import html.parser
import re
from dataclasses import dataclass

from nea_site.parse.formats.webchrome import (
    BLOCK_TAGS,
    CELL_BLOCK_TAGS,
    CHROME_TAGS,
    DROP_TAGS,
    HEAD_TAGS,
    HEADING_TAGS,
    INLINE_TAGS,
    NOTES_CONTAINERS,
    VOID_TAGS,
    is_chrome,
    is_hidden,
    is_link_list,
    is_notes,
)
from nea_site.parse.formats.webtitle import (
    META_FIELDS,
    Block,
    is_heading_like,
    is_preamble,
    json_ld_fields,
    named_heading,
    site_name,
    without_site_name,
)
from nea_site.parse.formats.wikitext import is_silent_link_target
from nea_site.parse.structure import CELL_MARK, CELL_SEPARATOR, HEADER_CELL_MARK, ITEM_MARK

# Where a page says which part of it is the text: the first kind the page has wins.
_SCOPE_PROBES = (
    ("article", re.compile(r"<article[\s>]", re.IGNORECASE)),
    ("main", re.compile(r"<main[\s>]", re.IGNORECASE)),
    ("role=main", re.compile(r"""\brole\s*=\s*["']?main\b""", re.IGNORECASE)),
)
# A class naming a title block ("MsoTitle" of Word's HTML, "doc-title"), not a subtitle ("MsoSubtitle").
_TITLE_CLASS_RE = re.compile(r"(?<![Ss]ub)(?<![Ss]ub-)(?:Title|title)(?![a-z])")
# "Author: Jane Roe", "Note: …": a bold label and its text is a labelled line, not a heading.
_LABELLED_RE = re.compile(r"^[^:：]{1,40}[:：]\s*\S")


@dataclass(frozen=True, slots=True)
class WebText:
    """A page's article as text in our plain conventions, and what its markup declares (title, date, authors…)."""

    text: str
    meta: dict[str, str]
    authors: list[str]


def reduce_html(text: str) -> WebText:
    """An HTML page (or a Markdown file wrapping an HTML fragment) -> its article's text and declared metadata."""
    scope = next((kind for kind, probe in _SCOPE_PROBES if probe.search(text)), None)
    parser = _HtmlReducer(scope)
    parser.feed(text)
    parser.close()
    return WebText(text=parser.result(), meta=dict(parser.meta), authors=list(parser.authors))


class _HtmlReducer(html.parser.HTMLParser):
    """Collects visible text by blocks; footnote lists become "[n] text" definitions after a rule.

    Where the page marks its text (<article>, else <main>, else role="main"), only the largest such element is
    kept; menus, forms, footers, asides and furniture classes are dropped everywhere. The title is chosen by
    `_title`; short blocks before it (breadcrumbs, kickers, a site name) are dropped. A table row's cells are
    joined as parse carries them (see structure.py).
    """

    def __init__(self, scope: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.authors: list[str] = []
        self._blocks: list[Block] = []
        self._notes: list[tuple[int, str]] = []
        self._times: list[tuple[int, str]] = []
        self._page_title: list[str] = []
        self._buffer: list[str] = []
        self._scope_kind = scope
        self._scope_tag = ""
        self._scope_depth = 0
        self._scopes = 0
        self._drop_tag = ""
        self._drop_depth = 0
        self._in_head = False
        self._in_title = False
        self._heading = 0
        self._last_hashes = 0
        self._in_notes = 0
        self._notes_tag = ""
        self._sup = False
        self._sup_text: list[str] = []
        self._in_link = 0  # inside <a>
        self._links = 0  # links opened in the current block
        self._link_chars = 0  # characters of text inside them
        self._bold = 0
        self._bold_text = False
        self._plain_text = False
        self._block_tag = ""
        self._titled = False  # the block's class names it a title: <p class="MsoTitle">, <div class="doc-title">
        self._cells = 0
        self._header_cells = 0  # of the row's cells, how many are <th>: a row of them all is the table's header
        self._after_br = False
        self._in_cell = 0  # inside <td>/<th>
        self._tables: list[bool] = []  # open tables, innermost last: True for one with header cells (data)
        self._json_ld: list[str] | None = None  # inside <script type="application/ld+json">
        self._json_ld_meta: dict[str, str] = {}

    @property
    def _in_data_cell(self) -> bool:
        """Inside a cell of a table with header cells: its paragraphs and line breaks are the cell's words."""
        return bool(self._in_cell and self._tables and self._tables[-1])

    @property
    def _scope(self) -> int:
        return self._scopes if self._scope_depth else 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: (v or "") for k, v in attrs}
        if tag == "script" and "ld+json" in attr.get("type", "").lower():
            self._json_ld = []  # structured data: read for its dates and headline, never shown
            return
        if self._drop_tag:
            self._drop_depth += tag == self._drop_tag
            return
        if tag not in HEAD_TAGS:
            self._in_head = False  # "</head>" may be left out
        notes_start = not self._in_notes and tag in NOTES_CONTAINERS and is_notes(tag, attr)
        if tag in VOID_TAGS:
            self._open(tag, attr)
            return
        if not notes_start and (
            tag in DROP_TAGS
            or tag in CHROME_TAGS
            or is_hidden(attr)
            or is_chrome(attr)
            or (tag == "a" and is_silent_link_target(attr.get("href") or ""))  # a wiki's file or category page
        ):
            if tag not in INLINE_TAGS:
                self._flush()
            self._drop_tag, self._drop_depth = tag, 1
            return
        if self._enters_scope(tag, attr):
            self._flush()
        if self._in_notes and tag == self._notes_tag:
            self._in_notes += 1
            self._flush()
        elif notes_start:
            self._flush()
            self._in_notes, self._notes_tag = 1, tag
        else:
            self._open(tag, attr)

    def _enters_scope(self, tag: str, attr: dict[str, str]) -> bool:
        if self._scope_depth:
            self._scope_depth += tag == self._scope_tag
            return False
        kind = self._scope_kind
        if (kind == "role=main" and attr.get("role", "").lower() == "main") or tag == kind:
            self._scope_tag, self._scope_depth = tag, 1
            self._scopes += 1
            return True
        return False

    def _open(self, tag: str, attr: dict[str, str]) -> None:
        if tag == "head":
            self._in_head = True
        elif tag == "title" and not self._page_title:
            self._in_title = True
        elif tag == "meta":
            self._take_meta(attr)
        elif tag == "time" and attr.get("datetime"):
            self._times.append((self._scope, attr["datetime"]))
        elif tag in HEADING_TAGS:
            self._flush()
            self._heading = HEADING_TAGS[tag]
        elif tag == "br" and self._in_data_cell:
            self._buffer.append(" ")  # a line break inside a table cell: the cell goes on
        elif tag == "br":
            if self._after_br:
                self._flush()  # two line breaks in a row: a paragraph break
            else:
                self._buffer.append(" ")
                self._after_br = True
        elif tag == "a":
            self._in_link += 1
            self._links += 1
        elif tag == "sup":
            self._sup = True
            self._sup_text = []
        elif tag in ("b", "strong"):
            self._bold += 1
        elif tag in ("td", "th"):
            if self._cells:
                self._buffer.append(CELL_SEPARATOR)
            self._cells += 1
            self._header_cells += tag == "th"
            self._in_cell += 1
            if tag == "th" and self._tables:
                self._tables[-1] = True  # a header cell: a table of data, not of layout
        elif tag in CELL_BLOCK_TAGS and self._in_data_cell:
            self._buffer.append(" ")  # "<td><p>…</p></td>": a paragraph inside a cell is the cell's text
        elif tag in BLOCK_TAGS:
            self._flush()
            self._block_tag = tag
            self._titled = tag in ("p", "div") and _TITLE_CLASS_RE.search(attr.get("class", "")) is not None
            if tag == "tr":
                self._cells = 0
                self._header_cells = 0
                self._in_cell = 0
            elif tag == "table":
                self._tables.append(False)
            if tag == "li" and not self._in_notes:
                self._buffer.append(ITEM_MARK)

    def handle_endtag(self, tag: str) -> None:
        if self._json_ld is not None:
            if tag == "script":
                self._take_json_ld("".join(self._json_ld))
                self._json_ld = None
            return
        if self._drop_tag:
            if tag == self._drop_tag:
                self._drop_depth -= 1
                if not self._drop_depth:
                    self._drop_tag = ""
            return
        if tag == "head":
            self._in_head = False
        elif tag == "title":
            self._in_title = False
        elif tag in HEADING_TAGS:
            self._flush()
            self._heading = 0
        elif tag == "a":
            self._in_link = max(0, self._in_link - 1)
        elif tag == "sup":
            self._sup = False
            self._end_sup()
        elif tag in ("b", "strong"):
            self._bold = max(0, self._bold - 1)
        elif tag in ("td", "th"):
            self._in_cell = max(0, self._in_cell - 1)
        elif tag in CELL_BLOCK_TAGS and self._in_data_cell:
            self._buffer.append(" ")
        elif self._in_notes and tag == self._notes_tag:
            self._flush()
            self._in_notes -= 1
        elif tag in BLOCK_TAGS:
            self._flush()
            self._titled = False
            if tag == "table" and self._tables:
                self._tables.pop()
        if self._scope_depth and tag == self._scope_tag:
            self._flush()
            self._scope_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._json_ld is not None:
            self._json_ld.append(data)
            return
        if self._drop_tag:
            return
        if self._in_title:
            self._page_title.append(data)
            return
        if self._in_head:
            return
        if not data.strip():
            self._buffer.append(data)
            return
        self._after_br = False
        if self._in_link:
            self._link_chars += len("".join(data.split()))
        if self._bold:
            self._bold_text = True
        else:
            self._plain_text = True
        if self._sup:
            self._sup_text.append(data)
            return
        self._buffer.append(data)

    def _end_sup(self) -> None:
        """A superscript number, bracketed or not ("1", "[1]", "[" "1" "]" in spans), is a note mark."""
        text = "".join(self._sup_text)
        self._sup_text = []
        number = "".join(text.split()).strip("[]")
        self._buffer.append(f"<sup>[{number}]</sup>" if number.isdigit() else text)

    def _take_meta(self, attr: dict[str, str]) -> None:
        name = (attr.get("name") or attr.get("property") or attr.get("itemprop") or "").lower()
        content = " ".join(attr.get("content", "").split())
        key = META_FIELDS.get(name)
        if not key or not content:
            return
        if key == "author":
            self.authors.append(content)
        else:
            self.meta.setdefault(key, content)

    def _take_json_ld(self, source: str) -> None:
        """A JSON-LD block's date and headline (json_ld_fields), unless an earlier block said."""
        for key, value in json_ld_fields(source).items():
            self._json_ld_meta.setdefault(key, value)

    def _flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        bold_only = self._bold_text and not self._plain_text
        links, link_chars = self._links, self._link_chars
        self._buffer, self._bold_text, self._plain_text, self._after_br = [], False, False, False
        self._links, self._link_chars = 0, 0
        if not text or self._in_head:
            return
        if self._cells > 1 and self._header_cells == self._cells and CELL_MARK in text:
            text = text.replace(CELL_MARK, HEADER_CELL_MARK)  # "<tr><th>…</th><th>…</th></tr>": the header row
        data_row = bool(self._tables and self._tables[-1])  # a header row of linked names is data, not a menu
        if not self._in_notes and not data_row and is_link_list(text, links, link_chars):
            return  # "首页 | 新闻 | 政策", a column of menu links: navigation in a page laid out with tables
        if self._in_notes:
            text = re.sub(r"^\[?(\d{1,3})[\].)]?\s*", "", text)
            self._notes.append((self._scope, text.replace("↩", "").strip()))
        elif self._heading:
            self._last_hashes = self._heading
            self._blocks.append(Block(self._scope, text, self._heading))
        elif self._titled and is_heading_like(text):
            self._last_hashes = 1
            self._blocks.append(Block(self._scope, text, 1))
        elif bold_only and self._block_tag in ("p", "div") and is_heading_like(text) and not _LABELLED_RE.match(text):
            # "<p><strong>Why it matters</strong></p>": a heading one level under the last real one
            self._blocks.append(Block(self._scope, text, max(2, self._last_hashes + 1)))
        else:
            self._blocks.append(Block(self._scope, text, 0))

    def result(self) -> str:
        """The collected text: title, blocks separated by blank lines, then the notes as a footnote block."""
        self._flush()
        scope = self._main_scope()
        blocks = [b for b in self._blocks if b.scope == scope] if scope else list(self._blocks)
        title, blocks = self._title(blocks, scope)
        lines = ([f"# {title}"] if title else []) + [
            ("#" * b.hashes + " " if b.hashes else "") + b.text for b in blocks
        ]
        out = "\n\n".join(lines)
        notes = [text for where, text in self._notes if where in (0, scope)]
        if notes:
            out += "\n\n---\n\n" + "\n\n".join(f"[{i}] {note}" for i, note in enumerate(notes, start=1))
        date = next((value for where, value in self._times if where in (0, scope)), None)
        if date:
            self.meta.setdefault("date", date)
        for key, value in self._json_ld_meta.items():
            self.meta.setdefault(key, value)  # after <meta> and <time>: what the page's head says first
        site = site_name(" ".join("".join(self._page_title).split()))
        if site:
            self.meta.setdefault("outlet", site)
        return out + "\n"

    def _main_scope(self) -> int:
        """The content element holding the most text (0: the page marks none, or they are empty)."""
        sizes = [0] * (self._scopes + 1)
        for block in self._blocks:
            sizes[block.scope] += len(block.text)
        best = max(range(1, len(sizes)), key=lambda n: (sizes[n], -n), default=0)
        return best if best and sizes[best] else 0

    def _title(self, blocks: list[Block], scope: int) -> tuple[str | None, list[Block]]:
        """The title and the blocks of the text after it.

        In order: the heading of the text that the page's <title> (or og:title) holds, so that a logo's <h1> does
        not win; the text's first <h1>; the first heading of the page's article when only a little text (a kicker,
        a date) comes before it; the title declared in <meta>; an <h1> elsewhere on the page; the page's <title>
        without the site's name.
        """
        page_title = " ".join("".join(self._page_title).split())
        named = named_heading(blocks, [self.meta.get("title", ""), page_title])
        first = named if named is not None else next((i for i, b in enumerate(blocks) if b.hashes == 1), None)
        if first is None and scope:
            heading = next((i for i, b in enumerate(blocks) if b.hashes), None)
            if heading is not None and is_preamble(blocks[:heading], blocks[heading + 1 :]):
                first = heading
        if first is not None:
            before, after = blocks[:first], blocks[first + 1 :]
            if is_preamble(before, after):
                before = []  # breadcrumbs, a kicker, the site's name: not the text
            title = blocks[first].text
            if after and not before and after[0].text.casefold() == title.casefold():
                after = after[1:]  # the title said again (an infobox's caption): not a line of the header
            return title, before + after
        declared = self.meta.get("title")
        outside = next((b.text for b in self._blocks if b.hashes == 1), None)
        chosen = declared or outside or without_site_name(page_title) or None
        if chosen and blocks and blocks[0].text.casefold() == chosen.casefold():
            blocks = blocks[1:]  # the title set in bold over the text of a page laid out with tables
        return chosen, blocks
