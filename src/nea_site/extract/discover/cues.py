"""Where the English rules' cue words stand in a text, found in one pass of an Aho-Corasick automaton.

The cue words are a title's first word, a verb of speech's first word, a head word's last word and a class
noun's first word (organizations.py). A title, a verb or a head word is a cue where no letter or digit touches
it; a class noun's word where no Latin letter does (a whole run of `[A-Za-z]+`). Collecting the text's words
with a regex and finding each cue word among them again took four times as long. The automaton is a DFA (four
hundred short words), which scans the bench corpus's English paragraphs in half the time of the contiguous NFA
(text/literals.py says why long lists stay NFAs).
"""

from __future__ import annotations

import re
from typing import NamedTuple

import ahocorasick_rs

from nea_site import lexicon
from nea_site.extract.discover.common import Cue
from nea_site.extract.discover.organizations import org_rules
from nea_site.extract.discover.rules import compiled_rules

_LATIN_WORD_RE = re.compile(r"[A-Za-z]+")
_HEAD, _TITLE, _SPEECH, _CLASS = 1, 2, 4, 8  # which lists a cue word is in


class EnglishCues(NamedTuple):
    heads: list[Cue]  # each list sorted by offset
    titles: list[Cue]
    speech: list[Cue]
    class_words: set[str]  # the class nouns' first words that the text holds as words
    class_starts: list[int]  # where they stand, in order


class _Automaton(NamedTuple):
    automaton: ahocorasick_rs.AhoCorasick | None
    words: tuple[str, ...]
    kinds: tuple[int, ...]


@lexicon.table
def _automaton(lex: lexicon.Lexicon) -> _Automaton:
    rules, org = compiled_rules(lex), org_rules(lex)
    lists = (
        (_HEAD, rules.head_last_words),
        (_TITLE, rules.title_first_words),
        (_SPEECH, rules.speech_first_words),
        (_CLASS, org.cue_words),
    )
    kinds: dict[str, int] = {}
    for kind, words in lists:
        for word in words:
            if _LATIN_WORD_RE.fullmatch(word):  # any other is never a whole word of Latin letters
                kinds[word] = kinds.get(word, 0) | kind
    ordered = tuple(sorted(kinds))
    automaton = (
        ahocorasick_rs.AhoCorasick(ordered, implementation=ahocorasick_rs.Implementation.DFA) if ordered else None
    )
    return _Automaton(automaton, ordered, tuple(kinds[w] for w in ordered))


def english_cues(text: str) -> EnglishCues:
    """The cue words of the lexicon's English rules in `text` (see the module's docstring)."""
    found = _automaton(lexicon.current())
    heads: list[Cue] = []
    titles: list[Cue] = []
    speech: list[Cue] = []
    class_words: set[str] = set()
    class_starts: list[int] = []
    if found.automaton is None:
        return EnglishCues(heads, titles, speech, class_words, class_starts)
    size = len(text)
    for index, start, end in found.automaton.find_matches_as_indexes(text, overlapping=True):
        before = text[start - 1] if start else ""
        after = text[end] if end < size else ""
        kind = found.kinds[index]
        if kind & _CLASS and not _is_latin_letter(before) and not _is_latin_letter(after):
            class_words.add(found.words[index])
            class_starts.append(start)
        if before.isalnum() or after.isalnum():
            continue
        if kind & _HEAD:
            heads.append(Cue(start, end))
        if kind & _TITLE:
            titles.append(Cue(start, end))
        if kind & _SPEECH:
            speech.append(Cue(start, end))
    heads.sort()
    titles.sort()
    speech.sort()
    class_starts.sort()
    return EnglishCues(heads, titles, speech, class_words, class_starts)


def _is_latin_letter(ch: str) -> bool:
    return "a" <= ch <= "z" or "A" <= ch <= "Z"
