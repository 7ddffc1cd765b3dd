"""Segmenter.word_starts cuts only the blocks it needs, and agrees with a cut of the whole text."""

from __future__ import annotations

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


def test_word_starts_of_a_keyword_inside_a_longer_word() -> None:
    text = "中日韩合作秘书处成立。合作很好"
    # "合作" at 3 sits inside the user word 中日韩合作秘书处; at 11 it starts a word after the full stop.
    assert SEGMENTER.word_starts(text, [3, 11]) == {11}
    assert SEGMENTER.word_starts(text, []) == set()
