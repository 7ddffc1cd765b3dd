"""A sentence that `may_count_in_words` rules out holds no count in English words for `word_quantities` either."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.text.numerals import may_count_in_words, number_words_in, word_quantities

_PIECES = ["two", "Three", "one", "only one", "ten", "often", "third", "-", " ", ". ", "a", "s", "é", "3", "\u0130"]


def test_a_number_word_inside_a_word_counts_nothing() -> None:
    paragraph = "It is often said. Two conditions hold. Attention, tension."
    words = number_words_in(paragraph)
    assert words is not None
    assert not may_count_in_words(words, 0, 17)  # "often": its "ten" is inside a word
    assert may_count_in_words(words, 18, 38)  # "Two conditions"
    assert word_quantities(paragraph[18:38])
    assert not may_count_in_words(words, 39, len(paragraph))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.integers(0, 80), st.integers(0, 80))
def test_what_is_ruled_out_counts_nothing(pieces: list[str], a: int, b: int) -> None:
    paragraph = "".join(pieces)
    start, end = sorted((min(a, len(paragraph)), min(b, len(paragraph))))
    words = number_words_in(paragraph)
    if words is not None and not may_count_in_words(words, start, end):
        assert word_quantities(paragraph[start:end]) == []
