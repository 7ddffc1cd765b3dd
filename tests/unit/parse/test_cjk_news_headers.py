"""Header lines of Korean, Japanese and Hong Kong news pages (parse/header): invented texts, one quirk each."""

from __future__ import annotations

import pytest

from nea_site.model import DocumentMeta, SourceId, SourceText
from nea_site.parse import parse_document

BODY = "\n\nThe ministers of the three countries met and agreed to meet again next year in the capital.\n"


def _meta(text: str) -> DocumentMeta:
    return parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.md", text=text + BODY, encoding="utf_8", sha256="0")
    ).meta


@pytest.mark.parametrize(
    ("lines", "authors", "outlet"),
    [
        ("입력 2024.05.27. 오후 3:20  수정 2024.05.27. 오후 5:00  기사원문", (), None),  # a button closing the line
        ("기자 김철수\n\n승인 2024.05.27 15:20", ("김철수",), None),  # the reporter's label before the name
        ("記者 山田太郎\n\n2024/05/27 15:20", ("山田太郎",), None),
        ("毎日新聞 2024/5/27 15:20（最終更新 5/27 17:00） 1234文字", (), "毎日新聞"),  # a count of characters
        ("明報 2024年5月27日 星期一", (), "明報"),  # a weekday after the date, unbracketed
        ("2024年5月27日 | 示例報 | 記者：王小明", ("王小明",), "示例報"),  # fields after a date, one unlabelled
        ("May 27, 2024 | Analysis | Example Daily", (), "Example Daily"),  # a section among the fields
    ],
)
def test_a_news_header_line(lines: str, authors: tuple[str, ...], outlet: str | None) -> None:
    meta = _meta(f"# 三國峰會\n\n{lines}")
    assert (meta.title, meta.published, meta.authors, meta.outlet) == ("三國峰會", "2024-05-27", authors, outlet)


def test_a_word_opening_with_the_reporter_label_is_no_byline() -> None:
    meta = _meta("# 정상회의 개최\n\n기자회견\n\n2024.05.27 15:20")  # "press conference": no label and name
    assert meta.authors == ()


@pytest.mark.parametrize(
    ("lines", "authors", "outlet", "place"),
    [
        ("撰文：王小明 出版：2024-05-27 15:20 更新：2024-05-27 17:00", ("王小明",), None, None),  # a writer's label
        ("时间：2024-05-27 15:20  来源：示例网  作者：张三  字号：大 中 小", ("张三",), "示例网", None),  # font buttons
        ("記者王小明／首爾報導\n\n2024-05-27", ("王小明",), None, "首爾"),  # a reporter and where he filed from
        ("记者 张三 李四/北京报道\n\n2024-05-27", ("张三", "李四"), None, "北京"),
    ],
)
def test_a_chinese_news_header(lines: str, authors: tuple[str, ...], outlet: str | None, place: str | None) -> None:
    meta = _meta(f"# 三國峰會\n\n{lines}")
    assert (meta.title, meta.published) == ("三國峰會", "2024-05-27")
    assert (meta.authors, meta.outlet, meta.place) == (authors, outlet, place)


@pytest.mark.parametrize(
    "line",
    ["中華民國113年5月27日", "113年5月27日", "發布日期：民國113年5月27日", "中華民國一一三年五月二十七日"],
)
def test_a_date_in_the_republic_of_chinas_years(line: str) -> None:
    meta = _meta(f"# 三國峰會\n\n{line}")
    assert (meta.title, meta.published) == ("三國峰會", "2024-05-27")


def test_a_common_era_year_stays_as_written() -> None:
    assert _meta("# 三國峰會\n\n2024年5月27日 星期一").published == "2024-05-27"  # its last figures are no ROC year


def test_an_agencys_closing_line_with_the_label_after_the_date() -> None:
    text = (
        "# 가나 회담\n\n(서울=가나통신) 두 장관은 지난 22일 회담했다고 외교부가 24일 밝혔다.\n\n2024/11/24 15:30 송고\n"
    )
    meta = parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.md", text=text, encoding="utf_8", sha256="0")
    ).meta
    assert meta.published == "2024-11-24"


@pytest.mark.parametrize(
    "closing", ["2023年11月26日 18時30分", "2023/11/26 18:30", "2023.11.26 (일) 오후 3:20", "2023/11/26"]
)
def test_a_news_pages_closing_line_of_its_date_and_time(closing: str) -> None:
    text = f"# 例示会談\n\n【例示共同】3カ国の外相は26日、例示市で会談した。\n\n{closing}\n"
    meta = parse_document(
        SourceText(source_id=SourceId("t"), file_name="t.md", text=text, encoding="utf_8", sha256="0")
    ).meta
    assert meta.published == "2023-11-26"


def test_a_japanese_last_updated_label_bounds_the_date() -> None:
    text = "# 例示会談\n\n【例示共同】3カ国の外相は26日、例示市で会談した。\n\n最終更新日：2023年11月26日\n"
    doc = parse_document(SourceText(source_id=SourceId("t"), file_name="t.md", text=text, encoding="utf_8", sha256="0"))
    assert doc.meta.published == "2023-11-26"
    assert dict(doc.meta.origins)["published"] == "inferred"
