"""parse_document: each quirk fixture parses to the expected metadata, outline, paragraphs and footnotes."""

from __future__ import annotations

import textwrap
from functools import cache

import pytest

from conftest import FIXTURES
from nea_site.ingest.decode import read_source
from nea_site.model import Document, DocumentMeta, SourceId, SourceText
from nea_site.parse import parse_document

FIXTURE_NAMES = [
    "wrapped_pdf_lines.txt",
    "markdown_page_footnotes.md",
    "web_article_inline_headings.txt",
    "mixed_en_zh_interview.txt",
    "untitled_abstract_first.txt",
    "translated_credit.txt",
    "wechat_article_copy.txt",
    "repository_stamped_paper.txt",
]


@cache
def _parse_fixture(name: str) -> Document:
    return parse_document(read_source(FIXTURES / name))


def _parse(text: str) -> Document:
    return parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.txt", text=text, encoding="utf_8", sha256="0")
    )


def _outline(doc: Document) -> list[tuple[str, str, int, str | None]]:
    return [(s.number, s.title, s.level, s.parent) for s in doc.sections]


def _starts(doc: Document, width: int = 24) -> list[str]:
    return [p.text[:width] for p in doc.paragraphs]


# --- invariants that hold for every fixture -------------------------------------------------------------


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_paragraphs_are_numbered_and_placed(name: str) -> None:
    doc = _parse_fixture(name)
    assert [(p.index, p.anchor) for p in doc.paragraphs] == [(n, f"p-{n}") for n in range(1, len(doc.paragraphs) + 1)]
    section_ids = [s.id for s in doc.sections]
    assert len(set(section_ids)) == len(section_ids)
    assert all(p.section_id is None or p.section_id in section_ids for p in doc.paragraphs)
    assert all(s.parent is None or s.parent in section_ids for s in doc.sections)
    assert all(p.text and p.text == p.text.strip() and "\n" not in p.text for p in doc.paragraphs)
    assert all("<sup>" not in p.text for p in doc.paragraphs)


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_credits_and_end_marks_stay_out_of_paragraphs(name: str) -> None:
    doc = _parse_fixture(name)
    body = "\n".join(p.text for p in doc.paragraphs)
    for credit in doc.meta.credits:
        assert credit not in body
    for marker in ("Photo by", "Translated by", "责任编辑", "(End)"):
        assert marker not in body


# --- wrapped_pdf_lines.txt --------------------------------------------------------------------------------


def test_wrapped_pdf_meta() -> None:
    doc = _parse_fixture("wrapped_pdf_lines.txt")
    assert doc.meta == DocumentMeta(
        title="Regional Cooperation in the Tumen River Basin: Ports, Railways and Trust",
        origins=(("title", "parsed"),),
    )
    assert doc.lang == "en"


def test_wrapped_pdf_outline() -> None:
    doc = _parse_fixture("wrapped_pdf_lines.txt")
    assert _outline(doc) == [
        ("1", "Transport links across the lower basin and the changing role of the provincial governments", 1, None),
        (
            "1.1",
            "Customs procedures at the border crossings and the slow growth of transit trade between the "
            "neighbouring provinces",
            2,
            "s-1",
        ),
        ("1.2", "Energy projects and local finance", 2, "s-1"),  # came right after a paragraph line
        ("2", "Lessons for regional cooperation", 1, None),
    ]
    assert [s.id for s in doc.sections] == ["s-1", "s-1-1", "s-1-2", "s-2"]


def test_wrapped_pdf_paragraphs() -> None:
    doc = _parse_fixture("wrapped_pdf_lines.txt")
    assert _starts(doc) == [
        "Regional cooperation alo",
        "Rail links are the oldes",
        "Customs procedures remai",
        "Energy projects followed",
        "The experience of the ba",
    ]
    assert [p.section_id for p in doc.paragraphs] == [None, "s-1", "s-1-1", "s-1-2", "s-2"]
    assert [p.lang for p in doc.paragraphs] == ["en"] * 5
    # The blank line mid-sentence is rejoined; the hyphen at a line end joins "cross-border".
    assert doc.paragraphs[1].text == (
        "Rail links are the oldest form of cooperation in the basin. A line built for the cross-border timber "
        "trade opened in the early 1990s, but for years the number of freight trains crossing the border each week "
        "stayed below ten, until the provincial governments agreed on a shared timetable and a single inspection "
        "point in 2012. Since then traffic has grown in most years."
    )
    assert doc.footnotes == ()


# --- markdown_page_footnotes.md ---------------------------------------------------------------------------


