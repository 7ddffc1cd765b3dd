"""Small document records for the records tests: one English paragraph, a bilingual title, no sections."""

from __future__ import annotations

from nea_site.model import DocumentMeta, DocumentRecord, GroupLink, LocalizedText, Paragraph, SourceId


def small_record(
    record_id: str = "doc", text: str = "Some text.", groups: tuple[GroupLink, ...] = ()
) -> DocumentRecord:
    """A record `record_id` whose one paragraph is `text`."""
    return DocumentRecord(
        id=SourceId(record_id),
        source=f"{record_id}.txt",
        sha256="0" * 64,
        lang="en",
        title=LocalizedText(en="A title", zh="标题", original="en"),
        meta=DocumentMeta(title="A title", authors=("A B",), origins=(("title", "parsed"),)),
        sections=(),
        paragraphs=(Paragraph(index=1, anchor="p-1", text=text, lang="en", section_id=None),),
        footnotes=(),
        groups=groups,
    )
