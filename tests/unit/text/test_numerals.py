"""fold_date_numerals: dates in Chinese numerals and era years as digits, offsets mapped back to the text."""

from __future__ import annotations

import pytest

from nea_site.text.numerals import (
    fold_date_digits,
    fold_date_numerals,
    han_number,
    han_quantities,
    han_quantity,
    word_quantities,
)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("十", 10), ("十二", 12), ("二十", 20), ("三十一", 31), ("三十四", 34), ("一百一十二", 112),
        ("一百零五", 105), ("一一二", 112), ("二〇二三", 2023), ("二○二三", 2023), ("二零一九", 2019),
        ("十十", None), ("一二十", None), ("", None), ("年", None),
    ],
)  # fmt: skip
def test_han_number(numeral: str, value: int | None) -> None:
    assert han_number(numeral) == value


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("二〇二三年十一月二十六日，会议举行。", "2023年11月26日，会议举行。"),
        ("一九四五年八月十五日", "1945年8月15日"),
        ("2023年十一月", "2023年11月"),  # a month after a year
        ("十一月二十六日", "11月26日"),  # a month before a day
        ("本月二十六日", "本月26日"),  # a day after a month word
        ("二〇二三—二〇二四年", "2023—2024年"),  # a range of years
        ("中華民國112年11月26日", "中華2023年11月26日"),  # era years: the Republic of China …
        ("民国三十四年", "1945年"),
        ("民國元年", "1912年"),
        ("令和5年", "2023年"),  # … and Japan's
        ("平成三十一年", "2019年"),
        # no dates: durations, counts, a month alone, a year past its era's end
        ("十年来，三个月，七日内，一日游", "十年来，三个月，七日内，一日游"),
        ("三月，他说", "三月，他说"),
        ("第三月", "第三月"),
        ("平成40年", "平成40年"),
        ("2023年11月26日", "2023年11月26日"),
    ],
)
def test_fold_date_numerals(text: str, folded: str) -> None:
    assert fold_date_numerals(text).text == folded


def test_spans_of_the_folded_text_map_back_to_the_original() -> None:
    text = "据报道，二〇二三年十一月二十六日，三国外长在釜山会晤。"
    folded = fold_date_numerals(text)
    start = folded.text.index("2023")
    end = folded.text.index("日") + 1
    a, b = folded.original_span(start, end)
    assert text[a:b] == "二〇二三年十一月二十六日"
    after = folded.text.index("三国")
    assert text[slice(*folded.original_span(after, after + 2))] == "三国"
    assert folded.original_span(0, len(folded.text)) == (0, len(text))


def test_a_span_edge_inside_a_rewritten_number_takes_the_whole_number() -> None:
    folded = fold_date_numerals("十月二十六日")  # "10月26日"
    assert folded.text == "10月26日"
    assert folded.original_span(1, 3) == (0, 2)  # "0月" is "十月"
    assert folded.original_span(3, 5) == (2, 5)  # "26" is "二十六"


def test_a_text_without_date_numerals_is_returned_as_itself() -> None:
    text = "三国合作不断深化。"
    assert fold_date_numerals(text).text is text


def test_header_lines_fold_full_width_digits_and_numerals() -> None:
    assert fold_date_digits("２０２４年五月二十七日") == "2024年5月27日"


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("七千", 7000.0), ("一千三百", 1300.0), ("两百", 200.0), ("三点五", 3.5), ("二十五", 25.0), ("一万", None),
     ("千千", None), ("三千五千", None), ("三点", None)],
)  # fmt: skip
def test_han_quantity(numeral: str, value: float | None) -> None:
    assert han_quantity(numeral) == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("派出三个小组和两艘船", [("三个", 3.0, "个"), ("两艘", 2.0, "艘")]),
        ("时隔四年多再次举行", [("四年", 4.0, "年")]),
        ("为期两年半的谈判", [("两年半", 2.5, "年")]),
        ("这是第三次会议，周三举行", []),  # an ordinal, a weekday
        ("一个中国，零部件，百年变局", []),  # an article, words, a name (the lexicon's statistic_not_counts)
        ("八カ国が参加", [("八カ国", 8.0, "カ国")]),
        ("围绕六大领域学习二十大精神", [("六大", 6.0, "大")]),  # a party congress's number
        ("约三万人参加，一万余名志愿者", [("三万人", 3.0, "万人"), ("一万余名", 1.0, "万名")]),
        ("占总额的近三分之一，四分之三的企业", [("三分之一", 0.3333, ""), ("四分之三", 0.75, "")]),  # fractions
        ("三分之五，百分之二十", [("百分之二十", 20.0, "%")]),  # no fraction above one; a percentage
    ],
)
def test_han_quantities(text: str, found: list[tuple[str, float, str]]) -> None:
    assert [(w, v, u) for _, _, w, v, u in han_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two delegations met for three days.", [("Two", 2.0, ""), ("three days", 3.0, "days")]),
        ("two-thirds of members and one third of the rest", [("two-thirds", 0.6667, ""), ("one third", 0.3333, "")]),
        ("after a two-year hiatus and two-way talks", [("two-year", 2.0, "year")]),
        ("each of the three sides, but not the three sides", [("three", 3.0, "")]),
        ("the Group of Seven and twenty-first century and seventy", [("seventy", 70.0, "")]),
        ("one of them said only one country and at least one year", [("one", 1.0, ""), ("one year", 1.0, "year")]),
    ],
)
def test_word_quantities(text: str, found: list[tuple[str, float, str]]) -> None:
    assert [(w, v, u) for _, _, w, v, u in word_quantities(text)] == found
