"""Headers of papers copied from PDFs (parse/header/title.py, labels.py): invented texts, one quirk each."""

from __future__ import annotations

from nea_site.model import DocumentMeta, SourceId, SourceText
from nea_site.parse import parse_document

PAPER = (
    "Journal of Example Studies Vol. 12, No. 3 (2023): 45-67\n\n"
    "Regional Order After the Summit:\nTrilateral Cooperation Revisited\n\n"
    "Jane Roe\nExample University\n\n"
    "Abstract: This article examines how the three governments resumed their summit after a long pause.\n"
    "Keywords: trade; summit\n\n"
    "Received: 12 March 2023; Accepted: 1 June 2023; Published: 30 September 2023\n\n"
    "1. Introduction\n\nThe three governments agreed in 2019 to resume the summit.\n"
)


def _meta(text: str) -> DocumentMeta:
    return parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.txt", text=text, encoding="utf_8", sha256="0")
    ).meta


def test_a_title_broken_after_its_colon_is_one_title_and_the_header_under_it_is_read() -> None:
    meta = _meta(PAPER)
    assert meta.title == "Regional Order After the Summit: Trilateral Cooperation Revisited"
    assert (meta.authors, meta.published, meta.keywords) == (("Jane Roe",), "2023-09-30", ("trade", "summit"))


def test_a_line_closing_with_a_colon_over_a_sentence_is_no_title() -> None:
    text = "The ministers said:\n\nThey will meet again next year in the capital.\n\nMore talks follow.\n"
    assert _meta(text).title != "The ministers said:"


def test_a_chinese_article_number_gives_the_year_where_nothing_else_dates_the_paper() -> None:
    text = (
        "东北亚区域合作的新进展\n\n张三\n\n摘 要：本文考察三国合作机制的恢复进程。\n"
        "文章编号：1000-0000(2023)05-0045-12\n收稿日期：2022-11-12\n\n一、引言\n\n三国政府同意恢复领导人会议。\n"
    )
    assert _meta(text).published == "2023"  # the received date is no publication date


def test_a_single_chinese_name_over_the_abstract_is_the_author_not_a_subtitle() -> None:
    meta = _meta(
        "东北亚区域合作的新进展\n\n张三\n\n摘 要：本文考察三国合作机制的恢复进程。\n\n"
        "一、引言\n\n三国政府同意恢复会议。\n"
    )
    assert (meta.title, meta.authors) == ("东北亚区域合作的新进展", ("张三",))


def test_a_short_heading_over_the_abstract_stays_no_author() -> None:
    meta = _meta(
        "东北亚区域合作的新进展\n\n结语\n\n摘 要：本文考察三国合作机制的恢复进程。\n\n三国政府同意恢复会议。\n"
    )
    assert meta.authors == ()


def test_authors_marked_with_superscript_digits_lose_their_marks() -> None:
    text = (
        "Regional Order After the Summit\n\nJane Roe¹,² and John Doe²\n\n¹ Example University\n\n"
        "² Example Institute\n\nAbstract: This article studies the summit.\n\n1. Introduction\n\nThe leaders met.\n"
    )
    meta = _meta(text)
    assert (meta.title, meta.authors) == ("Regional Order After the Summit", ("Jane Roe", "John Doe"))
