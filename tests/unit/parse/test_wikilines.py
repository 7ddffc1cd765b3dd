"""A wiki page's tagline and last-edited footer in a copy of it (parse/formats/wikilines.py)."""

from __future__ import annotations

import pytest

from nea_site.model import DocumentMeta, SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.formats.wikilines import read_wiki_lines


def _meta(text: str) -> DocumentMeta:
    source = SourceText(source_id=SourceId("w"), file_name="w.md", text=text, encoding="utf_8", sha256="0")
    return parse_document(source).meta


@pytest.mark.parametrize(
    ("tagline", "footer"),
    [
        ("From Wikipedia, the free encyclopedia", "This page was last edited on 12 March 2024, at 10:05 (UTC)."),
        ("위키백과, 우리 모두의 백과사전.", "이 문서는 2024년 3월 12일 (화) 10:05에 마지막으로 편집되었습니다."),
        (
            "出典: フリー百科事典『ウィキペディア（Wikipedia）』",
            "このページの最終更新日時は 2024年3月12日 (火) 10:05 です。",
        ),
        ("维基百科，自由的百科全书", "本页面最后修订于2024年3月12日 (星期二) 10:05。"),
    ],
)
def test_a_wiki_copy_is_dated_by_its_last_edit_and_loses_its_tagline(tagline: str, footer: str) -> None:
    text = f"# Example Forum\n\n{tagline}\n\nThe **Example Forum** was founded in 2009 and met in 2019.\n\n{footer}\n"
    lines = read_wiki_lines(text)
    assert (lines.tagline, lines.edited) == (True, "2024-03-12")
    assert tagline not in lines.text and footer not in lines.text
    meta = _meta(text)
    assert (meta.title, meta.published) == ("Example Forum", "2024-03-12")


def test_without_a_footer_a_wiki_copy_takes_its_newest_year_not_a_citation_s_access_date() -> None:
    text = (
        "# Example Forum\n\nFrom Wikipedia, the free encyclopedia\n\nThe **Example Forum** was founded in 2009 and"
        ' met in Tokyo in 2023.\n\n## References\n\n1. "Forum opens". Example Times. 2023-05-01. Retrieved'
        " 2024-02-10.\n"
    )
    assert _meta(text).published == "2023"


def test_a_text_without_wiki_lines_is_unchanged() -> None:
    text = "# Talks\n\nThe ministers met on 12 March 2024.\n"
    assert read_wiki_lines(text).text == text
