"""Markup -> plain structured text: HTML pages, Markdown and its front matter become our text conventions.

Blank-line paragraphs, "# " headings and "[n] " notes after "---", plus header metadata. No markup survives:
tags, scripts, styles and event handlers are dropped, their text kept as text (web pages: webpage.py).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from nea_site import lexicon
from nea_site.parse.formats.frontmatter import FrontMatter, read_front_matter
from nea_site.parse.formats.markdown_shapes import MEDIA_BLOCK_RE, MEDIA_LINE_RE, PROSE_HEADING_RE
from nea_site.parse.formats.newswire import read_newswire
from nea_site.parse.formats.pdfnotes import mark_pdf_notes
from nea_site.parse.formats.source_address import labelled_address, take_source_address
from nea_site.parse.formats.tables import pipe_table_rows, tab_table_rows
from nea_site.parse.formats.webpage import reduce_html
from nea_site.parse.formats.wikicopy import reduce_wiki_copy
from nea_site.parse.formats.wikilines import read_wiki_lines
from nea_site.parse.formats.wikimarkdown import is_wiki_markdown, reduce_wiki_markdown
from nea_site.parse.formats.wikitext import is_silent_link_target, is_wikitext, reduce_wikitext
from nea_site.parse.structure import CELL_MARK, HEADER_CELL_MARK, is_row, join_cells
from nea_site.text.patterns import (
    FOOTNOTE_DEF_RE,
    HTML_BLOCK_TAG_RE,
    HTML_DOCUMENT_RE,
    MD_ATTRIBUTES_RE,
    MD_ATX_LINE_RE,
    MD_BODY_LINK_RE,
    MD_CALLOUT_RE,
    MD_CODE_RE,
    MD_COMMENT_RE,
    MD_EM_RE,
    MD_HIGHLIGHT_RE,
    MD_IMAGE_RE,
    MD_QUOTE_RE,
    MD_SETEXT_RE,
    MD_STRONG_RE,
    MD_TABLE_ROW_RE,
    MD_TABLE_RULE_RE,
    MD_TASK_RE,
    MD_WIKILINK_RE,
)

MAX_SETEXT_HEADING_CHARS = 120
_TABLE_OPENING_RE = re.compile(r"<(?:table|thead|tbody|tr)[\s>]", re.IGNORECASE)
_MD_INLINE_MARKS = "*_`[="  # every inline span reduce_markdown reads opens with one of them


@dataclass(slots=True)
class Reduced:
    """Text in our plain conventions plus metadata the markup declared (title, date, author, outlet).

    `declared_blocks` is True for HTML: its paragraphs are the blocks the page marks, and its headings the
    <h1>–<h6> (and bold-only lines) it marks as such; no line is read as a heading, nor joined to the one before.
    """

    text: str
    meta: dict[str, str] = field(default_factory=dict)
    authors: list[str] = field(default_factory=list)
    declared_blocks: bool = False
    # A wiki page's source marks its headings ("== 历史 =="): no other line of it is read as one (a short
    # sentence without its full stop, "PAK和BAN由日本支持", is text).
    declared_headings: bool = False


def looks_like_html(text: str) -> bool:
    """A whole HTML page, or a Markdown file that wraps an HTML fragment (blog exports, feed archives).

    Markdown that has its own headings and holds HTML blocks among its lines (a `<table>`) is Markdown: its HTML
    blocks are reduced one by one (`reduce_markdown`).
    """
    if HTML_DOCUMENT_RE.search(text[:2000]):
        return True
    if _is_markdown_with_html_blocks(text):
        return False
    # Only block structure counts: Markdown sources use inline tags such as <sup> for note marks.
    blocks = len(HTML_BLOCK_TAG_RE.findall(text))
    return blocks >= 4 and blocks * 400 > len(text)


def reduce_markup(text: str) -> Reduced:
    """Strip front matter and HTML into plain text with metadata; plain text passes unchanged."""
    reduced = Reduced(text=text)
    front = read_front_matter(text)
    if front.end:
        reduced.text = text[front.end :]
        _take_front_matter(front, reduced)
    wire = read_newswire(reduced.text)
    if wire is not None:  # an archive's SGML story: its tags are the archive's (formats/newswire.py)
        reduced.text = wire.text
        for key, value in (("title", wire.title), ("date", wire.date)):
            if value:
                reduced.meta.setdefault(key, value)
        reduced.declared_blocks = True
        return reduced
    reduced.text, address = take_source_address(reduced.text)
    if address:
        reduced.meta.setdefault("url", address)
    if address is None and (labelled := labelled_address(reduced.text)):
        reduced.meta.setdefault("url", labelled)  # "原始網址：<https://…>" under the story
    reduced.text, note = _take_source_note(reduced.text)
    if note:
        reduced.meta.setdefault("source_note", note)
    if is_wikitext(reduced.text) and not HTML_DOCUMENT_RE.search(reduced.text[:2000]):
        wiki_source = reduce_wikitext(reduced.text)  # a wiki page's source: its markup never reaches the text
        reduced.text = wiki_source.text
        reduced.meta["encyclopedic"] = "wiki source"
        reduced.declared_headings = True
        if wiki_source.title:
            reduced.meta.setdefault("lead_term", wiki_source.title)
    if looks_like_html(reduced.text):
        page = reduce_html(reduced.text)
        reduced.text = page.text
        for key, value in page.meta.items():
            reduced.meta.setdefault(key, value)
        reduced.authors.extend(a for a in page.authors if a not in reduced.authors)
        reduced.declared_blocks = True
    else:
        reduced.declared_headings |= is_wiki_markdown(reduced.text)  # a converted page keeps its "## " headings
        wiki = reduce_wiki_copy(reduce_wiki_markdown(reduced.text))
        if wiki.site:
            reduced.meta.setdefault("outlet", wiki.site)
            reduced.meta.setdefault("encyclopedic", "wiki copy")
        lead = markdown_lead_term(wiki.text)
        if lead:
            reduced.meta.setdefault("lead_term", lead)
            reduced.meta.setdefault("encyclopedic", "lead term")
            # An encyclopedia's converted page declares its outline with "## " lines: a short line of its own
            # (an image's caption, a map's legend) is no heading.
            reduced.declared_headings |= len(_ATX_LINE_RE.findall(wiki.text)) >= MIN_MARKDOWN_HEADINGS
        reduced.text = reduce_markdown(mark_pdf_notes(wiki.text))
    wiki_lines = read_wiki_lines(reduced.text)  # a wiki's tagline, its last-edited footer (formats/wikilines.py)
    if wiki_lines.tagline or wiki_lines.edited:
        reduced.text = wiki_lines.text
        reduced.meta.setdefault("encyclopedic", "wiki copy")
        if wiki_lines.edited:
            reduced.meta.setdefault("date", wiki_lines.edited)
    return reduced


# "**예시 회의**는", "**ABC+3**（…）", "**例示会議**、": bold that a Korean particle, a CJK character or a CJK
# punctuation mark runs on from.
_CJK_STRONG_RE = re.compile(
    r"\*\*(?=\S)(?P<text>[^\n*]+?)(?<=\S)\*\*(?=[\u3001-\u303f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff01-\uff5e])"
)
# "**Example Daily** | 2026-01-02", "__Example Daily__ | Jan. 2, 2026": a bold name, a bar and a date on a line.
_BOLD_OUTLET_BAR_RE = re.compile(
    r"^\s*(?:\*\*|__)(?P<name>[^*_|\n]{2,40})(?:\*\*|__)\s*[|｜]\s*(?P<rest>(?:19|20)\d{2}\b.*|[A-Z][a-z]{2,8}\.?\s+\d.*"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}.*)$"
)
# A line of a converted wiki page that is only its category links ("Category:A Category:B", "분류:가 분류:나").
_CATEGORY_LINE_RE = re.compile(
    r"^\s*(?:(?:Category|分类|分類|カテゴリ|분류)\s*:\s*\S+(?:[ \t]+(?!(?:Category|分类|分類|カテゴリ|분류)\s*:)\S+)*"
    r"\s*)+$",
    re.IGNORECASE,
)
_QUOTE_LINE_RE = re.compile(r"^[ \t]*>")
# Inline tags that only style their words ("<span style=…>", "<font color=…>"): the words stay.
_AUTOLINK_RE = re.compile(r"<(https?://[^<>\s]+)>")
_INLINE_TAG_RE = re.compile(r"</?(?:span|font|small|big)\b[^<>\n]*>", re.IGNORECASE)
_SWATCH_RE = re.compile(r"[\u2580-\u259f]+")  # block characters: a colour swatch, never words
_REFERENCES_TAG_RE = re.compile(r"^\s*<references\b[^>]*/?>\s*(?:</references>\s*)?$", re.IGNORECASE)
_EMPTY_HEADING_RE = re.compile(r"^[ \t]*#[ \t]*$", re.MULTILINE)  # "###" alone is a release's end mark


def _take_source_note(text: str) -> tuple[str, str | None]:
    """A quote opening the file that says where the text was converted or translated from, taken out of the text.

    "> This page was converted from an online encyclopedia: …", "> 本稿は原文から翻訳されています。": a note on the
    source (`source_note_phrases` of the lexicon), kept as metadata; the text starts after it.
    """
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = start
    while end < len(lines) and _QUOTE_LINE_RE.match(lines[end]):
        end += 1
    if end == start:
        return text, None
    quoted = " ".join(MD_QUOTE_RE.sub("", line).strip() for line in lines[start:end])
    shown = " ".join(MD_BODY_LINK_RE.sub(lambda m: m["text"], quoted).split())
    folded = shown.casefold()
    if not any(phrase.casefold() in folded for phrase in _source_note_phrases()):
        return text, None
    return "\n".join(lines[end:]), shown


@functools.cache
def _source_note_phrases() -> tuple[str, ...]:
    return lexicon.current().words("source_note_phrases")


MAX_LEAD_OFFSET = 120  # characters before the bold term of a lead sentence
MAX_LEAD_TERM_CHARS = 80


def markdown_lead_term(text: str) -> str | None:
    """The term the first paragraph of prose sets in bold near its start ("The **Example Secretariat** is …").

    An encyclopedia's article names its subject so; it is the title of a text that has no title line. Headings,
    quotes, HTML and table lines and list items before it are passed over; None when that paragraph has no such
    term.
    """
    lines = text.split("\n")
    skipped = 0  # short lines passed over: a converted page's short description, an image's caption
    in_table = False  # a table's block: its lines that open with no bar are its own too (a banner's text)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            in_table = False
            continue
        if in_table or stripped[0] in "#>|<-*+" and not stripped.startswith(("**", "__")):
            in_table = in_table or stripped[0] == "|"
            continue
        shown = MD_BODY_LINK_RE.sub(lambda m: m["text"], MD_IMAGE_RE.sub("", stripped))
        strong = MD_STRONG_RE.search(shown) or _CJK_STRONG_RE.search(shown)
        if strong is None and _is_short_standalone(lines, index) and skipped < MAX_SKIPPED_LEAD_LINES:
            skipped += 1
            continue
        if strong is None or strong.start() > MAX_LEAD_OFFSET:
            return None
        term = " ".join(strong["text"].split())
        defines = _DEFINES_RE.match(" ".join([shown, *lines[index + 1 : index + 4]]), strong.end()) is not None
        if skipped and not defines:
            return None  # after short lines, only a sentence that says what its subject is
        if _RUN_IN_AFTER_RE.match(shown, strong.end()) and not (skipped and defines):
            return None  # "**SEOUL** — …", "**Note:** …": a dateline or a run-in label, no subject
        return term if len(term) <= MAX_LEAD_TERM_CHARS and not term.endswith((".", "。", ":", "：")) else None
    return None


MAX_SKIPPED_LEAD_LINES = 8
MAX_SHORT_LINE_CHARS = 100
# What follows an encyclopedia's subject in its lead: "(**EAS**) is a regional forum", ", (…), is an …".
_DEFINES_RE = re.compile(r"[^.]{0,240}?\b(?:is|was|are|were)\s+(?:a|an|the)\b")


def _is_short_standalone(lines: list[str], index: int) -> bool:
    """A line alone between blank lines, short: "Economic forum of …", "Map of members" over a page's lead."""
    return len(lines[index].strip()) <= MAX_SHORT_LINE_CHARS and (
        index + 1 == len(lines) or not lines[index + 1].strip()
    )


