"""A document's full text as HTML blocks inside Markdown: anchored paragraphs with entity links, headings, notes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from nea_site.model import ContentLang, DocumentRecord, Paragraph, Section
from nea_site.render.environment import SafeMarkdown, escape_html, escape_markdown
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
    """A record drawn from a paragraph, shown under it."""

    href: str
    text: str


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
    text = paragraph.text
    kept: list[LinkSpan] = []
    for span in sorted(links, key=lambda s: (s.start, -s.end)):
        if (not kept or span.start >= kept[-1].end) and 0 <= span.start < span.end <= len(text):
            kept.append(span)
    starts = {s.start: s for s in kept}
    ends = {s.end for s in kept}
    marks: dict[int, list[str]] = defaultdict(list)
    for ref in sorted(paragraph.refs, key=lambda r: r.offset):
        offset = min(max(ref.offset, 0), len(text))
        for span in kept:  # a note mark never splits a link: it goes after it
            if span.start < offset < span.end:
                offset = span.end
        marks[offset].append(_ref_mark(ref.label, ref.footnote_id, ref_counts))
    cuts = sorted({0, len(text), *starts, *ends, *marks})
    parts: list[str] = []
    for i, cut in enumerate(cuts):
        if cut in ends:
            parts.append("</a>")
        parts.extend(marks.get(cut, ()))
        if cut in starts:
            span = starts[cut]
            parts.append(f'<a class="nea-mention" href="{escape_html(span.href)}" title="{escape_html(span.title)}">')
        if i + 1 < len(cuts):
            parts.append(escape_html(text[cut : cuts[i + 1]]))
    mark = f'<a class="nea-pilcrow" href="#{paragraph.anchor}" title="¶{paragraph.index}">¶{paragraph.index}</a>'
    html = f'<p id="{paragraph.anchor}" class="nea-para"{lang_attr(paragraph.lang)}>{"".join(parts)} {mark}</p>'
    if records:
        items = "".join(f'<li><a href="{escape_html(r.href)}">{escape_html(r.text)}</a></li>' for r in records)
        html += (
            f'\n\n<details class="nea-records"><summary>{escape_html(records_label)} ({len(records)})</summary>'
            f"<ul>{items}</ul></details>"
        )
    return SafeMarkdown(html)


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

    blocks: list[str] = [para(p) for p in by_section.get(None, [])]
    for section in record.sections:
        blocks.append(render_heading(section, record.lang))
        blocks.extend(para(p) for p in by_section.get(section.id, []))
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
