"""Statistics of table cells: one per figure alone in a cell under a header, labelled by row and column."""

from __future__ import annotations

from functools import cache

from conftest import REPO
from nea_site.curation import merge_metadata, read_vocabulary
from nea_site.extract import Extraction, Extractor, extract_document, make_extractor
from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document


@cache
def _extractor() -> Extractor:
    return make_extractor(read_vocabulary(REPO / "corpus" / "curated"))


def _extract(body: str) -> Extraction:
    text = f"# A Test Document\n\n{body}\n"
    source = SourceText(source_id=SourceId("t"), file_name="t.md", text=text, encoding="utf_8", sha256="0")
    return extract_document(merge_metadata(parse_document(source), None, sha256="0"), _extractor())


def _cells(body: str) -> list[tuple[str, str, list[str]]]:
    """(what the statistic says, its quote, its figures) of each statistic."""
    return [
        (c.text.best("en"), c.evidence.quote, [n.text for n in c.numbers])
        for c in _extract(body).claims
        if c.kind == "statistic"
    ]


WIKI_COUNTRY_TABLE = """| Country | Area (km²) | Population | GDP per capita (2019) |
|---|---|---|---|
| Examplia | 3,120 | 1,450,000 | 21,300 |
| Sampleland | 88.5 | 302,100 | 9,870 |
"""


def test_each_figure_under_a_header_column_is_a_statistic_quoting_its_cell() -> None:
    found = _cells(WIKI_COUNTRY_TABLE)
    assert [quote for _, quote, _ in found] == ["3,120", "1,450,000", "21,300", "88.5", "302,100", "9,870"]
    assert found[0][0] == "Examplia, Area (km²): 3,120"  # the row's label and the column's header


def test_a_column_header_naming_a_year_dates_its_figures() -> None:
    claims = [c for c in _extract(WIKI_COUNTRY_TABLE).claims if c.evidence.quote == "21,300"]
    assert [n.year for c in claims for n in c.numbers] == [2019]


def test_row_numbers_and_ranks_are_no_figures() -> None:
    table = """| No. | Member | Rank | Staff |
|---|---|---|---|
| 1 | Examplia | 12 | 340 |
| 2 | Sampleland | 15 | 85 |
"""
    assert [quote for _, quote, _ in _cells(table)] == ["340", "85"]


def test_years_and_footnote_marks_in_cells_are_no_figures() -> None:
    table = """| Member | Joined | Delegates |
|---|---|---|
| Examplia | 2011 | [3] |
| Sampleland | 2015 | 42 |
"""
    assert [quote for _, quote, _ in _cells(table)] == ["42"]


def test_a_chinese_table_joins_its_label_with_chinese_punctuation() -> None:
    table = """| 国家 | 人口 |
|---|---|
| 示例国 | 1,234,567 |
"""
    claims = [c for c in _extract(table).claims if c.kind == "statistic"]
    assert [c.text.best("zh") for c in claims] == ["示例国，人口：1,234,567"]


def test_a_row_without_a_header_of_its_width_keeps_its_figures_together() -> None:
    table = "Examplia\t3,120\t1,450,000\nSampleland\t88.5\t302,100\n"
    found = _cells(table)
    assert [figures for _, _, figures in found] == [["3,120", "1,450,000"], ["88.5", "302,100"]]


def test_a_year_as_a_column_header_or_a_row_label_dates_the_figures() -> None:
    table = """| Member | 2019 | 2020 |
|---|---|---|
| Examplia | 1,200 | 1,350 |
"""
    claims = [c for c in _extract(table).claims if c.kind == "statistic"]
    assert [(c.evidence.quote, [n.year for n in c.numbers]) for c in claims] == [("1,200", [2019]), ("1,350", [2020])]
    by_year = """| Year | Exports |
|---|---|
| 2021 | 3,400 |
"""
    claims = [c for c in _extract(by_year).claims if c.kind == "statistic"]
    assert [(c.evidence.quote, [n.year for n in c.numbers]) for c in claims] == [("3,400", [2021])]


def _html_table(rows: list[list[str]]) -> str:
    cells = ["<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows]
    return "<table>\n" + "\n".join(cells) + "\n</table>"


def test_a_first_row_of_words_heads_a_table_that_marks_no_header() -> None:
    table = _html_table([["Country", "Population", "Area (km²)"], ["Examplia", "1,450,000", "3,120"]])
    found = _cells(table)
    assert [(said, quote) for said, quote, _ in found] == [
        ("Examplia, Population: 1,450,000", "1,450,000"),
        ("Examplia, Area (km²): 3,120", "3,120"),
    ]


def test_a_first_row_of_figures_is_no_header() -> None:
    table = _html_table([["Examplia", "1,450,000", "3,120"], ["Sampleland", "302,100", "88.5"]])
    assert [figures for _, _, figures in _cells(table)] == [["1,450,000", "3,120"], ["302,100", "88.5"]]