_RUN_IN_AFTER_RE = re.compile(r"\s*(?:[—–:：,]|-{1,2}\s)")


MIN_MARKDOWN_HEADINGS = 2  # "# " lines that make a file Markdown however much of it is HTML
_ATX_LINE_RE = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)


def _is_markdown_with_html_blocks(text: str) -> bool:
    """Markdown headings outside HTML, and most of the text outside lines that open with a tag, or headings enough.

    A crawled transcript or a converted wiki page keeps its outline as "## " lines and its paragraphs or tables as
    HTML lines: the HTML may hold most of the text, and the file is still Markdown.
    """
    headings = MD_ATX_LINE_RE.findall(text, 0, len(text))
    if not headings:
        return False
    if len(headings) >= MIN_MARKDOWN_HEADINGS:
        return True
    in_html = sum(
        len(line)
        for line in text.split("\n")
        if line.lstrip().startswith("<") and not MEDIA_LINE_RE.match(line.lstrip())  # images say nothing of it
    )
    return in_html * 2 < len(text)


def _reduce_html_blocks(text: str) -> str:
    """Each blank-line-separated block of a Markdown file that opens with an HTML block tag, as our plain text."""
    chunks = text.split("\n\n")
    for i, chunk in enumerate(chunks):
        opening = chunk.lstrip()
        if opening.startswith("<") and MEDIA_BLOCK_RE.match(opening):
            chunks[i] = ""  # a photo and its caption, an embed: never the text (a caption read as a heading)
            continue
        if opening.startswith("<") and HTML_BLOCK_TAG_RE.match(opening):
            reduced = reduce_html(chunk).text.strip()
            if _TABLE_OPENING_RE.match(opening):
                reduced = reduced.replace("\n\n", "\n")  # a table's rows next to each other
            chunks[i] = reduced
    return "\n\n".join(chunks)


