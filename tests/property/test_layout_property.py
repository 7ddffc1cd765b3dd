"""Properties of ingest and layout: no text lost, no crash on any input, decoding changes nothing but form."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nea_site.errors import SourceError
from nea_site.ingest.decode import decode_source
from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.furniture import drop_page_furniture
from nea_site.parse.layout import split_units

_WHITESPACE_RE = re.compile(r"\s+")


def _drop_whitespace(text: str) -> str:
    return _WHITESPACE_RE.sub("", text)


def _source(text: str) -> SourceText:
    return SourceText(source_id=SourceId("p"), file_name="p.txt", text=text, encoding="utf_8", sha256="0")


# Letters, CJK and sentence punctuation only: no digits, '#', '[', '-' or '<', so no footnote or heading syntax.
plain_chars = st.one_of(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.sampled_from(".,，。 \n\n\t\u3000"),
)
plain_text = st.text(alphabet=plain_chars, max_size=400)

# Fragments of every syntax the parser knows, glued at random: finds crashes that uniform text never reaches.
syntax_text = st.lists(
    st.sampled_from(
        [
            "1. ",
            "I. ",
            "II. ",
            "IV. ",
            "A. ",
            "B. ",
            "Jane Roe",
            "in 2008.1 Since",
            "cooperate.2",
            "1 Ministry of Foreign Affairs, 2008.",
            "2 See the report.",
            "Done at Seoul on 27 May 2024",
            "中华人民共和国外交部",
            "2024年5月27日",
            "1. 1. ",
            "1.1 ",
            "2.3.2 ",
            "3. ",
            "一、",
            "（一）",
            "(二) ",
            "# ",
            "## ",
            "#### ",
            "---",
            "***",
            "\n",
            "\n\n",
            "  ",
            "\u3000",
            "[1] ",
            "[^1]: ",
            "[2] ",
            "<sup>[1]</sup>",
            "<sup>\\*</sup>",
            "[^1]",
            "\\* ",
            "〔摘要〕",
            "①",
            "会议②，",
            "摘  要：",
            "张三1，李四2",
            "中图分类号：D81    文献标识码：A",
            "Contents",
            "Introduction ........ 3",
            "March 2024",
            "Seoul, May 27, 2024",
            "Example Policy Institute",
            "SEOUL (AP) — ",
            "〔关键词〕",
            "〔作者简介〕",
            "【Abstract】 ",
            "Abstract: ",
            "Keywords: ",
            "- Time:2021-05-03",
            "- source:XYZ",
            "—by ",
            "□ ",
            "Author ",
            "Photo by ",
            "[Translated by X]",
            "【责任编辑：某某】",
            "(End)",
            "（完）",
            "Xinhua, Beijing, March 3rd: ",
            "SURNAME, Given",
            "Introduction",
            "References",
            "See also",
            "[edit]",
            "[编辑]",
            "^ a b ",
            "^ ",
            "[citation needed]",
            "From Wikipedia, the free encyclopedia",
            "Categories: ",
            "by Taro Yamada",
            "Staff writer",
            "Editor: Wang Wu",
            "KYODO NEWS - Mar 20, 2025 - 11:05 | World",
            "a@b.kr",
            "结语",
            "U.S. ",
            "合作",
            "区域",
            "Trade",
            "ports",
            "Policy",
            ".",
            "。",
            ",",
            "，",
            ":",
            "：",
            "-",
            "“",
            "”",
            "\\_",
            "<https://a.org/>",
            # Markdown, PDF exports, news and web pages (this session's rules).
            "===",
            "| a | b |",
            "|---|---|",
            "**",
            "*",
            "_",
            "`",
            "[link](https://a.org/x)",
            "![img](x.png)",
            "> ",
            "\f",
            "- 3 -",
            "Page 2 of 9",
            "Journal of X, Vol. 5, No. 2      12",
            "coopera-\ntion",
            "SEOUL, Nov. 26 (Yonhap) -- ",
            "新华社北京3月5日电（记者张三）",
            "2023-10-18 09:30 来源：某社",
            "By X · March 11, 2021",
            "Posted on December 24, 2019 by X",
            "Reporting by X; Editing by Y",
            "Min-ho Choi Department of X",
            "References",
            "参考文献",
            "<!DOCTYPE html>",
            "<article>",
            "</article>",
            "<main>",
            "<h1>",
            "</h1>",
            "<h2>",
            "</h2>",
            "<p>",
            "</p>",
            "<nav>",
            "</nav>",
            "<footer>",
            "<table><tr><td>",
            "</td><td>",
            "</td></tr></table>",
            "<br>",
            "<strong>",
            "</strong>",
            '<div class="share-bar">',
            "</div>",
            '<time datetime="2021-03-11">',
            "<title>",
            "</title>",
            "<p hidden>",
        ]
    ),
    max_size=60,
).map("".join)


@given(plain_text)
@settings(max_examples=300)
def test_split_units_keeps_every_character(text: str) -> None:
    lines = text.split("\n")
    assume(drop_page_furniture(lines) == lines)  # a saved page's button alone on a line ("SHARE") goes by design
    units = split_units(text)
    assert all(u.kind == "text" for u in units)
    kept = "".join(u.text for u in units)
    assert _drop_whitespace(kept) == _drop_whitespace(text)  # splitting may move spaces, never lose text


@given(st.one_of(st.text(), plain_text, syntax_text))
@settings(max_examples=400)
def test_parse_document_never_crashes(text: str) -> None:
    doc = parse_document(_source(text))
    section_ids = {s.id for s in doc.sections}
    assert len(section_ids) == len(doc.sections)
    note_ids = [n.id for n in doc.footnotes]
    assert len(set(note_ids)) == len(note_ids)
    for n, paragraph in enumerate(doc.paragraphs, start=1):
        assert paragraph.text.strip(), paragraph
        assert paragraph.index == n
        assert paragraph.section_id is None or paragraph.section_id in section_ids
        for ref in paragraph.refs:
            assert 0 <= ref.offset <= len(paragraph.text)
            assert ref.footnote_id is None or ref.footnote_id in note_ids


_MAGIC = ("%PDF", "GIF8", "RIFF", "Rar!")  # text that starts like a binary format is refused by design


def _expected_text(text: str) -> str:
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1))
@settings(max_examples=300)
def test_decode_utf8_round_trips(text: str) -> None:
    assume(_expected_text(text).strip() and not text.startswith(_MAGIC))
    assert decode_source(text.encode("utf-8"), file_name="p.txt").text == _expected_text(text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1))
@settings(max_examples=300)
def test_decode_either_returns_clean_text_or_a_source_error(text: str) -> None:
    try:
        decoded = decode_source(text.encode("utf-8"), file_name="p.txt").text
    except SourceError as error:
        assert str(error).startswith("p.txt: ")
        return
    assert "\r" not in decoded and "\x00" not in decoded and decoded.strip()
    assert unicodedata.is_normalized("NFC", decoded)