def test_markdown_meta() -> None:
    doc = _parse_fixture("markdown_page_footnotes.md")
    assert doc.meta == DocumentMeta(
        title="图们江流域区域合作的机制演进与前景",
        authors=("林青", "高远"),
        abstract=(
            "图们江流域区域合作起步于上世纪九十年代，历经项目推动、机制建设和地方主导三个阶段。本文梳理了港口、"
            "铁路与口岸合作的进展，分析了资金不足、规则分散和互信薄弱等现实困境，并提出以小多边项目积累互信、"
            "以地方对接带动国家层面合作的路径。"
        ),
        keywords=("区域合作", "图们江", "地方政府"),
        author_notes=(
            "林青，某大学东北亚研究院教授",
            "高远，某大学东北亚研究院博士研究生",
            "本文系某研究基金项目的阶段性成果。",
        ),
        credits=("责任编辑：某某",),
        identifiers=(("中图分类号", "D81"),),
        origins=(
            ("abstract", "parsed"),
            ("author_notes", "parsed"),
            ("authors", "parsed"),
            ("credits", "parsed"),
            ("keywords", "parsed"),
            ("title", "parsed"),
        ),
    )
    assert doc.lang == "zh"


def test_markdown_outline_ignores_hash_counts() -> None:
    doc = _parse_fixture("markdown_page_footnotes.md")
    assert _outline(doc) == [
        ("一、", "区域合作的发展历程", 1, None),
        ("（一）", "项目推动阶段", 2, "s-1"),
        ("二、", "区域合作的现实困境", 1, None),  # printed as ####
        ("（一）", "资金不足", 2, "s-2"),  # printed as ##, one level above its parent's hashes
        ("（二）", "互信薄弱", 2, "s-2"),
        ("三、", "结语", 1, None),
    ]
    assert [s.id for s in doc.sections] == ["s-1", "s-1-1", "s-2", "s-2-1", "s-2-2", "s-3"]


def test_markdown_sentence_cut_mid_word_by_footnote_block_is_one_paragraph() -> None:
    doc = _parse_fixture("markdown_page_footnotes.md")
    assert len(doc.paragraphs) == 4
    first = doc.paragraphs[0]
    assert first.text == (
        "九十年代初，国际组织提出了流域开发的设想，沿岸各方随即成立了协调小组。此后十年间，各方围绕港口租用、"
        "铁路联运和口岸通关开展了多轮磋商，并签署了合作备忘录，将协调小组升格为政府间机制。"
        "这一安排为后来的地方合作奠定了基础。"
    )
    assert first.section_id == "s-1-1"
    assert [p.section_id for p in doc.paragraphs] == ["s-1-1", "s-2-1", "s-2-2", "s-3"]
    assert [p.lang for p in doc.paragraphs] == ["zh"] * 4


def test_markdown_footnotes_restart_per_page_but_ids_are_unique() -> None:
    doc = _parse_fixture("markdown_page_footnotes.md")
    assert [(n.id, n.label, n.paragraph) for n in doc.footnotes] == [
        ("fn-1", "1", 1),
        ("fn-2", "1", 1),
        ("fn-3", "2", 1),
        ("fn-4", "1", 2),
        ("fn-5", "1", 4),
    ]
    assert doc.footnotes[3].text == (
        "Zhang San, “Financing Cross-Border Infrastructure,” Journal of Border Studies, Vol.3, No.1, 2015, p.21."
    )
    assert doc.footnotes[4].text == "赵某：《小多边合作的逻辑》，https://example.org/article/1。"


def test_markdown_every_ref_resolves_to_the_right_note() -> None:
    doc = _parse_fixture("markdown_page_footnotes.md")
    notes = {n.id: n.text for n in doc.footnotes}
    # (paragraph, text just before the mark, label, start of the note it points to)
    found = [
        (p.index, p.text[: r.offset][-5:], r.label, notes[r.footnote_id][:6])
        for p in doc.paragraphs
        for r in p.refs
        if r.footnote_id is not None
    ]
    assert found == [
        (1, "协调小组。", "1", "王某：《图们"),
        (1, "府间机制。", "1", "李某：《从项"),
        (1, "定了基础。", "2", "同上，第9页"),
        (2, "十分有限。", "1", "Zhang "),
        (4, "现实选择。", "1", "赵某：《小多"),
    ]
    assert all(r.footnote_id is not None for p in doc.paragraphs for r in p.refs)


# --- web_article_inline_headings.txt ----------------------------------------------------------------------


def test_web_article_meta() -> None:
    doc = _parse_fixture("web_article_inline_headings.txt")
    assert doc.meta == DocumentMeta(
        title="Pathways for Green Energy Cooperation in Northeast Asia",
        authors=("Zhao Lin",),
        published="2021-05-03",
        outlet="XYZ",
        abstract=(
            "Green energy has become a new field of regional cooperation in Northeast Asia, where neighbouring "
            "economies differ widely in resources, technology and demand. This article reviews power trade, "
            "hydrogen projects and grid planning in the region.\n\n"
            "It argues that cooperation should start from cross-border power links and shared technical standards, "
            "and that local governments can act as brokers between national agencies and firms."
        ),
        keywords=("green energy", "regional cooperation", "power grid"),
        origins=(
            ("abstract", "parsed"),
            ("authors", "parsed"),
            ("keywords", "parsed"),
            ("outlet", "parsed"),
            ("published", "parsed"),
            ("title", "parsed"),
        ),
    )


