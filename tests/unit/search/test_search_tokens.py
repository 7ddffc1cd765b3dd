"""The search index's words: CJK runs as pair tokens that a query cut the same way always meets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nea_site.search import index_text, join_pairs, pair_tokens

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


def test_a_run_becomes_one_token_per_character_each_starting_there() -> None:
    assert pair_tokens("秘书处") == ["秘书", "书处", "处"]
    assert pair_tokens("国") == ["国"]
    assert pair_tokens("") == []


def test_latin_words_and_punctuation_stay_and_cjk_runs_are_set_off() -> None:
    assert (
        index_text("2019年中日韩（CJK）峰会, held in Tokyo.")
        == "2019 年中 中日 日韩 韩 （CJK） 峰会 会 , held in Tokyo."
    )


def test_kana_is_paired_like_han() -> None:
    assert index_text("トヨタ") == "トヨ ヨタ タ"


@given(st.text(HAN, min_size=1, max_size=30))
def test_joining_the_tokens_of_a_run_gives_the_run_back(run: str) -> None:
    assert join_pairs(index_text(run).split()) == run


@given(st.text(HAN, min_size=2, max_size=30), st.data())
def test_every_two_character_substring_is_a_token_and_every_character_starts_one(run: str, data: st.DataObject) -> None:
    tokens = set(index_text(run).split())
    start = data.draw(st.integers(0, len(run) - 2))
    assert run[start : start + 2] in tokens  # what a two-character query asks for
    assert any(token.startswith(run[start]) for token in tokens)  # a one-character query's prefix match
