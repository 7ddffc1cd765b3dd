"""Claims: which sentences assert something, and which numbers in them are stated figures."""

from __future__ import annotations

from functools import cache

import pytest

from conftest import REPO
from nea_site.curation import merge_metadata, read_vocabulary
from nea_site.extract import Extraction, Extractor, extract_document, make_extractor
from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document


@cache
def _extractor() -> Extractor:
    return make_extractor(read_vocabulary(REPO / "corpus" / "curated"))


def _extract(body: str, *, markdown: bool = False) -> Extraction:
    text = f"{'# ' if markdown else ''}A Test Document\n\n{body}\n"
    name = "c.md" if markdown else "c.txt"
    source = SourceText(source_id=SourceId("c"), file_name=name, text=text, encoding="utf_8", sha256="0")
    return extract_document(merge_metadata(parse_document(source), None, sha256="0"), _extractor())


@pytest.mark.parametrize(
    "question",
    [
        "What should the three governments do next about the stalled trade talks?",
        "Q: Will the summit be held in Tokyo next year, as many officials expect?",
        "问：三国应当如何推动自贸协定谈判取得进展？",
    ],
)
def test_a_question_is_no_claim(question: str) -> None:
    assert _extract(question).claims == ()


def test_the_answer_is_a_claim() -> None:
    claims = _extract("They should resume the leaders' summit and restart the free trade talks soon.").claims
    assert [c.kind for c in claims] == ["recommendation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier studies explain cooperation by economic interdependence [1] and by shared identity [2, 3].",
        "已有研究多从经济相互依存角度解释合作的动力[1]，也有学者强调身份认同的作用[2]。",
        "The three leaders decided to designate 2025 and 2026 as years of cultural exchange among them.",
        "Cooperation has been elevated to new heights by regional integration (Example Author, 2023).",
        "On March 22, commencing at 10:00 a.m., the foreign minister hosted the meeting in Tokyo.",
        "(1) The three Ministers shared the view to continue working toward holding the next summit.",
        "三国外长一致认为：（1）继续推进三国合作机制化建设，（2）加强人文交流。",
        "Figure 1 and Table 2.3 show the trilateral trade flows that Article 5 of the agreement covers.",
        "As Policy Report No. 17 explains in Section 3, the three countries have yet to agree on tariffs.",
        "如图1和表2所示，三国间的贸易结构正在发生深刻变化，中间产品贸易占比持续上升。",
        "As our telegram 3120 and para 12 of Document 204 explain, the embassy awaits instructions from Ruritania.",
        "两国关系在1840年以后发生了深刻变化，面向21世纪的合作随之展开。",  # an old year and a century
        "양국은 372년 이후 교류를 이어 왔고 21세기에 들어 협력을 확대하였다.",
    ],
)
def test_citation_marks_and_years_are_no_statistics(sentence: str) -> None:
    assert [c for c in _extract(sentence).claims if c.kind == "statistic"] == []


def test_amounts_are_statistics() -> None:
    claims = _extract("Trade among the three countries exceeded $700 billion and grew by 6 percent in 2022.").claims
    statistic = next(c for c in claims if c.kind == "statistic")
    assert [(n.text, n.unit) for n in statistic.numbers] == [("700 billion", "billion"), ("6 percent", "percent")]


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("占全球百分之二十，贸易额超过七千亿美元。", [("百分之二十", 20.0, "%"), ("七千亿美元", 7000.0, "亿美元")]),
        ("2022年，三国贸易额增长了两倍，达到一千三百亿元。", [("两倍", 2.0, "倍"), ("一千三百亿元", 1300.0, "亿元")]),
        ("失业率下降三点五个百分点。", [("三点五个百分点", 3.5, "个百分点")]),
    ],
)  # fmt: skip
def test_amounts_in_chinese_numerals_are_statistics(sentence: str, numbers: list[tuple[str, float, str]]) -> None:
    statistic = next(c for c in _extract(sentence).claims if c.kind == "statistic")
    assert [(n.text, n.value, n.unit) for n in statistic.numbers] == numbers


@pytest.mark.parametrize("sentence", ["三国千万不要错过合作机遇。", "推动经济一元化发展。", "第三次会议在北京举行。"])
def test_chinese_numerals_without_an_amount_s_unit_are_no_statistics(sentence: str) -> None:
    assert [c for c in _extract(sentence).claims if c.kind == "statistic"] == []


REPORT = """## 1. Findings

Trade among the three economies recovered strongly after the pandemic years ended.

## 2. {title}

1. Establish a trilateral supply-chain dialogue at vice-ministerial level.

2. Share data on critical minerals through the Trilateral Cooperation Secretariat.

## Notes

1 Trade figures in this report come from the national customs data of 2023.
"""


