"""Literals finds what a str.find loop over every word finds, overlapping occurrences included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.text.literals import DFA_MAX_WORDS, Literals


def _by_find(text: str, words: dict[str, int]) -> list[tuple[int, int, int]]:
    found = []
    for word, value in words.items():
        start = text.find(word)
        while start != -1:
            found.append((start, start + len(word), value))
            start = text.find(word, start + 1)  # overlapping occurrences too
    return sorted(found)


def test_overlapping_and_nested_words() -> None:
    literals = Literals([("ab", 1), ("b", 2), ("abab", 3), ("中国", 4), ("国", 5)])
    assert sorted(literals.find_all("ababa 中国")) == [
        (0, 2, 1),
        (0, 4, 3),
        (1, 2, 2),
        (2, 4, 1),
        (3, 4, 2),
        (6, 8, 4),
        (7, 8, 5),
    ]


def test_offsets_count_characters_not_bytes() -> None:
    literals = Literals([("国", 1), ("中国", 2), ("China", 3), ("é", 4), ("😀a", 5)])
    assert sorted(literals.find_all("China 中国 é 😀a")) == [(0, 5, 3), (6, 8, 2), (7, 8, 1), (9, 10, 4), (11, 13, 5)]
    assert literals.find_all("China, plain ASCII") == [(0, 5, 3)]


def test_first_value_wins_and_empty_words_are_left_out() -> None:
    literals = Literals([("aa", 1), ("aa", 2), ("", 3)])
    assert literals.words == ("aa",)
    assert sorted(literals.find_all("aaa")) == [(0, 2, 1), (1, 3, 1)]


def test_no_words_finds_nothing() -> None:
    assert Literals[int]([]).find_all("anything") == []


alphabet = st.sampled_from("ab中国 é]^-\\😀\u0301")


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(alphabet, min_size=1, max_size=4), st.integers(0, 9), max_size=8), st.text(alphabet))
def test_equals_a_find_loop_per_word(words: dict[str, int], text: str) -> None:
    assert sorted(Literals(words.items()).find_all(text)) == _by_find(text, words)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.text(alphabet, min_size=1, max_size=4), st.integers(0, 9), max_size=8), st.text(alphabet))
def test_a_long_list_an_nfa_finds_what_a_short_one_a_dfa_finds(words: dict[str, int], text: str) -> None:
    # Words that never occur ("#" is no letter of the alphabet) make the list too long for a DFA.
    padded = {**words, **{f"#{i}#": -1 for i in range(DFA_MAX_WORDS)}}
    assert sorted(Literals(padded.items()).find_all(text)) == _by_find(text, words)
    assert sorted(Literals(words.items()).find_all(text)) == _by_find(text, words)


def test_a_typographic_apostrophe_matches_the_plain_one_with_the_texts_offsets() -> None:
    words = Literals([("Farmers' Union", "union"), ("O’Neill", "person")])
    text = "The Farmers’ Union met O'Neill."
    found = sorted(words.find_all(text))
    assert found == [(4, 18, "union"), (23, 30, "person")]
    assert text[4:18] == "Farmers’ Union"
