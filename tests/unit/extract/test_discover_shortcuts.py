"""Extraction's shortcuts (issue 23) give what the long way gives: invented texts, each with its quirk."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site import lexicon
from nea_site.extract.discover.agreements import _head_at, _quoted_head, pact_rules
from nea_site.extract.discover.chinese import _kind_by_last, kind_by_ending
from nea_site.extract.discover.cues import english_cues
from nea_site.extract.discover.organizations import class_noun_names, org_rules
from nea_site.extract.discover.people_places import english_places
from nea_site.extract.discover.rules import compiled_rules
from nea_site.extract.event_records import _QUESTION_END_RE, UNICODE_SPACES, ends_asking

RULES = compiled_rules(lexicon.current())


def _places(text: str, known_places: dict[int, int], placed: list[int] | None) -> list[tuple[int, int, str]]:
    found = english_places(
        text,
        RULES,
        lambda start, end: False,
        lambda at: ("place", known_places[at]) if at in known_places else None,
        placed=placed,
    )
    return [(f.start, f.end, f.name) for f in found]


def test_a_name_placed_in_a_known_place_is_found_with_the_places_given() -> None:
    text = "The plant at Korvale in Westmark opened."
    at = text.index("Westmark")
    expected = _places(text, {at: at + len("Westmark")}, None)
    assert expected == [(text.index("Korvale"), text.index(" in Westmark"), "Korvale")]
    assert _places(text, {at: at + len("Westmark")}, [at]) == expected


def test_a_known_place_after_no_link_word_places_nothing() -> None:
    text = "Westmark said the plant at Korvale would open."
    assert _places(text, {0: len("Westmark")}, [0]) == _places(text, {0: len("Westmark")}, None) == []


def test_a_comma_links_a_town_to_its_province() -> None:
    text = "Talks were held in Brenmoor, Westmark last week."
    at = text.index("Westmark")
    assert _places(text, {at: at + 8}, [at]) == _places(text, {at: at + 8}, None) != []


_HEADS = RULES.heads_cjk["zh"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(_HEADS)), st.text(alphabet="甲乙丙国际合作", max_size=4))
def test_the_kind_by_last_character_is_the_kind_by_ending(head: str, before: str) -> None:
    for word in (before + head, before + head[:-1], before):
        expected = kind_by_ending(word, _HEADS, RULES.longest_head["zh"])
        assert _kind_by_last(word, _HEADS, RULES.head_lengths["zh"]) == expected


_ORG = org_rules(lexicon.current())
_NOUN_WORDS = sorted(_ORG.cue_words)[:40]
_PIECES = st.sampled_from([*_NOUN_WORDS, "Atlas", "Borealis", "such as", "including", " ", ", ", "-", "s", "x", "."])


def _by_search(text: str) -> list[tuple[int, int, str]]:
    cues = english_cues(text)
    found = class_noun_names(text, RULES, cues.class_words)
    return [(f.start, f.end, f.name) for f in found]


def _by_starts(text: str) -> list[tuple[int, int, str]]:
    cues = english_cues(text)
    found = class_noun_names(text, RULES, cues.class_words, starts=cues.class_starts)
    return [(f.start, f.end, f.name) for f in found]


def test_class_nouns_matched_where_their_cue_words_stand() -> None:
    text = "Nordic firms Atlas, Borealis and Cygnus signed; automakers-to-be and shipbuilders such as Dunmore Works."
    assert _by_starts(text) == _by_search(text) != []


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=14).map(" ".join))
def test_class_nouns_by_cue_starts_are_those_a_search_finds(text: str) -> None:
    assert _by_starts(text) == _by_search(text)


_PACTS = pact_rules(lexicon.current())


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(_PACTS.quoted_zh)), st.text(alphabet="甲乙合作协定计划", max_size=5))
def test_head_words_looked_up_by_length_are_those_a_walk_finds(head: str, around: str) -> None:
    text = around + head + around
    for at in range(len(text) + 1):
        walked = next(((w, k) for w, k in _PACTS.heads_zh.items() if text.startswith(w, at)), None)
        assert _head_at(text, at, _PACTS) == (
            walked if at < len(text) and text[at] in _PACTS.head_first_chars else None
        )
    for core in (text, around + head, head[1:]):
        walked = next(((w, k) for w, k in _PACTS.quoted_zh.items() if core.endswith(w)), None)
        assert _quoted_head(core, _PACTS) == walked


def test_the_spaces_listed_are_those_a_regex_space_matches() -> None:
    assert UNICODE_SPACES == "".join(c for c in map(chr, range(0x110000)) if re.fullmatch(r"\s", c))


def test_a_question_mark_before_a_closing_quote_and_a_full_width_space_ends_a_question() -> None:
    assert ends_asking("她问：“会议何时召开？”\u3000") and not ends_asking("He asked (why?) and left.")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a?？ \u3000\u2029\"'”」)）\n.", max_size=12))
def test_a_question_is_what_the_regex_finds(text: str) -> None:
    assert ends_asking(text) == (_QUESTION_END_RE.search(text) is not None)
