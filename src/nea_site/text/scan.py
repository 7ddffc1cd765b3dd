r"""Whether a text holds one of a few characters or words, and where the first one stands: str scans, not regexes.

A regex that opens with a character class ("[0-9]", "\d", or "Jan|Feb|…", whose openings the engine reads as a
class) is searched by testing the class at every character of the text: 4-10 ns a character in CPython's engine.
`str.__contains__` and `str.find` look for one character or word with a vectorised scan, ~0.05 ns a character
(more in a text of wide characters), so ten of them cost a tenth of one class scan. The extraction stages'
presence tests ("does this paragraph hold a digit, a month's name, a dotless ı?") scanned ~5 million characters
of the bench corpus the slow way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

ASCII_DIGITS = tuple("0123456789")
_DECIMAL_DIGIT_RE = re.compile(r"\d")


def holds_any(text: str, needles: Iterable[str]) -> bool:
    """Whether `text` holds one of `needles` (characters or words): a regex alternation's `search` of them."""
    return any(map(text.__contains__, needles))


def holds_decimal_digit(text: str) -> bool:
    r"""Whether `text` holds a character that a regex's `\d` matches: an ASCII digit, or another script's."""
    return any(map(text.__contains__, ASCII_DIGITS)) or (
        not text.isascii() and _DECIMAL_DIGIT_RE.search(text) is not None
    )


def first_index(text: str, characters: Sequence[str], start: int = 0) -> int:
    """The least offset from `start` on where one of `characters` (single characters) stands, or -1.

    What `re.compile("[…]").search(text, start).start()` gives. Each character is looked for only before the
    first one found so far.
    """
    end = len(text)
    found = -1
    for character in characters:
        at = text.find(character, start, end)
        if at >= 0:
            found = end = at
    return found