def test_web_article_outline_with_run_in_headings() -> None:
    doc = _parse_fixture("web_article_inline_headings.txt")
    assert _outline(doc) == [
        ("", "Introduction", 1, None),
        ("1", "The State of Energy Trade in the Region", 1, None),
        ("2", "Paths for Cooperation", 1, None),
        ("2.1", "Cross-Border Power Links", 2, "s-2"),
        ("2.2", "Hydrogen and Storage", 2, "s-2"),
        ("2.3", "Institutions for Cooperation", 2, "s-2"),
        ("2.3.1", "Data sharing among grid operators", 3, "s-2-3"),
        ("2.3.2", "Joint standards for hydrogen and storage", 3, "s-2-3"),
        ("2.4", "Local governments as brokers", 2, "s-2"),
    ]
    assert doc.sections[0].id == "s-introduction"


def test_web_article_paragraphs() -> None:
    doc = _parse_fixture("web_article_inline_headings.txt")
    assert [p.section_id for p in doc.paragraphs] == [
        "s-introduction",
        "s-1",
        "s-2",
        "s-2-1",
        "s-2-2",
        "s-2-3",
        "s-2-3-1",
        "s-2-3-2",
        "s-2-4",
    ]
    assert [p.lang for p in doc.paragraphs] == ["en"] * 9
    # The run-in heading's sentence is removed; the rest of the line is the section's paragraph.
    assert doc.paragraphs[6].text.startswith("Grid operators in the region publish data")
    assert doc.paragraphs[7].text.startswith("Without common technical standards,")


# --- mixed_en_zh_interview.txt ----------------------------------------------------------------------------


def test_interview_meta() -> None:
    doc = _parse_fixture("mixed_en_zh_interview.txt")
    assert doc.meta == DocumentMeta(
        title="Interview with Park Min, Director of the Yellow Sea Ports Forum: Building Bridges Across the Water",
        authors=("Chen Yu Kim Hana",),
        published=None,  # "March 3rd" and the years 2011 and 2021 named once each: no evidence of the year
        outlet="Xinhua",
        place="Beijing",
        credits=("Photo by Chen Yu",),
        identifiers=(("end mark", "(End)"),),
        origins=(
            ("authors", "parsed"),
            ("credits", "parsed"),
            ("outlet", "parsed"),
            ("place", "parsed"),
            ("title", "parsed"),
        ),
    )
    assert doc.lang == "en"


def test_interview_outline_and_paragraphs() -> None:
    doc = _parse_fixture("mixed_en_zh_interview.txt")
    assert _outline(doc) == [("", "Ports as Meeting Points", 1, None), ("", "Looking Ahead", 1, None)]
    assert [s.id for s in doc.sections] == ["s-ports-as-meeting-points", "s-looking-ahead"]
    assert [(p.lang, p.section_id) for p in doc.paragraphs] == [
        ("en", None),
        ("en", None),
        ("en", "s-ports-as-meeting-points"),
        ("zh", "s-ports-as-meeting-points"),
        ("zh", "s-ports-as-meeting-points"),
        ("en", "s-looking-ahead"),
    ]
    assert doc.paragraphs[4].text == "她表示，未来论坛将继续推动绿色港口建设，并加强青年人才交流。"
    assert doc.paragraphs[-1].text.endswith('how far such steps can go," she said.')


# --- untitled_abstract_first.txt --------------------------------------------------------------------------


def test_untitled_abstract_first() -> None:
    doc = _parse_fixture("untitled_abstract_first.txt")
    assert doc.meta == DocumentMeta(
        title="Untitled abstract first",  # no title line: the file's name names it
        abstract=(
            "Cross-border tourism has become a quiet engine of regional cooperation in Northeast Asia. This paper "
            "examines visa rules, transport links and local promotion in three border cities, and finds that small "
            "steps taken by local governments did more than national agreements."
        ),
        origins=(("abstract", "parsed"), ("title", "inferred")),
    )
    assert _outline(doc) == [("1", "Visa Rules and Border Crossings", 1, None), ("2", "Local Promotion", 1, None)]
    assert _starts(doc, 12) == ["Tourism betw", "Visa rules c", "Local govern"]
    assert [p.section_id for p in doc.paragraphs] == [None, "s-1", "s-2"]
    assert doc.lang == "en"


# --- translated_credit.txt --------------------------------------------------------------------------------


