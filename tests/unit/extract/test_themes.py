"""Theme keywords: Chinese ones count where they start or end a word; a theme a text returns to needs one hit."""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import REPO
from nea_site.curation import read_vocabulary
from nea_site.extract.themes import (
    MIN_DOCUMENT_HITS,
    SHORT_PARAGRAPH_CHARS,
    build_theme_matcher,
    theme_hit_positions,
    themes_from_hits,
)
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


# Paragraphs of a news report, each over SHORT_PARAGRAPH_CHARS, each naming trade once; one names ageing once.
_PADDING = " The statement was read out by officials of the three governments at a press conference afterwards."
_REPORT = [
    "The three leaders agreed to restart talks on a trilateral free trade agreement." + _PADDING,
    "They also discussed ageing societies and a joint fund for research on care." + _PADDING,
    "Exports of batteries and chips among the three countries rose last year." + _PADDING,
    "Business groups welcomed the plan to cut each tariff on farm goods." + _PADDING,
]


def _paragraph_themes(paragraphs: list[str]) -> list[tuple[str, ...]]:
    vocabulary = read_vocabulary(REPO / "corpus" / "curated")
    matcher, segmenter = build_theme_matcher(vocabulary), make_segmenter([])
    counts = [Counter(t for t, _ in theme_hit_positions(p, False, matcher, segmenter)) for p in paragraphs]
    document = sum(counts, Counter[ThemeId]())
    return [themes_from_hits(c, len(p), document) for c, p in zip(counts, paragraphs, strict=True)]


def test_a_theme_named_once_in_paragraph_after_paragraph_is_what_they_are_about() -> None:
    assert all(len(p) >= SHORT_PARAGRAPH_CHARS for p in _REPORT)
    found = _paragraph_themes(_REPORT)
    assert [("trade-ftas" in themes) for themes in found] == [True, False, True, True]
    assert not any("demography-ageing" in themes for themes in found)  # named once in the whole text


def test_a_single_hit_in_a_long_paragraph_is_not_enough_alone() -> None:
    assert themes_from_hits({TRADE: 1}, SHORT_PARAGRAPH_CHARS) == ()
    assert themes_from_hits({TRADE: 1}, SHORT_PARAGRAPH_CHARS, {TRADE: MIN_DOCUMENT_HITS - 1}) == ()
    assert themes_from_hits({TRADE: 1}, SHORT_PARAGRAPH_CHARS, {TRADE: MIN_DOCUMENT_HITS}) == (TRADE,)
    assert themes_from_hits({TRADE: 2}, SHORT_PARAGRAPH_CHARS) == (TRADE,)
