r"""Where a regex's matches may open, for the patterns that the regex engine cannot scan for by itself.

The engine skips ahead in C to a possible first character only when every branch of a pattern opens with a
literal or one character class. A pattern that opens with a group, an optional part, a look-behind or a
look-ahead ("(?=[0-9])(?<![0-9A-Za-z])…", "(?:从\s*)?(?P<y>…)") is tried at every character of the text instead
(~30 µs a paragraph for the date rules'). `opening_regex` reads from the pattern which characters its matches
may open with, as a character class the engine does scan for; `matches_from` then tries the pattern only where
one stands. Both give what `finditer` gives (a property test checks the date rules).

A pattern whose every match opens with one of a few literal words ("19", "20", "2100"; "Between", "between") but
no common one is searched by its first characters' class ([12], [Bb]), tried at each of them (every "1" or "2"
of a text): `opening_words` reads those words and `matches_at_words` tries the pattern where one of them begins,
found by `str.find`. In an ASCII text that is a third faster for the date rules' years, four times for
"between"; not so for a dozen words (the month names: each find of a three-letter word takes ~1 ns a character)
nor in a text of wide characters (text/scan.py), where the engine's own scan is as fast.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_Ranges = set[tuple[int, int]]  # code point ranges, both ends included


def opening_regex(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    r"""A character class of every character a match of `pattern` may open with (or more), for `matches_from`.

    None where the engine scans for the pattern by itself already (a literal or class opens every branch), where
    any character may open a match or which ones is not read here (a case-insensitive part, `.`, `\w`), or where
    the pattern may match the empty string.
    """
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    if parsed.getwidth()[0] == 0:
        return None
    flags = parsed.state.flags
    if sre_compile._get_literal_prefix(parsed, flags)[0] or sre_compile._get_charset_prefix(parsed, flags):
        return None  # the engine finds the openings itself
    ranges, _ = _sequence(list(parsed.data))
    if not ranges:
        return None
    return re.compile("[" + "".join(_range_text(lo, hi) for lo, hi in sorted(ranges)) + "]")


def matches_from(pattern: re.Pattern[str], opening: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, the pattern tried only where `opening` (its `opening_regex`) finds a character."""
    at = 0
    while (first := opening.search(text, at)) is not None:
        match = pattern.match(text, first.start())
        if match is None:
            at = first.start() + 1
        else:
            yield match
            at = match.end()  # no match is empty (opening_regex is None for such a pattern)


# The most words `opening_words` gives (a str.find each per text, and one per match past it: twelve month names
# took half as long again as the engine's scan), and the most it builds while reading a pattern.
MAX_OPENING_WORDS = 4
_MAX_BUILT = 64
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def opening_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    r"""Words of two characters or more, one of which opens every match of `pattern`, for `matches_at_words`.

    Read through groups, alternations, look-arounds (which take no character) and classes of up to eight
    characters ("[Bb]"). None where the engine scans for a literal opening by itself, where a match may open with
    something else (a wider class, `\d`, an optional part, a case-insensitive part), or where the words would be
    too many or too short to beat the engine's scan.
    """
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    if parsed.getwidth()[0] == 0 or sre_compile._get_literal_prefix(parsed, parsed.state.flags)[0]:
        return None
    built, _ = _sequence_words(list(parsed.data))
    words = [word for word in built if not any(word != other and word.startswith(other) for other in built)]
    if not words or len(words) > MAX_OPENING_WORDS or any(len(word) < 2 for word in words):
        return None
    return tuple(sorted(words))


def matches_at_words(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, the pattern tried only where one of `words` (its `opening_words`) begins.

    `words` may also be given by hand: any literal strings one of which opens every match of `pattern`.
    """
    upcoming = [(at, word) for word in words if (at := text.find(word)) >= 0]  # each word's next occurrence
    heapq.heapify(upcoming)
    while upcoming:
        first = upcoming[0][0]
        match = pattern.match(text, first)
        if match is None:
            at = first + 1
        else:
            yield match
            at = match.end()  # no match is empty (opening_words is None for such a pattern)
        while upcoming and upcoming[0][0] < at:  # the words passed: their next occurrences from `at`
            word = upcoming[0][1]
            found = text.find(word, at)
            if found < 0:
                heapq.heappop(upcoming)
            else:
                heapq.heapreplace(upcoming, (found, word))


def _sequence_words(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The literal openings of a sequence of items, and whether they are whole (the sequence is literal text).

    {""} where the sequence opens with something not read here.
    """
    words = {""}
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no character: the words go on with what follows
        options, whole = _item_words(op, av)
        if not options or "" in options:
            return words, False  # not read, or may take nothing: the words end here
        longer = {word + option for word in words for option in options}
        if len(longer) > _MAX_BUILT:
            return words, False
        words = longer
        if not whole:
            return words, False
    return words, True


def _item_words(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(av)}, True
    if op is sre.IN:
        if len(av) <= 8 and all(kind is sre.LITERAL for kind, _ in av):
            return {chr(value) for _, value in av}, True
        return None, False
    if op is sre.SUBPATTERN:
        _, add_flags, _, inner = av
        if add_flags & sre.SRE_FLAG_IGNORECASE:
            return None, False
        return _sequence_words(list(inner.data))
    if op is sre.ATOMIC_GROUP:
        return _sequence_words(list(av.data))
    if op is sre.BRANCH:
        words: set[str] = set()
        whole = True
        for branch in av[1]:
            opening, complete = _sequence_words(list(branch.data))
            words |= opening
            whole = whole and complete
        return words, whole
    if op in _REPEATS:
        least, most, inner = av
        if least == 0:
            return None, False
        opening, complete = _sequence_words(list(inner.data))
        return opening, complete and least == most == 1
    return None, False  # any character, a category, a back-reference, a conditional: not read here


def _range_text(lo: int, hi: int) -> str:
    return re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"


def _sequence(items: list[tuple[Any, Any]]) -> tuple[_Ranges | None, bool]:
    """The opening characters of a sequence of items (None: any), and whether the whole sequence may be empty."""
    opening: _Ranges = set()
    for op, av in items:
        first, may_be_empty = _item(op, av)
        if first is None:
            return None, False
        opening |= first
        if not may_be_empty:
            return opening, False
    return opening, True


def _item(op: Any, av: Any) -> tuple[_Ranges | None, bool]:
    if op is sre.LITERAL:
        return {(av, av)}, False
    if op is sre.IN:
        ranges: _Ranges = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                ranges.add((value, value))
            elif kind is sre.RANGE:
                ranges.add(value)
            else:
                return None, False  # a negated class, a category (\d, \s, \w): not read here
        return ranges, False
    if op is sre.SUBPATTERN:
        _, add_flags, _, inner = av
        if add_flags & sre.SRE_FLAG_IGNORECASE:
            return None, False
        return _sequence(list(inner.data))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av.data))
    if op is sre.BRANCH:
        opening: _Ranges = set()
        may_be_empty = False
        for branch in av[1]:
            first, empty = _sequence(list(branch.data))
            if first is None:
                return None, False
            opening |= first
            may_be_empty = may_be_empty or empty
        return opening, may_be_empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _, inner = av
        first, empty = _sequence(list(inner.data))
        return first, least == 0 or empty
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # takes no character: what follows opens the match
    return None, False  # any character, a back-reference, a conditional: not read here
