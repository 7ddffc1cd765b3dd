"""A document's full text as HTML blocks inside Markdown: anchored paragraphs with entity links, headings, notes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from nea_site.model import TABLE_CELL_JOIN, ContentLang, DocumentRecord, Paragraph, Section
from nea_site.render.environment import SafeMarkdown, escape_html, escape_markdown
from nea_site.render.source_links import find_source_links, links_as_text
from nea_site.text.lang import detect_lang

HTML_LANG: dict[ContentLang, str] = {
    "en": "en",
    "zh": "zh-Hans",
    "zh-Hant": "zh-Hant",
    "ja": "ja",
    "ko": "ko",
    "und": "",
}


@dataclass(frozen=True, slots=True)
class LinkSpan:
    """A stretch of paragraph text that links to an entity page."""

    start: int
    end: int
    href: str
    title: str


@dataclass(frozen=True, slots=True)
class RecordLink:
    """A record drawn from a paragraph, shown under it; `anchor`, its id, is the target of its permalink."""

    href: str
    text: str
    # Other documents' reports of the same happening (nea_site.group): (href, text) each, after `also_label`.
    also: tuple[tuple[str, str], ...] = ()
    also_label: str = ""
    anchor: str = ""


def lang_attr(lang: ContentLang) -> str:
    """` lang="…"` for an element holding source text, or "" when undetermined."""
    code = HTML_LANG[lang]
    return f' lang="{code}"' if code else ""


def ref_id(footnote_id: str, n: int) -> str:
    """Anchor of the n-th reference (1-based) to a footnote."""
    return f"ref-{footnote_id}" if n == 1 else f"ref-{footnote_id}-{n}"


def _ref_mark(label: str, footnote_id: str | None, ref_counts: dict[str, int]) -> str:
    if footnote_id is None:
        return f"<sup>[{escape_html(label)}]</sup>"
    ref_counts[footnote_id] += 1
    anchor = ref_id(footnote_id, ref_counts[footnote_id])
    # Printed numbers restart on every page of the source; the site numbers notes through the whole text.
    number = footnote_id.rsplit("-", 1)[-1]
    title = f' title="[{escape_html(label)}]"'
    return f'<sup class="nea-fnref" id="{anchor}"><a href="#{footnote_id}"{title}>[{number}]</a></sup>'


def render_paragraph(
    paragraph: Paragraph,
    ref_counts: dict[str, int],
    links: list[LinkSpan],
    records: list[RecordLink],
    records_label: str,
) -> SafeMarkdown:
    """One paragraph as a <p> with its anchor, entity links, footnote marks, and the records drawn from it."""
    inline = _inline_html(paragraph, ref_counts, links, cells=False)
    html = f'<p id="{paragraph.anchor}" class="nea-para"{lang_attr(paragraph.lang)}>{inline} {_pilcrow(paragraph)}</p>'
    return SafeMarkdown(html + _records_html(records, records_label))


def render_table(
    rows: list[Paragraph],
    ref_counts: dict[str, int],
    links: dict[int, list[LinkSpan]],
    records: dict[int, list[RecordLink]],
    records_label: str,
) -> SafeMarkdown:
    """Paragraphs that are the rows of a table ("2020 | 690") as one HTML table; each row keeps its anchor.

    The first row is the header when parse read it as one (the source marked it, or said nothing of a header and
    its cells are words or years over figures).
    """
    cells = [_inline_html(p, ref_counts, links.get(p.index, []), cells=True).split(_CELL_BREAK) for p in rows]
    width = max(len(row) for row in cells)
    header = rows[0].kind == "table_header"
    lines: list[str] = []
    for n, (paragraph, row) in enumerate(zip(rows, cells, strict=True)):
        tag = "th" if header and n == 0 else "td"
        row = row + [""] * (width - len(row))
        row[-1] = f"{row[-1]} {_pilcrow(paragraph)}"
        tds = "".join(f"<{tag}>{cell.strip()}</{tag}>" for cell in row)
        lines.append(f'<tr id="{paragraph.anchor}" class="nea-row"{lang_attr(paragraph.lang)}>{tds}</tr>')
    head, body = (lines[:1], lines[1:]) if header else ([], lines)
    html = "<table>" + (f"<thead>{head[0]}</thead>" if head else "") + f"<tbody>{''.join(body)}</tbody></table>"
    return SafeMarkdown(
        html + "".join(_records_html(records.get(p.index, []), f"{records_label} ¶{p.index}") for p in rows)
    )


def render_list(
    items: list[Paragraph],
    ref_counts: dict[str, int],
    links: dict[int, list[LinkSpan]],
    records: dict[int, list[RecordLink]],
    records_label: str,
) -> SafeMarkdown:
    """Paragraphs that are list items ("- RCEP entered into force …") as one list; each item keeps its anchor."""
    lis: list[str] = []
    for item in items:
        inline = _inline_html(item, ref_counts, links.get(item.index, []), cells=False)
        extra = _records_html(records.get(item.index, []), records_label).strip()
        lis.append(
            f'<li id="{item.anchor}" class="nea-item"{lang_attr(item.lang)}>{inline} {_pilcrow(item)}{extra}</li>'
        )
    return SafeMarkdown(f"<ul>{''.join(lis)}</ul>")


_CELL_BREAK = "\x00"  # a cell separator in a row's HTML; ingest removes control characters from every text


def _inline_html(paragraph: Paragraph, ref_counts: dict[str, int], links: list[LinkSpan], *, cells: bool) -> str:
    """The paragraph's text as HTML: entity links and footnote marks; with `cells`, a row's cell breaks.

    A link the source wrote ("[words](target)") shows its words only, or stays a link when its target is an
    absolute http(s) address (see source_links): the syntax around the words is never shown nor made markup.
    """
    text = paragraph.text
    separators = {end for _, end in paragraph.cell_spans()[:-1]} if cells else set()

    def crosses_cell(start: int, end: int) -> bool:
        return any(start < at + len(TABLE_CELL_JOIN) and at < end for at in separators)

    own = [link for link in find_source_links(text) if not crosses_cell(link.start, link.end)]
    hidden = [(link.start, link.words_start) for link in own] + [(link.words_end, link.end) for link in own]
    external = [link for link in own if link.external is not None and link.words_start < link.words_end]
    kept: list[LinkSpan] = []
    for span in sorted(links, key=lambda s: (s.start, -s.end)):
        if (not kept or span.start >= kept[-1].end) and 0 <= span.start < span.end <= len(text):
            if crosses_cell(span.start, span.end):
                continue  # a link never runs across two cells
            if any(span.start < end and start < span.end for start, end in hidden):
                continue  # nor over the syntax of a link the source wrote
            if any(span.start < e.end and e.start < span.end for e in external):
                continue  # nor inside an external link (no link in a link)
            kept.append(span)
    starts = {s.start: s for s in kept}
    ends = {s.end for s in kept}
    external_starts = {e.words_start: e for e in external}
    external_ends = {e.words_end for e in external}
    marks: dict[int, list[str]] = defaultdict(list)
    for ref in sorted(paragraph.refs, key=lambda r: r.offset):
        offset = min(max(ref.offset, 0), len(text))
        for span in kept:  # a note mark never splits a link: it goes after it
            if span.start < offset < span.end:
                offset = span.end
        for link in own:  # nor a link the source wrote, nor its syntax
            if link.start < offset < link.end:
                offset = link.end
        marks[offset].append(_ref_mark(ref.label, ref.footnote_id, ref_counts))
    breaks = {at + len(TABLE_CELL_JOIN) for at in separators}
    bounds = {at for pair in hidden for at in pair}
    cuts = sorted({0, len(text), *starts, *ends, *marks, *separators, *breaks, *bounds})
    hidden_starts = {start: end for start, end in hidden if start < end}
    parts: list[str] = []
    skip_until = -1
    for i, cut in enumerate(cuts):
        if cut in ends or cut in external_ends:
            parts.append("</a>")
        parts.extend(marks.get(cut, ()))
        if cut in starts:
            span = starts[cut]
            parts.append(f'<a class="nea-mention" href="{escape_html(span.href)}" title="{escape_html(span.title)}">')
        if cut in external_starts:
            href = escape_html(external_starts[cut].external or "")
            parts.append(f'<a class="nea-external" href="{href}" rel="nofollow noopener noreferrer">')
        if cut in hidden_starts:
            skip_until = max(skip_until, hidden_starts[cut])
        if i + 1 < len(cuts) and cut >= skip_until:
            parts.append(_CELL_BREAK if cut in separators else escape_html(text[cut : cuts[i + 1]]))
    return "".join(parts)


def _block_kind(paragraph: Paragraph) -> str:
    """What block a paragraph renders in: "row" (a table row), "item" (a list item) or "" (a paragraph)."""
    if paragraph.is_row:
        return "row"
    return "item" if paragraph.kind == "list_item" else ""


def _pilcrow(paragraph: Paragraph) -> str:
    return f'<a class="nea-pilcrow" href="#{paragraph.anchor}" title="¶{paragraph.index}">¶{paragraph.index}</a>'


def _records_html(records: list[RecordLink], records_label: str) -> str:
    if not records:
        return ""
    items = "".join(
        (f'<li id="{escape_html(r.anchor)}">' if r.anchor else "<li>")
        + f'<a href="{escape_html(r.href)}">{escape_html(links_as_text(r.text))}</a>{_also_html(r)}</li>'
        for r in records
    )
    return (
        f'\n\n<details class="nea-records"><summary>{escape_html(records_label)} ({len(records)})</summary>'
        f"<ul>{items}</ul></details>"
    )


def _also_html(record: RecordLink) -> str:
    """The other documents' reports of a record's happening: ' · also reported by: <a>…</a>, <a>…</a>'."""
    if not record.also:
        return ""
    links = ", ".join(f'<a href="{escape_html(href)}">{escape_html(text)}</a>' for href, text in record.also)
    return f" · {escape_html(record.also_label)}: {links}"


def section_label(section: Section) -> str:
    """Number and title as printed: "2.3 Title", "一、标题", "（一）标题"."""
    if not section.number:
        return section.title
    joiner = "" if section.number.endswith(("、", "）")) else " "
    return f"{section.number}{joiner}{section.title}"


def render_heading(section: Section, lang: ContentLang) -> SafeMarkdown:
    """A section heading in Markdown (so MkDocs puts it in the page's table of contents)."""
    hashes = "#" * min(section.level + 1, 6)
    code = HTML_LANG[lang]
    attrs = f"#{section.id}" + (f" lang={code}" if code else "")
    return SafeMarkdown(f"{hashes} {escape_markdown(section_label(section))} {{ {attrs} }}")


def render_full_text(
    record: DocumentRecord,
    links: dict[int, list[LinkSpan]],
    records: dict[int, list[RecordLink]],
    records_label: str,
) -> SafeMarkdown:
    """Headings and paragraphs in document order; sections without paragraphs still appear."""
    by_section: dict[str | None, list[Paragraph]] = defaultdict(list)
    for paragraph in record.paragraphs:
        by_section[paragraph.section_id].append(paragraph)
    ref_counts: dict[str, int] = defaultdict(int)

    def para(p: Paragraph) -> str:
        return render_paragraph(p, ref_counts, links.get(p.index, []), records.get(p.index, []), records_label)

    def run(paragraphs: list[Paragraph]) -> list[str]:
        """Paragraphs in order; two or more table rows in a row are one table, list items one list."""
        out: list[str] = []
        group: list[Paragraph] = []
        kind = ""
        for p in [*paragraphs, None]:
            p_kind = _block_kind(p) if p is not None else "end"
            if group and p_kind != kind:
                if kind == "row" and len(group) >= 2:
                    out.append(render_table(group, ref_counts, links, records, records_label))
                elif kind == "item":
                    out.append(render_list(group, ref_counts, links, records, records_label))
                else:
                    out.extend(para(g) for g in group)
                group = []
            if p is not None:
                group.append(p)
                kind = p_kind
        return out

    blocks: list[str] = run(by_section.get(None, []))
    for section in record.sections:
        blocks.append(render_heading(section, record.lang))
        blocks.extend(run(by_section.get(section.id, [])))
    return SafeMarkdown("\n\n".join(blocks))


def render_footnotes(record: DocumentRecord, back_label: str) -> SafeMarkdown:
    """The notes as an ordered list; each note links back to its first reference."""
    referenced = {r.footnote_id for p in record.paragraphs for r in p.refs if r.footnote_id}
    items = []
    for note in record.footnotes:
        back = (
            f' <a class="nea-backref" href="#{ref_id(note.id, 1)}" title="{escape_html(back_label)}">↩</a>'
            if note.id in referenced
            else ""
        )
        attrs = f'id="{note.id}"{lang_attr(detect_lang(note.text))}'
        items.append(f"<li {attrs}>{escape_html(note.text)}{back}</li>")
    if not items:
        return SafeMarkdown("")
    return SafeMarkdown('<ol class="nea-footnotes">\n' + "\n".join(items) + "\n</ol>")


def render_outline(record: DocumentRecord) -> SafeMarkdown:
    """Nested Markdown list of section links, indented by level."""
    lines = []
    depth = -1
    for section in record.sections:
        # A list may only go one level deeper at a time, or Markdown reads the item as code.
        depth = min(section.level - 1, depth + 1)
        lines.append("    " * depth + f"- [{escape_markdown(section_label(section))}](#{section.id})")
    return SafeMarkdown("\n".join(lines))


def render_meta_table(rows: list[tuple[str, str, str]]) -> SafeMarkdown:
    """Label/value rows (with where each value came from) as an HTML table without an empty header row."""
    cells = []
    for label, value, origin in rows:
        note = f' <small class="nea-origin">({escape_html(origin)})</small>' if origin else ""
        cells.append(f"<tr><th>{escape_html(label)}</th><td>{escape_html(value)}{note}</td></tr>")
    return SafeMarkdown('<table class="nea-meta"><tbody>' + "".join(cells) + "</tbody></table>")
