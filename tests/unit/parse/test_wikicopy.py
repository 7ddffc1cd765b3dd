"""Text copied from a rendered wiki page: "[edit]" headings, "^" reference lists, maintenance tags, furniture."""

from __future__ import annotations

from conftest import FIXTURES
from nea_site.ingest.decode import read_source
from nea_site.parse import parse_document
from nea_site.parse.formats.wikicopy import reduce_wiki_copy


def test_a_copied_wiki_page_reads_like_the_saved_page() -> None:
    doc = parse_document(read_source(FIXTURES / "wiki_copy.txt"))
    assert doc.meta.title == "Trilateral Cooperation Secretariat"  # not joined to the tagline under it
    assert doc.meta.outlet == "Wikipedia"
    assert [s.title for s in doc.sections] == ["History", "Structure", "See also", "External links"]
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Abbreviation | TCS"  # the infobox's caption (the title again) is dropped
    assert "Each government contributes one third of the operating budget." in texts
    assert texts[-3:] == ["ASEAN Plus Three", "China–Japan–South Korea trilateral summit", "Official website"]
    assert {p.kind for p in doc.paragraphs[-3:]} == {"list_item"}
    assert not any("[edit]" in t or "Categories" in t or "[citation needed]" in t for t in texts)
    assert [n.text[:30] for n in doc.footnotes] == [
        '"History of the secretariat". ',
        'Kim, Minji (14 May 2019). "A s',
        "Lee, Jae-won (2020). Regional ",
    ]
    lead = texts.index(next(t for t in texts if t.startswith("The Trilateral Cooperation Secretariat")))
    assert [r.footnote_id for r in doc.paragraphs[lead].refs] == ["fn-1", "fn-2"]


def test_chinese_wiki_marks() -> None:
    copy = reduce_wiki_copy(
        "中日韩三国合作秘书处\n维基百科，自由的百科全书\n\n秘书处设在首尔[1]。\n\n历史\n[编辑]\n"
        "秘书处于2011年开始运作[来源请求]。\n\n参考文献\n[编辑]\n^ 1.0 1.1 秘书处简介. 示例秘书处.\n"
        "分类：亚洲国际组织\n"
    )
    assert copy.site == "维基百科"
    assert copy.text == (
        "中日韩三国合作秘书处\n\n秘书处设在首尔[1]。\n\n## 历史\n\n秘书处于2011年开始运作。\n\n## 参考文献\n\n"
        "---\n\n[1] 秘书处简介. 示例秘书处.\n"
    )


def test_text_without_an_edit_line_is_unchanged() -> None:
    text = "A title\n\nFrom Wikipedia, the free encyclopedia, we quote: a claim [citation needed].\n\n^ a b c\n"
    assert reduce_wiki_copy(text).text == text
    assert reduce_wiki_copy(text).site is None