def test_translated_credit() -> None:
    doc = _parse_fixture("translated_credit.txt")
    assert doc.meta == DocumentMeta(
        title="Cross-Border Tourism and Trust Building in the Tumen Delta",
        authors=("PARK, Jiwoo",),
        author_notes=(
            "Senior Researcher, Institute for Border Studies, Eastern Provincial Academy of Social Sciences",
        ),
        credits=("Translated by Sam Lee",),
        origins=(("author_notes", "parsed"), ("authors", "parsed"), ("credits", "parsed"), ("title", "parsed")),
    )
    assert doc.sections == ()
    assert _starts(doc, 16) == ["Since the early ", "The partnerships"]


# --- focused cases ----------------------------------------------------------------------------------------


def test_list_item_after_subsection_is_a_paragraph() -> None:
    doc = _parse(
        "A Title\n\n1. Background\n\nBody text here.\n\n1.1 Ports\n\nThe list follows:\n\n"
        "3. Ports must stay open.\n\n2. Next Chapter\n\nMore text."
    )
    assert [s.number for s in doc.sections] == ["1", "1.1", "2"]
    assert [(p.text, p.section_id) for p in doc.paragraphs] == [
        ("Body text here.", "s-1"),
        ("The list follows:", "s-1-1"),
        ("3. Ports must stay open.", "s-1-1"),
        ("More text.", "s-2"),
    ]


def test_chinese_end_mark() -> None:
    doc = _parse("标题\n\n正文第一段。\n\n她说，合作会继续。（完）")
    assert [p.text for p in doc.paragraphs] == ["正文第一段。", "她说，合作会继续。"]
    assert doc.meta.identifiers == (("end mark", "（完）"),)


def test_reference_offsets_survive_whitespace_collapse() -> None:
    doc = _parse("A Title\n\n  Ports   grew.<sup>[1]</sup>  More   text here.<sup>[2]</sup>\n\n[1] One.\n[2] Two.")
    paragraph = doc.paragraphs[0]
    assert paragraph.text == "Ports grew. More text here."
    assert [(paragraph.text[: r.offset], r.footnote_id) for r in paragraph.refs] == [
        ("Ports grew.", "fn-1"),
        ("Ports grew. More text here.", "fn-2"),
    ]


def test_short_paragraph_ending_with_a_reference_is_not_a_heading() -> None:
    doc = _parse(
        "标题\n\n## 一、现实困境\n\n各方合作进展缓慢。<sup>[1]</sup>\n\n"
        "历史问题和安全关切使各方在敏感领域的合作长期停滞不前，难以取得突破。\n\n[1] 注释。"
    )
    assert _outline(doc) == [("一、", "现实困境", 1, None)]
    assert [p.text for p in doc.paragraphs] == [
        "各方合作进展缓慢。",
        "历史问题和安全关切使各方在敏感领域的合作长期停滞不前，难以取得突破。",
    ]
    assert doc.footnotes[0].paragraph == 1


def test_heading_with_a_reference_mark_has_a_clean_title() -> None:
    doc = _parse("标题\n\n## 一、合作的基础<sup>[1]</sup>\n\n正文内容在这里。\n\n[1] 注释。")
    assert _outline(doc) == [("一、", "合作的基础", 1, None)]


def test_short_fragment_cut_by_a_page_break_is_not_a_heading() -> None:
    doc = _parse(
        "A Title\n\nCooperation between the two ports began in\n\n---\n\n[1] A note.\n\n"
        "2009, when a ferry line opened and trade grew.<sup>[1]</sup>"
    )
    assert doc.sections == ()
    assert [p.text for p in doc.paragraphs] == [
        "Cooperation between the two ports began in 2009, when a ferry line opened and trade grew."
    ]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "Xinhua, Beijing, March 3rd: Talks on ports resume\n\n  Author Chen Yu\n\nPhoto by Chen Yu\n\n"
            "The talks resumed in 2021 after a long pause, officials said.",
            "Photo by Chen Yu",
        ),
        (
            "Title of Paper\n\nPARK, Jiwoo\n\nSenior Researcher,\nInstitute for Border Studies\n\n"
            "[Translated by Sam Lee]\n\nBody text starts here and goes on.",
            "Translated by Sam Lee",
        ),
    ],
    ids=["photo", "translated"],
)
def test_credit_right_after_author_is_a_credit_not_an_author_note(text: str, credit: str) -> None:
    doc = _parse(text)
    assert doc.meta.credits == (credit,)
    assert all(credit not in note for note in doc.meta.author_notes)


def test_paragraph_of_only_a_reference_mark_is_dropped() -> None:
    doc = _parse("A Title\n\nBody text.\n\n<sup>[1]</sup>\n\n[1] Lonely note.")
    assert [p.text for p in doc.paragraphs] == ["Body text."]
    assert [(n.id, n.paragraph) for n in doc.footnotes] == [("fn-1", None)]


DECLARATION = (
    "Joint Statement of the Example Meeting\n\n"
    "1. We, the ministers of the three countries, met in Busan for the tenth meeting.\n\n"
    "2. We agreed to hold the next meeting in 2026 and to review progress every year.\n\n"
    "3. We welcomed the launch of a joint study on supply chains."
)


