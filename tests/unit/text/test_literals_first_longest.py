"""FirstLongest finds what a regex alternation of its words, longest first, finds with finditer."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.text.literals import DFA_MAX_WORDS, FirstLongest


def _by_regex(words: list[str], text: str) -> list[tuple[int, int]]:
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return [m.span() for m in re.finditer(alternation, text)]


def test_a_longer_word_at_the_same_offset_wins() -> None:
    assert FirstLongest(["协定", "自贸协定", "贸"]).spans("中日韩自贸协定谈判") == [(3, 7)]


def test_the_leftmost_wins_over_a_longer_one_it_overlaps() -> None:
    # "伙伴" starts first; "伴关系" would be longer but overlaps it, and the search goes on from "伙伴"'s end.
    assert FirstLongest(["伙伴", "伴关系", "关系"]).spans("伙伴关系") == [(0, 2), (2, 4)]


def test_offsets_count_characters_not_bytes() -> None:
    assert FirstLongest(["委员会"]).spans("é 中国委员会") == [(4, 7)]


def test_no_words_finds_nothing() -> None:
    assert FirstLongest([]).spans("委员会") == []
    assert FirstLongest([""]).spans("委员会") == []


_WORD = st.text(alphabet="ab中国会😀", min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=12), st.text(alphabet="ab中国会😀 ", max_size=40))
def test_equals_a_longest_first_alternation(words: list[str], text: str) -> None:
    assert FirstLongest(words).spans(text) == _by_regex(words, text)


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="ab中国会 ", max_size=60))
def test_a_long_list_an_nfa_finds_what_a_regex_finds(text: str) -> None:
    words = [f"{a}{b}{c}" for a in "ab中国会" for b in "ab中国会" for c in "ab中国会"]
    words += [f"{w}{end}" for w in words for end in "ab"]  # more than a DFA's share: the contiguous NFA
    assert len(words) > DFA_MAX_WORDS
    assert FirstLongest(words).spans(text) == _by_regex(words, text)
