"""A Chinese paper's closing English title block: parsed, merged into the record, shown on the English page."""

from __future__ import annotations

from pathlib import Path

from nea_site.curation import merge_metadata
from nea_site.model import SourceId, SourceText, Vocabulary
from nea_site.parse import parse_document
from nea_site.render import render_site

REPO = Path(__file__).resolve().parents[3]

PAPER = """中日韩合作机制化的进展与挑战

张三1，李四2

摘  要：本文考察中日韩合作机制化的进展。

关键词：中日韩合作；机制化

一、引言

2008年12月，首次中日韩领导人会议在福冈举行，标志着三国合作进入新阶段。

二、结论

三国应当加强政治互信，推动合作机制化。

Progress and Challenges in the Institutionalization of China-Japan-ROK Cooperation

ZHANG San1, LI Si2

(1. School of International Relations, Example University, Beijing 100000, China)

Abstract: This article examines the institutionalization of China-Japan-ROK cooperation.

Key words: China-Japan-ROK cooperation; institutionalization
"""


def test_the_english_title_block_of_a_chinese_paper_is_its_parallel_title(tmp_path: Path) -> None:
    source = SourceText(source_id=SourceId("p"), file_name="p.txt", text=PAPER, encoding="utf_8", sha256="0")
    document = parse_document(source)
    assert document.lang == "zh"  # the English block no longer outweighs the Chinese text
    assert [p.text for p in document.paragraphs][-1] == "三国应当加强政治互信，推动合作机制化。"
    meta = document.meta
    assert meta.parallel_title == "Progress and Challenges in the Institutionalization of China-Japan-ROK Cooperation"
    assert meta.parallel_abstract == "This article examines the institutionalization of China-Japan-ROK cooperation."
    assert meta.parallel_keywords == ("China-Japan-ROK cooperation", "institutionalization")
    assert "ZHANG San1, LI Si2" in meta.author_notes
    record = merge_metadata(document, None, sha256="0")
    assert (record.title.zh, record.title.en) == ("中日韩合作机制化的进展与挑战", meta.parallel_title)

    (tmp_path / "build").mkdir()
    render_site((record,), Vocabulary(), REPO / "templates", tmp_path / "build", focus=(), search_words="",
                site_url="http://127.0.0.1:8000/")  # fmt: skip
    english = (tmp_path / "build" / "docs" / "en" / "documents" / "p.md").read_text(encoding="utf-8")
    chinese = (tmp_path / "build" / "docs" / "zh" / "documents" / "p.md").read_text(encoding="utf-8")
    assert "\n# Progress and Challenges in the Institutionalization of China\\-Japan\\-ROK Cooperation" in english
    assert "This article examines the institutionalization" in english and "本文考察" not in english
    assert "本文考察中日韩合作机制化的进展。" in chinese and "This article examines" not in chinese


def test_a_chinese_text_without_a_closing_english_block_keeps_its_last_paragraphs() -> None:
    text = (
        "中日韩合作\n\n三国应当加强合作。\n\nThe leaders met in Seoul.\n\n"
        "Abstract: not a title block without a title.\n"
    )
    source = SourceText(source_id=SourceId("q"), file_name="q.txt", text=text, encoding="utf_8", sha256="0")
    document = parse_document(source)
    assert document.meta.parallel_title is None
    assert [p.text for p in document.paragraphs][-1] == "Abstract: not a title block without a title."


def test_an_english_abstract_under_the_chinese_one_is_parallel_not_a_replacement() -> None:
    text = (
        "中日韩合作机制化的进展与挑战\n\n张三，李四\n\n摘  要：本文考察中日韩合作机制化的进展。\n\n"
        "关键词：中日韩合作；机制化\n\nAbstract: This article examines the institutionalization of cooperation.\n\n"
        "It also looks at the secretariat.\n\nKey words: cooperation; institutionalization\n\n一、引言\n\n"
        "2008年12月，首次中日韩领导人会议在福冈举行。\n"
    )
    meta = parse_document(
        SourceText(source_id=SourceId("r"), file_name="r.txt", text=text, encoding="utf_8", sha256="0")
    ).meta
    assert (meta.abstract, meta.keywords) == ("本文考察中日韩合作机制化的进展。", ("中日韩合作", "机制化"))
    assert meta.parallel_abstract == (
        "This article examines the institutionalization of cooperation.\n\nIt also looks at the secretariat."
    )
    assert meta.parallel_keywords == ("cooperation", "institutionalization")
