"""render_full_text: paragraphs, and runs of table rows and list items as HTML tables and lists that keep anchors."""

from __future__ import annotations

import re

from nea_site.curation import merge_metadata
from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.render.body import LinkSpan, RecordLink, render_full_text

TEXT = """# Trade in Numbers

## Key takeaways

- Trade peaked in 2022.
- Supply chains remain linked.

## Trade

| Year | Trade (USD bn) |
|------|----------------|
| 2020 | 690 |
| 2021 | 780 |

Trade between China and Japan reached USD 350 billion in 2022.
"""


def _html(links: dict[int, list[LinkSpan]] | None = None) -> str:
    source = SourceText(source_id=SourceId("b"), file_name="b.md", text=TEXT, encoding="utf_8", sha256="0")
    record = merge_metadata(parse_document(source), None, sha256="0")
    return str(render_full_text(record, links or {}, {}, "Records"))


def test_list_items_are_one_list_and_keep_their_anchors() -> None:
    html = _html()
    items = re.findall(r'<li id="(p-\d+)" class="nea-item"[^>]*>([^<]*)', html)
    assert items == [("p-1", "Trade peaked in 2022. "), ("p-2", "Supply chains remain linked. ")]
    assert html.count("<ul>") == 1


def test_table_rows_are_one_table_with_a_header_row() -> None:
    html = _html()
    assert '<thead><tr id="p-3" class="nea-row"' in html and "<th>Year</th>" in html
    rows = re.findall(r'<tr id="(p-\d+)" class="nea-row"[^>]*><td>([^<]*)</td><td>([^<]*)', html)
    assert rows == [("p-4", "2020", "690 "), ("p-5", "2021", "780 ")]
    assert '<p id="p-6" class="nea-para"' in html  # the paragraph after the table stays a paragraph


def test_a_link_across_two_cells_is_dropped_and_one_inside_a_cell_kept() -> None:
    inside = LinkSpan(start=0, end=4, href="../x/", title="X")  # "2020"
    across = LinkSpan(start=0, end=8, href="../y/", title="Y")  # "2021 | 7"
    html = _html({4: [inside], 5: [across]})
    assert '<td><a class="nea-mention" href="../x/" title="X">2020</a></td>' in html
    assert 'href="../y/"' not in html


def test_the_records_of_a_table_row_name_their_row() -> None:
    source = SourceText(source_id=SourceId("b"), file_name="b.md", text=TEXT, encoding="utf_8", sha256="0")
    record = merge_metadata(parse_document(source), None, sha256="0")
    html = str(render_full_text(record, {}, {4: [RecordLink(href="../t/", text="2020 · trade")]}, "Records"))
    assert html.index("<summary>Records ¶4 (1)</summary>") > html.index("</table>")  # under the table, named
