"""Endnotes closing a PDF's paper without a heading; Chinese reference entries run into their numbers.

parse/formats/pdfnotes.py, invented texts, one quirk each.
"""

from __future__ import annotations

import pytest

from nea_site.model import Document, SourceId, SourceText
from nea_site.parse import parse_document

HEAD = "Regional Order After the Summit\n\nJane Roe\n\n"
NOTES = (
    '1. Ministry of Foreign Affairs, "Joint Press Statement," Tokyo, 12 May 2019.\n'
    '2. Example News Agency, "Ministers Meet in Busan," 26 November 2023.\n'
    '3. Kim Minsu, "Trade Talks Resume," Example Review, 13 March 2024.\n'
)
LAST = "The leaders finally met in Seoul on 27 May 2024 and adopted a joint declaration."


def _parse(text: str) -> Document:
    return parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.txt", text=text, encoding="utf_8", sha256="0")
    )


@pytest.mark.parametrize(
    "marks",
    [
        (".1", ".2", ".3"),  # superscripts fallen into the line as digits glued to the sentence's end
        (".¹", ".²", ".³"),  # superscript digits kept
        (" [1].", " [2].", " [3]."),  # bracketed numbers
    ],
)
def test_numbered_endnotes_closing_a_paper_with_marks_are_its_notes(marks: tuple[str, str, str]) -> None:
    one, two, three = marks
    body = (
        f"The governments agreed in 2019 to resume the summit{one} The ministers met in Busan in November 2023"
        f"{two} Trade officials held talks in Seoul on 12 March 2024{three}"
    ).replace("..", ".")
    document = _parse(f"{HEAD}{body}\n\n{LAST}\n\n{NOTES}")
    assert [n.label for n in document.footnotes] == ["1", "2", "3"]
    assert document.footnotes[1].text == 'Example News Agency, "Ministers Meet in Busan," 26 November 2023.'
    first, last = document.paragraphs  # the notes are no paragraphs of the text
    assert [r.label for r in first.refs] == ["1", "2", "3"]
    assert "[1]" not in first.text and "¹" not in first.text and last.text == LAST


def test_an_endnote_wrapped_onto_the_next_line_is_one_note() -> None:
    notes = NOTES.replace("26 November 2023.", "26\nNovember 2023.").replace("\n2.", "\n\n2.").replace("\n3.", "\n\n3.")
    document = _parse(f"{HEAD}They met [1]. They talked [2]. They agreed [3].\n\n{notes}")
    assert document.footnotes[1].text == 'Example News Agency, "Ministers Meet in Busan," 26 November 2023.'
    assert len(document.paragraphs) == 1


def test_numbered_items_closing_a_text_without_marks_stay_its_paragraphs() -> None:
    document = _parse(f"{HEAD}The ministers met and agreed on three steps.\n\n{NOTES}")
    assert document.footnotes == ()
    assert len(document.paragraphs) == 4


def test_numbered_sentences_after_marks_that_are_no_citations_stay_paragraphs() -> None:
    text = f"{HEAD}They met in 2008.1 Then in 2012.2 Again.\n\n1. We met in Seoul.\n2. We agreed on trade.\n"
    document = _parse(text)
    assert document.footnotes == ()
    assert [p.text for p in document.paragraphs][-2:] == ["1. We met in Seoul.", "2. We agreed on trade."]


def test_numbered_notes_followed_by_more_text_are_no_closing_notes() -> None:
    document = _parse(f"{HEAD}They met.1 They agreed.2\n\n{NOTES}\nAfter the summit the secretariat reported.\n")
    assert document.footnotes == ()


@pytest.mark.parametrize("heading", ["注释", "参考文献"])
def test_a_chinese_reference_list_run_into_its_numbers_is_the_notes(heading: str) -> None:
    text = (
        "东北亚区域合作的新进展\n\n张三\n\n"
        "2019年，三国政府同意恢复领导人会议[1]。2023年11月，三国外长在釜山举行会晤[2]。\n\n"
        f"{heading}\n\n"
        "[1]李四：《东北亚合作机制研究》，载《国际问题研究》2019年第3期。\n"
        "[2]王五. 中日韩合作的前景[M]. 北京: 示例出版社, 2023.\n"
    )
    document = _parse(text)
    assert [(n.label, n.text[:2]) for n in document.footnotes] == [("1", "李四"), ("2", "王五")]
    (paragraph,) = document.paragraphs
    assert "[1]" not in paragraph.text and [r.label for r in paragraph.refs] == ["1", "2"]
    assert document.sections == ()  # the heading over the notes is no section of the text


BODY_RAISED = (
    "The governments agreed in 2019 to resume the summit after a long pause in their talks.¹ The ministers met in"
    " Busan in November 2023 to prepare its agenda.² Officials then met on an area of 300 km² near the port.\n\n"
)


@pytest.mark.parametrize(
    "notes",
    [
        '[1] Ministry of Foreign Affairs, "Joint Press Statement," 2019.\n[2] Example News Agency, "Busan," 2023.\n',
        '¹ Ministry of Foreign Affairs, "Joint Press Statement," 2019.\n² Example News Agency, "Busan," 2023.\n',
    ],
)
def test_superscript_marks_point_to_their_notes(notes: str) -> None:
    document = _parse(f"{HEAD}{BODY_RAISED}{notes}")
    assert [n.label for n in document.footnotes] == ["1", "2"]
    (paragraph,) = document.paragraphs
    assert [r.label for r in paragraph.refs] == ["1", "2"]
    assert "¹" not in paragraph.text and "300 km² near" in paragraph.text  # a unit's power is no mark


def test_superscript_marks_of_an_author_line_point_to_affiliations_not_notes() -> None:
    text = "A Title\n\nJane Roe¹ and John Doe²\n\n¹ Example University\n\n² Example Institute\n\nThe leaders met.\n"
    assert _parse(text).footnotes == ()


ZH_BODY = "2019年，三国政府同意恢复领导人会议<1>。2023年11月，三国外长在釜山举行会晤<2>。\n\n"


def _zh_body(one: str, two: str) -> str:
    return ZH_BODY.replace("<1>", one).replace("<2>", two)


def test_chinese_notes_in_fullwidth_brackets_are_the_notes() -> None:
    body = _zh_body("［1］", "［2］")
    entries = "［1］李四：《东北亚合作机制研究》，2019年第3期。\n［2］王五：《中日韩合作的前景》，2023年版。\n"
    document = _parse(f"东北亚区域合作的新进展\n\n张三\n\n{body}注释\n\n{entries}")
    assert [n.label for n in document.footnotes] == ["1", "2"]
    (paragraph,) = document.paragraphs
    assert "［" not in paragraph.text and [r.label for r in paragraph.refs] == ["1", "2"]


def test_a_chinese_reference_list_numbered_like_a_list_is_the_notes() -> None:
    body = _zh_body("[1]", "[2]")
    entries = (
        "1. 李四. 东北亚合作机制研究[J]. 国际问题研究, 2019(3): 1-10.\n2. 王五. 中日韩合作的前景[M]. 北京, 2023.\n"
    )
    document = _parse(f"东北亚区域合作的新进展\n\n张三\n\n{body}参考文献\n\n{entries}")
    assert [n.label for n in document.footnotes] == ["1", "2"]
    assert document.sections == () and len(document.paragraphs) == 1


def test_chinese_numbered_points_closing_a_text_stay_paragraphs() -> None:
    body = _zh_body("", "")
    document = _parse(f"三国合作的建议\n\n{body}1. 加强政策沟通。\n2. 扩大贸易往来。\n")
    assert document.footnotes == () and len(document.paragraphs) == 3
