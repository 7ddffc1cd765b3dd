"""Date numerals: folding maps every offset back into the original text, in order, and is idempotent."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from nea_site.text.numerals import fold_date_numerals, han_quantities, may_hold_han_quantity

pieces = st.one_of(
    st.sampled_from(list("〇○零一二三四五六七八九十百元年月日号第每个 ")),
    st.sampled_from(["民國", "民国", "令和", "平成", "昭和", "—", "至", "2023", "11", "，", "会议"]),
    st.text(max_size=2),
)
texts = st.lists(pieces, max_size=25).map("".join)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_offsets_map_back_in_order(text: str) -> None:
    folded = fold_date_numerals(text)
    assert folded.original_span(0, len(folded.text)) == (0, len(text))
    starts = [folded.original_span(i, i)[0] for i in range(len(folded.text) + 1)]
    ends = [folded.original_span(i, i)[1] for i in range(len(folded.text) + 1)]
    assert starts == sorted(starts) and ends == sorted(ends)
    assert all(0 <= a <= len(text) for a in starts + ends)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_unchanged_characters_map_to_themselves(text: str) -> None:
    folded = fold_date_numerals(text)
    for i, ch in enumerate(folded.text):
        start, end = folded.original_span(i, i + 1)
        if end - start == 1 and not ch.isdigit():
            assert text[start] == ch


@settings(max_examples=500, deadline=None)
@given(texts)
def test_folding_twice_changes_nothing_more(text: str) -> None:
    once = fold_date_numerals(text).text
    assert fold_date_numerals(once).text == once


amounts = st.lists(
    st.one_of(
        pieces,
        st.sampled_from(
            list("两千亿万多余半分之名次个倍国省人") + ["百分之", "三分之一", "七千亿美元", "个百分点", "か国"]
        ),
    ),
    max_size=25,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(amounts)
@example("二多多名")  # "more" twice: once before a scale, once after, with no scale between
def test_the_quick_test_passes_every_text_that_holds_an_amount(text: str) -> None:
    # may_hold_han_quantity runs first and skips han_quantities where it says no: it may not miss an amount.
    if han_quantities(text):
        assert may_hold_han_quantity(text)


@settings(max_examples=800, deadline=None)
@given(texts)
@example("一九九九年十一月二十六日，二〇二三至二〇二四年，三十一日、三日、二十日、十日、二日，第三月，每五日，一十二日")
def test_numerals_tested_after_their_first_character_match_as_the_plain_form(text: str) -> None:
    import re

    from nea_site.text.numerals import DATE_NUMERAL_PLAIN, DATE_NUMERAL_RE

    def matches(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]

    assert matches(DATE_NUMERAL_RE) == matches(re.compile(DATE_NUMERAL_PLAIN))


@settings(max_examples=800, deadline=None)
@given(texts)
@example("民國112年、令和5年，一九九九年十一月二十六日，二〇二三至二〇二四年，三十一日、十二月三日，第三月，每五日")
def test_numerals_found_from_their_first_characters_as_finditer_finds_them(text: str) -> None:
    from nea_site.text.numerals import DATE_NUMERAL_RE, date_numerals

    found = [(m.span(), m.groupdict()) for m in date_numerals(text)]
    assert found == [(m.span(), m.groupdict()) for m in DATE_NUMERAL_RE.finditer(text)]


@settings(max_examples=800, deadline=None)
@given(texts)
@example("百分之二十，三分之一，七千亿美元，三点五个百分点，两倍，五次，星期三次，第三次，百余部")
def test_amounts_found_from_their_first_characters_as_finditer_finds_them(text: str) -> None:
    from nea_site.text.numerals import _HAN_QUANTITY_FIRST_RE, HAN_QUANTITY_RE
    from nea_site.text.openings import matches_from

    found = [(m.span(), m.groupdict()) for m in matches_from(HAN_QUANTITY_RE, _HAN_QUANTITY_FIRST_RE, text)]
    assert found == [(m.span(), m.groupdict()) for m in HAN_QUANTITY_RE.finditer(text)]