def test_a_run_of_numbered_sentences_is_numbered_paragraphs_not_headings() -> None:
    doc = _parse(DECLARATION)
    assert doc.sections == ()
    assert _starts(doc, 6) == ["1. We,", "2. We ", "3. We "]


def test_chinese_numbered_sentences_are_paragraphs() -> None:
    doc = _parse(
        "联合声明\n\n一、三国外长在釜山举行第十次会议，回顾了合作进展。\n\n二、三方同意于2026年举行下一次会议并每年评估进展。"
    )
    assert (doc.sections, len(doc.paragraphs)) == ((), 2)


def test_a_numbered_sentence_with_text_under_it_stays_a_heading() -> None:
    doc = _parse(
        "A Title\n\n1. Introduction\n\nSome text here that is long enough to be a paragraph.\n\n"
        "2. The three countries face new opportunities for cooperation.\n\n"
        "The body of the second section is here and it is longer than its heading."
    )
    assert [s.title for s in doc.sections] == [
        "Introduction",
        "The three countries face new opportunities for cooperation",
    ]


CIRCLED_NOTES = (
    "一个标题\n\n一、引言\n\n三国领导人举行首次单独会议①，标志着合作进入新阶段。此后设立了秘书处②。\n\n"
    "二、结论\n\n合作措施包括：①加强对话，②深化交流。\n\n"
    "① 当时称为领导人会议。\n② 秘书处设在首尔。"
)


def test_circled_notes_and_their_marks() -> None:
    doc = _parse(CIRCLED_NOTES)
    assert [(n.label, n.text, n.paragraph) for n in doc.footnotes] == [
        ("①", "当时称为领导人会议。", 1),
        ("②", "秘书处设在首尔。", 1),
    ]
    assert doc.paragraphs[0].text == "三国领导人举行首次单独会议，标志着合作进入新阶段。此后设立了秘书处。"
    assert doc.paragraphs[1].text == "合作措施包括：①加强对话，②深化交流。"  # items, not marks


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["方案①，方案②。这是正文的一个句子。", "合作措施包括：①加强对话，②深化交流。"],  # no line opens with one
        ["这是正文的一个句子，后面列出两项。", "①加强对话；", "②深化交流。"],  # items, and no mark anywhere
    ],
)
def test_circled_digits_without_notes_stay_in_the_text(paragraphs: list[str]) -> None:
    doc = _parse("一个标题\n\n" + "\n\n".join(paragraphs))
    assert [p.text for p in doc.paragraphs] == paragraphs
    assert doc.footnotes == ()


NUMBERED_CITATIONS = (
    "A Title\n\nBy Jane Doe\n\n## Introduction\n\n"
    "Earlier studies stress interdependence [1] and identity[2], see also [the annex](https://example.org/a).\n\n"
    "## References\n\n[1] Kim, J. Interdependence in Northeast Asia. 2019.\n\n[2] Li, W. Identity and trust. 2021."
)


def test_bare_bracketed_numbers_are_marks_where_the_references_are_numbered_so() -> None:
    doc = _parse(NUMBERED_CITATIONS)
    first = doc.paragraphs[0]
    assert first.text == "Earlier studies stress interdependence and identity, see also the annex."
    labels = {n.id: n.label for n in doc.footnotes}
    assert [(r.offset, labels[r.footnote_id]) for r in first.refs if r.footnote_id] == [(38, "1"), (51, "2")]


def test_bare_bracketed_numbers_stay_text_without_numbered_notes() -> None:
    doc = _parse("A Title\n\nBy Jane Doe\n\nThe options [1] and [2] below are compared in the next section.")
    assert doc.paragraphs[0].text == "The options [1] and [2] below are compared in the next section."


def test_chapters_and_their_sections_nest() -> None:
    doc = _parse(
        "一本书\n\n第一章 合作的起步\n\n第一节 危机的推动\n\n正文一，这是一个较长的句子。\n\n"
        "一、背景\n\n正文二，这是一个较长的句子。\n\n第二节 机制的形成\n\n正文三，这是一个较长的句子。\n\n"
        "第二章 合作的深化\n\n第一节 秘书处\n\n正文四，这是一个较长的句子。"
    )
    assert _outline(doc) == [
        ("第一章", "合作的起步", 1, None),
        ("第一节", "危机的推动", 2, doc.sections[0].id),
        ("一、", "背景", 3, doc.sections[1].id),
        ("第二节", "机制的形成", 2, doc.sections[0].id),
        ("第二章", "合作的深化", 1, None),
        ("第一节", "秘书处", 2, doc.sections[4].id),  # sections count anew in each chapter
    ]


