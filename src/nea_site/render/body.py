"""A document's full text as HTML blocks inside Markdown: paragraphs with anchors, headings, footnotes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from nea_site.model import ContentLang, DocumentRecord, Paragraph, Section
from nea_site.render.environment import SafeMarkdown, escape_html, escape_markdown

HTML_LANG: dict[ContentLang, str] = {
    "en": "en",
    "zh": "zh-Hans",
    "zh-Hant": "zh-Hant",
    "ja": "ja",
    "ko": "ko",
    "und": "",
}


def lang_attr(lang: ContentLang) -> str:
    """` lang="…"` for an element holding source text, or "" when undetermined."""
    code = HTML_LANG[lang]
    return f' lang="{code}"' if code else ""


def ref_id(footnote_id: str, n: int) -> str:
    """Anchor of the n-th reference (1-based) to a footnote."""
    return f"ref-{footnote_id}" if n == 1 else f"ref-{footnote_id}-{n}"


def render_paragraph(paragraph: Paragraph, ref_counts: dict[str, int]) -> SafeMarkdown:
    """One paragraph as a <p> with its anchor, a link to itself, and footnote reference marks."""
    parts: list[str] = []
    last = 0
    for ref in sorted(paragraph.refs, key=lambda r: r.offset):
        parts.append(escape_html(paragraph.text[last : ref.offset]))
        last = ref.offset
        if ref.footnote_id is None:
            parts.append(f"<sup>[{escape_html(ref.label)}]</sup>")
            continue
        ref_counts[ref.footnote_id] += 1
        anchor = ref_id(ref.footnote_id, ref_counts[ref.footnote_id])
        parts.append(
            f'<sup class="nea-fnref" id="{anchor}"><a href="#{ref.footnote_id}">[{escape_html(ref.label)}]</a></sup>'
        )
    parts.append(escape_html(paragraph.text[last:]))
    mark = f'<a class="nea-pilcrow" href="#{paragraph.anchor}" title="¶{paragraph.index}">¶{paragraph.index}</a>'
    return SafeMarkdown(
        f'<p id="{paragraph.anchor}" class="nea-para"{lang_attr(paragraph.lang)}>{"".join(parts)} {mark}</p>'
    )


def section_label(section: Section) -> str:
    """Number and title as printed: "2.3 Title", "一、标题", "（一）标题"."""
    if not section.number:
        return section.title
    joiner = "" if section.number.endswith(("、", "）")) else " "
    return f"{section.number}{joiner}{section.title}"


def render_heading(section: Section, lang: ContentLang) -> SafeMarkdown:
    """A section heading in Markdown (so MkDocs puts it in the page's table of contents)."""
    hashes = "#" * min(section.level + 1, 6)
    label = section_label(section)
    code = HTML_LANG[lang]
    attrs = f"#{section.id}" + (f" lang={code}" if code else "")
    return SafeMarkdown(f"{hashes} {escape_markdown(label)} {{ {attrs} }}")


def render_full_text(record: DocumentRecord) -> SafeMarkdown:
    """Headings and paragraphs in document order; sections without paragraphs still appear."""
    by_section: dict[str | None, list[Paragraph]] = defaultdict(list)
    for paragraph in record.paragraphs:
        by_section[paragraph.section_id].append(paragraph)
    ref_counts: dict[str, int] = defaultdict(int)
    blocks: list[str] = [render_paragraph(p, ref_counts) for p in by_section.get(None, [])]
    for section in record.sections:
        blocks.append(render_heading(section, record.lang))
        blocks.extend(render_paragraph(p, ref_counts) for p in by_section.get(section.id, []))
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
        attrs = f'id="{note.id}" value="{escape_html(note.label)}"{lang_attr(record.lang)}'
        items.append(f"<li {attrs}>{escape_html(note.text)}{back}</li>")
    if not items:
        return SafeMarkdown("")
    return SafeMarkdown('<ol class="nea-footnotes">\n' + "\n".join(items) + "\n</ol>")


def render_outline(record: DocumentRecord, empty: Callable[[], str]) -> SafeMarkdown:
    """Nested Markdown list of section links, indented by level."""
    lines = []
    depth = -1
    for section in record.sections:
        # A list may only go one level deeper at a time, or Markdown reads the item as code.
        depth = min(section.level - 1, depth + 1)
        label = section_label(section)
        lines.append("    " * depth + f"- [{escape_markdown(label)}](#{section.id})")
    return SafeMarkdown("\n".join(lines) if lines else empty())
