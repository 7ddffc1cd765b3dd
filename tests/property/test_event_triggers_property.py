"""The English event triggers found by an automaton are those the case-insensitive trigger regex finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site import lexicon
from nea_site.extract.event_triggers import TRIGGERS, has_english_trigger, names_a_happening
from nea_site.text.patterns import EVENT_TRIGGER_EN_RE, EVENT_TRIGGER_EN_WORDS

# The trigger regex as written before its words became a list: the list must read the same.
_AS_WRITTEN = re.compile(
    r"\b(?:sign(?:ed|ing)|held|hold|met|meet(?:ing)?|summit|establish(?:ed|ment)|found(?:ed|ing)|launch(?:ed|ing)?|"
    r"adopt(?:ed)?|announc(?:ed|es)|propos(?:ed|al)|introduc(?:ed|es)|unveil(?:ed)?|enter(?:ed)? into force|"
    r"took effect|came into (?:force|effect)|initiated|started|began|opened|concluded|elected|visited|"
    r"implement(?:ed|ation)|issued|released|revised|agreed|outbreak|broke out|escalat(?:ed|ion)|"
    r"reached(?!\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?"
    r"(?:US\$|USD|US|\$|¥|€|£|RMB|KRW|JPY|CNY|[0-9]|an?\s+(?:record|all-time|new)|record|new\s+highs?))|"
    r"came to power|took office|raised|enacted|passed|chose|ratified|joined|withdrew|resumed|completed|"
    r"published|convened|hosted|inaugurated|set up|formed|created|declared|approved|attend(?:s|ed|ing)?|participated|"
    r"took part|impos(?:ed|es)|lifted|tightened|restricted|suspended|banned)\b",
    re.IGNORECASE,
)


def _agree(text: str) -> None:
    assert has_english_trigger(text) == (TRIGGERS[0].search(text) is not None), text
    assert [m.span() for m in EVENT_TRIGGER_EN_RE.finditer(text)] == [m.span() for m in _AS_WRITTEN.finditer(text)]


def test_trigger_words_in_and_out_of_words() -> None:
    for text in (
        "The pact was SIGNED in 2020.",
        "They reached USD 780 billion; then they reached an agreement.",
        "trade reached a record, reached 5 and reached_out",
        "unsigned, metal, Meetings, met3, 3met, métal, _held",
        "Kelvin \u212aeld held",  # a character that folds to a Latin letter: the regex reads the window
        "The summit\u2019s talks",
    ):
        _agree(text)
    assert not has_english_trigger("trade reached USD 780 billion")
    assert has_english_trigger("They Reached An Agreement")
    assert names_a_happening("两国于2020年签署协定", 0, 12)
    # a trigger right after a negation names no happening, in both paths
    for text in ("That was not discussed today", "They didn’t sign it", "He never visited Velmar", "Not Signed"):
        _agree(text)
        assert not has_english_trigger(text), text
    assert has_english_trigger("They did not hesitate and signed it")


_PIECES = [
    "not ",
    "never ",
    *EVENT_TRIGGER_EN_WORDS,
    *lexicon.current().words("event_verbs", "en"),
    *lexicon.current().words("statement_verbs", "en"),
    "Signed",
    "HELD",
    "reached",
    "Reached",
    " USD",
    " an record",
    " about 5",
    " ",
    "-",
    "_",
    ".",
    "é",
    "3",
    "s",
    "un",
    "\u212a",
    "\u0130",
    "\u2019",
    "签署",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_automaton_agrees_with_the_regex(pieces: list[str]) -> None:
    _agree("".join(pieces))