@pytest.mark.parametrize("title", ["Recommendations", "Policy Recommendations for the Three Governments", "对策建议"])
def test_sentences_under_a_recommendations_heading_are_recommendations(title: str) -> None:
    claims = _extract(REPORT.format(title=title)).claims
    assert [(c.kind, c.evidence.paragraph) for c in claims] == [("recommendation", 2), ("recommendation", 3)]


@pytest.mark.parametrize("title", ["Conclusions and Recommendations", "Outlook", "结论与建议"])
def test_other_headings_leave_imperatives_without_a_kind(title: str) -> None:
    claims = _extract(REPORT.format(title=title)).claims
    assert [(c.kind, c.evidence.paragraph) for c in claims] == [("assessment", 3)]  # "critical"


def test_a_table_row_is_no_claim_but_its_dates_stay() -> None:
    extraction = _extract(
        "No.\tName\tCountry\tTerm\n1\tShin Bong-kil of the secretariat\tSouth Korea\t2011–2013\n"
        "2\tTrade with the three countries grew by 6 percent\tJapan\t2013–2015\n"
    )
    assert extraction.claims == ()
    assert [d.expression for d in extraction.dates] == ["2011–2013", "2013–2015"]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("三国计划于明年在东京举办第十次领导人会议，并继续推进自贸协定谈判。", ["prediction"]),
        ("韩方拟于年内启动相关国内程序，推动协定早日生效实施。", ["prediction"]),
        ("三国通过《海关合作行动计划》，设立相应工作组，加强海关事务合作。", []),  # the name of a plan
        ("国际原子能机构认为日本的排海计划符合国际安全标准，但邻国仍有疑虑。", []),
        ("会议在成都举行，三方发表了《中日韩合作未来十年展望》。", []),  # words of a title are the title's
    ],
)
def test_a_plan_to_do_is_a_prediction_but_a_plan_named_is_not(sentence: str, kinds: list[str]) -> None:
    assert [c.kind for c in _extract(sentence).claims] == kinds


def test_an_unlikely_outcome_is_a_prediction() -> None:
    claims = _extract("Analysts said the meeting was unlikely to resolve the deeper disputes over history.").claims
    assert [c.kind for c in claims] == ["prediction"]


def _statistics(body: str, *, markdown: bool = False) -> list[list[tuple[str, float]]]:
    claims = _extract(body, markdown=markdown).claims
    return [[(n.text, n.value) for n in c.numbers] for c in claims if c.kind == "statistic"]


def test_a_short_sentence_with_a_figure_and_no_actor_is_a_statistic() -> None:
    assert _statistics("Trade between them grew by 25% in 2023.") == [[("25%", 25.0)]]


def test_a_figure_in_a_forecast_is_a_statistic_too() -> None:
    claims = _extract("Output is expected to reach 50,000 wafers a month once the new fab opens.").claims
    assert [c.kind for c in claims] == ["statistic", "prediction"]


def test_figures_alone_in_the_cells_of_a_table_row_are_its_statistics() -> None:
    table = "Country\tArea\tPopulation\tIndex\t2위 도시\nKorea\t100,210\t50,004,441\t0.891 (15위)\tBusan\n"
    # One statistic per cell under the header (extract/table_figures.py), in the row's order.
    found = [n for numbers in _statistics(table) for n in numbers]
    assert found == [("100,210", 100210.0), ("50,004,441", 50004441.0), ("0.891", 0.891), ("15위", 15.0)]


def test_figures_alone_in_the_cells_of_an_html_table_are_statistics() -> None:
    # A row's label, figures, a rank's header, a meeting's number and a small bare number (an item's number).
    cells = ["Korea", "100,210", "9척,50대", "3위 도시", "1회", "7", "6위"]
    row = "".join(f"<td><p>{cell}</p></td>\n" for cell in cells)
    found = [n for numbers in _statistics(f"<table>\n<tr>\n{row}</tr>\n</table>", markdown=True) for n in numbers]
    assert found == [("100,210", 100210.0), ("9척", 9.0), ("50대", 50.0), ("6위", 6.0)]


def test_the_first_figure_of_a_row_whose_first_cell_is_empty_is_no_label() -> None:
    # An HTML row whose first cell held only a flag image: its first figure is a cell's, not the row's label.
    header = "".join(f"<th><p>{cell}</p></th>\n" for cell in ["Country", "Area", "Population", "Capital"])
    cells = ["", "100,210", "50,004,441", "Seoul"]
    row = "".join(f"<td><p>{cell}</p></td>\n" if cell else "<td></td>\n" for cell in cells)
    table = f"<table>\n<tr>\n{header}</tr>\n<tr>\n{row}</tr>\n</table>"
    found = [n for numbers in _statistics(table, markdown=True) for n in numbers]
    assert found == [("100,210", 100210.0), ("50,004,441", 50004441.0)]


