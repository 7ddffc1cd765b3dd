r"""Where a regex's matches may open, for the patterns that the regex engine cannot scan for by itself.

The engine skips ahead in C to a possible first character only when every branch of a pattern opens with a
literal or one character class. A pattern that opens with a group, an optional part, a look-behind or a
look-ahead ("(?=[0-9])(?<![0-9A-Za-z])…", "(?:从\s*)?(?P<y>…)") is tried at every character of the text instead
(~30 µs a paragraph for the date rules'). `opening_regex` reads from the pattern which characters its matches
may open with, as a character class the engine does scan for; `matches_from` then tries the pattern only where
one stands. Both give what `finditer` gives (a property test checks the date rules).
"""

from __future__ import annotations

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