def test_a_tab_separated_table_is_rows_not_a_heading() -> None:
    doc = _parse(
        "Trade Among the Three\n\nThe table shows trade in 2022.\n\n"
        "Pair\tExports\tImports\nChina-Japan\t173\t185\nChina-Korea\t163\t199\n\n"
        "Trade fell in 2023 while trade between the other two stayed flat."
    )
    assert doc.sections == ()
    assert [p.text for p in doc.paragraphs][1:4] == ["Pair | Exports | Imports", "China-Japan | 173 | 185",
                                                     "China-Korea | 163 | 199"]  # fmt: skip


def test_a_tab_inside_one_line_of_prose_stays() -> None:
    doc = _parse("A Title\n\nThe first figure\tis kept as written, with its tab, because no row stands next to it.")
    assert doc.paragraphs[0].text.startswith("The first figure")
    assert " | " not in doc.paragraphs[0].text


def test_table_rows_in_a_hard_wrapped_text_are_not_joined() -> None:
    prose = (
        "The three economies are linked by trade and by investment, and the table below shows the two largest "
        "pairs of partners in the year that the data cover, with exports and imports in billions of US dollars "
        "as the customs offices of the three countries report them at the end of each calendar year. "
    ) * 3
    wrapped = "\n".join(
        ["A Wrapped Report", "", *textwrap.wrap(prose, 72), "Pair | Exports", "China-Japan | 173",
         *textwrap.wrap(prose, 72)]
    )  # fmt: skip
    texts = [p.text for p in _parse(wrapped).paragraphs]
    assert len(texts) == 4 and texts[1:3] == ["Pair | Exports", "China-Japan | 173"]


def test_front_matter_title_over_a_markdown_section() -> None:
    doc = _parse(
        '---\ntitle: "Energy After the Summit"\ndate: 2024-06-10\n---\n\n## Background {#background}\n\n'
        "The leaders met in Seoul.\n\n## Outlook {: .lead}\n\nGrid links remain under study."
    )
    assert (doc.meta.title, doc.meta.published) == ("Energy After the Summit", "2024-06-10")
    assert [s.title for s in doc.sections] == ["Background", "Outlook"]


def test_closing_tags_are_the_keywords_and_a_sentence_is_not() -> None:
    doc = _parse("A Title\n\nBody text of the commentary, long enough.\n\nTags: China, Japan, Northeast Asia")
    assert (doc.meta.keywords, [p.text for p in doc.paragraphs]) == (
        ("China", "Japan", "Northeast Asia"),
        ["Body text of the commentary, long enough."],
    )
    sentence = _parse("A Title\n\nBody text of the commentary, long enough.\n\nTags: the talks stalled again.")
    assert sentence.meta.keywords == () and len(sentence.paragraphs) == 2


def test_a_reference_heading_over_the_notes_alone_is_no_empty_section() -> None:
    doc = _parse(
        "# Trade after the agreement\n\n## Introduction\n\nTrade grew in 2022.[^1]\n\n"
        "## References\n\n[^1]: Customs statistics, 2023.\n"
    )
    assert [s.title for s in doc.sections] == ["Introduction"]
    assert [n.text for n in doc.footnotes] == ["Customs statistics, 2023."]


def test_a_reference_heading_with_its_entries_as_text_stays() -> None:
    doc = _parse(
        "# Trade after the agreement\n\n## Introduction\n\nTrade grew in 2022.\n\n"
        "## References\n\nKim, M. (2023). Trade in Northeast Asia. Example Press.\n"
    )
    assert [s.title for s in doc.sections] == ["Introduction", "References"]


def test_closing_editor_and_contact_lines_are_credits() -> None:
    doc = _parse(
        "Leaders agree to resume talks\n\nThe three leaders agreed on Monday to resume the talks.\n\n"
        "mjkim@example.co.kr\n\nEditor: Huaxia\n"
    )
    assert [p.text for p in doc.paragraphs] == ["The three leaders agreed on Monday to resume the talks."]
    assert doc.meta.credits == ("mjkim@example.co.kr", "Editor: Huaxia")


def test_attachment_and_list_button_lines_are_furniture() -> None:
    doc = _parse(
        "Outcome of the Trilateral Summit\n\nThe three leaders adopted a Joint Declaration in Seoul.\n\n"
        "* Attachment: Joint Declaration (1 file)\n\nPrevious article: Ministers meet in Busan\n\nList\n"
    )
    assert [p.text for p in doc.paragraphs] == ["The three leaders adopted a Joint Declaration in Seoul."]
    assert doc.meta.author_notes == ()


ROMAN_PAPER = """Trilateral Cooperation in Northeast Asia: An Assessment

Jane Roe

I. Introduction

The three countries have met at the summit level since 2008. This paper assesses what the meetings achieved.

II. Background

A. The early years

The first stand-alone summit took place in Fukuoka in December 2008.

B. The secretariat

A. Smith and B. Jones argue that the secretariat opened in Seoul in September 2011.

III. CONCLUSION

Cooperation survived political tension, but it remains shallow.
"""


