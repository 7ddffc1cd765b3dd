"""SourceText -> Document: header, headings, paragraphs (rejoined across page breaks) and footnotes."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from nea_site.model import (
    Document,
    DocumentMeta,
    Footnote,
    Paragraph,
    Section,
    SourceText,
)
from nea_site.parse.footnotes import NoteDraft, PendingRef, clean_note_text, resolve_refs, strip_refs
from nea_site.parse.formats.markup import Reduced, reduce_markup
from nea_site.parse.header.authors import opener_byline
from nea_site.parse.header.closing import read_closing_lines
from nea_site.parse.header.datelines import (
    infer_dateline_year,
    infer_undated_year,
    opens_with_dateline,
    read_opening_dateline,
    read_title_date,
    without_edition_lists,
)
from nea_site.parse.header.declared import declared_date_iso
from nea_site.parse.header.filename import read_file_name_date, read_file_name_title
from nea_site.parse.header.labels import match_credit, split_keywords
from nea_site.parse.header.pageline import read_page_line
from nea_site.parse.header.pagelines import decode_entities
from nea_site.parse.header.parallel import read_parallel_header
from nea_site.parse.header.state import Header
from nea_site.parse.header.title import parse_header
from nea_site.parse.header.urldates import read_url_date
from nea_site.parse.headings import (
    HeadingMatch,
    Outline,
    match_atx,
    match_numbered,
    match_unnumbered,
    numbered_prose,
)
from nea_site.parse.layout import Unit, split_units
from nea_site.parse.paragraphs import Piece, collapse_spaces, finish_footnotes, main_lang, merge_pieces
from nea_site.parse.structure import ITEM_MARK, unmarked, without_marks
from nea_site.parse.unit_kinds import is_closing_date, is_star_item, next_unit_text
from nea_site.text.lang import detect_lang, is_cjk_lang
from nea_site.text.patterns import (
    ANY_CIRCLED_RE,
    AUTHOR_BIO_VERB_RE,
    AUTHOR_BIO_ZH_RE,
    BRACKET_NOTE_LINE_RE,
    CONTINUATION_START_RE,
    END_MARK_RE,
    MARKDOWN_ESCAPE_RE,
    REFERENCES_HEADING_RE,
    SENTENCE_END_RE,
    STAR_NOTE_RE,
    TAGS_LINE_RE,
    TIME_ITEM_RE,
    TITLE_STAR_RE,
)

log = logging.getLogger(__name__)


MAX_TAG_CHARS = 40
MAX_PAGE_LINE_UNITS = 3  # a page saved as one line is the whole file, or nearly


@dataclass(slots=True)
class _Body:
    pieces: list[Piece] = field(default_factory=list)
    notes: list[NoteDraft] = field(default_factory=list)
    pending: list[PendingRef] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    author_notes: list[str] = field(default_factory=list)
    end_marks: list[str] = field(default_factory=list)
    last_was_heading: bool = True
    tags: list[str] = field(default_factory=list)  # "Tags: …" closing a saved web page
    circled: bool = False  # notes are numbered ①, ②…: circled digits in mark position are marks
    bracketed: bool = False  # notes or references are numbered "[1] …": a bare "[1]" after a word is a mark
    bylines: list[str] = field(default_factory=list)  # "Written by Jane Roe" in the body (a blog's author card)


def parse_document(source: SourceText) -> Document:
    """Parse one decoded source into a Document."""
    reduced = reduce_markup(without_marks(source.text))
    units = split_units(reduced.text)
    declared = reduced.meta.get("title") or reduced.meta.get("lead_term")  # front matter, else an article's subject
    header, start = parse_header(units, declared_title=declared)
    if reduced.meta.get("source_note"):
        header.identifiers.append(("source note", reduced.meta["source_note"]))
    _take_declared_metadata(header, reduced)
    if start < len(units) <= start + MAX_PAGE_LINE_UNITS and units[start].kind == "text":
        line = units[start].text.strip()
        page = read_page_line(header, line)  # a crawled page saved as one line of text
        if page is not None and page[1] < len(line):
            # Its title line ("Headline - Site") stays, the site's menus between it and the story go.
            units[start].text = line[page[1] :]
            units.insert(start, Unit(kind="text", text=line[: page[0]], line=units[start].line))
    outline = Outline()
    body = _Body(
        circled=any(_is_circled(label) for u in units if u.kind == "notes" for label, _, _ in u.notes),
        bracketed=BRACKET_NOTE_LINE_RE.search(reduced.text) is not None,
    )
    end = read_parallel_header(header, units, start)  # a Chinese paper's English title block closing it
    for i in range(start, end):
        _take_unit(units, i, outline, body, declared_blocks=reduced.declared_blocks or reduced.declared_headings)
    _take_closing_bio(header, body)
    if body.pending:
        resolve_refs(body.pending, body.notes)  # notes printed before their marks, or at the very end
    paragraphs = merge_pieces(body.pieces, joinable=not reduced.declared_blocks)
    if paragraphs:
        # The dateline opens the story, which a photo's caption may stand over: the first of three paragraphs to
        # open with one, else the first paragraph.
        opening = next((p.text for p in paragraphs[:3] if opens_with_dateline(p.text)), paragraphs[0].text)
        read_opening_dateline(header, opening)
    read_title_date(header)
    read_closing_lines(header, [p.text for p in paragraphs])
    body_text = "\n".join(p.text for p in paragraphs)
    infer_dateline_year(header, body_text)
    read_url_date(header, reduced.meta.get("url"))  # the page's address: "…/2024/05/27/…"
    read_file_name_date(header, source.file_name, body_text)  # below any date the text gives
    read_file_name_title(header, source.file_name)  # only when the text, its front matter and page gave none
    footnotes = finish_footnotes(body.notes, paragraphs)
    if reduced.meta.get("encyclopedic"):
        # An encyclopedia's article (a wiki's page, or its subject set in bold in its lead) has no date of its own.
        infer_undated_year(
            header,
            [s.title for s in outline.sections]
            + without_edition_lists([(p.kind == "list_item", p.text) for p in paragraphs])
            + [n.text for n in footnotes],
        )
    return Document(
        source_id=source.source_id,
        file_name=source.file_name,
        lang=main_lang(paragraphs, header.title),
        meta=unmarked(_make_meta(header, body)),  # a table's row the header took shows its cells joined by bars
        sections=tuple(
            unmarked(s) for s in _without_emptied_reference_sections(outline.sections, paragraphs, footnotes)
        ),
        paragraphs=tuple(paragraphs),
        footnotes=tuple(unmarked(n) for n in footnotes),
    )


def _take_declared_metadata(header: Header, reduced: Reduced) -> None:
    """Front matter and <meta> values fill what the text itself did not say."""
    if not header.title and reduced.meta.get("title"):
        header.title = reduced.meta["title"]
        header.origins["title"] = "parsed"
    if not header.title and reduced.meta.get("lead_term"):
        header.title = reduced.meta["lead_term"]  # an article's subject, set in bold in its lead sentence
        header.origins["title"] = "parsed"
    if not header.authors and reduced.authors:
        header.authors = list(reduced.authors)
        header.origins["authors"] = "parsed"
    if not header.outlet and reduced.meta.get("outlet"):
        header.outlet = reduced.meta["outlet"]
        header.origins["outlet"] = "parsed"
    if not header.keywords and reduced.meta.get("keywords"):
        header.keywords = split_keywords(reduced.meta["keywords"])
        header.origins["keywords"] = "parsed"
    iso = declared_date_iso(reduced.meta.get("date", ""))
    if iso and not header.published:
        header.published = iso
        header.origins["published"] = "parsed"


def _take_unit(units: list[Unit], i: int, outline: Outline, body: _Body, *, declared_blocks: bool) -> None:
    unit = units[i]
    if unit.kind == "notes":
        block = []
        for label, text, line in unit.notes:
            note = NoteDraft(id=f"fn-{len(body.notes) + 1}", label=label, text=clean_note_text(text), line=line)
            body.notes.append(note)
            block.append(note)
        body.pending = resolve_refs(body.pending, block)
        return
    text = unit.text.strip()
    if is_star_item(units, i):
        text = ITEM_MARK + text[1:].lstrip()  # "* item" beside another item: a list, not a title's note
    if _take_credit(text, body):
        return
    heading, hashes = _find_heading(units, i, outline, body, declared_only=declared_blocks)
    if heading is not None:
        outline.add(heading, hashes=hashes)
        body.last_was_heading = True
        if heading.rest:
            _add_piece(heading.rest, outline, body)
        return
    _add_piece(text, outline, body)


def _find_heading(
    units: list[Unit], i: int, outline: Outline, body: _Body, *, declared_only: bool
) -> tuple[HeadingMatch | None, int | None]:
    """The heading that unit i is, with its '#' count when marked so; `declared_only`: marked ones only (HTML)."""
    unit = units[i]
    text, refs = strip_refs(unit.text.strip(), circled=body.circled, bracketed=body.bracketed)
    atx = match_atx(text)
    if atx:
        hashes, inner = atx
        inner = TITLE_STAR_RE.sub("", inner).strip()
        numbered = match_numbered(inner)
        if numbered:
            return numbered, hashes
        return HeadingMatch(system="none", number="", title=inner, rest=""), hashes
    if declared_only or outline.in_references:
        return None, None  # a table row, a short line of a page or a citation is body text, not a heading
    if END_MARK_RE.fullmatch(text):
        return None, None  # "END", "（完）" alone: the text's end mark
    if refs and SENTENCE_END_RE.search(text):
        return None, None  # a sentence with a note mark is body text, however short
    numbered = match_numbered(text)
    if numbered and outline.accepts(numbered) and not _in_numbered_list(units, i):
        return numbered, None
    if _continues_after_notes(units, i):
        return None, None
    next_text = next_unit_text(units, i)
    if i > 0 and units[i - 1].kind == "text" and TIME_ITEM_RE.match(units[i - 1].text):
        return None, None  # the line under a programme's item ("09:00 Opening Remarks" / "Secretary-General, …")
    if is_closing_date(units, i):
        return None, None  # "中华人民共和国外交部" over "二〇二四年五月二十七日" closing the text: its signature
    unnumbered = match_unnumbered(text, single_line=unit.single_line, next_text=next_text)
    if unnumbered and (unnumbered.keyword or (next_text is not None and len(next_text) > len(text))):
        return unnumbered, None
    return None, None


def _is_circled(label: str) -> bool:
    return ANY_CIRCLED_RE.fullmatch(label) is not None


def _in_numbered_list(units: list[Unit], i: int) -> bool:
    """Unit i is one of a run of numbered sentences ("1. We met …." then "2. We agreed …."): paragraphs, not headings.

    A heading has text of its own under it; consecutive numbered sentences with nothing between them are the
    numbered paragraphs of a declaration or the items of a list. So are "1. …" lines on consecutive lines of the
    source (a tight list, a wiki's "#" items), sentences or not.
    """
    own = numbered_prose(units[i].text.strip())
    if own is not None and _is_long_prose(units[i].text):
        return True  # "1. The 20th Meeting was held on 2 August 2019 in …, chaired by …": a statement's paragraph
    tight = _TIGHT_ITEM_RE.match(units[i].text)
    for j, step in ((i - 1, -1), (i + 1, 1)):
        if not 0 <= j < len(units) or units[j].kind != "text":
            continue
        if own is not None and numbered_prose(units[j].text.strip()) == (own[0], own[1] + step):
            return True
        beside = _TIGHT_ITEM_RE.match(units[j].text) if tight and units[j].line == units[i].line + step else None
        if tight and beside and int(beside[1]) == int(tight[1]) + step:
            return True
    return False


MIN_PARAGRAPH_WORDS = 25  # a numbered sentence this long is a paragraph, never a heading, alone or not
MIN_PARAGRAPH_CHARS_ZH = 60


def _is_long_prose(text: str) -> bool:
    cjk = is_cjk_lang(detect_lang(text))
    return len(text.strip()) >= MIN_PARAGRAPH_CHARS_ZH if cjk else len(text.split()) >= MIN_PARAGRAPH_WORDS


_TIGHT_ITEM_RE = re.compile(r"(\d{1,2})\. \S")  # "3. " opening a single line


def _continues_after_notes(units: list[Unit], i: int) -> bool:
    """A text cut by a page's footnote block: the next unit is notes and the text after them continues it."""
    if i + 1 >= len(units) or units[i + 1].kind != "notes" or SENTENCE_END_RE.search(units[i].text):
        return False
    following = next_unit_text(units, i)
    return following is not None and bool(CONTINUATION_START_RE.match(following))


MAX_BIO_CHARS = 400


def _take_closing_bio(header: Header, body: _Body) -> None:
    """A last paragraph saying who the author is ("Lee Jiyoung is a fellow at …", "（作者系…）") is an author note."""
    if not body.pieces:
        return
    last = body.pieces[-1]
    text = last.text.strip()
    if len(text) > MAX_BIO_CHARS or last.refs:
        return
    named = any(text.startswith(name) and AUTHOR_BIO_VERB_RE.match(text, len(name)) for name in header.authors)
    if named or AUTHOR_BIO_ZH_RE.match(text):
        body.author_notes.append(text)
        body.pieces.pop()


def _take_credit(text: str, body: _Body) -> bool:
    byline = opener_byline(text, labels=False)
    if byline:  # the authors, where the header named none; never a paragraph of the text
        body.bylines = body.bylines or byline
        return True
    credit = match_credit(text)
    if credit is not None:
        body.credits.append(credit)
        return True
    star = STAR_NOTE_RE.match(text)
    if star:
        body.author_notes.append(MARKDOWN_ESCAPE_RE.sub("", star["text"]).strip())
        return True
    tags = TAGS_LINE_RE.match(text)
    if tags and not body.tags and not SENTENCE_END_RE.search(text):
        items = split_keywords(tags["tags"])  # "Tags: China, Japan": the page's keywords, a list of short names
        if all(len(item) <= MAX_TAG_CHARS for item in items):
            body.tags = items
            return True
    return False


def _add_piece(text: str, outline: Outline, body: _Body) -> None:
    end = END_MARK_RE.search(text)
    if end:
        body.end_marks.append(end.group().strip())
        text = text[: end.start()]
    clean, refs = strip_refs(text, circled=body.circled, bracketed=body.bracketed)
    clean = MARKDOWN_ESCAPE_RE.sub("", clean)
    clean, refs = collapse_spaces(clean, refs)
    if not clean:
        return
    body.pending.extend(refs)
    body.pieces.append(Piece(text=clean, refs=refs, section_id=outline.current, joinable=not body.last_was_heading))
    body.last_was_heading = False


def _without_emptied_reference_sections(
    sections: list[Section], paragraphs: list[Paragraph], footnotes: tuple[Footnote, ...]
) -> tuple[Section, ...]:
    """The outline without a reference list's heading that nothing is left under because its entries are the notes.

    "References" over `[1] …` entries, or a web page's reference list: the entries are read as the document's
    notes, and the heading alone would be an empty section on the page.
    """
    if not footnotes:
        return tuple(sections)
    used = {p.section_id for p in paragraphs} | {s.parent for s in sections}
    return tuple(s for s in sections if s.id in used or not REFERENCES_HEADING_RE.match(s.title))


def _make_meta(header: Header, body: _Body) -> DocumentMeta:
    identifiers = list(header.identifiers) + [("end mark", mark) for mark in body.end_marks]
    origins = dict(header.origins)
    if header.author_notes or body.author_notes:
        origins["author_notes"] = "parsed"
    if body.bylines and not header.authors:
        origins["authors"] = "parsed"
    if header.credits or body.credits:
        origins["credits"] = "parsed"
    if body.tags and not header.keywords:
        origins["keywords"] = "parsed"
    return DocumentMeta(
        title=decode_entities(header.title) if header.title else header.title,
        authors=tuple(header.authors or body.bylines),
        published=header.published,
        outlet=header.outlet,
        place=header.place,
        abstract=header.abstract,
        keywords=tuple(header.keywords or body.tags),
        author_notes=tuple(header.author_notes + body.author_notes),
        credits=tuple(header.credits + body.credits),
        parallel_title=header.parallel_title,
        parallel_abstract=header.parallel_abstract,
        parallel_keywords=tuple(header.parallel_keywords),
        identifiers=tuple(identifiers),
        origins=tuple(sorted(origins.items())),
    )
