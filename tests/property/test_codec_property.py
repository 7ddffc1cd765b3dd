"""Properties of the records codec and the escaping of source text."""

from __future__ import annotations

import html.parser

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.model import DocumentMeta, DocumentRecord, LocalizedText, Paragraph, SourceId
from nea_site.records import dump_yaml, from_plain, to_plain
from nea_site.render.environment import escape_markdown

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1)


@given(title=texts, body=texts, authors=st.lists(texts, max_size=3))
@settings(max_examples=60)
def test_dump_load_dump_is_identical(title: str, body: str, authors: list[str]) -> None:
    record = DocumentRecord(
        id=SourceId("doc"),
        source="doc.txt",
        sha256="0",
        lang="en",
        title=LocalizedText(en=title),
        meta=DocumentMeta(title=title, authors=tuple(authors)),
        sections=(),
        paragraphs=(Paragraph(index=1, anchor="p-1", text=body, lang="en", section_id=None),),
        footnotes=(),
    )
    text = dump_yaml(to_plain(record))
    loaded = from_plain(DocumentRecord, yaml.load(text, Loader=yaml.SafeLoader))
    assert loaded == record
    assert dump_yaml(to_plain(loaded)) == text


class _TagCounter(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags += 1


@given(st.text())
def test_escaping_never_yields_a_tag(text: str) -> None:
    parser = _TagCounter()
    parser.feed(escape_markdown(text))
    assert parser.tags == 0
    assert "<" not in escape_markdown(text)
