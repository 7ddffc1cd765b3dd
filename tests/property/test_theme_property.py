"""English theme keywords found in one pass over the words agree with each theme's own pattern."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.curation import read_vocabulary
from nea_site.extract.themes import ThemeMatcher, build_theme_matcher, chinese_hit_positions, english_hit_positions
from nea_site.model import Terms, ThemeId

VOCABULARY = read_vocabulary(Path(__file__).parents[2] / "corpus" / "curated")
MATCHER = build_theme_matcher(VOCABULARY)
# A copy of the first theme under another id: the same keywords in two themes are found for both.
TWIN = dataclasses.replace(VOCABULARY.themes[0], id=ThemeId("zz-twin"))
TWIN_MATCHER = build_theme_matcher(dataclasses.replace(VOCABULARY, themes=(*VOCABULARY.themes, TWIN)))


def _by_patterns(text: str, matcher: ThemeMatcher) -> list[tuple[str, int]]:
    found = [(str(t), m.start()) for t, pattern in matcher.english.items() for m in pattern.finditer(text)]
    return sorted(found, key=lambda hit: (hit[1], hit[0]))


def _keyword_texts() -> list[str]:
    words = []
    for theme in read_vocabulary(Path(__file__).parents[2] / "corpus" / "curated").themes:
        words.extend(theme.keywords.en)
    return sorted(set(words))


WORDS = _keyword_texts()
pieces = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(str.upper),
    st.sampled_from(WORDS).map(lambda w: w + "s"),
    st.sampled_from(WORDS).map(lambda w: w + "es"),
    st.sampled_from(WORDS).map(lambda w: "x" + w),
    st.sampled_from([" ", "  ", ", ", "-", ".", "\n", "é", "İ", "K", "s ", "1", "中国", "the ", "and "]),
    st.text(max_size=6),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=25).map("".join))
def test_one_pass_equals_the_per_theme_patterns(text: str) -> None:
    assert [(str(t), at) for t, at in english_hit_positions(text, MATCHER)] == _by_patterns(text, MATCHER)


def test_plural_and_longest_keyword() -> None:
    text = "Free trade agreements and trades, but not tradex."
    hits = english_hit_positions(text, MATCHER)
    assert hits == [(t, at) for t, at in _by_patterns(text, MATCHER)]
    assert any(at == 0 for _, at in hits)


def _by_find(text: str, matcher: ThemeMatcher) -> list[tuple[ThemeId, int, int]]:
    """One str.find loop per theme and keyword (the reference)."""
    found = []
    for theme_id, keywords in matcher.chinese.items():
        for keyword in keywords:
            start = text.find(keyword)
            while start != -1:
                found.append((theme_id, start, start + len(keyword)))
                start = text.find(keyword, start + len(keyword))
    return found


ZH_WORDS = sorted({k for theme in VOCABULARY.themes for k in theme.keywords.zh})
zh_pieces = st.one_of(
    st.sampled_from(ZH_WORDS),
    st.sampled_from(ZH_WORDS).map(lambda w: w[1:] or w),
    st.sampled_from(ZH_WORDS).map(lambda w: w + w[-1]),
    st.sampled_from(["，", "的", "和", "中", "国", " ", "a", "5"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(zh_pieces, max_size=20).map("".join))
def test_chinese_keywords_in_one_pass_equal_a_find_loop_per_keyword(text: str) -> None:
    assert chinese_hit_positions(text, MATCHER) == _by_find(text, MATCHER)
    twin = chinese_hit_positions(text, TWIN_MATCHER)
    assert twin == _by_find(text, TWIN_MATCHER)
    assert sum(t == TWIN.id for t, _, _ in twin) == sum(t == VOCABULARY.themes[0].id for t, _, _ in twin)


def test_a_keyword_that_overlaps_itself_is_found_without_overlaps() -> None:
    """The keyword 合作合 is found once in 合作合作合, at 0 (a find loop resumes after each occurrence); 作合 twice."""
    theme = dataclasses.replace(
        VOCABULARY.themes[0], id=ThemeId("zz-overlap"), keywords=Terms(en=("a b a",), zh=("合作合", "作合"))
    )
    matcher = build_theme_matcher(dataclasses.replace(VOCABULARY, themes=(theme,)))
    assert (
        chinese_hit_positions("合作合作合", matcher)
        == _by_find("合作合作合", matcher)
        == [
            (theme.id, 0, 3),
            (theme.id, 1, 3),
            (theme.id, 3, 5),
        ]
    )
    assert english_hit_positions("a b a b a", matcher) == _by_patterns("a b a b a", matcher) == [(theme.id, 0)]
