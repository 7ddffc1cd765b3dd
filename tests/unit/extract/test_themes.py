"""Chinese theme keywords count where they start a word or end one (the head of a compound), never mid-word."""

from __future__ import annotations

import pytest

from nea_site.extract.themes import build_theme_matcher, theme_hit_positions
from nea_site.model import LocalizedText, Terms, Theme, ThemeId, Vocabulary
from nea_site.text.segment import UserWord, make_segmenter

TRADE = ThemeId("trade")
MATCHER = build_theme_matcher(
    Vocabulary(
        themes=(
            Theme(
                id=TRADE,
                name=LocalizedText(en="Trade", zh="贸易"),
                description=LocalizedText(en="Trade.", zh="贸易。"),
                keywords=Terms(zh=("自贸协定", "贸易")),
            ),
        )
    )
)
# The name of an agreement is one word to the segmenter, as the vocabulary's names are in a build.
SEGMENTER = make_segmenter([UserWord("中日韩自贸协定", "nz")])


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("三方同意重启中日韩自贸协定谈判。", [9]),  # the agreement's name ends with the keyword: a kind of 自贸协定
        ("自贸协定谈判重启。", [0]),  # the keyword starts a word
        ("两国对外贸易增长。", [4]),  # 对外贸易 is a kind of 贸易
        ("贸易额创新高。", [0]),
    ],
)
def test_chinese_keyword_hits(text: str, hits: list[int]) -> None:
    found = theme_hit_positions(text, True, MATCHER, SEGMENTER)
    assert [at for theme, at in found if theme == TRADE] == hits


def test_keyword_inside_a_word_is_no_hit() -> None:
    # One word of the segmenter, 中日韩自贸协定谈判机制, holds 自贸协定 neither at its start nor at its end.
    segmenter = make_segmenter([UserWord("中日韩自贸协定谈判机制", "nz")])
    assert theme_hit_positions("中日韩自贸协定谈判机制", True, MATCHER, segmenter) == []
