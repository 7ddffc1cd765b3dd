"""text.scan's str scans answer what the regexes they stand for answer."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.text.literals import fold_apostrophes
from nea_site.text.scan import ASCII_DIGITS, first_index, holds_any, holds_decimal_digit


def test_digit_of_another_script_is_a_decimal_digit() -> None:
    assert holds_decimal_digit("排名第٣")  # an Arabic-Indic three: what \d finds
    assert holds_decimal_digit("二〇二三年１２月")  # a full-width digit
    assert not holds_decimal_digit("no figure here, only words’ apostrophes")
    assert not holds_decimal_digit("")
    assert holds_decimal_digit("in 2023")


def test_first_index_takes_the_leftmost_of_several_characters() -> None:
    assert first_index("ninety 9 and 1", ASCII_DIGITS) == 7
    assert first_index("ninety 9 and 1", ASCII_DIGITS, 8) == 13
    assert first_index("no digits", ASCII_DIGITS) == -1
    assert first_index("7", ASCII_DIGITS, 1) == -1


def test_holds_any_word() -> None:
    assert holds_any("due in Sept.", ("Jan", "Sep"))
    assert not holds_any("due in sept.", ("Jan", "Sep"))  # case counts, as in the regex
    assert not holds_any("anything", ())


def test_apostrophes_folded_one_for_one() -> None:
    assert fold_apostrophes("Workers’ Party ʼ ＇ ‘x") == "Workers' Party ' ' 'x"
    text = "plain ascii"
    assert fold_apostrophes(text) is text


_TEXT = st.text(alphabet=st.sampled_from("ab 19٣２ıİſK’‘ʼ＇.JanSep国"), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(min_value=0, max_value=32))
def test_scans_agree_with_regexes(text: str, start: int) -> None:
    assert holds_decimal_digit(text) == (re.search(r"\d", text) is not None)
    found = re.compile("[0-9]").search(text, start)
    assert first_index(text, ASCII_DIGITS, start) == (found.start() if found else -1)
    assert holds_any(text, ("Jan", "Sep", "ı")) == (re.search("Jan|Sep|ı", text) is not None)
    assert fold_apostrophes(text) == re.sub("[’‘ʼ＇]", "'", text)
