"""Segmenter.word_starts cuts only the blocks it needs, and agrees with a cut of the whole text."""

from __future__ import annotations

import jieba
from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.text.segment import UserWord, make_segmenter

SEGMENTER = make_segmenter([UserWord("中日韩合作秘书处", "nt"), UserWord("东北亚", "ns")])

# Common Han characters, Latin letters, digits, jieba's in-block symbols and the punctuation that ends blocks.
chars = st.one_of(
    st.sampled_from("中日韩合作秘书处东北亚经济贸易的发展是在了和国家人民"),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FD5),
    st.sampled_from("abcXYZ019+#&._%-"),
    st.sampled_from("，。、；：“”（） \n\t"),
)


def _starts_by_full_cut(text: str) -> set[int]:
    starts, position = set(), 0
    for word in SEGMENTER.cut(text):
        starts.add(position)
        position += len(word)
    assert position == len(text)
    return starts


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=chars, max_size=120))
def test_word_starts_agree_with_a_whole_text_cut(text: str) -> None:
    offsets = range(len(text))
    assert SEGMENTER.word_starts(text, offsets) == _starts_by_full_cut(text) & set(offsets)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=chars, max_size=120), st.sets(st.integers(min_value=-3, max_value=125), max_size=12))
def test_word_starts_of_some_offsets_agree_with_a_whole_text_cut(text: str, offsets: set[int]) -> None:
    # A few offsets, as extraction asks (a keyword's start and end): each block is found from the offsets, and an
    # offset outside the text is a word start of its own.
    outside = {o for o in offsets if not 0 <= o < len(text)}
    assert SEGMENTER.word_starts(text, offsets) == (_starts_by_full_cut(text) & offsets) | outside


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=chars, max_size=120),
    st.lists(
        st.tuples(st.integers(min_value=-2, max_value=122), st.integers(min_value=-2, max_value=122)), max_size=12
    ),
)
def test_either_starts_word_answers_as_word_starts(text: str, pairs: list[tuple[int, int]]) -> None:
    # A keyword is kept where it starts a word or ends one: asked per pair, each block cut only where needed.
    starts = SEGMENTER.word_starts(text, [o for pair in pairs for o in pair])
    assert SEGMENTER.either_starts_word(text, pairs) == [a in starts or b in starts for a, b in pairs]


def test_either_starts_word_of_a_keyword_inside_a_longer_word() -> None:
    text = "中日韩合作秘书处成立。合作很好"
    # "合作" at 3-5 sits inside 中日韩合作秘书处; "秘书处" at 5-8 ends it (its head); "合作" at 11 starts a word.
    assert SEGMENTER.either_starts_word(text, [(3, 5), (5, 8), (11, 13)]) == [False, True, True]
    assert SEGMENTER.either_starts_word(text, []) == []


def test_word_starts_of_a_keyword_inside_a_longer_word() -> None:
    text = "中日韩合作秘书处成立。合作很好"
    # "合作" at 3 sits inside the user word 中日韩合作秘书处; at 11 it starts a word after the full stop.
    assert SEGMENTER.word_starts(text, [3, 11]) == {11}
    assert SEGMENTER.word_starts(text, []) == set()


def _python_jieba_cut(text: str) -> list[str]:
    """The reference: the Python jieba with the same user words, added in the same order."""
    global _REFERENCE
    if _REFERENCE is None:
        _REFERENCE = jieba.Tokenizer()
        _REFERENCE.initialize()
        for user_word in SEGMENTER.words:
            _REFERENCE.add_word(user_word.word, freq=None, tag=user_word.tag)
    return list(_REFERENCE.cut(text))


_REFERENCE: jieba.Tokenizer | None = None


def _starts(words: list[str]) -> set[int]:
    starts, position = set(), 0
    for word in words:
        starts.add(position)
        position += len(word)
    return starts


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=chars, max_size=60))
def test_the_compiled_cut_starts_words_where_python_jieba_does(text: str) -> None:
    # Extraction cuts jieba's blocks (runs of Han characters, letters, digits and +#&._%-) to learn where the
    # words that hold Chinese keywords start. At Han characters the two cuts agree; inside runs of letters and
    # digits that no dictionary knows they may differ ("0.X": jieba-rs keeps one word, Python jieba three).
    for block in jieba.re_han_default.findall(text):
        han = {i for i, ch in enumerate(block) if "\u4e00" <= ch <= "\u9fff"}
        assert _starts(SEGMENTER.cut(block)) & han == _starts(_python_jieba_cut(block)) & han


def test_the_compiled_cut_knows_the_user_words() -> None:
    assert SEGMENTER.cut("中日韩合作秘书处成立") == ["中日韩合作秘书处", "成立"]
    assert SEGMENTER.cut("东北亚和平") == ["东北亚", "和平"]