def test_a_wikitable_row_whose_label_was_a_flag_template_keeps_its_first_figure() -> None:
    wiki = (
        "'''Example Forum''' is a yearly meeting.\n\n== Members ==\n"
        '{| class="wikitable"\n! Country !! Area !! Population\n|-\n| {{flagicon|XYZ}}\n'
        '| align="center" | 377,944\n| align="center" | 128,056,026\n|-\n| Ruritania\n| align="center" | 4,321\n'
        '| align="center" | 56,789\n|}\n'
    )
    found = [n for numbers in _statistics(wiki, markdown=True) for n in numbers]
    assert found == [("377,944", 377944.0), ("128,056,026", 128056026.0), ("4,321", 4321.0), ("56,789", 56789.0)]


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("The proposal was rejected for two reasons that the minister gave.", [("two", 2.0)]),
        ("The premier has twice hosted the delegation in the capital.", [("twice", 2.0)]),
        ("He invited a mission of five or six people to visit this year.", [("five", 5.0), ("six people", 6.0)]),
        ("It was the first meeting of the leaders in two-and-a-half years.", [("two-and-a-half years", 2.5)]),
        ("The state will pay up to one-third of the costs of each plant.", [("one-third", 0.3333)]),
        ("The head of the office is appointed on a two-year rotating basis.", [("two-year", 2.0)]),
        ("Seoul remained one of the six parties to the stalled talks.", [("six", 6.0)]),
        ("Pilot production will cost $7–15 billion or more, the firm said.", [("7–15 billion", 7.0)]),
        ("The deal is worth $1.2bn, and £3m a year goes to the secretariat.", [("1.2bn", 1.2), ("3m", 3.0)]),
        ("The fund provided 70 billion yen (about $530 million) to the consortium.",
         [("70 billion yen", 70.0), ("530 million", 530.0)]),
    ],
)  # fmt: skip
def test_counts_in_words_and_amounts_in_figures_are_statistics(sentence: str, numbers: list[tuple[str, float]]) -> None:
    assert _statistics(sentence) == [numbers]


@pytest.mark.parametrize(
    "sentence",
    [
        "The three countries agreed to meet again in the spring in Seoul.",
        "Closer ties have driven two-way investment between the neighbours.",
        "The ministers discussed the Three Gorges dam at great length on Monday.",
        "The slogan of the “two centres” was repeated by every speaker there.",
        "Call the secretariat at 02-2123-4567 for the full programme of events.",
        "The full report is at https://example.org/reports/2023/12345.html for readers.",
        'The old cells were styled with font-size:125% and rowspan="2" in the markup.',
        "10\\. The Prime Minister then turned to the question of trade with the region.",
        "The page was updated at timestamp 1761570509454 by the editors of the site.",
    ],
)
def test_names_adjectives_phone_numbers_addresses_markup_and_ids_are_no_statistics(sentence: str) -> None:
    assert _statistics(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("双方共签署五项合作文件，涉及两个领域。", [("五项", 5.0), ("两个", 2.0)]),
        ("论坛时隔两年半再次举行，百余家企业参展。", [("两年半", 2.5), ("百余家", 100.0)]),
        ("全年接待游客30多万人次，同比增长12.5%。", [("30多万人次", 30.0), ("12.5%", 12.5)]),
    ],
)
def test_counts_with_chinese_counters_are_statistics(sentence: str, numbers: list[tuple[str, float]]) -> None:
    assert _statistics(sentence) == [numbers]


@pytest.mark.parametrize(
    "sentence",
    ["坚持一个中国原则，扩大零部件贸易。", "为实现第二个百年奋斗目标而不懈努力。", "三方发表了《未来十年合作展望》。"],
)
def test_a_numeral_inside_a_word_a_name_or_a_title_is_no_statistic(sentence: str) -> None:
    assert _statistics(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("三国的国内生产总值合计达到8兆2000億ドル。", ("8兆2000億ドル", 8.2, "兆ドル")),
        ("三国人口合计约15亿2000万人，占世界人口的很大一部分。", ("15亿2000万人", 15.2, "亿人")),
    ],
)
def test_a_magnitude_and_the_next_lower_one_are_one_figure(sentence: str, number: tuple[str, float, str]) -> None:
    found = [(q.text, q.value, q.unit) for c in _extract(sentence).claims for q in c.numbers]
    assert found[0] == number
