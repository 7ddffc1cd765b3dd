"""The English rules' cue words found by one automaton are those a scan of the text's Latin words finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site import lexicon
from nea_site.extract.discover.cues import english_cues
from nea_site.extract.discover.organizations import org_rules
from nea_site.extract.discover.rules import compiled_rules

RULES = compiled_rules(lexicon.current())
ORG = org_rules(lexicon.current())


def _positions(text: str, word: str) -> list[tuple[int, int]]:
    """Whole-word occurrences: no letter or digit (of any script) touches the word."""
    out = []
    for match in re.finditer(re.escape(word), text):
        i, j = match.span()
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            out.append((i, j))
    return out


def _scan(text: str, cue_words: frozenset[str]) -> list[tuple[int, int]]:
    words = set(re.findall(r"[A-Za-z]+", text))
    return sorted(p for w in words & cue_words for p in _positions(text, w))


def _check(text: str) -> None:
    cues = english_cues(text)
    assert [tuple(c) for c in cues.heads] == _scan(text, RULES.head_last_words)
    assert [tuple(c) for c in cues.titles] == _scan(text, RULES.title_first_words)
    assert [tuple(c) for c in cues.speech] == _scan(text, RULES.speech_first_words)
    assert cues.class_words == set(re.findall(r"[A-Za-z]+", text)) & ORG.cue_words


def test_cue_words_touched_by_letters_digits_or_other_scripts() -> None:
    # "Councils", "3Council": no cue; "Councilé" is no whole word either, but "firmsé" holds the Latin word "firms".
    _check("The Council said Minister Aoki spoke; Councils, 3Council, Councilé and firmsé, firms too.")
    _check("Bank of Atlantis (BoA) Bank.Bank-Bank Minister-Minister said:said")
    assert english_cues("Councils and Council").heads == [(13, 20)]


_PIECES = ["Council", "Bank", "Minister", "Mr", "said", "firms", "Banks", "of", " ", "-", ".", "é", "3", "a", "Z", "s"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24))
def test_the_automaton_finds_what_a_word_scan_finds(pieces: list[str]) -> None:
    _check("".join(pieces))
