"""NUMBER_RE, written to start with a digit, finds what its plain form (look-behind first) finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.text.patterns import NUMBER_RE, NUMBER_RE_PLAIN

PLAIN = re.compile(NUMBER_RE_PLAIN)

pieces = st.one_of(
    st.sampled_from(list("0123456789.,/-+ xA%亿") + ["1,073", "27.1", "1/2", "٣", "²", "No.", "\n"]),
    st.text(max_size=3),
)


@settings(max_examples=800, deadline=None)
@given(st.lists(pieces, max_size=30).map("".join))
def test_the_fast_number_pattern_matches_where_the_plain_one_does(text: str) -> None:
    assert [m.span() for m in NUMBER_RE.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]


def test_a_comma_after_a_word_starts_a_number_but_one_after_a_digit_does_not() -> None:
    assert [m.group() for m in NUMBER_RE.finditer("9척,50대 and 2,3")] == ["9", "50", "2"]


def test_examples() -> None:
    text = "1,073 and 27.1, 3623 or 1/2 of 8000亿; not x12, v2.0, /2022 or -5"
    assert [m.group() for m in NUMBER_RE.finditer(text)] == ["1,073", "27.1", "3623", "1/2", "8000"]
