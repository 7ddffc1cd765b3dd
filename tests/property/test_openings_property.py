"""A pattern tried only where its opening characters stand finds what `finditer` finds (text/openings.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from nea_site.extract.dates import _OPENING_WORDS, _OPENINGS, _RULES
from nea_site.extract.discover.agreements import pact_rules
from nea_site.extract.discover.rules import ACRONYM_PAREN_RE, BRACKET_OPENINGS, BRACKETED_RE, PARENTHESES
from nea_site.lexicon import current
from nea_site.text.openings import matches_at_words, matches_from, opening_regex, opening_words

pieces = st.one_of(
    st.sampled_from(list("0123456789 -–/.·,，、()（）年月日号至从第上下本这周星期今去明前同次翌十一二三四五") + ["\n"]),
    st.sampled_from(
        ["2023", "1999", "Mid-", "mid-", "from ", "From ", "the ", "The ", "between ", "early ", "late ", "to "]
    ),
    st.sampled_from(["January", "May", "Sept.", "Monday", "last ", "next ", "today", "ago", "later", "世纪", "年代"]),
    st.sampled_from(["년 ", "월 ", "일", "지난", "오는", "去る", "来る", "今年", "来月", "half", "first", "quarter"]),
    st.text(max_size=2),
)
texts = st.lists(pieces, max_size=30).map("".join)
RULES_WITH_OPENINGS = [(pattern, opening) for (pattern, _), opening in zip(_RULES, _OPENINGS, strict=True) if opening]
RULES_WITH_WORDS = [(pattern, words) for (pattern, _), words in zip(_RULES, _OPENING_WORDS, strict=True) if words]


def _found(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def test_the_date_rules_the_engine_cannot_scan_for_have_openings() -> None:
    assert len(RULES_WITH_OPENINGS) >= 10


@settings(max_examples=1500, deadline=None)
@given(texts)
@example("从2012年至2015年，mid-2017 to 2019，the early 1980s，上周三，3日至5日，2023年秋，二十世纪八十年代")
@example("From May 5 to June 7, 2019; between 3 and 5 May; Mid-March 2020; 지난 22일, 오는 4~7일")
def test_date_rules_tried_from_their_openings_match_as_finditer(text: str) -> None:
    for pattern, opening in RULES_WITH_OPENINGS:
        assert _found(matches_from(pattern, opening, text)) == _found(pattern.finditer(text)), pattern.pattern[:80]


@pytest.mark.parametrize(
    ("pattern", "opens"),
    [
        (r"(?:ab)?c", "ac"),
        (r"(?<![0-9])(?=[0-9])[0-9]+", "0123456789"),
        (r"\b(?:x|yz)\b", "xy"),
        (r"(?P<a>q|r)*s", "qrs"),
    ],
)
def test_opening_characters_of_small_patterns(pattern: str, opens: str) -> None:
    opening = opening_regex(re.compile(pattern))
    assert opening is not None
    assert "".join(sorted(ch for ch in map(chr, range(0x80)) if opening.fullmatch(ch))) == "".join(sorted(opens))


@pytest.mark.parametrize(
    "pattern",
    [r"abc", r"[ab]c", r"x|y", r"(?i:ab)?c", r"\w+", r".a", r"(?:a)?", r"[^a]b", r"(?:ab)?\d"],
)
def test_no_opening_where_the_engine_scans_or_any_character_may_open(pattern: str) -> None:
    assert opening_regex(re.compile(pattern)) is None


def test_the_year_rules_and_between_open_with_words() -> None:
    assert len(RULES_WITH_WORDS) >= 8
    assert any(words == ("Between", "between") for _, words in RULES_WITH_WORDS)
    assert all(len(words) <= 4 for _, words in RULES_WITH_WORDS)  # not the twelve month names: no gain


@settings(max_examples=800, deadline=None)
@given(texts)
@example("Between 2019 and 2021; May 5, 2019; 5 May 2019; Sept. 2020 – Jan. 2021; 1920s; 2100年; MayDay 20th")
@example("Mr Mayhew of Marchland said in 1999-2000 that 19 of 20 agreed, last March and next May")
def test_date_rules_tried_from_their_opening_words_match_as_finditer(text: str) -> None:
    for pattern, words in RULES_WITH_WORDS:
        assert _found(matches_at_words(pattern, words, text)) == _found(pattern.finditer(text)), pattern.pattern[:80]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?:Jan|Feb)(?:uary)?\b", ("Feb", "Jan")),
        (r"[Bb](?<!\w.)etween\s", ("Between", "between")),  # a look-behind takes no character
        (r"(?:19|20)[0-9]{2}|2100", ("19", "20", "2100")),
        (r"(?:ab|abc)d|x(?=y)yz", ("ab", "xyz")),  # "abc" opens with "ab": one find serves both
    ],
)
def test_opening_words_of_small_patterns(pattern: str, words: tuple[str, ...]) -> None:
    assert opening_words(re.compile(pattern)) == words


@pytest.mark.parametrize(
    "pattern",
    # a literal the engine scans for; one-character words; an optional opening; a class; case folded; a category;
    # more words than pay
    [r"between \d", r"a|b", r"(?:ab)?cd", r"[a-z]x", r"(?i)jan|feb", r"\dab|cd", r"Jan|Feb|Mar|Apr|May"],
)
def test_no_opening_words_where_the_engine_scans_or_words_do_not_pay(pattern: str) -> None:
    assert opening_words(re.compile(pattern)) is None


def test_matches_at_overlapping_openings_as_finditer() -> None:
    pattern = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])")
    words = opening_words(pattern)
    assert words == ("19", "20")
    text = "1920 2019 19200 201 2020"
    assert [m.group() for m in matches_at_words(pattern, words, text)] == ["1920", "2019", "2020"]


marked = st.lists(
    st.sampled_from(
        ["《", "》", "「", "」", "『", "』", "“", "”", "(", ")", "（", "）", "中", "国", "协定", "ABC", " ", "\n"]
    )
    | st.text(max_size=2),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(marked)
@example("《中日韩自由贸易协定》与「东亚共同体」和“中国国际贸易促进委员会” (EAF) Forum （ABC）")
def test_rules_tried_from_their_opening_marks_match_as_finditer(text: str) -> None:
    for pattern, openings in (
        (BRACKETED_RE, BRACKET_OPENINGS),
        (ACRONYM_PAREN_RE, PARENTHESES),
        (pact_rules(current()).acronym_head_re, PARENTHESES),
    ):
        assert _found(matches_at_words(pattern, openings, text)) == _found(pattern.finditer(text)), pattern.pattern