def reduce_markdown(text: str) -> str:
    """Markdown syntax -> its text; text without Markdown passes unchanged.

    Setext headings become "# ", table rows (pipe- or tab-separated) their cells as parse carries a row (see
    structure.py), and links, images,
    emphasis, code spans and quote marks give way to their text. Note definitions ("[1] …") keep their links,
    which the notes' own cleaning turns into "text (url)".
    """
    out: list[str] = []
    if "<!--" in text or "%%" in text:
        # Comments are for the file's writer: never shown. Each keeps its line breaks, so lines stay in place.
        text = MD_COMMENT_RE.sub(lambda m: "\n" * m.group().count("\n"), text)
    if "<" in text and _is_markdown_with_html_blocks(text):
        text = _reduce_html_blocks(text)  # "<table>…</table>" among Markdown paragraphs
    if "#" in text:
        text = _EMPTY_HEADING_RE.sub("", text)  # "#" alone: a heading with no words, no title
    lines = text.split("\n")
    tab_rows = tab_table_rows(lines) if "\t" in text else {}
    pipe_rows = pipe_table_rows(lines) if "|" in text else {}
    for index, line in enumerate(lines):
        if index in tab_rows:
            out.append(tab_rows[index])
            continue
        opening = line.lstrip()[:1]
        if opening == "<" and _REFERENCES_TAG_RE.match(line):
            continue  # "<references />": where a wiki page shows its notes, which a converted page no longer holds
        if opening in ("=", "-"):
            setext = MD_SETEXT_RE.match(line)
            if setext and _is_setext_title(out):
                out[-1] = ("# " if setext["mark"][0] == "=" else "## ") + out[-1].strip()
                continue
        if index in pipe_rows:
            row_text = pipe_rows[index]
            if row_text is None:
                continue  # a cell's next line, carried on its row
            line = row_text
        elif "|" in line:
            bold_bar = _BOLD_OUTLET_BAR_RE.match(line) if line.count("|") == 1 else None
            if bold_bar:  # "**Example Daily** | 2026-01-02": an outlet set in bold and its date, under the title
                line = f"{bold_bar['name'].strip()} · {bold_bar['rest'].strip()}"
            if MD_TABLE_RULE_RE.match(line):
                if out and is_row(out[-1]):
                    out[-1] = out[-1].replace(CELL_MARK, HEADER_CELL_MARK)  # the row over the rule is the header
                continue
            row = MD_TABLE_ROW_RE.match(line)
            if row:
                line = join_cells([cell.strip() for cell in row["cells"].split("|")])
        if opening == ">":
            line = MD_CALLOUT_RE.sub("", MD_QUOTE_RE.sub("", line))  # "> [!NOTE]": a callout's type
        if opening in "-*+" and "[" in line:
            line = MD_TASK_RE.sub(lambda m: m["item"] + ("☐ " if m["done"] == " " else "☑ "), line)
        if opening == "#" and PROSE_HEADING_RE.match(line):
            line = (
                line.lstrip().lstrip("#").lstrip()
            )  # "#### 甲国与乙国周一举行对话。…": a paragraph marked as a heading
        if opening == "#" and line.rstrip().endswith("}"):
            line = MD_ATTRIBUTES_RE.sub("", line)  # "## Background {#background}"
        if any(mark in line for mark in _MD_INLINE_MARKS) and not FOOTNOTE_DEF_RE.match(line):
            line = _reduce_inline(line)
        if "<http" in line:
            line = _AUTOLINK_RE.sub(lambda m: m.group(1), line)  # "<https://…>": Markdown's autolink, its address
        if "<" in line or "\u2588" in line:  # "<span style=…>█</span>Legend": a map's legend of colour swatches
            line = _SWATCH_RE.sub("", _INLINE_TAG_RE.sub("", line))
        if ":" in line and _CATEGORY_LINE_RE.match(line):
            line = ""  # "Category:East Asia Category:Trade": a wiki page's category links, no text
        out.append(line)
    return "\n".join(out)


