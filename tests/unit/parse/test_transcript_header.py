"""A broadcast transcript kept as Markdown headings over raw HTML paragraphs, its date in its title as digits."""

from __future__ import annotations

import pytest

from nea_site.model import Document, SourceId, SourceText
from nea_site.parse import parse_document

TRANSCRIPT = (
    "# 《晚间要闻》 (20190314)\n\n## 内容提要\n\n本期主要内容：\n\n\n"
    "1.部长会见来访代表团；\n\n\n2.示例市举办博览会。\n\n"
    "## 详细内容\n\n### 部长会见来访代表团\n\n"
    "<p><strong>本台消息</strong>：部长27日在示例市会见来访代表团。</p><p>双方就合作交换了意见。</p>\n\n"
    "### 示例市举办博览会\n\n<p>示例市博览会26日开幕。</p>\n"
)


def _parse(text: str) -> Document:
    return parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.md", text=text, encoding="utf_8", sha256="0")
    )


def test_the_title_is_the_programme_and_its_date_and_the_date_dates_it() -> None:
    doc = _parse(TRANSCRIPT)
    assert (doc.meta.title, doc.meta.published) == ("《晚间要闻》 (20190314)", "2019-03-14")


def test_headings_and_html_paragraphs_stay_apart() -> None:
    doc = _parse(TRANSCRIPT)
    texts = [p.text for p in doc.paragraphs]
    assert "本台消息：部长27日在示例市会见来访代表团。" in texts
    assert "双方就合作交换了意见。" in texts
    assert [s.title for s in doc.sections if s.level == 2] == ["部长会见来访代表团", "示例市举办博览会"]


@pytest.mark.parametrize(
    ("title", "published"),
    [("Evening Bulletin (2019-03-14)", "2019-03-14"), ("Evening Bulletin (20240231)", None)],
)
def test_a_bracketed_date_closing_a_title(title: str, published: str | None) -> None:
    assert _parse(
        f"# {title}\n\nThe minister met the delegation and both sides talked at length.\n"
    ).meta.published == (published)