def test_roman_and_lettered_headings_nest_and_a_bare_name_under_the_title_is_the_author() -> None:
    doc = _parse(ROMAN_PAPER)
    assert doc.meta.authors == ("Jane Roe",)
    assert _outline(doc) == [
        ("I.", "Introduction", 1, None),
        ("II.", "Background", 1, None),
        ("A.", "The early years", 2, "s-background"),
        ("B.", "The secretariat", 2, "s-background"),
        ("III.", "CONCLUSION", 1, None),
    ]
    assert doc.paragraphs[2].text.startswith("A. Smith and B. Jones argue")  # an initial, not a heading


@pytest.mark.parametrize("line", ["Regional Order", "South Korea", "Lessons Learned"])
def test_a_title_case_line_whose_words_the_text_uses_is_no_byline(line: str) -> None:
    doc = _parse(f"Trade in the Region\n\n{line}\n\nThe regional order of trade and the lessons learned.\n")
    assert doc.meta.authors == ()


def test_a_programme_s_lines_are_items_and_never_headings() -> None:
    text = (
        "Forum Report\n\nThe forum met in Busan. Some 120 participants attended the two days of talks.\n\n"
        "Programme\n\n09:00–09:30 Opening Remarks\nSecretary-General, Example Secretariat\n"
        "09:30–11:00 Session I: Economic Integration\nModerator: Prof. Kim Minsu, Example University\n"
        "11:00–11:15 Coffee Break\n\nThe participants agreed to meet again in Tokyo in 2024.\n"
    )
    document = _parse(text)
    assert [s.title for s in document.sections] == ["Programme"]
    assert [p.text for p in document.paragraphs][1:6] == [
        "09:00–09:30 Opening Remarks",
        "Secretary-General, Example Secretariat",
        "09:30–11:00 Session I: Economic Integration",
        "Moderator: Prof. Kim Minsu, Example University",
        "11:00–11:15 Coffee Break",
    ]


def test_a_related_articles_list_is_dropped_and_a_closing_bio_is_an_author_note() -> None:
    text = (
        "Why the Meeting Matters\n\nBy Lee Jiyoung\n\nThe ministers met in Busan on Sunday.\n\n"
        "Related articles\nMinisters agree to resume summit\nAnalysis: What next for the FTA?\n\n"
        "Lee Jiyoung is a senior fellow at the Example Institute.\n"
    )
    document = _parse(text)
    assert [p.text for p in document.paragraphs] == ["The ministers met in Busan on Sunday."]
    assert document.meta.author_notes == ("Lee Jiyoung is a senior fellow at the Example Institute.",)


def test_a_chinese_closing_author_line_is_an_author_note() -> None:
    document = _parse("合作的新阶段\n\n三国合作不断深化。\n\n（作者系某某大学国际关系学院教授）\n")
    assert [p.text for p in document.paragraphs] == ["三国合作不断深化。"]
    assert document.meta.author_notes == ("（作者系某某大学国际关系学院教授）",)


def test_related_work_is_a_section_of_a_paper() -> None:
    document = _parse("A Paper\n\nIntro text here.\n\nRelated work\n\nEarlier studies looked at trade.\n")
    assert "Related work" in [s.title for s in document.sections]


def test_a_wechat_article_copied_as_text() -> None:
    document = _parse_fixture("wechat_article_copy.txt")
    meta = document.meta
    assert (meta.title, meta.authors, meta.outlet, meta.published, meta.place) == (
        "中日韩合作重启：机遇与挑战",
        ("张三",),
        "东北亚研究",
        "2023-11-27",
        "北京",
    )
    assert [s.title for s in document.sections] == ["会议的主要成果", "面临的挑战"]
    assert document.paragraphs[0].text.startswith("编者按：")
    assert document.paragraphs[-1].text == "地缘政治因素仍然制约三国合作。"  # buttons, list and credits are not text
    assert meta.credits == ("责编：李四", "审核：王五")
    assert meta.author_notes == ("（作者系某某大学东北亚研究院副教授）",)
    assert ("end mark", "END") in meta.identifiers


def test_a_line_with_an_account_and_a_date_alone_is_an_outlet_line() -> None:
    document = _parse("合作的新阶段\n\n东北亚研究 2023-11-27\n\n三国合作不断深化。\n")
    assert (document.meta.outlet, document.meta.published, document.meta.authors) == ("东北亚研究", "2023-11-27", ())


def test_a_paper_with_a_repository_stamp_a_bare_byline_and_a_bare_abstract_label() -> None:
    document = _parse_fixture("repository_stamped_paper.txt")
    meta = document.meta
    assert (meta.title, meta.authors) == (
        "Trilateral Cooperation in Northeast Asia: An Institutional Review",
        ("Jane Roe",),
    )
    assert meta.abstract.startswith("This paper reviews the institutions")
    assert document.sections == ()
    assert len(document.paragraphs) == 4
    assert not any("ssrn.com" in p.text for p in document.paragraphs)


