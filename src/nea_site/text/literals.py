"""Every occurrence of many literal strings in one pass over a text: an Aho-Corasick automaton.

ahocorasick_rs runs the Rust `aho-corasick` crate's automaton and returns all occurrences of a text as one list,
in character offsets: ~3x faster than pyahocorasick's per-occurrence iterator on the bench corpus, and ~6x faster
than a trie-shaped regex over English text, where a regex stops at every letter that starts some word. The
automaton of a large word list is the crate's contiguous NFA, not its DFA: for the gazetteer's 4,500 names the DFA
takes ~40 MB, the NFA ~2 MB, and between two paragraphs the other rules push the DFA out of the CPU's caches;
measured inside extraction, the NFA takes a quarter less time (the DFA wins only when one automaton runs alone, in
a loop). A short list (the date rules' trigger words, claim cues, number words: up to three hundred words) is a
small DFA, which stays cached and scans ~2x faster than its NFA (the trigger words' ~3x: their "day", "0s" and "周"
keep the NFA following failure links); the theme keywords' few hundred gain less, and stay NFAs. The automaton
finds occurrences only; what makes one a match (word boundaries, which of overlapping ones wins) is the caller's.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import Generic, TypeVar

import ahocorasick_rs

V = TypeVar("V")

# The most words an automaton is built as a DFA for (see above); a longer list gets the contiguous NFA.
# (The date rules' trigger words, 202 since the Korean and Japanese relative words joined them, scan the bench
# corpus in 10 ms as a DFA, 22 ms as an NFA; the theme keywords' four hundred stay NFAs.)
DFA_MAX_WORDS = 300

# The characters of a word for the word-boundary checks of English names and keywords, as [A-Za-z0-9] in a regex:
# an occurrence of "Korea" is a match unless one of them touches it ("Koreans", "NorthKorea").
ASCII_WORD_CHARS = frozenset(string.ascii_letters + string.digits)

# Apostrophes a text may write in place of "'" ("Workers’ Party"): words and texts are matched with them folded
# to "'", one character for one, so offsets stay those of the text.
_APOSTROPHES = "\u2019\u2018\u02bc\uff07"


def fold_apostrophes(text: str) -> str:
    """The text with every typographic apostrophe written "'" (same length, same offsets)."""
    if text.isascii():
        return text
    # One str.replace per apostrophe the text holds: a scan in C each, where str.translate looks every character
    # of the text up in its table (an English paragraph with a "’" was translated once per automaton: ~10 ms).
    for apostrophe in _APOSTROPHES:
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    return text


class Literals(Generic[V]):
    """Words and their values, compiled once; `find_all` gives every occurrence of every word in a text."""

    __slots__ = ("_automaton", "_values", "words")

    def __init__(self, words: Iterable[tuple[str, V]]) -> None:
        """One value per word: the first given for a word wins. Empty words are left out."""
        values: dict[str, V] = {}
        for word, value in words:
            if word:
                values.setdefault(fold_apostrophes(word), value)
        self.words: tuple[str, ...] = tuple(sorted(values))
        self._values: tuple[V, ...] = tuple(values[word] for word in self.words)
        implementation = (
            ahocorasick_rs.Implementation.DFA
            if len(self.words) <= DFA_MAX_WORDS
            else ahocorasick_rs.Implementation.ContiguousNFA
        )
        self._automaton = ahocorasick_rs.AhoCorasick(self.words, implementation=implementation) if self.words else None

    def find_all(self, text: str) -> list[tuple[int, int, V]]:
        """(start, end, value) of every occurrence of every word, overlapping ones too, in no set order."""
        if self._automaton is None:
            return []
        values = self._values
        return [
            (start, end, values[index])
            for index, start, end in self._automaton.find_matches_as_indexes(fold_apostrophes(text), overlapping=True)
        ]


class FirstLongest:
    """Words found as a longest-first regex alternation of them finds them: leftmost, there the longest, and so on.

    No occurrence overlaps another: the search goes on from the end of the last one. An automaton in place of the
    alternation: on Chinese text, where nearly every character may start one of the words, the regex tries them at
    every character (the discovery rules' head words: ~3x slower).
    """

    __slots__ = ("_automaton",)

    def __init__(self, words: Iterable[str]) -> None:
        unique = sorted({word for word in words if word})
        implementation = (
            ahocorasick_rs.Implementation.DFA
            if len(unique) <= DFA_MAX_WORDS
            else ahocorasick_rs.Implementation.ContiguousNFA
        )
        self._automaton = (
            ahocorasick_rs.AhoCorasick(
                unique, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest, implementation=implementation
            )
            if unique
            else None
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each occurrence, in order."""
        if self._automaton is None:
            return []
        return [(start, end) for _, start, end in self._automaton.find_matches_as_indexes(text)]