def _is_setext_title(lines: list[str]) -> bool:
    """The line before an underline is a heading when it stands alone: short, after a blank line, not a list item."""
    if not lines or not lines[-1].strip() or (len(lines) > 1 and lines[-2].strip()):
        return False
    title = lines[-1].strip()
    return len(title) <= MAX_SETEXT_HEADING_CHARS and not title.startswith(("#", "- ", "* ", "+ ", "|"))


def _reduce_inline(line: str) -> str:
    if "[[" in line:
        line = MD_WIKILINK_RE.sub(_wikilink_text, line)
    if "==" in line:
        line = MD_HIGHLIGHT_RE.sub(lambda m: m["text"], line)
    line = MD_IMAGE_RE.sub("", line)
    line = MD_BODY_LINK_RE.sub(_link_text, line)
    line = MD_CODE_RE.sub(lambda m: m["text"], line)
    line = MD_STRONG_RE.sub(lambda m: m["text"], line)
    if "**" in line:
        line = _CJK_STRONG_RE.sub(lambda m: m["text"], line)  # "**예시 회의**는": a particle runs on
    return MD_EM_RE.sub(lambda m: m["text"], line)


def _link_text(match: re.Match[str]) -> str:
    """A link's words; none for a link to a wiki's file or category page ("[Category:X](…/wiki/Category:X)").

    A number linked to a place on the same page ("communique,[3](#f3)") is a note's mark: written "[^3]", as the
    notes read it, not left as a figure glued to the words ("communique,3 Japan").
    """
    if match["target"].startswith("#") and _NOTE_NUMBER_RE.fullmatch(match["text"]):
        return f"[^{match['text']}]"
    return "" if is_silent_link_target(match["target"]) else match["text"]


_NOTE_NUMBER_RE = re.compile(r"[0-9]{1,3}")


def _wikilink_text(match: re.Match[str]) -> str:
    """A note link's shown words: its alias, else its target (and heading); an embedded file shows nothing."""
    if match["embed"]:
        return ""
    if match["alias"]:
        return match["alias"].strip()
    target, heading = (match["target"] or "").strip(), (match["heading"] or "").strip()
    return f"{target} › {heading}" if target and heading else target or heading


def _take_front_matter(front: FrontMatter, reduced: Reduced) -> None:
    for key, value in (("title", front.title), ("date", front.date), ("outlet", front.outlet), ("url", front.url)):
        if value:
            reduced.meta.setdefault(key, value)
    if front.keywords:
        reduced.meta.setdefault("keywords", ", ".join(front.keywords))
    reduced.authors.extend(front.authors)