def test_a_press_release_s_furniture() -> None:
    text = (
        "PRESS RELEASE\nFOR IMMEDIATE RELEASE\n\nSecretariat Hosts Youth Forum\n\n"
        "SEOUL, May 20, 2024 – The secretariat hosted the youth forum in Seoul.\n\n"
        "Media contact: press@example.org\n\n###\n"
    )
    document = _parse(text)
    meta = document.meta
    assert (meta.title, meta.published, meta.place) == ("Secretariat Hosts Youth Forum", "2024-05-20", "Seoul")
    assert [p.text for p in document.paragraphs] == [
        "SEOUL, May 20, 2024 – The secretariat hosted the youth forum in Seoul."
    ]
    assert meta.credits == ("Media contact: press@example.org",)
    assert ("section", "PRESS RELEASE") in meta.identifiers and ("end mark", "###") in meta.identifiers


def test_a_blog_post_copied_from_its_platform() -> None:
    text = (
        "Why Cooperation Still Matters\n\nJane Roe\n\nFollow\n\n5 min read\n\n·\n\nNov 27, 2023\n\n--\n\nListen\n\n"
        "Share\n\nThe ministers met in Busan on Sunday.\n\nThey agreed to hold a summit soon.\n\n--\n\n12\n\n"
        "Written by Jane Roe\n\n120 Followers\n"
    )
    document = _parse(text)
    assert (document.meta.authors, document.meta.published, document.meta.author_notes) == (
        ("Jane Roe",),
        "2023-11-27",
        (),
    )
    assert [p.text for p in document.paragraphs] == [
        "The ministers met in Busan on Sunday.",
        "They agreed to hold a summit soon.",
    ]
    assert document.sections == ()


def test_numbered_lines_of_a_tight_list_are_items_not_headings() -> None:
    # "1. …" on consecutive source lines, sentences or not: a list's items, each its own paragraph.
    text = "Staff\n\nThe office has had three heads.\n\n1. (2011-2013) Alpha Person\n2. (2013-2015) Beta Person\n"
    source = SourceText(source_id=SourceId("t"), file_name="t.md", text=text, encoding="utf_8", sha256="0")
    document = parse_document(source)
    assert document.sections == ()
    assert [p.text for p in document.paragraphs][-2:] == ["1. (2011-2013) Alpha Person", "2. (2013-2015) Beta Person"]


def test_a_number_linked_to_a_place_on_the_page_is_a_note_mark_not_a_figure() -> None:
    text = "Cable\n\nThey met despite the communique,[3](#f3) Japan said. See [2 reports](#r) and [5](https://example.org).\n"
    source = SourceText(source_id=SourceId("c"), file_name="c.md", text=text, encoding="utf_8", sha256="0")
    (paragraph,) = parse_document(source).paragraphs
    assert paragraph.text == "They met despite the communique, Japan said. See 2 reports and 5."
    assert [(ref.label, paragraph.text[: ref.offset][-11:]) for ref in paragraph.refs] == [("3", "communique,")]


def test_markdown_star_and_plus_lists_are_items_not_a_title_note() -> None:
    """A converter's "  * item" / "+ item" list keeps every item as a paragraph of its own, wrapped text or not."""
    text = (
        "# A Secretariat\n\nIt runs these programmes, among many others across the three countries:\n\n"
        "  * Youth Exchange Network (YEN)\n  * Young Ambassador Program\n  + Speech Contest\n\n"
        "  1. Supporting the consultative mechanism\n  2. Promoting public awareness\n\nOther text follows.\n"
    )
    doc = _parse(text)
    assert [p.text for p in doc.paragraphs] == [
        "It runs these programmes, among many others across the three countries:",
        "Youth Exchange Network (YEN)",
        "Young Ambassador Program",
        "Speech Contest",
        "1. Supporting the consultative mechanism",
        "2. Promoting public awareness",
        "Other text follows.",
    ]
    assert [p.kind for p in doc.paragraphs[1:4]] == ["list_item"] * 3
    assert doc.meta.author_notes == ()


def test_star_items_each_with_a_second_line_are_a_list_not_notes() -> None:
    text = (
        "# Members\n\nThe leaders are these.\n\n  * **Westland**  \nPrime Minister **Ann Lee**\n\n"
        "  * **Eastland**  \nPresident **Bo Chan**\n\nText follows.\n"
    )
    doc = _parse(text)
    assert doc.meta.author_notes == ()
    assert [(p.kind, p.text) for p in doc.paragraphs if p.kind == "list_item"] == [
        ("list_item", "Westland"),
        ("list_item", "Eastland"),
    ]


def test_a_lone_star_line_is_still_the_note_of_a_starred_title() -> None:
    doc = _parse("# A Paper on Ports *\n\nFirst paragraph of the paper.\n\n* Funded by an invented grant.\n")
    assert "Funded by an invented grant." in doc.meta.author_notes
    assert [p.text for p in doc.paragraphs] == ["First paragraph of the paper."]
