"""Whether a stretch of a paragraph names a happening: the trigger words of events, English ones by an automaton.

The English triggers (EVENT_TRIGGER_EN_WORDS and the lexicon's event and statement verbs) are whole words matched
case-insensitively. As one regex, the engine tried every one of them at each word of a window (some 20 µs per
window of English text); one automaton pass over the lower-cased window finds the same words. That equals the
case-insensitive regex wherever lower-casing keeps every offset and the window has none of the four characters
that fold to a Latin letter (claim_cues.FOLDS_TO_LATIN); elsewhere the regex runs. A test checks the two agree.
"""

from __future__ import annotations

import re

import ahocorasick_rs

from nea_site import lexicon
from nea_site.extract.claim_cues import FOLDS_TO_LATIN
from nea_site.extract.event_rows import lexicon_regex
from nea_site.text.patterns import EVENT_TRIGGER_EN_RE, EVENT_TRIGGER_EN_WORDS, EVENT_TRIGGER_ZH_RE, REACHED_A_FIGURE
from nea_site.text.scan import holds_any

# Happenings beyond the built-in trigger words (statements, visits, launches; Korean and Japanese verbs).
_LISTS = ("event_verbs", "statement_verbs", "general_event_verbs", "wiki_event_verbs")
_LEXICON_EN, _LEXICON_CJK = lexicon_regex(*_LISTS, not_inside=lexicon.current().words("wiki_trigger_not_inside"))
_LEXICON_EN_WORDS = tuple(dict.fromkeys(word for name in _LISTS for word in lexicon.current().words(name, "en")))
# Every trigger as one regex per script: the built-in words and the lexicon's.
# A trigger right after a negation names no happening: "The accord was not signed today", "they did not meet",
# "双方未签署", "未発効".
_NEGATIONS = ("not ", "n't ", "n’t ", "never ")
_NOT_NEGATED = "".join(f"(?<!{re.escape(n)})" for n in _NEGATIONS)
TRIGGERS = (
    re.compile(f"{_NOT_NEGATED}(?:{EVENT_TRIGGER_EN_RE.pattern}|{_LEXICON_EN.pattern})", re.IGNORECASE),
    re.compile(f"(?<!未)(?<!没)(?<!不)(?:{EVENT_TRIGGER_ZH_RE.pattern}|{_LEXICON_CJK.pattern})"),
)
_REACHED = "reached"
_REACHED_A_FIGURE_RE = re.compile(REACHED_A_FIGURE, re.IGNORECASE)


def _english_automaton() -> tuple[ahocorasick_rs.AhoCorasick, tuple[str, ...]] | None:
    """The English trigger words, lower-cased, in one automaton; None where the regex must run everywhere."""
    words = tuple(dict.fromkeys(w.lower() for w in (*EVENT_TRIGGER_EN_WORDS, *_LEXICON_EN_WORDS)))
    if not _LEXICON_EN_WORDS or not all(w.isascii() and w for w in words):
        return None  # an empty list's regex matches at any word boundary; other letters fold in other ways
    automaton = ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.ContiguousNFA)
    return automaton, words


_ENGLISH = _english_automaton()


def names_a_happening(text: str, lo: int, hi: int) -> bool:
    """True when a trigger occurs in text[lo:hi] (as `any(t.search(text[lo:hi]) for t in TRIGGERS)` answers)."""
    window = text[max(lo, 0) : hi]
    return has_english_trigger(window) or TRIGGERS[1].search(window) is not None


def has_english_trigger(window: str) -> bool:
    """True when `TRIGGERS[0].search(window)` finds an English trigger word."""
    lower = window.lower()
    if _ENGLISH is None or len(lower) != len(window) or holds_any(window, FOLDS_TO_LATIN):
        return TRIGGERS[0].search(window) is not None
    automaton, words = _ENGLISH
    for index, start, end in automaton.find_matches_as_indexes(lower, overlapping=True):
        if not (_at_boundary(window, start) and _at_boundary(window, end)):
            continue
        if words[index] == _REACHED and _REACHED_A_FIGURE_RE.match(window, end):
            continue  # "reached USD 780 billion": a figure, no happening
        if lower.endswith(_NEGATIONS, 0, start):
            continue  # "was not discussed": no happening
        return True
    return False


def _at_boundary(text: str, at: int) -> bool:
    r"""Where the regex's \b matches: a word character on one side of `at` only."""
    before = at > 0 and _is_word(text[at - 1])
    after = at < len(text) and _is_word(text[at])
    return before != after


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
